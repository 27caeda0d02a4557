#include "RawQuery.h"

#include "core/storage/Database.h"

namespace samspil {

RawQuery::RawQuery(Database& db, const char* sql)
{
    m_handle = db.handle();
    if (m_handle) {
        if (sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
    }
}

RawQuery::~RawQuery()
{
    sqlite3_finalize(m_stmt);
}

void RawQuery::bind(int index, const QString& text)
{
    if (m_stmt) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

void RawQuery::bind(int index, qint64 value)
{
    if (m_stmt) {
        sqlite3_bind_int64(m_stmt, index + 1, value);
    }
}

void RawQuery::bindUtf8(int index, QByteArrayView text)
{
    if (m_stmt) {
        sqlite3_bind_text(m_stmt, index + 1, text.data() ? text.data() : "", int(text.size()), SQLITE_TRANSIENT);
    }
}

void RawQuery::bindUtf8InPlace(int index, QByteArrayView text)
{
    if (m_stmt) {
        sqlite3_bind_text(m_stmt, index + 1, text.data() ? text.data() : "", int(text.size()), SQLITE_STATIC);
    }
}

void RawQuery::clearBindings()
{
    if (m_stmt) {
        sqlite3_clear_bindings(m_stmt);
    }
}

void RawQuery::bindNull(int index)
{
    if (m_stmt) {
        sqlite3_bind_null(m_stmt, index + 1);
    }
}

void RawQuery::bind(int index, const QVariant& value)
{
    if (!m_stmt) {
        return;
    }
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_stmt, index + 1);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, index + 1, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index + 1, value.toDouble());
        return;
    default:
        bind(index, value.toString());
    }
}

bool RawQuery::next()
{
    if (!m_stmt) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    return false;
}

bool RawQuery::exec()
{
    if (!m_stmt) {
        return false;
    }
    m_error.clear();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return true;
    }
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_stmt);
    return false;
}

void RawQuery::reset()
{
    m_error.clear();
    if (m_stmt) {
        sqlite3_reset(m_stmt);
    }
}

QString RawQuery::error() const
{
    if (!m_error.isEmpty()) {
        return m_error;
    }
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("no database connection");
}

QVariant RawQuery::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    default:
        return QVariant(text(column));
    }
}

} // namespace samspil
