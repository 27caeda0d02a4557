#include "ui/UiModules.h"

namespace samspil::ui {

void registerUiModules()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
}

} // namespace samspil::ui
