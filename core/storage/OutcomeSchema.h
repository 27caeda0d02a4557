#pragma once

#include "core/util/Result.h"

class QSqlDatabase;

namespace samspil {

/// Version 6: how a course ended (citizen.outcome, citizen.outcome_date).
Status migrateOutcome(QSqlDatabase& db);

} // namespace samspil
