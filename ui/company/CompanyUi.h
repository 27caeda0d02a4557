#pragma once

namespace samspil::ui {

/// Companies and placements in the windows (issue 19): Team ▸ Virksomheder, the citizen page's
/// "Virksomhed" tab with the placement dialog, and the placements' section of the citizen's report.
void registerCompanyUi();

} // namespace samspil::ui
