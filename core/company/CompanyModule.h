#pragma once

namespace samspil {

/// Companies and placements (issue 19): demo companies and placements, the consistency check.
void registerCompanyModule();

} // namespace samspil
