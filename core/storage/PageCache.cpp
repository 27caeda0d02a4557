#include "PageCache.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

namespace samspil::PageCache {

long long bytesHeld(Database& db)
{
    int current = 0;
    int highest = 0;
    if (!db.handle() || sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0) != SQLITE_OK) {
        return 0;
    }
    return current;
}

void release(Database& db)
{
    if (db.handle()) {
        sqlite3_db_release_memory(db.handle());
    }
}

} // namespace samspil::PageCache
