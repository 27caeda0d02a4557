#include "StatsSchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

// The dashboard reads every citizen's current plan goals and progression series at each load.
// Covering indexes keep those reads off the rows (UUID-keyed, so a row lookup per rating is a
// random page read; the rows also carry texts and comments), in the order the series need.
Status migrateStatsIndexes(QSqlDatabase& db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE INDEX plan_rating_series ON plan_rating "
                                      "(citizen_id, goal_lineage, rater, rated_on, created_at, id, score, deleted_at)"),
                       QStringLiteral("CREATE INDEX plan_goal_stats ON plan_goal "
                                      "(plan_id, deleted_at, lineage, parent_lineage, position, tracks, target_date, achieved_on)"),
                       QStringLiteral("CREATE INDEX plan_intervention_stats ON plan_intervention (plan_id, deleted_at, tracks)"),
                       QStringLiteral("CREATE INDEX plan_current ON plan (citizen_id, deleted_at, status, version, id)"),
                   });
}

void registerStatsSchema()
{
    Schema::registerMigration(10, migrateStatsIndexes);
}

} // namespace samspil
