// The read helper every repository uses: rows come back, and a read that fails is an error for
// the caller, never an empty list that would look like "nothing there".
#include "core/storage/Select.h"
#include "tests/support/TestSupport.h"

using namespace samspil;
using namespace samspil::test;

TEST_CASE("select reads every row in order, and a row can be skipped", "[storage][select]")
{
    TempDb t;
    addTestStaff(*t, QStringLiteral("Anne Andersen"), QStringLiteral("AA"));
    addTestStaff(*t, QStringLiteral("Bo Berg"), QStringLiteral("BB"));
    auto names = select<QString>(*t, QStringLiteral("SELECT name FROM staff WHERE active = ? ORDER BY name"), {1},
                                 [](const QSqlQuery& q) { return q.value(0).toString(); });
    REQUIRE(names.ok());
    CHECK(names.value() == QStringList{QStringLiteral("Anne Andersen"), QStringLiteral("Bo Berg")});

    auto notBo = select<QString>(*t, QStringLiteral("SELECT name FROM staff ORDER BY name"), {},
                                 [](const QSqlQuery& q) -> std::optional<QString> {
                                     const QString n = q.value(0).toString();
                                     return n.startsWith(QLatin1Char('B')) ? std::nullopt : std::optional<QString>(n);
                                 });
    REQUIRE(notBo.ok());
    CHECK(notBo.value() == QStringList{QStringLiteral("Anne Andersen")});
}

TEST_CASE("selectOne and selectNumber: nothing found is not an error", "[storage][select]")
{
    TempDb t;
    auto none = selectOne<QString>(*t, QStringLiteral("SELECT name FROM staff WHERE initials = ?"), {QStringLiteral("ZZ")},
                                   [](const QSqlQuery& q) { return q.value(0).toString(); });
    REQUIRE(none.ok());
    CHECK_FALSE(none.value().has_value());
    addTestStaff(*t, QStringLiteral("Anne Andersen"), QStringLiteral("AA"));
    auto count = selectNumber(*t, QStringLiteral("SELECT count(*) FROM staff"));
    REQUIRE(count.ok());
    CHECK(count.value() == 1);
}

TEST_CASE("A read that fails is an error, never an empty list", "[storage][select]")
{
    TempDb t;
    auto missingTable = select<QString>(*t, QStringLiteral("SELECT name FROM no_such_table"), {},
                                        [](const QSqlQuery& q) { return q.value(0).toString(); });
    CHECK_FALSE(missingTable.ok());
    CHECK_FALSE(missingTable.error().isEmpty());
    auto badNumber = selectNumber(*t, QStringLiteral("SELECT count(*) FROM staff WHERE no_such_column = 1"));
    CHECK_FALSE(badNumber.ok());
    auto missingOne = selectOne<QString>(*t, QStringLiteral("SELECT nam FROM staff"), {},
                                         [](const QSqlQuery& q) { return q.value(0).toString(); });
    CHECK_FALSE(missingOne.ok());
}

TEST_CASE("valueOrWarn gives the rows, or the fallback when the read failed", "[storage][select]")
{
    TempDb t;
    addTestStaff(*t, QStringLiteral("Anne Andersen"), QStringLiteral("AA"));
    CHECK(valueOrWarn(selectNumber(*t, QStringLiteral("SELECT count(*) FROM staff")), "test") == 1);
    CHECK(valueOrWarn(selectNumber(*t, QStringLiteral("SELECT count(*) FROM no_such_table")), "test", qint64(-1)) == -1);
}
