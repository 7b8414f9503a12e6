#pragma once

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace fraudlens::util {

// A number in a file a user can edit (a model sidecar) that does not fit where it goes.
class JsonNumberError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// nlohmann's get<int>() on 1e300 casts an out-of-range double, which is undefined
// behaviour, and get<float>() on 1e300 too; numbers from such files come through here,
// range-checked, with the name of the key in the message.
template <typename T>
T jsonNumber(const nlohmann::json& value, const std::string& name)
{
    static_assert(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>);
    if constexpr (std::is_integral_v<T>) {
        if (value.is_number_unsigned()) {
            const auto number = value.get<std::uint64_t>();
            if (std::in_range<T>(number))
                return static_cast<T>(number);
        } else if (value.is_number_integer()) {
            const auto number = value.get<std::int64_t>();
            if (std::in_range<T>(number))
                return static_cast<T>(number);
        }
        throw JsonNumberError(name + " must be a whole number from " + std::to_string(std::numeric_limits<T>::min())
                              + " to " + std::to_string(std::numeric_limits<T>::max()));
    } else {
        if (value.is_number()) {
            const double number = value.get<double>();
            if (std::isfinite(number) && std::fabs(number) <= static_cast<double>(std::numeric_limits<T>::max()))
                return static_cast<T>(number);
        }
        throw JsonNumberError(name + " must be a finite number within the range of a "
                              + (sizeof(T) == sizeof(float) ? std::string("float") : std::string("double")));
    }
}

template <typename T>
T jsonNumber(const nlohmann::json& object, const char* key, T fallback)
{
    return object.contains(key) ? jsonNumber<T>(object.at(key), key) : fallback;
}

template <typename T>
std::vector<T> jsonNumbers(const nlohmann::json& list, const std::string& name)
{
    if (!list.is_array())
        throw JsonNumberError(name + " must be a list of numbers");
    std::vector<T> out;
    out.reserve(list.size());
    for (const auto& item : list)
        out.push_back(jsonNumber<T>(item, name));
    return out;
}

} // namespace fraudlens::util
