#pragma once

#include <QIcon>

namespace fraudlens::ui::icons {

// The icon at ":/icons/<name>.svg" (e.g. "action-freeze"), loaded once and cached;
// an empty QIcon when there is no such resource. GUI thread only.
QIcon get(const char* name);

} // namespace fraudlens::ui::icons
