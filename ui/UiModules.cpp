#include "ui/UiModules.h"

#include "ui/teamday/TeamDayUi.h"

namespace samspil::ui {

void registerUiModules()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    registerTeamDayUi();
}

} // namespace samspil::ui
