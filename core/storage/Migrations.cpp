#include "core/storage/Migrations.h"

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

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = {
        migration1,
    };
    return steps;
}

QVector<TableSpec> replicatedTableSpecs()
{
    using T = ColumnType;
    return {
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
          {QStringLiteral("created_at"), T::DateTime}}},
    };
}

} // namespace samspil
