#pragma once

namespace samspil {

/// The citizen's table: created in version 1, the outcome of a course (citizen.outcome,
/// citizen.outcome_date) added in version 6. Registers the table and its steps with the engine.
void registerCitizenSchema();

} // namespace samspil
