#include "Migrations.h"

#include "core/storage/AuditSchema.h"
#include "core/storage/CitizenDataSchema.h"
#include "core/storage/OutcomeSchema.h"
#include "core/storage/ScreeningSchema.h"
#include "core/storage/StatsSchema.h"
#include "core/storage/PlanSchema.h"
#include "core/storage/RcSchema.h"
#include "core/storage/TeamDaySchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace samspil {

Status execAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const auto& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            return fail(q.lastError().text());
        }
    }
    return {};
}

namespace {

// Version 1: the foundation. Local bookkeeping (local_meta, site, change_log) and the first
// two replicated tables. Replicated tables carry no foreign keys: rows from other sites may
// arrive in any order, so references are checked by `check`, not by SQLite.
Status migration1(QSqlDatabase& db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE local_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
                       QStringLiteral("CREATE TABLE site (alias INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE)"),
                       QStringLiteral("CREATE TABLE change_log ("
                                      " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                      " hlc INTEGER NOT NULL,"
                                      " site TEXT NOT NULL,"
                                      " actor TEXT,"
                                      " tbl TEXT NOT NULL,"
                                      " row_id TEXT NOT NULL,"
                                      " fields TEXT NOT NULL,"
                                      " vv TEXT)"),
                       QStringLiteral("CREATE INDEX change_log_row ON change_log (tbl, row_id)"),
                       QStringLiteral("CREATE TABLE staff ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " name TEXT, initials TEXT, profession TEXT, active INTEGER,"
                                      " created_at TEXT,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX staff_initials ON staff (initials)"),
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

// Version 2: sync through a shared drive. All local bookkeeping; nothing here is replicated.
Status migration2(QSqlDatabase& db)
{
    return execAll(db,
                   {
                       // How far this site has applied each other site's batches.
                       QStringLiteral("CREATE TABLE sync_peer ("
                                      " site TEXT PRIMARY KEY NOT NULL,"
                                      " applied_seq INTEGER NOT NULL DEFAULT 0,"
                                      " applied_at TEXT)"),
                       // Concurrent values that lost to the current one, kept for a person to review.
                       QStringLiteral("CREATE TABLE sync_conflict ("
                                      " id INTEGER PRIMARY KEY,"
                                      " tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL,"
                                      " value, clock TEXT NOT NULL, site TEXT NOT NULL, hlc INTEGER NOT NULL,"
                                      " detected_at TEXT NOT NULL,"
                                      " UNIQUE (tbl, row_id, field, site, hlc))"),
                       QStringLiteral("CREATE INDEX sync_conflict_field ON sync_conflict (tbl, row_id, field)"),
                       // Rows that need a person's eye: e.g. edited on one PC while deleted on another.
                       QStringLiteral("CREATE TABLE sync_flag ("
                                      " tbl TEXT NOT NULL, row_id TEXT NOT NULL, kind TEXT NOT NULL,"
                                      " detected_at TEXT NOT NULL, PRIMARY KEY (tbl, row_id, kind))"),
                       // What happened at each sync, for the sync log window.
                       QStringLiteral("CREATE TABLE sync_log ("
                                      " id INTEGER PRIMARY KEY, at TEXT NOT NULL, level TEXT NOT NULL,"
                                      " message TEXT NOT NULL)"),
                   });
}

// Version 12: opening a database finds the newest stamp of the change log through an index
// rather than by reading the whole log (hundreds of thousands of rows on a busy team's PC).
Status migrateChangeLogStamp(QSqlDatabase& db)
{
    return execAll(db, {QStringLiteral("CREATE INDEX change_log_hlc ON change_log (hlc)")});
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = {
        migration1,
        migration2,
        migrateScreening, // 3
        migrateRelationalCoordination, // 4
        migrateScreeningLatestIndex, // 5
        migrateOutcome, // 6
        migrateAudit, // 7
        migratePlan, // 8
        migrateTeamDay, // 9 (team day, notes, consent, conference)
        migrateStatsIndexes, // 10 (covering indexes: the plan's next-step facts and the dashboard)
        migrateCitizenData, // 11 (change audit, erasure)
        migrateChangeLogStamp, // 12
    };
    return steps;
}

QVector<TableSpec> replicatedTableSpecs()
{
    using T = ColumnType;
    QVector<TableSpec> specs = {
        {QStringLiteral("staff"),
         {{QStringLiteral("name"), T::Text},
          {QStringLiteral("initials"), T::Text},
          {QStringLiteral("profession"), T::Text},
          {QStringLiteral("active"), T::Bool},
          {QStringLiteral("created_at"), T::DateTime}}},
        {QStringLiteral("citizen"),
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
          {QStringLiteral("outcome"), T::Text},      // migration 6
          {QStringLiteral("outcome_date"), T::Date}}}, // migration 6
    };
    specs[0].citizenLink = CitizenLink::none(); // staff
    specs[1].citizenLink = CitizenLink::self(); // citizen
    specs += screeningTableSpecs();
    specs += relationalCoordinationTableSpecs();
    specs += auditTableSpecs();
    specs += planTableSpecs();
    specs += teamDayTableSpecs();
    specs += citizenDataTableSpecs();
    return specs;
}

} // namespace samspil
