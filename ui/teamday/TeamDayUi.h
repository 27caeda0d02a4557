#pragma once

namespace samspil::ui {

/// The team day's windows: the citizen page's "Team day" tab, "Book team day…" in the Citizen
/// menu, the day view and "My tasks" in the Team menu.
void registerTeamDayUi();

} // namespace samspil::ui
