#pragma once

namespace samspil::ui {

/// "Relational coordination…" in the Team menu: opens the RcWindow for the database.
void registerRcUi();

} // namespace samspil::ui
