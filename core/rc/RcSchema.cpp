#include "RcSchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

// Version 4: relational coordination. A survey round (rc_survey) with its groups as a JSON
// list, and one rc_response row per respondent and rated group. No foreign key from response
// to survey: rows from other sites arrive in any order; `check` verifies the reference.
Status migrateRelationalCoordination(QSqlDatabase& db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE rc_survey ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " name TEXT, held_on TEXT, groups TEXT, created_at TEXT,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX rc_survey_name ON rc_survey (name)"),
                       QStringLiteral("CREATE TABLE rc_response ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " survey_id TEXT, respondent_id TEXT, respondent_group TEXT, rated_group TEXT,"
                                      " frequent INTEGER, timely INTEGER, accurate INTEGER, problem_solving INTEGER,"
                                      " shared_goals INTEGER, shared_knowledge INTEGER, mutual_respect INTEGER,"
                                      " entered_at TEXT,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX rc_response_survey ON rc_response (survey_id)"),
                   });
}

QVector<TableSpec> relationalCoordinationTableSpecs()
{
    using T = ColumnType;
    // Relational coordination measures how the professions work together: no citizen data.
    QVector<TableSpec> specs = {
        {QStringLiteral("rc_survey"),
         {{QStringLiteral("name"), T::Text},
          {QStringLiteral("held_on"), T::Date},
          {QStringLiteral("groups"), T::Text},
          {QStringLiteral("created_at"), T::DateTime}}},
        {QStringLiteral("rc_response"),
         {{QStringLiteral("survey_id"), T::Text},
          {QStringLiteral("respondent_id"), T::Text},
          {QStringLiteral("respondent_group"), T::Text},
          {QStringLiteral("rated_group"), T::Text},
          {QStringLiteral("frequent"), T::Integer},
          {QStringLiteral("timely"), T::Integer},
          {QStringLiteral("accurate"), T::Integer},
          {QStringLiteral("problem_solving"), T::Integer},
          {QStringLiteral("shared_goals"), T::Integer},
          {QStringLiteral("shared_knowledge"), T::Integer},
          {QStringLiteral("mutual_respect"), T::Integer},
          {QStringLiteral("entered_at"), T::DateTime}}},
    };
    for (auto& spec : specs) {
        spec.citizenLink = CitizenLink::none();
    }
    return specs;
}

void registerRcSchema()
{
    Schema::registerTables(relationalCoordinationTableSpecs());
    Schema::registerMigration(4, migrateRelationalCoordination);
}

} // namespace samspil
