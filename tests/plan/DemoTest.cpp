#include "core/demo/DemoData.h"
#include "core/plan/PlanSignals.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/citizen/CitizenRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/workflow/NextStep.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>

using namespace samspil;
using namespace samspil::test;

TEST_CASE("demo data has plans with rising, diverging and stagnating ratings, and activity edits them")
{
    TempDb t;
    DemoOptions o;
    o.citizens = 40;
    o.seed = 7;
    REQUIRE(DemoData::populate(*t, o).ok());
    const auto plans = PlanRepository(*t).currentForAll();
    CHECK(plans.size() >= 8);
    const auto ratings = ProgressionRepository(*t).allByCitizen();
    int divergence = 0;
    int stagnation = 0;
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        for (const auto& s : PlanSignals::compute(it.value(), ratings.value(it.key()), t.clock.today())) {
            divergence += s.kind == PlanSignal::Kind::Divergence;
            stagnation += s.kind == PlanSignal::Kind::Stagnation;
        }
    }
    CHECK(divergence > 0);
    CHECK(stagnation > 0);
    const qint64 before = scalar(*t, QStringLiteral("SELECT count(*) FROM change_log"));
    auto r = DemoData::activity(*t, 60, 3);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) > before);
    CHECK(ConsistencyCheck::sound(ConsistencyCheck::run(*t)));
}

TEST_CASE("a citizen's page gets the same next step as the caseload, reading only that citizen's rows")
{
    TempDb t;
    DemoOptions o;
    o.citizens = 60;
    o.seed = 11;
    REQUIRE(DemoData::populate(*t, o).ok());
    const auto all = Workflow::nextStepsForAll(*t);
    QSet<QString> codes;
    int compared = 0;
    for (const auto& c : CitizenRepository(*t).all()) {
        INFO("citizen " << c.name.toStdString());
        const auto one = Workflow::nextStepFor(*t, c.id);
        REQUIRE(one.has_value() == all.contains(c.id));
        if (one) {
            CHECK(one->code == all.value(c.id).code);
            CHECK(one->due == all.value(c.id).due);
            codes.insert(one->code);
            ++compared;
        }
    }
    CHECK(compared > 30); // the rest have nothing due (an agreed plan that goes well) or a closed case
    // The demo reaches the team day's and the plan's steps, so their providers were asked.
    CHECK(codes.contains(QStringLiteral("agree_plan")));
    CHECK(codes.size() >= 4);
}

TEST_CASE("demo plans: the hours a goal's text names are the hours in its field, also after activity")
{
    TempDb t;
    DemoOptions o;
    o.citizens = 60;
    o.seed = 11;
    REQUIRE(DemoData::populate(*t, o).ok());
    REQUIRE(DemoData::activity(*t, 80, 5).ok());
    const QRegularExpression hours(QStringLiteral("(\\d+) timer om ugen"));
    const auto plans = PlanRepository(*t).currentForAll();
    int named = 0;
    int fromConference = 0;
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        INFO(it->employmentGoal.toStdString());
        const auto m = hours.match(it->employmentGoal);
        if (m.hasMatch()) {
            ++named;
            CHECK(m.captured(1).toInt() == it->hoursPerWeek);
        }
        if (!it->conferenceId.isEmpty()) {
            // Drafted by the conference: the caseworker has filled in the hours (or the goal named them).
            ++fromConference;
            CHECK(it->hoursPerWeek > 0);
        }
    }
    CHECK(named > 0);
    CHECK(fromConference > 0);
}

namespace {
/// The demo's week as the caseload sees it: the next steps with a due date, as the app derives them.
struct DemoWeek
{
    int dated = 0;
    int overdue = 0;
    int soon = 0; ///< due today or in the next 14 days
    qint64 worstOverdueDays = 0;
    QStringList overdueSteps;
};

DemoWeek demoWeek(Database& db)
{
    DemoWeek w;
    const QDate today = db.clock().today();
    const auto steps = Workflow::nextStepsForAll(db);
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (!it->due.isValid()) {
            continue; // e.g. the standard course
        }
        ++w.dated;
        if (it->overdue(today)) {
            ++w.overdue;
            w.worstOverdueDays = std::max(w.worstOverdueDays, it->due.daysTo(today));
            w.overdueSteps << QStringLiteral("%1 %2 days").arg(it->code).arg(it->due.daysTo(today));
        } else if (today.daysTo(it->due) <= 14) {
            ++w.soon;
        }
    }
    return w;
}
} // namespace

TEST_CASE("the demo is a believable Monday: most next steps due in the coming days, a few overdue by days or weeks")
{
    // The mock clock stands on Monday 23-11-2026; the program's own demo is 180 citizens, seed 1.
    for (const quint64 seed : {quint64(1), quint64(7), quint64(11)}) {
        TempDb t;
        REQUIRE(t.clock.today().dayOfWeek() == 1);
        DemoOptions o;
        o.citizens = 180;
        o.seed = seed;
        REQUIRE(DemoData::populate(*t, o).ok());
        const DemoWeek w = demoWeek(*t);
        INFO("seed " << seed << ": " << w.dated << " dated steps, " << w.overdue << " overdue ("
                     << w.overdueSteps.join(QStringLiteral(", ")).toStdString() << "), " << w.soon << " within 14 days");
        REQUIRE(w.dated >= 40);
        // A few overdue, so the caseload shows what red means; not many, and none by months.
        CHECK(w.overdue > 0);
        CHECK(w.overdue * 100 <= w.dated * 15);
        CHECK(w.worstOverdueDays <= 42);
        // Most of the rest due today or in the next two weeks.
        CHECK(w.soon * 2 > w.dated);
        // The flow's stages are all there this week: new arrivals to screen, team days, notes,
        // conferences and plans to agree.
        QSet<QString> codes;
        for (const auto& s : Workflow::nextStepsForAll(*t)) {
            codes.insert(s.code);
        }
        for (const char* code : {"screening", "team_day_talks", "notes", "conference", "agree_plan"}) {
            INFO(code);
            CHECK(codes.contains(QString::fromLatin1(code)));
        }
    }
}
