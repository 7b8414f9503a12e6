#pragma once

#include "cases/alert_status.h"

#include <QString>

namespace fraudlens::ui {

// An alert status as the analyst reads it ("In review"), translated.
QString alertStatusLabel(cases::AlertStatus status);

} // namespace fraudlens::ui
