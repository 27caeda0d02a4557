#pragma once

#include "core/storage/Schema.h"

#include <QSqlDatabase>

namespace samspil {

/// Team day, professional notes, consent and the conference (issue 5): working_hours,
/// appointment, consent, icf_note, conference. All replicated; no foreign keys.
Status migrateTeamDay(QSqlDatabase& db);
QVector<TableSpec> teamDayTableSpecs();

} // namespace samspil
