// samspil-cli stats end to end on the hand-made fixture (StatsFixture.h).
#include "tests/stats/StatsFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samspil;
using namespace samspil::test;

namespace {

using Run = CliRun;

Run cli(const QStringList& args)
{
    return runCli(QStringLiteral(SAMSPIL_CLI), args);
}

QJsonObject json(const Run& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("stats prints the dashboard of the fixture as JSON", "[dashboard][cli]")
{
    StatsFixture fx;
    const QString db = fx.t.path();
    bindOsAccount(*fx.t, fx.ks.id);
    fx.t.db.reset(); // the CLI opens the file itself

    SECTION("the whole team, dates written both ways")
    {
        const auto iso = json(cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                   QStringLiteral("2026-07-01"), QStringLiteral("--to"), QStringLiteral("30-11-2026"),
                                   QStringLiteral("--today"), QStringLiteral("23-11-2026")}));
        CHECK(iso[QStringLiteral("period")][QStringLiteral("from")].toString() == QStringLiteral("2026-07-01"));
        CHECK(iso[QStringLiteral("period")][QStringLiteral("to")].toString() == QStringLiteral("2026-11-30"));
        CHECK(iso[QStringLiteral("period")][QStringLiteral("today")].toString() == QStringLiteral("2026-11-23"));
        CHECK(iso[QStringLiteral("citizens")].toInt() == 9);
        CHECK(iso[QStringLiteral("caseworker")].isNull());
        const auto caseworkers = iso[QStringLiteral("caseload")][QStringLiteral("caseworkers")].toArray();
        REQUIRE(caseworkers.size() == 4);
        CHECK(caseworkers[1][QStringLiteral("initials")].toString() == QStringLiteral("KS"));
        CHECK(caseworkers[1][QStringLiteral("active")].toInt() == 5);
        CHECK(caseworkers[3][QStringLiteral("initials")].isNull());
        CHECK(iso[QStringLiteral("risk")][QStringLiteral("not_screened")].toInt() == 2);
        CHECK(iso[QStringLiteral("tracks")][QStringLiteral("mild_mental")].toInt() == 2);
        CHECK(iso[QStringLiteral("next_steps")][QStringLiteral("due_in_period")].toInt() == 7);
        CHECK(iso[QStringLiteral("next_steps")][QStringLiteral("due_today")].toInt() == 2);
        CHECK(iso[QStringLiteral("next_steps")][QStringLiteral("overdue")].toInt() == 5);
        CHECK(iso[QStringLiteral("outcomes")][QStringLiteral("flex_job")].toInt() == 1);
        CHECK(iso[QStringLiteral("weeks_on_support")][QStringLiteral("total")][QStringLiteral("all")][QStringLiteral("median")]
                  .toDouble()
              == Approx(11));
        CHECK(iso[QStringLiteral("team_day_on_screening_day")][QStringLiteral("same_day")].toInt() == 2);
        CHECK(iso[QStringLiteral("progression")][QStringLiteral("diverging")].toInt() == 1);
    }
    SECTION("one caseworker by initials")
    {
        const auto ks = json(cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                  QStringLiteral("01-07-2026"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                                  QStringLiteral("--today"), QStringLiteral("2026-11-23"), QStringLiteral("--caseworker"),
                                  QStringLiteral("ks")}));
        CHECK(ks[QStringLiteral("caseworker")].toString() == QStringLiteral("KS"));
        CHECK(ks[QStringLiteral("citizens")].toInt() == 5);
        CHECK(ks[QStringLiteral("next_steps")][QStringLiteral("overdue")].toInt() == 3);
        CHECK(ks[QStringLiteral("outcomes")][QStringLiteral("total")].toInt() == 0);
    }
    SECTION("bad input: a message and exit 2, nothing printed on standard output")
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("--from"), QStringLiteral("31-02-2026")},
              QStringList{QStringLiteral("--from"), QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-08-01")},
              QStringList{QStringLiteral("--caseworker"), QStringLiteral("XYZ")},
              QStringList{QStringLiteral("--to"), QStringLiteral("next week")}}) {
            const auto r = cli(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db} + args);
            INFO(args.join(QLatin1Char(' ')).toStdString());
            CHECK(r.exitCode == 2);
            CHECK(r.out.isEmpty());
            CHECK_FALSE(r.err.trimmed().isEmpty());
        }
        const auto noDb = cli({QStringLiteral("stats")});
        CHECK(noDb.exitCode == 2);
        const auto missing = cli({QStringLiteral("stats"), QStringLiteral("--db"), fx.t.dir.filePath(QStringLiteral("none.db"))});
        CHECK(missing.exitCode != 0);
        CHECK_FALSE(QFile::exists(fx.t.dir.filePath(QStringLiteral("none.db"))));
    }
}
