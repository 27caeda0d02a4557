#include "Modules.h"

#include "core/screening/ScreeningModule.h"
#include "core/rc/RcModule.h"
#include "core/plan/PlanModule.h"
#include "core/teamday/TeamDayModule.h"

// Each module declares a registerXxxModule() in its own header and is called from here.

namespace samspil {

void registerCoreModules()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    registerScreeningModule();
    registerRcModule();
    registerTeamDayModule();
    registerPlanModule();
}

} // namespace samspil
