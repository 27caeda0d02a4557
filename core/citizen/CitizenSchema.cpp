#include "CitizenSchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

namespace {

// Version 1 (with the engine's bookkeeping and the staff table): the citizen. Replicated tables
// carry no foreign keys: rows from other sites may arrive in any order, so references are
// checked by the consistency check, not by SQLite.
Status migrateCitizen(QSqlDatabase& db)
{
    return execAll(db, {
                           QStringLiteral("CREATE TABLE citizen ("
                                          " id TEXT PRIMARY KEY NOT NULL,"
                                          " cpr TEXT, name TEXT, phone TEXT, email TEXT,"
                                          " benefit TEXT, benefit_start TEXT, target_group TEXT,"
                                          " caseworker_id TEXT, status TEXT, created_at TEXT,"
                                          " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                          " WITHOUT ROWID"),
                           QStringLiteral("CREATE INDEX citizen_cpr ON citizen (cpr)"),
                           QStringLiteral("CREATE INDEX citizen_caseworker ON citizen (caseworker_id)"),
                       });
}

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

TableSpec citizenTable()
{
    using T = ColumnType;
    TableSpec spec{QStringLiteral("citizen"),
                   {{QStringLiteral("cpr"), T::Text},
                    {QStringLiteral("name"), T::Text},
                    {QStringLiteral("phone"), T::Text},
                    {QStringLiteral("email"), T::Text},
                    {QStringLiteral("benefit"), T::Text},
                    {QStringLiteral("benefit_start"), T::Date},
                    {QStringLiteral("target_group"), T::Text},
                    {QStringLiteral("caseworker_id"), T::Text},
                    {QStringLiteral("status"), T::Text},
                    {QStringLiteral("created_at"), T::DateTime},
                    {QStringLiteral("outcome"), T::Text},        // version 6
                    {QStringLiteral("outcome_date"), T::Date}}}; // version 6
    spec.citizenLink = CitizenLink::self();
    return spec;
}

} // namespace

void registerCitizenSchema()
{
    Schema::registerTables({citizenTable()});
    Schema::registerMigration(1, migrateCitizen);
    Schema::registerMigration(6, migrateOutcome);
}

} // namespace samspil
