#include "UiModules.h"

#include "ui/audit/AccessLogUi.h"
#include "ui/dashboard/DashboardUi.h"
#include "ui/help/HelpUi.h"
#include "ui/citizendata/CitizenDataUi.h"
#include "ui/company/CompanyUi.h"
#include "ui/rc/RcUi.h"
#include "ui/screening/ScreeningUi.h"
#include "ui/sync/SyncUi.h"
#include "ui/plan/PlanTab.h"
#include "ui/teamday/TeamDayUi.h"

namespace samspil::ui {

void registerUiModules()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    registerSyncUi();
    registerScreeningUi();
    registerRcUi();
    registerAccessLogUi();
    registerPlanUi();
    registerTeamDayUi();
    registerCompanyUi();
    registerDashboardUi();
    registerCitizenDataUi();
    registerHelpUi();
}

} // namespace samspil::ui
