#pragma once

namespace samspil {

/// Registers every module's demo steps, random actions and consistency checks, once.
/// (Explicit calls rather than static initialisers: a static library drops unreferenced ones.)
void registerCoreModules();

} // namespace samspil
