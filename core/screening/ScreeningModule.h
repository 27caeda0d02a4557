#pragma once

namespace samspil {

/// Demo screenings for demo citizens, the "add-screening" random action, and the consistency
/// checks for screenings (the citizen exists; a correction's original exists).
void registerScreeningModule();

} // namespace samspil
