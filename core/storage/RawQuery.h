#pragma once

#include "core/util/Dates.h"

#include <QString>

#include <sqlite3.h>

namespace samspil {

class Database;

/// A read-only statement on the raw SQLite handle, for the few reads that go over every row of a
/// large table on each caseload load (next-step facts), where Qt Sql's QVariant per value costs
/// more than the query. Values are bound by position (prepared statements only, as everywhere).
/// Lives in core/storage with the rest of the SQL.
class RawQuery
{
public:
    RawQuery(Database& db, const char* sql);
    ~RawQuery();
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    void bind(int index, const QString& text);
    /// The next row; false at the end (or when the statement could not be prepared).
    bool next();

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    int integer(int column) const { return sqlite3_column_int(m_stmt, column); }
    /// A text column as UTF-8 bytes, valid until the next step.
    QByteArrayView bytes(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return {data, data ? qsizetype(sqlite3_column_bytes(m_stmt, column)) : 0};
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    /// Ids and codes are ASCII: cheaper than UTF-8 decoding.
    QString ascii(int column) const { return QString::fromLatin1(bytes(column)); }
    /// A stored date ("2026-11-22"), invalid when empty or NULL.
    QDate date(int column) const
    {
        const QByteArrayView b = bytes(column);
        if (b.size() == 10 && b[4] == '-' && b[7] == '-') {
            int v[3] = {0, 0, 0};
            const int from[3] = {0, 5, 8};
            const int len[3] = {4, 2, 2};
            for (int k = 0; k < 3; ++k) {
                for (int i = from[k]; i < from[k] + len[k]; ++i) {
                    if (b[i] < '0' || b[i] > '9') {
                        return parseStoredDate(QString::fromLatin1(b));
                    }
                    v[k] = v[k] * 10 + (b[i] - '0');
                }
            }
            return QDate(v[0], v[1], v[2]);
        }
        return b.isEmpty() ? QDate() : parseStoredDate(QString::fromLatin1(b));
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace samspil
