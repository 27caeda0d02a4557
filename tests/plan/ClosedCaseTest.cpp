// A closed case is read-only until it is reopened (issue 17, item 3): core refuses a rating and
// every change to the plan, and so does the command line.
#include "tests/plan/PlanWorld.h"

#include <QProcess>

using namespace samspil;
using namespace samspil::test;

namespace {

void closeCase(PlanWorld& w)
{
    const auto closed = CitizenRepository(*w.t).closeCase(w.citizen, QStringLiteral("ordinary_job"), w.t.clock.today());
    INFO(closed.error().toStdString());
    REQUIRE(closed.ok());
}

Rating caseworkerRating(const PlanWorld& w, const QDate& on)
{
    Rating r;
    r.citizenId = w.citizen;
    r.rater = Rater::Caseworker;
    r.score = 6;
    r.ratedOn = on;
    return r;
}

} // namespace

TEST_CASE("A closed case: no rating, no new version, no saved draft, no agreement until it is reopened", "[plan]")
{
    PlanWorld w;
    const Plan agreed = w.createAgreed();
    closeCase(w);
    PlanRepository plans(*w.t);
    ProgressionRepository ratings(*w.t);

    auto rated = ratings.add(caseworkerRating(w, w.t.clock.today()));
    REQUIRE_FALSE(rated.ok());
    CHECK(rated.error().contains(QStringLiteral("closed")));
    CHECK(ratings.forCitizen(w.citizen).isEmpty());

    auto revised = plans.revise(agreed.id);
    REQUIRE_FALSE(revised.ok());
    CHECK(revised.error().contains(QStringLiteral("reopen")));
    CHECK(plans.versions(w.citizen).size() == 1);

    // Reopened, the same steps work again.
    REQUIRE(CitizenRepository(*w.t).reopenCase(w.citizen).ok());
    CHECK(ratings.add(caseworkerRating(w, w.t.clock.today())).ok());
    auto draft = plans.revise(agreed.id);
    REQUIRE(draft.ok());

    // A draft left open when the case is closed stays as it is: not saved, agreed or thrown away.
    closeCase(w);
    Plan changed = draft.value();
    changed.firstStep = QStringLiteral("Something else");
    CHECK_FALSE(plans.saveDraft(changed).ok());
    CHECK_FALSE(plans.agree(draft->id, w.agreement()).ok());
    CHECK_FALSE(plans.discardDraft(draft->id).ok());
    CHECK(plans.get(draft->id)->firstStep == agreed.firstStep);
}

TEST_CASE("A closed case: a new plan is refused, with the reason on the citizen field", "[plan]")
{
    PlanWorld w;
    closeCase(w);
    const auto issues = PlanRepository(*w.t).validate(w.draftPlan());
    REQUIRE(PlanRules::hasBlocking(issues));
    CHECK(issues.first().field == QStringLiteral("citizen_id"));
    CHECK_FALSE(PlanRepository(*w.t).createDraft(w.draftPlan()).ok());
}

TEST_CASE("samspil-cli rate refuses a closed case with a clear message and a non-zero exit", "[plan][cli]")
{
    PlanWorld w;
    w.createAgreed();
    closeCase(w);
    bindOsAccount(*w.t, w.caseworker);
    w.t.db.reset(); // the CLI opens the file itself
    QProcess p;
    p.start(QStringLiteral(SAMSPIL_CLI),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("rate"), QStringLiteral("--db"), w.t.path(),
             QStringLiteral("--citizen"), QStringLiteral("610190-1234"), QStringLiteral("--rater"),
             QStringLiteral("caseworker"), QStringLiteral("--score"), QStringLiteral("6"), QStringLiteral("--date"),
             QStringLiteral("2026-11-20")});
    REQUIRE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() != 0);
    CHECK(err.contains(QStringLiteral("The case is closed; reopen it to add a rating.")));
}
