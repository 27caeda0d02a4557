#include "tests/teamday/TeamDayFixture.h"

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
} // namespace

TEST_CASE("CLI icf-search finds categories by code and by words, all or only the core sets", "[teamday][cli]")
{
    auto r = cli({QStringLiteral("icf-search"), QStringLiteral("--query"), QStringLiteral("job")});
    REQUIRE(r.exitCode == 0);
    const auto cats = r.json.value(QStringLiteral("categories")).toArray();
    REQUIRE(cats.size() == 1);
    CHECK(cats.first()[QStringLiteral("code")] == QStringLiteral("d845"));
    CHECK(cats.first()[QStringLiteral("core_sets")].toArray().contains(QStringLiteral("brief")));
    CHECK(cats.first()[QStringLiteral("chapter")] == QStringLiteral("d8"));

    // Outside the core sets: found among all categories, not with --core.
    auto all = cli({QStringLiteral("icf-search"), QStringLiteral("--query"), QStringLiteral("hjælpe andre")});
    REQUIRE(all.exitCode == 0);
    const auto assisting = all.json.value(QStringLiteral("categories")).toArray();
    REQUIRE_FALSE(assisting.isEmpty());
    CHECK(assisting.first()[QStringLiteral("code")] == QStringLiteral("d660"));
    CHECK(assisting.first()[QStringLiteral("core_sets")].toArray().isEmpty());
    auto core = cli({QStringLiteral("icf-search"),
                     QStringLiteral("--query"),
                     QStringLiteral("hjælpe andre"),
                     QStringLiteral("--core")});
    REQUIRE(core.exitCode == 0);
    CHECK(core.json.value(QStringLiteral("categories")).toArray().isEmpty());
}

