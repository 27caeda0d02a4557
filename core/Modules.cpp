#include "Modules.h"

#include "core/citizen/CitizenRepository.h"
#include "core/citizen/CitizenSchema.h"
#include "core/company/CompanyModule.h"
#include "core/company/CompanySchema.h"
#include "core/plan/PlanModule.h"
#include "core/plan/PlanSchema.h"
#include "core/rc/RcModule.h"
#include "core/rc/RcSchema.h"
#include "core/screening/ScreeningModule.h"
#include "core/screening/ScreeningSchema.h"
#include "core/staff/StaffRepository.h"
#include "core/staff/StaffSchema.h"
#include "core/stats/StatsSchema.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/teamday/TeamDayModule.h"
#include "core/teamday/TeamDaySchema.h"

// The composition root of core: the one place that knows every feature. Each feature declares
// registerXxxSchema() and registerXxxModule() in its own folder and is called from here, in the
// order of the dependencies between them (a table before the tables that point at it).

namespace samspil {

void registerCoreSchema()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    registerStaffSchema();
    registerCitizenSchema();
    registerScreeningSchema();
    registerRcSchema();
    registerPlanSchema();
    registerTeamDaySchema();
    registerCompanySchema();
    registerStatsSchema();
}

void registerCoreModules()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    registerCoreSchema();
    ConsistencyCheck::registerCheck(&CitizenRepository::check);
    ConsistencyCheck::registerCheck(&StaffRepository::check);
    registerScreeningModule();
    registerRcModule();
    registerTeamDayModule();
    registerPlanModule();
    registerCompanyModule();
}

} // namespace samspil
