#pragma once

#include <QString>

#include <optional>

namespace fraudlens::ui {

// An account a freeze or a note is for, named as the analyst sees it; alertId is the case
// a note belongs to, when it was written on one.
struct AccountRef {
    qint64 accountId = 0;
    QString account;
    std::optional<qint64> alertId;
};

} // namespace fraudlens::ui
