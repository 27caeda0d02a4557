#pragma once

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace samspil {

/// The one way a repository reads rows: a prepared statement, its bound values in order, and a
/// function that makes one T of the current row. A failed read is an error for the caller,
/// never an empty list that looks like "nothing there".
///
///     auto staff = select<Staff>(db, "SELECT id, name FROM staff WHERE active = ?", {1},
///                                [](const QSqlQuery& q) { return Staff{q.value(0).toString(), …}; });
///
/// readRow may return std::optional<T> to skip a row (a value it cannot read, say).
template <typename T, typename ReadRow>
Result<QVector<T>> select(Database& db, const QString& sql, const QVariantList& binds, ReadRow readRow)
{
    // The statement is prepared once per connection and kept (parsing it again on every read
    // cost a fifth of a busy day's work); a read made while the same statement is still being
    // stepped (from within readRow) gets a statement of its own.
    std::optional<QSqlQuery> own;
    QSqlQuery* cached = &db.prepared(sql);
    if (cached->isActive()) {
        own.emplace(db.sql());
        own->setForwardOnly(true);
        cached = &*own;
        if (!cached->prepare(sql)) {
            return Database::queryError(*cached);
        }
    } else if (cached->lastError().isValid() && cached->lastError().type() == QSqlError::StatementError
               && !cached->prepare(sql)) {
        return Database::queryError(*cached);
    }
    QSqlQuery& q = *cached;
    struct Finish
    {
        QSqlQuery& q;
        ~Finish() { q.finish(); }
    } finish{q};
    for (int i = 0; i < binds.size(); ++i) {
        q.bindValue(i, binds[i]);
    }
    if (!q.exec()) {
        return Database::queryError(q);
    }
    QVector<T> out;
    while (q.next()) {
        if constexpr (std::is_same_v<std::invoke_result_t<ReadRow, const QSqlQuery&>, std::optional<T>>) {
            if (auto row = readRow(q)) {
                out.append(std::move(*row));
            }
        } else {
            out.append(readRow(q));
        }
    }
    if (q.lastError().isValid()) { // a step that failed part-way (a busy or damaged file)
        return Database::queryError(q);
    }
    return out;
}

/// The first row only, or nothing when there is none (not an error).
template <typename T, typename ReadRow>
Result<std::optional<T>> selectOne(Database& db, const QString& sql, const QVariantList& binds, ReadRow readRow)
{
    auto rows = select<T>(db, sql, binds, readRow);
    if (!rows) {
        return Error{rows.error()};
    }
    if (rows->isEmpty()) {
        return std::optional<T>{};
    }
    return std::optional<T>{rows->first()};
}

/// A single number (a count, a sum): the first column of the first row; 0 when there is no row.
inline Result<qint64> selectNumber(Database& db, const QString& sql, const QVariantList& binds = {})
{
    auto rows = select<qint64>(db, sql, binds, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (!rows) {
        return Error{rows.error()};
    }
    return rows->isEmpty() ? qint64(0) : rows->first();
}

/// For functions that return a plain value and so cannot pass an error on (as Database::checkRead
/// does for a bare query): the value read or, when the read failed, `fallback` after a warning in
/// the log with `where` and the query's error (it names tables and columns, never bound values).
template <typename T>
T valueOrWarn(Result<T> read, const char* where, T fallback = T{})
{
    if (!read) {
        qWarning("%s: %s", where, qPrintable(read.error()));
        return fallback;
    }
    return std::move(read).value();
}

} // namespace samspil
