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
    CHECK(compared > 40);
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
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        const auto m = hours.match(it->employmentGoal);
        // A plan drafted by the conference leaves the field empty (0) for the caseworker to fill in.
        if (m.hasMatch() && it->hoursPerWeek > 0) {
            ++named;
            INFO(it->employmentGoal.toStdString());
            CHECK(m.captured(1).toInt() == it->hoursPerWeek);
        }
    }
    CHECK(named > 0);
}
