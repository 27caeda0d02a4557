#pragma once

#include "core/demo/DemoData.h"

namespace samspil {

/// Demo companies (their names end in "(demo)"; CVR numbers from 99 000 000 up, which pass the
/// check and are not yet handed out), with contacts and offers, and a few placements of demo
/// citizens with a plan. Run once per demo database, after the citizens exist.
Status addDemoCompanies(Database& db, DemoRandom& rnd);

} // namespace samspil
