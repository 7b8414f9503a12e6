#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace fraudlens::features {

// The things accounts can share. Rings are found over them; velocity features count them.
enum class EntityKind : std::uint8_t { Device, Ip, Card, Address, Email, Merchant };
inline constexpr std::size_t kEntityKindCount = 6;

inline constexpr std::array<std::string_view, kEntityKindCount> kEntityKindNames = {
    "device", "ip", "card", "address", "email", "merchant"};

inline constexpr std::string_view entityKindName(EntityKind kind) { return kEntityKindNames[static_cast<std::size_t>(kind)]; }

// Marks "not given" in every dense id column.
inline constexpr std::uint32_t kNoId = 0xFFFFFFFFu;

} // namespace fraudlens::features
