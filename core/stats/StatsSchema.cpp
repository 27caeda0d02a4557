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

// The next-step facts (the caseload's, which the dashboard counts from too) and the dashboard read
// the team-day talks, conference bookings, signed notes and conferences of every citizen: whole
// scans of tables whose rows carry texts (a note is kilobytes), three of them over the
// appointments. Covering indexes in the order those reads ask for turn each into a short walk.
Status migrateStatsIndexesForFacts(QSqlDatabase& db)
{
    return execAll(db,
                   {
                       // Talks and conference bookings by kind and status (TeamDayQueries, StatsQueries::talks).
                       QStringLiteral("CREATE INDEX appointment_kind ON appointment (kind, status, deleted_at, citizen_id, starts_at)"),
                       // Signed notes in signing order (TeamDayQueries::signedNotes): no sort, no note text.
                       QStringLiteral("CREATE INDEX icf_note_signed ON icf_note "
                                      "(signed_at, id, deleted_at, citizen_id, profession, supersedes)"),
                       // Each citizen's conferences newest first (StatsQueries::latestConferenceTracks) and
                       // the concluded ones (TeamDayQueries::concludedConferences).
                       QStringLiteral("CREATE INDEX conference_latest ON conference "
                                      "(citizen_id, held_on DESC, created_at DESC, id, deleted_at, tracks, concluded_at, plan_id)"),
                   });
}

void registerStatsSchema()
{
    Schema::registerMigration(10, migrateStatsIndexes);
    Schema::registerMigration(16, migrateStatsIndexesForFacts);
}

} // namespace samspil
