#pragma once

#include "cases/link_graph.h"

#include <compare>
#include <string>

namespace fraudlens::cases {

// An entity as the transactions name it: its kind (the column) and its value.
struct EntityKey {
    LinkNodeKind kind = LinkNodeKind::Device;
    std::string value;

    auto operator<=>(const EntityKey&) const = default;
};

} // namespace fraudlens::cases
