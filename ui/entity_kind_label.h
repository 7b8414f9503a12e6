#pragma once

#include <QString>

#include <string>

namespace fraudlens::ui {

// A shared-entity kind as stored ("device", "ip", "card", "email", "address") in the
// analyst's words, translated; an unknown kind is shown as it is.
QString entityKindLabel(const std::string& kind);

} // namespace fraudlens::ui
