#include "ScreeningSchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

// Version 3: risk screenings. Append-only: a correction is a new row whose `supersedes` names
// the corrected one. No foreign keys (rows arrive from other sites in any order); `check`
// verifies that the citizen and the corrected screening exist.
Status migrateScreening(QSqlDatabase& db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE screening ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " citizen_id TEXT, instrument_id TEXT, instrument_version INTEGER,"
                                      " answers TEXT, scores TEXT, proposed_risk TEXT, decided_risk TEXT,"
                                      " reason TEXT, assessment TEXT, screened_by TEXT, screened_at TEXT,"
                                      " supersedes TEXT,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX screening_citizen ON screening (citizen_id, screened_at)"),
                       QStringLiteral("CREATE INDEX screening_supersedes ON screening (supersedes)"),
                   });
}

// Version 5: the caseload reads every citizen's latest decided risk at each load; a covering
// index keeps that scan off the rows (which carry the answers and scores).
Status migrateScreeningLatestIndex(QSqlDatabase& db)
{
    return execAll(db, {QStringLiteral("CREATE INDEX screening_latest ON screening "
                                       "(citizen_id, screened_at, decided_risk, supersedes, deleted_at)")});
}

// Version 16: screening_latest (version 5) begins with (citizen_id, screened_at), so it serves
// every read screening_citizen served; one index less to write and to store.
Status migrateScreeningIndex(QSqlDatabase& db)
{
    return execAll(db, {QStringLiteral("DROP INDEX IF EXISTS screening_citizen")});
}

QVector<TableSpec> screeningTableSpecs()
{
    using T = ColumnType;
    TableSpec screening{QStringLiteral("screening"),
                        {{QStringLiteral("citizen_id"), T::Text},
                         {QStringLiteral("instrument_id"), T::Text},
                         {QStringLiteral("instrument_version"), T::Integer},
                         {QStringLiteral("answers"), T::Text},
                         {QStringLiteral("scores"), T::Text},
                         {QStringLiteral("proposed_risk"), T::Text},
                         {QStringLiteral("decided_risk"), T::Text},
                         {QStringLiteral("reason"), T::Text},
                         {QStringLiteral("assessment"), T::Text},
                         {QStringLiteral("screened_by"), T::Text},
                         {QStringLiteral("screened_at"), T::DateTime},
                         {QStringLiteral("supersedes"), T::Text}}};
    screening.appendOnly = true;
    screening.citizenLink = CitizenLink::byColumn(QStringLiteral("citizen_id"));
    return {screening};
}

void registerScreeningSchema()
{
    Schema::registerTables(screeningTableSpecs());
    Schema::registerMigration(3, migrateScreening);
    Schema::registerMigration(5, migrateScreeningLatestIndex);
    Schema::registerMigration(16, migrateScreeningIndex);
}

} // namespace samspil
