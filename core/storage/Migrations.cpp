#include "Migrations.h"

#include "core/storage/AuditSchema.h"
#include "core/storage/CitizenDataSchema.h"

#include <QtGlobal>

#include <map>

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

// Version 1: the foundation. Local bookkeeping (local_meta, site, change_log); the first two
// replicated tables (staff, citizen) are the staff and citizen features' steps of version 1. Replicated tables carry no foreign keys: rows from other sites may
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

// Version 16: the newest stamp is the last entry's (stamps grow with the sequence number), read
// through the primary key; an index on every stamp cost a write per change for that one read.
Status migrateChangeLogLean(QSqlDatabase& db)
{
    return execAll(db, {QStringLiteral("DROP INDEX IF EXISTS change_log_hlc")});
}

// Version 17: field clocks (sync_clock) name a table's columns by position (RowClock), which a
// Samspil before this version would misread; the version keeps such a program from opening the
// file. Nothing is rewritten here: a clock stored with names reads the same, and a row's clock is
// stored by position the next time the row is written.
Status migrateClockPositions(QSqlDatabase&)
{
    return {};
}

struct Registry
{
    std::map<int, std::vector<Migration>> steps; ///< the features' steps per version
    QVector<TableSpec> tables;                    ///< the features' tables, in registration order
    bool inUse = false;                           ///< read once: no more registrations
};

Registry& registry()
{
    static Registry r;
    return r;
}

void checkOpen(const char* what)
{
    if (registry().inUse) {
        qFatal("Schema: %s registered after the schema was in use (register every feature at start-up)", what);
    }
}

/// The engine's own steps, by version.
const std::map<int, Migration>& engineSteps()
{
    static const std::map<int, Migration> steps = {
        {1, migration1},
        {2, migration2},
        {7, migrateAudit},
        {11, migrateCitizenData}, // change audit, erasure
        {12, migrateChangeLogStamp},
        {16, migrateChangeLogLean},
        {17, migrateClockPositions},
    };
    return steps;
}

} // namespace

void Schema::registerTables(const QVector<TableSpec>& specs)
{
    checkOpen("a table");
    registry().tables += specs;
}

void Schema::registerMigration(int version, Migration step)
{
    checkOpen("a migration");
    Q_ASSERT(version >= 1);
    registry().steps[version].push_back(std::move(step));
}

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = [] {
        Registry& r = registry();
        r.inUse = true;
        int latest = engineSteps().rbegin()->first;
        if (!r.steps.empty()) {
            latest = std::max(latest, r.steps.rbegin()->first);
        }
        std::vector<Migration> out;
        for (int v = 1; v <= latest; ++v) {
            std::vector<Migration> parts;
            if (auto e = engineSteps().find(v); e != engineSteps().end()) {
                parts.push_back(e->second);
            }
            if (auto f = r.steps.find(v); f != r.steps.end()) {
                parts.insert(parts.end(), f->second.begin(), f->second.end());
            }
            out.push_back([v, parts](QSqlDatabase& db) -> Status {
                if (parts.empty()) {
                    return fail(QStringLiteral("no step is registered for version %1").arg(v));
                }
                for (const auto& step : parts) {
                    if (auto s = step(db); !s) {
                        return s;
                    }
                }
                return {};
            });
        }
        return out;
    }();
    return all;
}

QVector<TableSpec> replicatedTableSpecs()
{
    Registry& r = registry();
    r.inUse = true;
    QVector<TableSpec> specs = r.tables;
    specs += auditTableSpecs();
    specs += citizenDataTableSpecs();
    return specs;
}

} // namespace samspil
