#pragma once

#include "app/cli/Cli.h"

#include <QCoreApplication>

#include <memory>

namespace samspil::cli {

// Each area contributes its commands; Commands.cpp lists them all.
std::vector<Command> foundationCommands();
std::vector<Command> syncCommands();
std::vector<Command> screeningCommands();
std::vector<Command> rcCommands();
std::vector<Command> auditCommands();
std::vector<Command> planCommands();

/// A QApplication on the offscreen platform (unless one is chosen), for export-plan.
std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char** argv);
std::vector<Command> teamDayCommands();
std::vector<Command> statsCommands();
std::vector<Command> citizenDataCommands();

} // namespace samspil::cli
