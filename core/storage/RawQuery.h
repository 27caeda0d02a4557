#pragma once

#include "core/util/Dates.h"

#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace samspil {

class Database;

/// A statement on the raw SQLite handle, for the few reads that go over every row of a large
/// table on each caseload load (next-step facts) and for Database's own row writes (every change
/// passes through them: an import writes tens of thousands), where Qt Sql's QVariant per value
/// costs more than the statement. Values are bound by position (prepared statements only, as
/// everywhere). A statement can be run again after reset(). Lives in core/storage with the rest
/// of the SQL.
class RawQuery
{
public:
    RawQuery(Database& db, const char* sql);
    RawQuery(Database& db, const QByteArray& sql)
        : RawQuery(db, sql.constData())
    {
    }
    ~RawQuery();
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    void bind(int index, const QString& text);
    void bind(int index, qint64 value);
    /// UTF-8 text, copied.
    void bindUtf8(int index, QByteArrayView text);
    /// UTF-8 text that stays where it is until the statement has run and its bindings are cleared
    /// (clearBindings), so it is not copied.
    void bindUtf8InPlace(int index, QByteArrayView text);
    /// Every parameter back to null (after text bound in place).
    void clearBindings();
    void bindNull(int index);
    /// A stored value as Schema::normalize() makes them: null, text, whole number or real.
    void bind(int index, const QVariant& value);
    /// The next row; false at the end, when the statement could not be prepared, or when a step
    /// failed (then failed() says so, until reset()).
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    /// Runs a statement that returns no rows and makes it ready to run again; false on an error.
    bool exec();
    /// Ready to run again (a read left unfinished releases its hold on the database).
    void reset();
    /// SQLite's message about the last failure.
    QString error() const;
    /// A column as Qt Sql would give it: null, text, whole number or real.
    QVariant value(int column) const;

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    /// SQLite's type of the value in a column (SQLITE_TEXT, SQLITE_INTEGER, …).
    int type(int column) const { return sqlite3_column_type(m_stmt, column); }
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
        int y = 0, m = 0, d = 0;
        if (b.size() == 10 && b[4] == '-' && b[7] == '-' && digits(b, 0, 4, y) && digits(b, 5, 2, m) && digits(b, 8, 2, d)) {
            return QDate(y, m, d);
        }
        return b.isEmpty() ? QDate() : parseStoredDate(QString::fromLatin1(b));
    }
    /// The local day of a stored UTC time ("2026-11-22T14:05:00.123Z"), invalid when empty.
    QDate localDay(int column) const
    {
        const QByteArrayView b = bytes(column);
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
        if (b.size() == 24 && b[4] == '-' && b[7] == '-' && b[10] == 'T' && b[13] == ':' && b[16] == ':' && b[23] == 'Z'
            && digits(b, 0, 4, y) && digits(b, 5, 2, mo) && digits(b, 8, 2, d) && digits(b, 11, 2, h)
            && digits(b, 14, 2, mi) && digits(b, 17, 2, s) && h < 24 && mi < 60 && s < 60) {
            return localDateOf(QDate(y, mo, d), h * 3600 + mi * 60 + s);
        }
        return b.isEmpty() ? QDate() : localDate(parseStoredDateTime(QString::fromLatin1(b)));
    }

private:
    static bool digits(QByteArrayView b, int from, int n, int& out)
    {
        out = 0;
        for (int i = from; i < from + n; ++i) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
            out = out * 10 + (b[i] - '0');
        }
        return true;
    }

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

} // namespace samspil
