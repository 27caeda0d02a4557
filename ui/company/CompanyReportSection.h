#pragma once

namespace samspil::ui {

/// Adds the placements and the company consents to the citizen's report.
void registerCompanyReportSection();

} // namespace samspil::ui
