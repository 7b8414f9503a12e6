#pragma once

namespace fraudlens::ui {

// The GUI's entry point: arguments, translator, main window. app/ only calls this.
int runApplication(int argc, char** argv);

} // namespace fraudlens::ui
