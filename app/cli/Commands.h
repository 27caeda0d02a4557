#pragma once

#include "app/cli/Cli.h"

namespace samspil::cli {

// Each feature contributes its commands from its own app/cli/<Feature>Commands.cpp; Commands.cpp
// lists them all.
std::vector<Command> storageCommands();
std::vector<Command> demoCommands();
std::vector<Command> citizenCommands();
std::vector<Command> syncCommands();
std::vector<Command> screeningCommands();
std::vector<Command> rcCommands();
std::vector<Command> auditCommands();
std::vector<Command> planCommands();
std::vector<Command> teamDayCommands();
std::vector<Command> statsCommands();
std::vector<Command> citizenDataCommands();
std::vector<Command> staffCommands();
std::vector<Command> companyCommands();

} // namespace samspil::cli
