// The dashboard's figures against the hand-made team of StatsFixture.h. Every expected number
// below is worked out by hand from the fixture's list of citizens (see the comment there).
#include "core/demo/DemoData.h"
#include "core/stats/Dashboard.h"
#include "tests/stats/StatsFixture.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace samspil;
using namespace samspil::test;

namespace {

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

/// The row (a Figure or a WeeksRow) with this code.
template <typename Row>
const Row& byCode(const QVector<Row>& rows, const char* code)
{
    for (const auto& r : rows) {
        if (r.code == QLatin1String(code)) {
            return r;
        }
    }
    FAIL("no row " << code);
    static Row none;
    return none;
}

Dashboard compute(StatsFixture& fx, const QDate& from, const QDate& to, const QString& caseworker = {})
{
    auto r = Dashboard::compute(*fx.t, {from, to, caseworker}, fx.t.clock);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("Dashboard figures for the whole team match the hand-made fixture", "[dashboard]")
{
    StatsFixture fx;
    const Dashboard d = compute(fx, fx.from, fx.to);
    const auto& x = fx;
    CHECK(d.today == QDate(2026, 11, 23));

    SECTION("citizens in the period: courses that overlap it (H ended before it)")
    {
        CHECK(d.citizens.count == 9);
        CHECK(d.citizens.citizenIds == sorted({x.a, x.b, x.c, x.d, x.e, x.f, x.g, x.i, x.j}));
    }
    SECTION("active cases per caseworker today, LL with none, J without a caseworker last")
    {
        REQUIRE(d.caseload.size() == 4);
        CHECK(d.caseload[0].initials == QStringLiteral("JV"));
        CHECK(d.caseload[0].active.citizenIds == QStringList{x.i});
        CHECK(d.caseload[1].initials == QStringLiteral("KS"));
        CHECK(d.caseload[1].active.count == 5);
        CHECK(d.caseload[1].active.citizenIds == sorted({x.a, x.b, x.c, x.d, x.e}));
        CHECK(d.caseload[2].initials == QStringLiteral("LL"));
        CHECK(d.caseload[2].active.count == 0);
        CHECK(d.caseload[3].staffId.isEmpty());
        CHECK(d.caseload[3].active.citizenIds == QStringList{x.j});
        for (const auto& r : d.caseload) {
            CHECK_FALSE(r.overTarget);
        }
    }
    SECTION("decided risk")
    {
        CHECK(byCode(d.risk, "low").citizenIds == sorted({x.e, x.f, x.i}));
        CHECK(byCode(d.risk, "moderate").citizenIds == sorted({x.b, x.c, x.g}));
        CHECK(byCode(d.risk, "high").citizenIds == QStringList{x.a});
        CHECK(byCode(d.risk, "not_screened").citizenIds == sorted({x.d, x.j}));
    }
    SECTION("tracks: the current plan's, else the latest conference's; a citizen counts in each")
    {
        CHECK(byCode(d.tracks, "physical").citizenIds == QStringList{x.e});
        CHECK(byCode(d.tracks, "mild_mental").citizenIds == sorted({x.b, x.i}));
        CHECK(byCode(d.tracks, "developmental").citizenIds == QStringList{x.i});
        CHECK(byCode(d.tracks, "social").citizenIds == sorted({x.b, x.e}));
        CHECK(byCode(d.tracks, "lifestyle").citizenIds == QStringList{x.e});
        CHECK(byCode(d.tracks, "mental_illness").count == 0);
        CHECK(byCode(d.tracks, "substance").count == 0);
        CHECK(byCode(d.tracks, "unclarified").count == 0);
        CHECK(byCode(d.tracks, "none").citizenIds == sorted({x.a, x.c, x.d, x.f, x.g, x.j}));
    }
    SECTION("next steps due in the period, due today and overdue")
    {
        CHECK(d.stepsDueInPeriod.citizenIds == sorted({x.a, x.b, x.c, x.d, x.e, x.i, x.j}));
        CHECK(d.stepsDueToday.citizenIds == sorted({x.d, x.e}));
        CHECK(d.stepsOverdue.citizenIds == sorted({x.a, x.b, x.c, x.i, x.j}));
        QHash<QString, StepRow> rows;
        for (const auto& s : d.steps) {
            rows.insert(s.code, s);
        }
        REQUIRE(rows.size() == 5);
        CHECK(rows[QStringLiteral("notes")].overdue.citizenIds == sorted({x.a, x.b}));
        CHECK(rows[QStringLiteral("team_day_booking")].overdue.citizenIds == QStringList{x.c});
        CHECK(rows[QStringLiteral("screening")].dueInPeriod.citizenIds == sorted({x.d, x.j}));
        CHECK(rows[QStringLiteral("screening")].dueToday.citizenIds == QStringList{x.d});
        CHECK(rows[QStringLiteral("screening")].overdue.citizenIds == QStringList{x.j});
        CHECK(rows[QStringLiteral("review_plan")].dueToday.citizenIds == QStringList{x.e});
        CHECK(rows[QStringLiteral("agree_plan")].overdue.citizenIds == QStringList{x.i});
    }
    SECTION("outcomes dated in the period")
    {
        CHECK(d.outcomesTotal.citizenIds == sorted({x.f, x.g}));
        CHECK(byCode(d.outcomes, "ordinary_job").citizenIds == QStringList{x.f});
        CHECK(byCode(d.outcomes, "flex_job").citizenIds == QStringList{x.g});
        CHECK(byCode(d.outcomes, "education").count == 0); // H: before the period
    }
    SECTION("weeks on support by entry quarter: closed to the outcome, open to today")
    {
        REQUIRE(d.weeksByCohort.size() == 2);
        const WeeksRow& q3 = d.weeksByCohort[0];
        CHECK(q3.code == QStringLiteral("2026-Q3"));
        CHECK(q3.label == QStringLiteral("2026 Q3"));
        CHECK(q3.all.n == 4); // A 16, B 11, G 13, I 14
        CHECK(q3.all.median == Approx(13.5));
        CHECK(q3.all.average == Approx(13.5));
        CHECK(q3.all.citizenIds == sorted({x.a, x.b, x.g, x.i}));
        CHECK(q3.closed.n == 1);
        CHECK(q3.closed.median == Approx(13));
        CHECK(q3.open.n == 3);
        CHECK(q3.open.median == Approx(14));
        CHECK(q3.open.average == Approx(41.0 / 3));
        const WeeksRow& q4 = d.weeksByCohort[1]; // C 7, D 1, J 6
        CHECK(q4.code == QStringLiteral("2026-Q4"));
        CHECK(q4.all.n == 3);
        CHECK(q4.all.median == Approx(6));
        CHECK(q4.all.average == Approx(14.0 / 3));
        CHECK(q4.closed.n == 0);
        CHECK(d.weeksTotal.all.n == 7);
        CHECK(d.weeksTotal.all.median == Approx(11));
        CHECK(d.weeksTotal.all.average == Approx(68.0 / 7));
        CHECK(d.weeksTotal.open.n == 6);
        CHECK(d.weeksTotal.open.median == Approx(9));
    }
    SECTION("weeks on support by decided risk")
    {
        CHECK(byCode(d.weeksByRisk, "low").all.citizenIds == QStringList{x.i});
        const WeeksRow& moderate = byCode(d.weeksByRisk, "moderate"); // B 11, C 7, G 13
        CHECK(moderate.all.n == 3);
        CHECK(moderate.all.median == Approx(11));
        CHECK(moderate.all.average == Approx(31.0 / 3));
        CHECK(moderate.closed.n == 1);
        CHECK(moderate.open.median == Approx(9));
        CHECK(byCode(d.weeksByRisk, "high").all.median == Approx(16));
        CHECK(byCode(d.weeksByRisk, "not_screened").all.median == Approx(3.5));
    }
    SECTION("team day on the screening day")
    {
        CHECK(d.teamDayBase.citizenIds == sorted({x.a, x.b, x.c, x.g}));
        CHECK(d.teamDaySameDay.citizenIds == sorted({x.a, x.g}));
        CHECK(d.teamDayLater.citizenIds == QStringList{x.b});
        CHECK(d.teamDayNone.citizenIds == QStringList{x.c});
        CHECK(*d.teamDaySameDay.shareOf(d.teamDayBase.count) == Approx(0.5));
    }
    SECTION("progression of the goals in the current plans")
    {
        CHECK(d.goals.count == 5);
        CHECK(d.goals.citizenIds == sorted({x.e, x.i}));
        CHECK(d.goalsReached.count == 1);
        CHECK(d.goalsRated.count == 3);
        CHECK(d.goalsRising.count == 1);
        CHECK(d.goalsRising.citizenIds == QStringList{x.i});
        CHECK(d.goalsStagnating.count == 1);
        CHECK(d.goalsStagnating.citizenIds == QStringList{x.e});
        CHECK(d.goalsDiverging.count == 1);
        CHECK(d.goalsDiverging.citizenIds == QStringList{x.e});
        CHECK(d.goalsNotRated.count == 1);
        CHECK(d.goalsNotRated.citizenIds == QStringList{x.i});
        CHECK(*d.goalsRising.shareOf(d.goalsRated.count) == Approx(1.0 / 3));
    }
    SECTION("JSON under the documented keys")
    {
        const QJsonObject j = d.toJson();
        CHECK(j[QStringLiteral("citizens")].toInt() == 9);
        CHECK(j[QStringLiteral("period")][QStringLiteral("from")].toString() == QStringLiteral("2026-07-01"));
        CHECK(j[QStringLiteral("risk")][QStringLiteral("moderate")].toInt() == 3);
        CHECK(j[QStringLiteral("tracks")][QStringLiteral("none")].toInt() == 6);
        CHECK(j[QStringLiteral("next_steps")][QStringLiteral("overdue")].toInt() == 5);
        CHECK(j[QStringLiteral("outcomes")][QStringLiteral("total")].toInt() == 2);
        CHECK(j[QStringLiteral("team_day_on_screening_day")][QStringLiteral("share_same_day")].toDouble() == Approx(0.5));
        CHECK(j[QStringLiteral("progression")][QStringLiteral("share_rising")].toDouble() == Approx(0.333));
        const auto cohorts = j[QStringLiteral("weeks_on_support")][QStringLiteral("by_cohort")].toArray();
        REQUIRE(cohorts.size() == 2);
        CHECK(cohorts[0][QStringLiteral("cohort")].toString() == QStringLiteral("2026-Q3"));
        CHECK(cohorts[0][QStringLiteral("all")][QStringLiteral("median")].toDouble() == Approx(13.5));
        CHECK(cohorts[1][QStringLiteral("closed")][QStringLiteral("median")].isNull());
    }
}

TEST_CASE("Dashboard for one caseworker counts only their citizens", "[dashboard]")
{
    StatsFixture fx;
    const auto& x = fx;
    const Dashboard d = compute(fx, fx.from, fx.to, fx.ks.id);
    CHECK(d.citizens.citizenIds == sorted({x.a, x.b, x.c, x.d, x.e}));
    REQUIRE(d.caseload.size() == 1);
    CHECK(d.caseload[0].initials == QStringLiteral("KS"));
    CHECK(d.caseload[0].active.count == 5);
    CHECK(byCode(d.risk, "low").citizenIds == QStringList{x.e});
    CHECK(byCode(d.risk, "moderate").citizenIds == sorted({x.b, x.c}));
    CHECK(byCode(d.risk, "not_screened").citizenIds == QStringList{x.d});
    CHECK(d.outcomesTotal.count == 0);
    CHECK(d.stepsDueInPeriod.count == 5);
    CHECK(d.stepsDueToday.citizenIds == sorted({x.d, x.e}));
    CHECK(d.stepsOverdue.citizenIds == sorted({x.a, x.b, x.c}));
    CHECK(d.weeksTotal.all.n == 4); // A 16, B 11, C 7, D 1
    CHECK(d.weeksTotal.all.median == Approx(9));
    CHECK(d.weeksTotal.all.average == Approx(8.75));
    CHECK(d.teamDayBase.citizenIds == sorted({x.a, x.b, x.c}));
    CHECK(d.teamDaySameDay.citizenIds == QStringList{x.a});
    CHECK(d.goals.count == 3);
    CHECK(d.goalsRated.count == 2);
    CHECK(d.goalsRising.count == 0);
    CHECK(d.goalsReached.count == 1);
}

TEST_CASE("Dashboard for a period with nothing in it keeps only today's figures", "[dashboard]")
{
    StatsFixture fx;
    const Dashboard d = compute(fx, QDate(2020, 1, 1), QDate(2020, 12, 31));
    CHECK(d.citizens.count == 0);
    for (const auto& f : d.risk) {
        CHECK(f.count == 0);
    }
    CHECK(d.outcomesTotal.count == 0);
    CHECK(d.weeksByCohort.isEmpty());
    CHECK(d.weeksTotal.all.n == 0);
    CHECK(d.teamDayBase.count == 0);
    CHECK_FALSE(d.teamDaySameDay.shareOf(d.teamDayBase.count).has_value());
    CHECK(d.goals.count == 0);
    CHECK(d.stepsDueInPeriod.count == 0);
    // The caseload and what is due or overdue today do not depend on the period.
    CHECK(d.caseload[1].active.count == 5);
    CHECK(d.stepsDueToday.count == 2);
    CHECK(d.stepsOverdue.count == 5);
    CHECK(d.toJson()[QStringLiteral("team_day_on_screening_day")][QStringLiteral("share_same_day")].isNull());
}

TEST_CASE("Dashboard of a team with no citizens is all zeros", "[dashboard]")
{
    TempDb t;
    Staff s;
    s.name = QStringLiteral("Karen Sørensen");
    s.initials = QStringLiteral("KS");
    REQUIRE(StaffRepository(*t).create(s).ok());
    auto r = Dashboard::compute(*t, {QDate(2026, 1, 1), QDate(2026, 12, 31), {}}, t.clock);
    REQUIRE(r.ok());
    CHECK(r->citizens.count == 0);
    REQUIRE(r->caseload.size() == 1);
    CHECK(r->caseload[0].active.count == 0);
    CHECK(r->stepsOverdue.count == 0);
    CHECK(r->goals.count == 0);
    CHECK(r->tables().size() == 13);
}

TEST_CASE("Dashboard flags a caseworker above the target of 40 cases", "[dashboard]")
{
    StatsFixture fx;
    DemoRandom rnd(7);
    for (int n = 0; n < 36; ++n) { // KS has 5; 36 more make 41
        fx.addCitizen(QStringLiteral("Ekstra %1").arg(n), DemoData::syntheticCpr(QDate(1970, 1, 1).addDays(n * 97), rnd),
                      fx.ks.id, QDate(2026, 11, 2));
    }
    const Dashboard d = compute(fx, fx.from, fx.to);
    CHECK(d.caseload[1].initials == QStringLiteral("KS"));
    CHECK(d.caseload[1].active.count == 41);
    CHECK(d.caseload[1].overTarget);
    CHECK_FALSE(d.caseload[0].overTarget);
}

TEST_CASE("Dashboard refuses a period that ends before it starts and an unknown caseworker", "[dashboard]")
{
    StatsFixture fx;
    auto backwards = Dashboard::compute(*fx.t, {QDate(2026, 9, 1), QDate(2026, 8, 1), {}}, fx.t.clock);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().contains(QStringLiteral("01-08-2026")));
    auto missing = Dashboard::compute(*fx.t, {QDate(), QDate(2026, 8, 1), {}}, fx.t.clock);
    CHECK_FALSE(missing.ok());
    auto stranger = Dashboard::compute(*fx.t, {fx.from, fx.to, QStringLiteral("no-such-id")}, fx.t.clock);
    CHECK_FALSE(stranger.ok());
}

TEST_CASE("Dashboard quarters are named by year and quarter", "[dashboard]")
{
    CHECK(Dashboard::quarterCode(QDate(2026, 1, 1)) == QStringLiteral("2026-Q1"));
    CHECK(Dashboard::quarterCode(QDate(2026, 3, 31)) == QStringLiteral("2026-Q1"));
    CHECK(Dashboard::quarterCode(QDate(2026, 4, 1)) == QStringLiteral("2026-Q2"));
    CHECK(Dashboard::quarterCode(QDate(2026, 12, 31)) == QStringLiteral("2026-Q4"));
    CHECK(Dashboard::median({3, 1, 2}) == Approx(2));
    CHECK(Dashboard::median({4, 1, 2, 3}) == Approx(2.5));
}
