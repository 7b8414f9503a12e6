#pragma once

#include <stdexcept>

namespace fraudlens::models {

// A model cannot be trained, loaded or run: wrong device, wrong file, wrong schema.
class ModelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace fraudlens::models
