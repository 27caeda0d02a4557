#include "Clock.h"

namespace samspil {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace samspil
