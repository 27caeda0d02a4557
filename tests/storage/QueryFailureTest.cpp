#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Replica.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

using namespace samspil;
using namespace samspil::test;

namespace {

/// Makes every query on `table` fail, as a damaged or foreign file would.
void hideTable(Database& db, const QString& table)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_hidden").arg(table)));
}

} // namespace

TEST_CASE("A consistency check whose query fails is an error, not a clean result", "[storage][query-failure]")
{
    TempDb t;
    REQUIRE(ConsistencyCheck::sound(ConsistencyCheck::run(*t)));
    hideTable(*t, QStringLiteral("change_log"));
    const auto findings = ConsistencyCheck::run(*t);
    CHECK_FALSE(ConsistencyCheck::sound(findings));
    bool reported = false;
    for (const auto& f : findings) {
        reported = reported || f.message == ConsistencyCheck::couldNotRun().message;
    }
    CHECK(reported);
}

TEST_CASE("A snapshot that cannot be read completely is an error, never a partial snapshot", "[storage][query-failure]")
{
    TempDb t;
    REQUIRE(Replica(*t).makeSnapshot().ok());
    hideTable(*t, QStringLiteral("sync_conflict"));
    const auto snapshot = Replica(*t).makeSnapshot();
    CHECK_FALSE(snapshot.ok());
    CHECK(Replica(*t).snapshot().isEmpty());
}
