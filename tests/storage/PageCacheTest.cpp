#include "core/storage/PageCache.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <sqlite3.h>

using namespace samspil;
using namespace samspil::test;

namespace {

void exec(Database& db, const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(db.handle(), sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
}

qint64 sumOfLengths(Database& db)
{
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.handle(), "SELECT sum(length(b)) FROM scratch", -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const qint64 n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
}

} // namespace

TEST_CASE("Releasing a connection's page cache gives its memory back and later reads still see every row", "[storage][sqlite]")
{
    TempDb t;
    // About 2 MB of rows (a scratch table: only the cache is under test here).
    exec(*t, "CREATE TABLE scratch(b BLOB)");
    exec(*t, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
             "INSERT INTO scratch SELECT randomblob(1000) FROM n");
    REQUIRE(sumOfLengths(*t) == 2000 * 1000);
    const long long full = PageCache::bytesHeld(*t);
    CHECK(full > 1000 * 1000);

    PageCache::release(*t);
    const long long released = PageCache::bytesHeld(*t);
    INFO("held " << full << " bytes before, " << released << " after");
    CHECK(released < full / 10);

    CHECK(sumOfLengths(*t) == 2000 * 1000); // read from the file again
    CHECK(PageCache::bytesHeld(*t) > 1000 * 1000);
}
