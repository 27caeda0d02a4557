#pragma once

namespace samspil {

/// The staff table (version 1). Registers the table and its step with the engine.
void registerStaffSchema();

} // namespace samspil
