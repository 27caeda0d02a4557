#include "BulkWrite.h"

#include <QSqlQuery>

namespace samspil {

namespace {

/// The pragma's current value as text ("2", "-16384"), empty when it could not be read.
QString pragmaValue(Database& db, const char* name)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next()) {
        return {};
    }
    return QString::number(q.value(0).toLongLong());
}

/// Sets a pragma to a whole number (read from SQLite itself or a constant; never user input).
void setPragma(Database& db, const char* name, const QString& value)
{
    QSqlQuery q(db.sql());
    (void)Database::checkRead(q.exec(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(name), value)), q,
                              "BulkWriteScope");
}

} // namespace

BulkWriteScope::BulkWriteScope(Database& db)
    : m_db(db)
    , m_synchronous(pragmaValue(db, "synchronous"))
    , m_cacheSize(pragmaValue(db, "cache_size"))
{
    if (!m_synchronous.isEmpty()) {
        setPragma(m_db, "synchronous", QStringLiteral("NORMAL"));
    }
    if (!m_cacheSize.isEmpty()) {
        setPragma(m_db, "cache_size", QString::number(kCacheSize));
    }
}

BulkWriteScope::~BulkWriteScope()
{
    if (!m_synchronous.isEmpty()) {
        setPragma(m_db, "synchronous", m_synchronous);
    }
    if (!m_cacheSize.isEmpty()) {
        setPragma(m_db, "cache_size", m_cacheSize);
    }
}

} // namespace samspil
