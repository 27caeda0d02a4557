#include "Commands.h"

#include <algorithm>

namespace samspil::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (auto part : {storageCommands(), demoCommands(), citizenCommands(), syncCommands(), screeningCommands(),
                          rcCommands(), auditCommands(), planCommands(), teamDayCommands(), statsCommands(),
                          citizenDataCommands(), staffCommands(), companyCommands()}) {
            list.insert(list.end(), part.begin(), part.end());
        }
        // Help starts with the way to a database with citizens in it: init, demo, import-citizens;
        // every other command keeps its feature's place.
        const QStringList first{QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("import-citizens")};
        const auto rank = [&](const Command& c) {
            const auto i = first.indexOf(c.name);
            return i < 0 ? first.size() : i;
        };
        std::stable_sort(list.begin(), list.end(), [&](const Command& a, const Command& b) { return rank(a) < rank(b); });
        return list;
    }();
    return all;
}

} // namespace samspil::cli
