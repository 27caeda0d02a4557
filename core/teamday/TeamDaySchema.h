#pragma once

#include "core/storage/Schema.h"

#include <QSqlDatabase>

namespace samspil {

/// Team day, professional notes, consent and the conference (issue 5): working_hours,
/// appointment, consent, icf_note, conference. All replicated; no foreign keys.
Status migrateTeamDay(QSqlDatabase& db);
QVector<TableSpec> teamDayTableSpecs();

/// Registers the team day, notes, consent and conference (version 9) with the engine (core/Modules.cpp calls it at start-up).
void registerTeamDaySchema();

} // namespace samspil
