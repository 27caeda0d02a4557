#pragma once

namespace samspil::ui {

/// Team ▸ Overblik…: the dashboard window, one per main window.
void registerDashboardUi();

} // namespace samspil::ui
