#include "core/storage/BulkWrite.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

using namespace samspil;
using namespace samspil::test;

namespace {

qint64 pragma(Database& db, const char* name)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A bulk write relaxes the commit's wait for the disk and widens the cache only while it lasts", "[storage][bulk]")
{
    TempDb t;
    const qint64 synchronous = pragma(*t, "synchronous");
    const qint64 cache = pragma(*t, "cache_size");
    CHECK(synchronous == 2); // FULL: ordinary work waits for the disk at every commit
    CHECK(cache == -16384);
    {
        BulkWriteScope bulk(*t);
        CHECK(pragma(*t, "synchronous") == 1); // NORMAL
        CHECK(pragma(*t, "cache_size") == BulkWriteScope::kCacheSize);
        Database::Transaction tx(*t);
        REQUIRE(t->write(QStringLiteral("staff"), QStringLiteral("11111111-1111-4111-8111-111111111111"),
                         {{QStringLiteral("name"), QStringLiteral("Ole Brandt")}, {QStringLiteral("initials"), QStringLiteral("OB")}})
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(pragma(*t, "synchronous") == synchronous);
    CHECK(pragma(*t, "cache_size") == cache);
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM staff WHERE initials = 'OB'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}
