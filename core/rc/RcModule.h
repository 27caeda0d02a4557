#pragma once

namespace samspil {

/// Relational coordination: demo rounds, a random "a respondent answers" action, and the
/// consistency check. Called once from registerCoreModules().
void registerRcModule();

} // namespace samspil
