#include "Commands.h"

namespace samspil::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (auto part : {foundationCommands(), syncCommands(), screeningCommands(), rcCommands(), auditCommands(), planCommands(),
                          teamDayCommands(), statsCommands(), citizenDataCommands()}) {
            list.insert(list.end(), part.begin(), part.end());
        }
        return list;
    }();
    return all;
}

} // namespace samspil::cli
