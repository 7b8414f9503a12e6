#include "cases/alert_status.h"

#include <array>
#include <utility>

namespace fraudlens::cases {

namespace {

constexpr std::array<std::pair<AlertStatus, std::string_view>, 5> kNames = {{
    {AlertStatus::New, "new"},
    {AlertStatus::InReview, "in_review"},
    {AlertStatus::ConfirmedFraud, "confirmed_fraud"},
    {AlertStatus::FalsePositive, "false_positive"},
    {AlertStatus::Escalated, "escalated"},
}};

} // namespace

std::string_view toString(AlertStatus status)
{
    for (const auto& [value, name] : kNames)
        if (value == status)
            return name;
    return "new";
}

std::optional<AlertStatus> alertStatusFromString(std::string_view text)
{
    for (const auto& [value, name] : kNames)
        if (name == text)
            return value;
    return std::nullopt;
}

bool isOpen(AlertStatus status)
{
    return status == AlertStatus::New || status == AlertStatus::InReview || status == AlertStatus::Escalated;
}

} // namespace fraudlens::cases
