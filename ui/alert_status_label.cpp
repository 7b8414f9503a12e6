#include "alert_status_label.h"

#include <QCoreApplication>

namespace fraudlens::ui {

QString alertStatusLabel(cases::AlertStatus status)
{
    switch (status) {
    case cases::AlertStatus::New:
        return QCoreApplication::translate("AlertStatus", "New");
    case cases::AlertStatus::InReview:
        return QCoreApplication::translate("AlertStatus", "In review");
    case cases::AlertStatus::ConfirmedFraud:
        return QCoreApplication::translate("AlertStatus", "Confirmed fraud");
    case cases::AlertStatus::FalsePositive:
        return QCoreApplication::translate("AlertStatus", "False positive");
    case cases::AlertStatus::Escalated:
        return QCoreApplication::translate("AlertStatus", "Escalated");
    }
    return {};
}

} // namespace fraudlens::ui
