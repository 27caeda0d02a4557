#include "ui/UiModules.h"

#include "ui/audit/AccessLogUi.h"
#include "ui/rc/RcUi.h"
#include "ui/screening/ScreeningUi.h"
#include "ui/sync/SyncUi.h"

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
}

} // namespace samspil::ui
