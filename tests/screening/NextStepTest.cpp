#include "core/Modules.h"
#include "core/demo/DemoData.h"
#include "core/screening/InstrumentLoader.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/workflow/NextStep.h"
#include "tests/support/TestSupport.h"

using namespace samspil;
using namespace samspil::test;

namespace {

CitizenFacts facts(const QDate& benefitStart)
{
    CitizenFacts f;
    f.citizenId = QStringLiteral("c1");
    f.benefitStart = benefitStart;
    return f;
}

LatestRisk screened(Risk r, const QDateTime& at)
{
    return {QStringLiteral("s1"), r, at};
}

} // namespace

TEST_CASE("No screening yet: the next step is screening, due a week after the benefit starts", "[screening][workflow]")
{
    MockClock clock; // 23-11-2026 09:00 UTC
    const QDate today = clock.today();
    const auto step = Workflow::nextStep(facts(today.addDays(-Workflow::kScreeningDueDays)));
    REQUIRE(step);
    CHECK(step->code == QStringLiteral("screening"));
    CHECK(step->due == today);
    CHECK_FALSE(step->overdue(today)); // due today
    clock.advanceDays(1);
    CHECK(step->overdue(clock.today())); // overdue tomorrow
}

TEST_CASE("Moderate or high risk: team day due the same day as the screening", "[screening][workflow]")
{
    MockClock clock;
    for (Risk r : {Risk::Moderate, Risk::High}) {
        auto f = facts(clock.today().addDays(-3));
        f.screening = screened(r, clock.now());
        const auto step = Workflow::nextStep(f);
        REQUIRE(step);
        CHECK(step->code == QStringLiteral("team_day"));
        CHECK(step->due == clock.today());
        CHECK_FALSE(step->overdue(clock.today()));
        CHECK(step->overdue(clock.today().addDays(1)));
    }
    // Once a later module records the team day as held, this rule steps aside.
    auto f = facts(clock.today().addDays(-3));
    f.screening = screened(Risk::High, clock.now());
    f.milestones.insert(QStringLiteral("team_day_held"), clock.today());
    const auto after = Workflow::nextStep(f);
    CHECK((!after || after->code != QStringLiteral("team_day")));
}

TEST_CASE("Low risk: standard course, which has no deadline", "[screening][workflow]")
{
    MockClock clock;
    auto f = facts(clock.today().addDays(-30));
    f.screening = screened(Risk::Low, clock.now().addDays(-20));
    const auto step = Workflow::nextStep(f);
    REQUIRE(step);
    CHECK(step->code == QStringLiteral("standard_course"));
    CHECK_FALSE(step->due.isValid());
    CHECK_FALSE(step->overdue(clock.today().addDays(365)));
}

TEST_CASE("A closed case has no next step", "[screening][workflow]")
{
    auto f = facts(QDate(2026, 1, 1));
    f.active = false;
    CHECK_FALSE(Workflow::nextStep(f));
}

TEST_CASE("Next steps from the database, for one citizen and for all", "[screening][workflow]")
{
    TempDb t;
    Staff s;
    s.name = QStringLiteral("Karen Sagsbehandler");
    s.initials = QStringLiteral("KS");
    const auto staff = StaffRepository(*t).create(s);
    REQUIRE(staff.ok());
    auto addCitizen = [&](const QString& cpr, const QDate& start) {
        Citizen c;
        c.cpr = cpr;
        c.name = QStringLiteral("Borger");
        c.benefit = QStringLiteral("sygedagpenge");
        c.benefitStart = start;
        auto r = CitizenRepository(*t).create(c);
        REQUIRE(r.ok());
        return r->id;
    };
    const QDate today = t.clock.today();
    const QString waiting = addCitizen(QStringLiteral("610190-1234"), today.addDays(-10));
    const QString high = addCitizen(QStringLiteral("620202-2222"), today.addDays(-2));
    const Instrument& in = InstrumentLoader::defaultInstrument();
    ScreeningDraft d;
    d.citizenId = high;
    d.screenedBy = staff->id;
    for (const auto& item : in.items) {
        d.answers.insert(item.id, item.reverse ? item.min : item.max);
    }
    d.decidedRisk = Risk::High;
    REQUIRE(ScreeningRepository(*t).save(in, d).ok());

    const auto all = Workflow::nextStepsForAll(*t);
    REQUIRE(all.contains(waiting));
    CHECK(all.value(waiting).code == QStringLiteral("screening"));
    CHECK(all.value(waiting).due == today.addDays(-10 + Workflow::kScreeningDueDays));
    CHECK(all.value(waiting).overdue(today));
    CHECK(all.value(high).code == QStringLiteral("team_day"));
    CHECK(all.value(high).due == today);
    CHECK_FALSE(all.value(high).overdue(today));

    const auto one = Workflow::nextStepFor(*t, high);
    REQUIRE(one);
    CHECK(one->code == QStringLiteral("team_day"));
}

TEST_CASE("Demo data includes screenings of every risk, decisions with reasons and corrections", "[screening][demo]")
{
    registerCoreModules(); // the screening module's demo step and check
    TempDb t;
    auto r = DemoData::populate(*t, {120, 7});
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    for (const char* risk : {"low", "moderate", "high"}) {
        INFO(risk);
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM screening WHERE decided_risk = '%1'").arg(QLatin1String(risk))) > 0);
    }
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM screening WHERE decided_risk <> proposed_risk AND reason IS NOT NULL")) > 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM screening WHERE decided_risk <> proposed_risk AND reason IS NULL")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM screening WHERE supersedes IS NOT NULL")) > 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM citizen c WHERE NOT EXISTS "
                                    "(SELECT 1 FROM screening s WHERE s.citizen_id = c.id)")) > 0);
    auto a = DemoData::activity(*t, 30, 3);
    REQUIRE(a.ok());
    CHECK(ConsistencyCheck::sound(ConsistencyCheck::run(*t)));
}

TEST_CASE("A citizen's milestones keep one date per code, the latest one set")
{
    MilestoneDates m;
    CHECK_FALSE(m.contains(QStringLiteral("team_day_held")));
    CHECK_FALSE(m.value(QStringLiteral("team_day_held")).isValid());
    m.insert(QStringLiteral("team_day_held"), QDate(2026, 11, 2));
    m.insert(QStringLiteral("notes_signed"), QDate(2026, 11, 5));
    // A code made at run time finds the one set from a constant.
    CHECK(m.contains(QString::fromLatin1("team_day_") + QLatin1String("held")));
    CHECK(m.value(QStringLiteral("notes_signed")) == QDate(2026, 11, 5));
    m.insert(QStringLiteral("team_day_held"), QDate(2026, 11, 3));
    CHECK(m.value(QStringLiteral("team_day_held")) == QDate(2026, 11, 3));
    CHECK(m.size() == 2);
    const MilestoneDates copy = m;
    m.insert(QStringLiteral("conference_held"), QDate(2026, 11, 9));
    CHECK_FALSE(copy.contains(QStringLiteral("conference_held")));
    CHECK(m.size() == 3);
}
