#include "RawQuery.h"

#include "core/storage/Database.h"

namespace samspil {

RawQuery::RawQuery(Database& db, const char* sql)
{
    if (sqlite3* handle = db.handle()) {
        if (sqlite3_prepare_v2(handle, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
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

bool RawQuery::next()
{
    return m_stmt && sqlite3_step(m_stmt) == SQLITE_ROW;
}

} // namespace samspil
