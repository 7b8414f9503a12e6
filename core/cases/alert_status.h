#pragma once

#include <optional>
#include <string_view>

namespace fraudlens::cases {

// An alert's place in the analyst's workflow; the strings are the `alerts.status` column.
enum class AlertStatus { New, InReview, ConfirmedFraud, FalsePositive, Escalated };

std::string_view toString(AlertStatus status);
std::optional<AlertStatus> alertStatusFromString(std::string_view text);
// Open alerts are the queue's work; decided ones are the record of the case.
bool isOpen(AlertStatus status);

} // namespace fraudlens::cases
