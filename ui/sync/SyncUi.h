#pragma once

namespace samspil::ui {

/// Sync in the main window: a status-bar button (last sync, waiting changes, problems,
/// conflicts), "Sync now" and "Sync…" in the File menu, and automatic sync every few minutes.
void registerSyncUi();

} // namespace samspil::ui
