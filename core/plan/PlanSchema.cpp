#include "PlanSchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

// Version 6: intervention plans. A plan row is one version; goals and interventions belong to
// one version (plan_id) and carry a `lineage` that stays the same across versions, so ratings
// (which name the goal lineage) and the version diff follow a goal. No foreign keys: rows
// arrive from other sites in any order; `check` verifies the references.
Status migratePlan(QSqlDatabase& db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE plan ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " citizen_id TEXT, version INTEGER, status TEXT,"
                                      " employment_goal TEXT, goal_kind TEXT, hours_per_week INTEGER, target_date TEXT,"
                                      " what_matters TEXT, first_step TEXT,"
                                      " agreed_on TEXT, agreed_how TEXT, agreed_present TEXT,"
                                      " previous_id TEXT, conference_id TEXT, caseworker_id TEXT, created_at TEXT,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX plan_citizen ON plan (citizen_id, version)"),
                       QStringLiteral("CREATE TABLE plan_goal ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " plan_id TEXT, lineage TEXT, parent_lineage TEXT, position INTEGER,"
                                      " text TEXT, criterion TEXT, tracks TEXT, target_date TEXT,"
                                      " responsible_id TEXT, achieved_on TEXT,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX plan_goal_plan ON plan_goal (plan_id)"),
                       QStringLiteral("CREATE TABLE plan_intervention ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " plan_id TEXT, lineage TEXT, position INTEGER, kind TEXT, title TEXT, tracks TEXT,"
                                      " provider_id TEXT, provider_external TEXT, start_date TEXT, end_date TEXT,"
                                      " status TEXT, stop_reason TEXT, goal_lineages TEXT,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX plan_intervention_plan ON plan_intervention (plan_id)"),
                       QStringLiteral("CREATE TABLE plan_rating ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " citizen_id TEXT, goal_lineage TEXT, rater TEXT, score INTEGER, rated_on TEXT,"
                                      " comment TEXT, rated_by TEXT, created_at TEXT,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX plan_rating_citizen ON plan_rating (citizen_id, rated_on)"),
                   });
}

QVector<TableSpec> planTableSpecs()
{
    using T = ColumnType;
    TableSpec plan{QStringLiteral("plan"),
                   {{QStringLiteral("citizen_id"), T::Text},
                    {QStringLiteral("version"), T::Integer},
                    {QStringLiteral("status"), T::Text},
                    {QStringLiteral("employment_goal"), T::Text},
                    {QStringLiteral("goal_kind"), T::Text},
                    {QStringLiteral("hours_per_week"), T::Integer},
                    {QStringLiteral("target_date"), T::Date},
                    {QStringLiteral("what_matters"), T::Text},
                    {QStringLiteral("first_step"), T::Text},
                    {QStringLiteral("agreed_on"), T::Date},
                    {QStringLiteral("agreed_how"), T::Text},
                    {QStringLiteral("agreed_present"), T::Text},
                    {QStringLiteral("previous_id"), T::Text},
                    {QStringLiteral("conference_id"), T::Text},
                    {QStringLiteral("caseworker_id"), T::Text},
                    {QStringLiteral("created_at"), T::DateTime}}};
    TableSpec goal{QStringLiteral("plan_goal"),
                   {{QStringLiteral("plan_id"), T::Text},
                    {QStringLiteral("lineage"), T::Text},
                    {QStringLiteral("parent_lineage"), T::Text},
                    {QStringLiteral("position"), T::Integer},
                    {QStringLiteral("text"), T::Text},
                    {QStringLiteral("criterion"), T::Text},
                    {QStringLiteral("tracks"), T::Text},
                    {QStringLiteral("target_date"), T::Date},
                    {QStringLiteral("responsible_id"), T::Text},
                    {QStringLiteral("achieved_on"), T::Date}}};
    TableSpec intervention{QStringLiteral("plan_intervention"),
                           {{QStringLiteral("plan_id"), T::Text},
                            {QStringLiteral("lineage"), T::Text},
                            {QStringLiteral("position"), T::Integer},
                            {QStringLiteral("kind"), T::Text},
                            {QStringLiteral("title"), T::Text},
                            {QStringLiteral("tracks"), T::Text},
                            {QStringLiteral("provider_id"), T::Text},
                            {QStringLiteral("provider_external"), T::Text},
                            {QStringLiteral("start_date"), T::Date},
                            {QStringLiteral("end_date"), T::Date},
                            {QStringLiteral("status"), T::Text},
                            {QStringLiteral("stop_reason"), T::Text},
                            {QStringLiteral("goal_lineages"), T::Text}}};
    TableSpec rating{QStringLiteral("plan_rating"),
                     {{QStringLiteral("citizen_id"), T::Text},
                      {QStringLiteral("goal_lineage"), T::Text},
                      {QStringLiteral("rater"), T::Text},
                      {QStringLiteral("score"), T::Integer},
                      {QStringLiteral("rated_on"), T::Date},
                      {QStringLiteral("comment"), T::Text},
                      {QStringLiteral("rated_by"), T::Text},
                      {QStringLiteral("created_at"), T::DateTime}}};
    plan.citizenLink = CitizenLink::byColumn(QStringLiteral("citizen_id"));
    goal.citizenLink = CitizenLink::byParent(QStringLiteral("plan_id"), QStringLiteral("plan"));
    intervention.citizenLink = CitizenLink::byParent(QStringLiteral("plan_id"), QStringLiteral("plan"));
    rating.citizenLink = CitizenLink::byColumn(QStringLiteral("citizen_id"));
    return {plan, goal, intervention, rating};
}

// Version 16: a citizen's ratings are found through plan_rating_series (version 10), which
// begins with citizen_id as this index did; one index less to write and to store.
Status migrateRatingIndex(QSqlDatabase& db)
{
    return execAll(db, {QStringLiteral("DROP INDEX IF EXISTS plan_rating_citizen")});
}

void registerPlanSchema()
{
    Schema::registerTables(planTableSpecs());
    Schema::registerMigration(8, migratePlan);
    Schema::registerMigration(16, migrateRatingIndex);
}

} // namespace samspil
