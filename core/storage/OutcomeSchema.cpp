#include "OutcomeSchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

// Version 6: the outcome of a course and its date, recorded when a case is closed (DESIGN.md
// 1.8). Closed cases from before have none; weeks on support run to today for them until a
// caseworker records it.
Status migrateOutcome(QSqlDatabase& db)
{
    return execAll(db, {
                           QStringLiteral("ALTER TABLE citizen ADD COLUMN outcome TEXT"),
                           QStringLiteral("ALTER TABLE citizen ADD COLUMN outcome_date TEXT"),
                       });
}

} // namespace samspil
