#include "core/plan/PlanSignals.h"
#include "core/workflow/NextStep.h"
#include "tests/plan/PlanWorld.h"

using namespace samspil;
using namespace samspil::test;

namespace {

const QDate kToday(2026, 11, 23);

Plan onePlan(const QDate& goalTarget = {})
{
    Plan p;
    p.citizenId = QStringLiteral("c");
    PlanGoal g;
    g.lineage = QStringLiteral("g1");
    g.text = QStringLiteral("Walk 30 minutes");
    g.targetDate = goalTarget;
    p.goals = {g};
    return p;
}

Rating rating(Rater who, int score, const QDate& on, const QString& goal = QStringLiteral("g1"))
{
    Rating r;
    r.citizenId = QStringLiteral("c");
    r.goalLineage = who == Rater::Caseworker ? QString() : goal;
    r.rater = who;
    r.score = score;
    r.ratedOn = on;
    return r;
}

/// The signals, and a check that the caseload's quick yes-or-no (PlanSignals::any) agrees.
QVector<PlanSignal> signalsOf(const Plan& plan, const QVector<Rating>& ratings, const QDate& today)
{
    const QVector<PlanSignal> all = PlanSignals::compute(plan, ratings, today);
    CHECK(PlanSignals::any(plan, PlanSignals::summarize(ratings, today), today) == !all.isEmpty());
    return all;
}

int count(const QVector<PlanSignal>& s, PlanSignal::Kind kind)
{
    return int(std::count_if(s.begin(), s.end(), [&](const PlanSignal& x) { return x.kind == kind; }));
}

} // namespace

TEST_CASE("divergence: citizen and professional latest ratings differ by 3 or more")
{
    const Plan p = onePlan();
    const QDate d = kToday.addDays(-7);
    SECTION("a difference of 2 is not a signal")
    {
        const auto s = signalsOf(p, {rating(Rater::Citizen, 7, d), rating(Rater::Professional, 5, d)}, kToday);
        CHECK(count(s, PlanSignal::Kind::Divergence) == 0);
    }
    SECTION("a difference of 3 is, either way round")
    {
        auto s = signalsOf(p, {rating(Rater::Citizen, 8, d), rating(Rater::Professional, 5, d)}, kToday);
        REQUIRE(count(s, PlanSignal::Kind::Divergence) == 1);
        CHECK(s[0].message.contains(QStringLiteral("citizen rates 8 and the professional 5")));
        s = signalsOf(p, {rating(Rater::Citizen, 2, d), rating(Rater::Professional, 5, d)}, kToday);
        CHECK(count(s, PlanSignal::Kind::Divergence) == 1);
    }
    SECTION("only the latest ratings count")
    {
        const auto s = signalsOf(p,
                                            {rating(Rater::Citizen, 9, d.addDays(-14)),
                                             rating(Rater::Citizen, 6, d),
                                             rating(Rater::Professional, 5, d)},
                                            kToday);
        CHECK(count(s, PlanSignal::Kind::Divergence) == 0);
    }
    SECTION("one side alone is no divergence")
    {
        CHECK(signalsOf(p, {rating(Rater::Citizen, 9, d)}, kToday).isEmpty());
    }
}

TEST_CASE("stagnation: no rise over the last three ratings")
{
    const Plan p = onePlan();
    const QDate d = kToday.addDays(-20);
    SECTION("rising over three: no signal")
    {
        const auto s = signalsOf(
            p, {rating(Rater::Citizen, 4, d), rating(Rater::Citizen, 3, d.addDays(7)), rating(Rater::Citizen, 5, d.addDays(14))}, kToday);
        CHECK(count(s, PlanSignal::Kind::Stagnation) == 0);
    }
    SECTION("latest equal to the one two before: signal")
    {
        const auto s = signalsOf(
            p, {rating(Rater::Citizen, 4, d), rating(Rater::Citizen, 6, d.addDays(7)), rating(Rater::Citizen, 4, d.addDays(14))}, kToday);
        REQUIRE(count(s, PlanSignal::Kind::Stagnation) == 1);
        CHECK(s[0].rater == Rater::Citizen);
        CHECK(s[0].message.contains(QStringLiteral("last three")));
    }
    SECTION("two ratings are not enough")
    {
        const auto s = signalsOf(p, {rating(Rater::Professional, 4, d), rating(Rater::Professional, 4, d.addDays(7))}, kToday);
        CHECK(count(s, PlanSignal::Kind::Stagnation) == 0);
    }
    SECTION("the professional's series is judged on its own")
    {
        const auto s = signalsOf(p,
                                            {rating(Rater::Citizen, 3, d), rating(Rater::Professional, 5, d),
                                             rating(Rater::Citizen, 4, d.addDays(7)), rating(Rater::Professional, 5, d.addDays(7)),
                                             rating(Rater::Citizen, 5, d.addDays(14)), rating(Rater::Professional, 5, d.addDays(14))},
                                            kToday);
        REQUIRE(count(s, PlanSignal::Kind::Stagnation) == 1);
        CHECK(s[0].rater == Rater::Professional);
    }
    SECTION("a series at 10 has nothing to rise to")
    {
        const auto s = signalsOf(
            p, {rating(Rater::Citizen, 10, d), rating(Rater::Citizen, 10, d.addDays(7)), rating(Rater::Citizen, 10, d.addDays(14))}, kToday);
        CHECK(count(s, PlanSignal::Kind::Stagnation) == 0);
    }
}