TEST_CASE("CLI book-team-day books three talks and team-day lists them, per staff member too", "[teamday][cli]")
{
    QString path;
    QTemporaryDir keep;
    {
        TeamDayFixture f;
        f.screen(f.citizen, Risk::High, f.t.clock.now());
        bindOsAccount(*f.t, f.caseworker.id);
        f.t.db.reset();
        path = keep.filePath(QStringLiteral("cli.db"));
        REQUIRE(QFile::copy(f.t.path(), path));
    }
    // A Monday well ahead of the real clock the command line runs on.
    QDate day = QDate::currentDate().addDays(14);
    day = day.addDays(1 - day.dayOfWeek());
    const QString date = day.toString(QStringLiteral("dd-MM-yyyy"));

    auto bad = cli({QStringLiteral("team-day"), QStringLiteral("--db"), path, QStringLiteral("--date"), QStringLiteral("31-02-2026")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--date")));

    auto booked = cli({QStringLiteral("book-team-day"), QStringLiteral("--db"), path, QStringLiteral("--citizen"),
                       QStringLiteral("610190-1234"), QStringLiteral("--date"), date});
    INFO(booked.err.toStdString());
    REQUIRE(booked.exitCode == 0);
    CHECK(booked.json.value(QStringLiteral("late")) == false);
    CHECK(booked.json.value(QStringLiteral("appointments")).toArray().size() == 3);

    auto listed = cli({QStringLiteral("team-day"), QStringLiteral("--db"), path, QStringLiteral("--date"), date});
    REQUIRE(listed.exitCode == 0);
    const auto all = listed.json.value(QStringLiteral("appointments")).toArray();
    REQUIRE(all.size() == 3);
    CHECK(all.at(0)[QStringLiteral("start")].toString().endsWith(QStringLiteral("T08:00")));
    CHECK(all.at(0)[QStringLiteral("citizen_cpr")] == QStringLiteral("6101901234"));

    // Booking again the same day: the citizen is busy then, so the talks come after the first three.
    auto again = cli({QStringLiteral("book-team-day"), QStringLiteral("--db"), path, QStringLiteral("--citizen"),
                      QStringLiteral("610190-1234"), QStringLiteral("--date"), date, QStringLiteral("--dry-run")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json.value(QStringLiteral("booked")) == false);
    CHECK(again.json.value(QStringLiteral("appointments")).toArray().at(0)[QStringLiteral("start")].toString().endsWith(
        QStringLiteral("T10:15")));

    auto mine = cli({QStringLiteral("team-day"), QStringLiteral("--db"), path, QStringLiteral("--date"), date,
                     QStringLiteral("--staff"), QStringLiteral("SP")});
    REQUIRE(mine.exitCode == 0);
    CHECK(mine.json.value(QStringLiteral("appointments")).toArray().size() == 1);

    // The talks are the professionals' tasks now, not the caseworker's.
    auto tasks = cli({QStringLiteral("my-tasks"), QStringLiteral("--db"), path, QStringLiteral("--staff"), QStringLiteral("SP")});
    REQUIRE(tasks.exitCode == 0);
    const auto list = tasks.json.value(QStringLiteral("tasks")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.first()[QStringLiteral("step")] == QStringLiteral("team_day_talks"));
    CHECK(list.first()[QStringLiteral("due")] == day.toString(Qt::ISODate));
    auto caseworker = cli({QStringLiteral("my-tasks"), QStringLiteral("--db"), path, QStringLiteral("--staff"), QStringLiteral("KK")});
    REQUIRE(caseworker.exitCode == 0);
    CHECK(caseworker.json.value(QStringLiteral("tasks")).toArray().isEmpty());
}

TEST_CASE("CLI book-conference books the three and the caseworker after the talks, once", "[teamday][cli]")
{
    // The talks were held (the Friday before the fixture's Monday); the command line runs on the
    // real clock, later.
    QString path;
    QTemporaryDir keep;
    QDate past;
    {
        TeamDayFixture f;
        past = f.monday;
        bindOsAccount(*f.t, f.caseworker.id);
        f.holdTeamDay();
        f.t.db.reset();
        path = keep.filePath(QStringLiteral("cli.db"));
        REQUIRE(QFile::copy(f.t.path(), path));
    }
    const QStringList base{QStringLiteral("book-conference"), QStringLiteral("--db"), path, QStringLiteral("--citizen"),
                           QStringLiteral("610190-1234")};
    const QString at = past.toString(QStringLiteral("dd-MM-yyyy")) + QStringLiteral(" 10:15");

    auto dry = cli(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--days"), QStringLiteral("7")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json.value(QStringLiteral("booked")) == false);
    CHECK(QDateTime::fromString(dry.json.value(QStringLiteral("start")).toString(), Qt::ISODate)
          >= QDateTime::currentDateTime().addSecs(-60));
    const auto proposed = dry.json.value(QStringLiteral("appointments")).toArray();
    REQUIRE(proposed.size() == 4);
    QStringList who;
    for (const auto& a : proposed) {
        CHECK(a[QStringLiteral("kind")] == QStringLiteral("conference"));
        who << a[QStringLiteral("staff")].toString();
    }
    CHECK(who == QStringList{QStringLiteral("FF"), QStringLiteral("SP"), QStringLiteral("SS"), QStringLiteral("KK")});

    // A time in the past is refused, saying why, unless a reason is given (and stored).
    auto refused = cli(base + QStringList{QStringLiteral("--at"), at});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("has already passed")));
    auto badAt = cli(base + QStringList{QStringLiteral("--at"), QStringLiteral("tomorrow")});
    CHECK(badAt.exitCode == 2);

    auto booked = cli(base + QStringList{QStringLiteral("--at"), at, QStringLiteral("--minutes"), QStringLiteral("45"),
                                         QStringLiteral("--place"), QStringLiteral("Mødelokale 3"),
                                         QStringLiteral("--override-reason"),
                                         QStringLiteral("Konferencen blev holdt; registreret bagefter.")});
    INFO(booked.err.toStdString());
    REQUIRE(booked.exitCode == 0);
    CHECK(booked.json.value(QStringLiteral("booked")) == true);
    CHECK(booked.json.value(QStringLiteral("end")) == past.toString(Qt::ISODate) + QStringLiteral("T11:00"));
    CHECK(booked.json.value(QStringLiteral("appointments")).toArray().at(0)[QStringLiteral("place")]
          == QStringLiteral("Mødelokale 3"));
    auto listed = cli({QStringLiteral("team-day"), QStringLiteral("--db"), path, QStringLiteral("--date"),
                       past.toString(Qt::ISODate), QStringLiteral("--staff"), QStringLiteral("KK")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json.value(QStringLiteral("appointments")).toArray().size() == 1);

    auto again = cli(base);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already booked")));
    auto bad = cli(base + QStringList{QStringLiteral("--days"), QStringLiteral("two")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--days takes a whole number")));

    // Working hours: without --weekday the week is shown and nothing changes.
    auto hours = cli({QStringLiteral("working-hours"), QStringLiteral("--db"), path, QStringLiteral("--staff"),
                      QStringLiteral("SS")});
    REQUIRE(hours.exitCode == 0);
    CHECK(hours.json.value(QStringLiteral("working_hours")).toArray().size() == 5);
}
