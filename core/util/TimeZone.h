#pragma once

namespace samspil {

/// Names the system's time zone for the C library once (TZ=:/etc/localtime when TZ is unset and
/// that file exists): without it every local-time conversion looks at /etc/localtime on disk
/// again (a sixth of a large demo's time). A zone changed while the program runs is then seen at
/// its next start. A TZ already set is left as it is. Called first thing by every program's
/// main (the app's and the benchmarks'); does nothing outside Linux.
void settleTimeZone();

} // namespace samspil
