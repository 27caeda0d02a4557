#pragma once

namespace samspil {

/// Registers every feature's tables and migration steps with the storage engine, once. Must run
/// before the first database is opened (the programs' main functions and the tests' do it).
void registerCoreSchema();

/// registerCoreSchema(), then every module's demo steps, next-step facts, random actions and
/// consistency checks, once.
/// (Explicit calls rather than static initialisers: a static library drops unreferenced ones.)
void registerCoreModules();

} // namespace samspil