TEST_CASE("stagnation: no rise in eight weeks (56 days)")
{
    const Plan p = onePlan();
    SECTION("a rating exactly 56 days ago with no rise since: signal")
    {
        const auto s = signalsOf(p, {rating(Rater::Citizen, 5, kToday.addDays(-56)), rating(Rater::Citizen, 5, kToday.addDays(-3))}, kToday);
        REQUIRE(count(s, PlanSignal::Kind::Stagnation) == 1);
        CHECK(s[0].message.contains(QStringLiteral("eight weeks")));
    }
    SECTION("55 days ago is within eight weeks: no signal yet")
    {
        const auto s = signalsOf(p, {rating(Rater::Citizen, 5, kToday.addDays(-55)), rating(Rater::Citizen, 5, kToday.addDays(-3))}, kToday);
        CHECK(count(s, PlanSignal::Kind::Stagnation) == 0);
    }
    SECTION("a rise since eight weeks ago: no signal")
    {
        const auto s = signalsOf(p, {rating(Rater::Citizen, 5, kToday.addDays(-60)), rating(Rater::Citizen, 6, kToday.addDays(-3))}, kToday);
        CHECK(count(s, PlanSignal::Kind::Stagnation) == 0);
    }
    SECTION("the caseworker's ratings of the employment goal too")
    {
        const auto s = signalsOf(p, {rating(Rater::Caseworker, 6, kToday.addDays(-70)), rating(Rater::Caseworker, 5, kToday.addDays(-1))}, kToday);
        REQUIRE(count(s, PlanSignal::Kind::Stagnation) == 1);
        CHECK(s[0].goalLineage.isEmpty());
    }
}

TEST_CASE("past target: a goal not reached whose target date is before today")
{
    SECTION("due today is not past")
    {
        CHECK(signalsOf(onePlan(kToday), {}, kToday).isEmpty());
    }
    SECTION("due yesterday is")
    {
        const auto s = signalsOf(onePlan(kToday.addDays(-1)), {}, kToday);
        REQUIRE(count(s, PlanSignal::Kind::PastTarget) == 1);
        CHECK(s[0].message.contains(QStringLiteral("22-11-2026")));
    }
    SECTION("a reached goal gives no signals")
    {
        Plan p = onePlan(kToday.addDays(-1));
        p.goals[0].achievedOn = kToday.addDays(-2);
        CHECK(signalsOf(p, {rating(Rater::Citizen, 9, kToday), rating(Rater::Professional, 2, kToday)}, kToday).isEmpty());
    }
    SECTION("the employment goal's target date")
    {
        Plan p = onePlan();
        p.targetDate = kToday.addDays(-1);
        CHECK(count(signalsOf(p, {}, kToday), PlanSignal::Kind::PastTarget) == 1);
    }
}

TEST_CASE("ratings are stored as separate series and the review step follows the signals")
{
    PlanWorld w;
    const Plan p = w.createAgreed();
    ProgressionRepository ratings(*w.t);
    const QString goal = p.goals[0].lineage;
    Rating c = rating(Rater::Citizen, 8, QDate(2026, 11, 20), goal);
    c.citizenId = w.citizen;
    Rating pr = rating(Rater::Professional, 4, QDate(2026, 11, 20), goal);
    pr.citizenId = w.citizen;
    REQUIRE(ratings.add(c).ok());
    REQUIRE(ratings.add(pr).ok());
    const auto all = ratings.forCitizen(w.citizen);
    REQUIRE(all.size() == 2);
    CHECK(PlanSignals::series(all, goal, Rater::Citizen).size() == 1);
    CHECK(PlanSignals::series(all, goal, Rater::Citizen)[0].score == 8);
    CHECK(PlanSignals::series(all, goal, Rater::Professional)[0].score == 4);

    SECTION("invalid ratings are refused")
    {
        Rating bad = c;
        bad.score = 11;
        CHECK(ratings.add(bad).error().contains(QStringLiteral("1 to 10")));
        bad = c;
        bad.ratedOn = QDate(2026, 11, 24);
        CHECK(ratings.add(bad).error().contains(QStringLiteral("future")));
        bad = c;
        bad.rater = Rater::Caseworker;
        CHECK_FALSE(ratings.add(bad).ok());
        bad = c;
        bad.goalLineage = newUuid();
        CHECK(ratings.add(bad).error().contains(QStringLiteral("not in this citizen's plan")));
        CHECK(ratings.forCitizen(w.citizen).size() == 2);
    }
    SECTION("the review step")
    {
        auto facts = Workflow::factsFor(*w.t, w.citizen);
        REQUIRE(facts);
        CHECK(facts->milestones.contains(QStringLiteral("plan_review_signal")));
        CitizenFacts f;
        f.citizenId = w.citizen;
        f.screening = LatestRisk{};
        f.milestones = facts->milestones;
        const auto step = Workflow::nextStep(f);
        REQUIRE(step);
        CHECK(step->code == QStringLiteral("review_plan"));
    }
}
