#include "core/storage/BulkWrite.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

using namespace samspil;
using namespace samspil::test;

TEST_CASE("A bulk write relaxes the commit's wait for the disk and widens the cache only while it lasts", "[storage][bulk]")
{
    TempDb t;
    const qint64 synchronous = scalar(*t, QStringLiteral("PRAGMA synchronous"));
    const qint64 cache = scalar(*t, QStringLiteral("PRAGMA cache_size"));
    CHECK(synchronous == 2); // FULL: ordinary work waits for the disk at every commit
    CHECK(cache == -16384);
    {
        BulkWriteScope bulk(*t);
        CHECK(scalar(*t, QStringLiteral("PRAGMA synchronous")) == 1); // NORMAL
        CHECK(scalar(*t, QStringLiteral("PRAGMA cache_size")) == BulkWriteScope::kCacheSize);
        Database::Transaction tx(*t);
        REQUIRE(t->write(QStringLiteral("staff"), QStringLiteral("11111111-1111-4111-8111-111111111111"),
                         {{QStringLiteral("name"), QStringLiteral("Ole Brandt")}, {QStringLiteral("initials"), QStringLiteral("OB")}})
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(scalar(*t, QStringLiteral("PRAGMA synchronous")) == synchronous);
    CHECK(scalar(*t, QStringLiteral("PRAGMA cache_size")) == cache);
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM staff WHERE initials = 'OB'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}
