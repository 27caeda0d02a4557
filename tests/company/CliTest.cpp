#include "tests/company/CompanyFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace samspil;
using namespace samspil::test;

namespace {
CliRun cli(const QStringList& args)
{
    return runCli(QStringLiteral(SAMSPIL_CLI), args);
}

/// A copy of the fixture's database that the command line acts on as the caseworker.
QString cliDatabase(QTemporaryDir& keep)
{
    CompanyFixture f;
    bindOsAccount(*f.t, f.caseworker.id);
    f.t.db.reset();
    const QString path = keep.filePath(QStringLiteral("cli.db"));
    REQUIRE(QFile::copy(f.t.path(), path));
    return path;
}
} // namespace

TEST_CASE("CLI company-import prints its report and companies finds what was imported", "[company][cli]")
{
    QTemporaryDir keep;
    const QString db = cliDatabase(keep);
    const QString csv = keep.filePath(QStringLiteral("companies.csv"));
    writeFile(csv, QByteArrayLiteral("cvr;name;address;contact;phone;email\r\n"
                                     "99015195;Plejecenter Solhverv;Skolevej 12;Lone K;98001002;lone@demo.invalid\r\n"
                                     "12345678;Forkert;;;;\r\n"
                                     "99019247;=HYPERLINK(\"x\");;;;\r\n"));
    auto r = cli({QStringLiteral("company-import"), QStringLiteral("--db"), db, csv});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json.value(QStringLiteral("imported")).toInt() == 1);
    CHECK(r.json.value(QStringLiteral("updated")).toInt() == 0);
    const auto rejected = r.json.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 2);
    CHECK(rejected.at(0)[QStringLiteral("line")].toInt() == 3);
    CHECK(rejected.at(1)[QStringLiteral("line")].toInt() == 4);
    CHECK(r.json.value(QStringLiteral("warnings")).toArray().isEmpty());

    auto again = cli({QStringLiteral("company-import"), QStringLiteral("--db"), db, csv});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(again.json.value(QStringLiteral("updated")).toInt() == 1);

    auto all = cli({QStringLiteral("companies"), QStringLiteral("--db"), db});
    REQUIRE(all.exitCode == 0);
    CHECK(all.json.value(QStringLiteral("companies")).toArray().size() == 2);
    auto found = cli({QStringLiteral("companies"), QStringLiteral("--db"), db, QStringLiteral("--query"), QStringLiteral("solhverv")});
    REQUIRE(found.exitCode == 0);
    const auto companies = found.json.value(QStringLiteral("companies")).toArray();
    REQUIRE(companies.size() == 1);
    CHECK(companies.at(0)[QStringLiteral("cvr")] == QStringLiteral("99015195"));
    CHECK(companies.at(0)[QStringLiteral("contacts")].toArray().at(0)[QStringLiteral("name")] == QStringLiteral("Lone K"));

    auto missing = cli({QStringLiteral("company-import"), QStringLiteral("--db"), db, keep.filePath(QStringLiteral("none.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
}

TEST_CASE("CLI place and placements: by citizen and by company, bad input refused and nothing changed", "[company][cli]")
{
    QTemporaryDir keep;
    const QString db = cliDatabase(keep);
    const QString from = QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy"));
    const QString to = QDate::currentDate().addDays(27).toString(Qt::ISODate);
    auto placed = cli({QStringLiteral("place"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), QStringLiteral("610190-1234"),
                       QStringLiteral("--company"), QStringLiteral("99 00 20 26"), QStringLiteral("--kind"), QStringLiteral("praktik"),
                       QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--hours"), QStringLiteral("12,5")});
    INFO(placed.err.toStdString());
    REQUIRE(placed.exitCode == 0);
    CHECK(placed.json.value(QStringLiteral("company")) == QStringLiteral("Byggemarked ApS"));
    CHECK(placed.json.value(QStringLiteral("kind")) == QStringLiteral("praktik"));
    CHECK(placed.json.value(QStringLiteral("to")) == to);
    CHECK(placed.json.value(QStringLiteral("hours")).toDouble() == 12.5);

    const QStringList base = {QStringLiteral("place"), QStringLiteral("--db"), db, QStringLiteral("--citizen"),
                              QStringLiteral("610190-1234"), QStringLiteral("--company"), QStringLiteral("99002026")};
    struct Bad
    {
        QStringList args;
        int exit;
        QString says;
    };
    const QVector<Bad> bad = {
        {{QStringLiteral("--kind"), QStringLiteral("sommerjob"), QStringLiteral("--from"), from}, 2, QStringLiteral("--kind")},
        {{QStringLiteral("--kind"), QStringLiteral("praktik"), QStringLiteral("--from"), QStringLiteral("31-02-2026")}, 2,
         QStringLiteral("--from")},
        {{QStringLiteral("--kind"), QStringLiteral("praktik"), QStringLiteral("--from"), from, QStringLiteral("--hours"),
          QStringLiteral("99")},
         2, QStringLiteral("--hours")},
        {{QStringLiteral("--kind"), QStringLiteral("praktik"), QStringLiteral("--from"), from, QStringLiteral("--to"),
          QDate::currentDate().addDays(-1).toString(Qt::ISODate)},
         1, QStringLiteral("cannot end")},
    };
    for (const Bad& b : bad) {
        auto r = cli(base + b.args);
        INFO(b.args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == b.exit);
        CHECK(r.err.contains(b.says));
    }
    auto badCvr = cli({QStringLiteral("place"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), QStringLiteral("610190-1234"),
                       QStringLiteral("--company"), QStringLiteral("99002027"), QStringLiteral("--kind"), QStringLiteral("praktik"),
                       QStringLiteral("--from"), from});
    CHECK(badCvr.exitCode == 1);
    CHECK(badCvr.err.contains(QStringLiteral("check digit")));
    auto unknownCitizen = cli({QStringLiteral("place"), QStringLiteral("--db"), db, QStringLiteral("--citizen"),
                               QStringLiteral("710190-1234"), QStringLiteral("--company"), QStringLiteral("99002026"),
                               QStringLiteral("--kind"), QStringLiteral("praktik"), QStringLiteral("--from"), from});
    CHECK(unknownCitizen.exitCode == 1);

    auto mine = cli({QStringLiteral("placements"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), QStringLiteral("610190-1234")});
    REQUIRE(mine.exitCode == 0);
    const auto list = mine.json.value(QStringLiteral("placements")).toArray();
    REQUIRE(list.size() == 1); // the refused ones left nothing
    CHECK(list.at(0)[QStringLiteral("company")] == QStringLiteral("Byggemarked ApS"));
    CHECK(list.at(0)[QStringLiteral("from")] == QDate::currentDate().toString(Qt::ISODate));

    auto theirs = cli({QStringLiteral("placements"), QStringLiteral("--db"), db, QStringLiteral("--company"), QStringLiteral("99002026")});
    REQUIRE(theirs.exitCode == 0);
    CHECK(theirs.json.value(QStringLiteral("placements")).toArray().at(0)[QStringLiteral("citizen_cpr")] == QStringLiteral("6101901234"));
    auto both = cli({QStringLiteral("placements"), QStringLiteral("--db"), db, QStringLiteral("--company"), QStringLiteral("99002026"),
                     QStringLiteral("--citizen"), QStringLiteral("610190-1234")});
    CHECK(both.exitCode == 2);

    // Listing a company's placements is logged as a read of each citizen's record.
    auto log = cli({QStringLiteral("access-log"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), QStringLiteral("610190-1234")});
    REQUIRE(log.exitCode == 0);
    CHECK(log.out.contains(QStringLiteral("cli:placements")));
}

TEST_CASE("CLI company-consent records what the company may know and withdraws it", "[company][cli][consent]")
{
    QTemporaryDir keep;
    const QString db = cliDatabase(keep);
    const QStringList base = {QStringLiteral("company-consent"), QStringLiteral("--db"), db, QStringLiteral("--citizen"),
                              QStringLiteral("610190-1234"), QStringLiteral("--company"), QStringLiteral("99002026")};
    auto neither = cli(base);
    CHECK(neither.exitCode == 2);
    auto empty = cli(base + QStringList{QStringLiteral("--share"), QStringLiteral("  ")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("may know")));
    auto given = cli(base + QStringList{QStringLiteral("--share"), QStringLiteral("Korte dage i starten")});
    INFO(given.err.toStdString());
    REQUIRE(given.exitCode == 0);
    CHECK(given.json.value(QStringLiteral("in_force")).toBool());
    CHECK(given.json.value(QStringLiteral("company_may_know")) == QStringLiteral("Korte dage i starten"));
    auto withdrawn = cli(base + QStringList{QStringLiteral("--withdraw")});
    REQUIRE(withdrawn.exitCode == 0);
    CHECK_FALSE(withdrawn.json.value(QStringLiteral("in_force")).toBool());
    CHECK(withdrawn.json.value(QStringLiteral("company_may_know")).isNull());
    auto again = cli(base + QStringList{QStringLiteral("--withdraw")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("no consent in force")));
}
