#include "ui/UiModules.h"

#include "ui/plan/PlanTab.h"

namespace samspil::ui {

void registerUiModules()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    registerPlanUi();
}

} // namespace samspil::ui
