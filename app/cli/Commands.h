#pragma once

#include "app/cli/Cli.h"

namespace samspil::cli {

// Each area contributes its commands; Commands.cpp lists them all.
std::vector<Command> foundationCommands();
std::vector<Command> syncCommands();
std::vector<Command> screeningCommands();
std::vector<Command> rcCommands();
std::vector<Command> teamDayCommands();

} // namespace samspil::cli
