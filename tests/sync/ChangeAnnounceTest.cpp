// Database::changed (issue 17, item 1): each commit is announced once, with its tables and the
// citizens whose rows they were, for local writes and for rows applied by sync; a commit of many
// citizens says "everyone" instead of naming them.
#include "core/citizen/CitizenRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/plan/ProgressionRepository.h"
#include "core/util/Uuid.h"
#include "tests/sync/SyncHarness.h"

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;

namespace {

struct Announcements
{
    QVector<DataChange> seen;
    explicit Announcements(Database& db)
    {
        QObject::connect(&db, &Database::changed, &db, [this](const DataChange& c) { seen << c; });
    }
    DataChange all() const
    {
        DataChange out;
        for (const auto& c : seen) {
            out.merge(c);
        }
        return out;
    }
};


Plan planWithGoal(const QString& citizen)
{
    Plan p;
    p.citizenId = citizen;
    p.employmentGoal = QStringLiteral("Job som lagermedarbejder");
    PlanGoal g;
    g.lineage = newUuid();
    g.text = QStringLiteral("Gå 30 minutter");
    g.tracks = {QStringLiteral("physical")};
    p.goals = {g};
    return p;
}

} // namespace

TEST_CASE("A local commit is announced once with its tables and citizens", "[storage][changes]")
{
    TempDb t;
    const QString a = addTestCitizen(*t, QStringLiteral("Anna"), QStringLiteral("6101901234"));
    const QString b = addTestCitizen(*t, QStringLiteral("Bo"), QStringLiteral("6202901234"));
    Announcements ann(*t);
    auto created = PlanRepository(*t).createDraft(planWithGoal(a));
    REQUIRE(created.ok());
    REQUIRE(ann.seen.size() == 1);
    const DataChange c = ann.seen.first();
    CHECK(c.touches(QStringLiteral("plan")));
    CHECK(c.touches(QStringLiteral("plan_goal"))); // the goal names its citizen through its plan
    CHECK(c.citizens == QSet<QString>{a});
    CHECK_FALSE(c.everyone);
    CHECK(c.concerns(a));
    CHECK_FALSE(c.concerns(b));

    SECTION("a rolled-back transaction announces nothing")
    {
        ann.seen.clear();
        {
            auto tx = t->transaction();
            Citizen changed = *CitizenRepository(*t).get(b);
            changed.phone = QStringLiteral("12345678");
            REQUIRE(CitizenRepository(*t).update(changed).ok());
        }
        CHECK(ann.seen.isEmpty());
    }
}

TEST_CASE("A bulk commit of many citizens is one announcement for everyone", "[storage][changes]")
{
    TempDb t;
    Announcements ann(*t);
    {
        auto tx = t->transaction();
        for (int i = 0; i < DataChange::kMaxNamed + 20; ++i) {
            REQUIRE(t->insertNew(QStringLiteral("citizen"), newUuid(),
                                 {{QStringLiteral("name"), QStringLiteral("Borger %1").arg(i)},
                                  {QStringLiteral("cpr"), QStringLiteral("6101%1").arg(i, 6, 10, QLatin1Char('0'))}})
                        .ok());
        }
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(ann.seen.size() == 1);
    CHECK(ann.seen.first().everyone);
    CHECK(ann.seen.first().citizens.isEmpty());
    CHECK(ann.seen.first().concerns(newUuid()));
}

TEST_CASE("Rows applied by sync are announced with their citizens", "[sync][changes]")
{
    Team team(2);
    const QString a = addTestCitizen(*team[0], QStringLiteral("Anna"), QStringLiteral("6101901234"));
    const QString b = addTestCitizen(*team[0], QStringLiteral("Bo"), QStringLiteral("6202901234"));
    team.syncUntilQuiet();
    auto plan = PlanRepository(*team[0]).createDraft(planWithGoal(a));
    REQUIRE(plan.ok());
    Rating r;
    r.citizenId = a;
    r.goalLineage = plan->goals.first().lineage;
    r.rater = Rater::Citizen;
    r.score = 6;
    r.ratedOn = team[0]->clock().today();
    REQUIRE(ProgressionRepository(*team[0]).add(r).ok());
    Team::sync(team[0]);

    Announcements ann(*team[1]);
    Team::sync(team[1]);
    REQUIRE_FALSE(ann.seen.isEmpty());
    CHECK(ann.seen.size() <= 2); // one per applied batch, not one per row
    const DataChange all = ann.all();
    CHECK(all.touches(QStringLiteral("plan_rating")));
    CHECK(all.touches(QStringLiteral("plan_goal")));
    CHECK_FALSE(all.everyone);
    CHECK(all.concerns(a));
    CHECK_FALSE(all.concerns(b));
}

TEST_CASE("A large sync covers every citizen it touched, the last as well as the first", "[sync][changes]")
{
    Team team(2);
    const QString many = addTestCitizen(*team[0], QStringLiteral("Anna"), QStringLiteral("6101901234"));
    const QString last = addTestCitizen(*team[0], QStringLiteral("Bo"), QStringLiteral("6202901234"));
    const QString untouched = addTestCitizen(*team[0], QStringLiteral("Carl"), QStringLiteral("6303901234"));
    team.syncUntilQuiet();
    {
        // More rows about one citizen than views are told of one by one, then one about another.
        auto tx = team[0]->transaction();
        for (int i = 0; i < 4 * DataChange::kMaxNamed + 50; ++i) {
            REQUIRE(team[0]->insertNew(QStringLiteral("plan_rating"), newUuid(),
                                       {{QStringLiteral("citizen_id"), many}, {QStringLiteral("score"), 5}})
                        .ok());
        }
        REQUIRE(team[0]->insertNew(QStringLiteral("plan_rating"), newUuid(),
                                   {{QStringLiteral("citizen_id"), last}, {QStringLiteral("score"), 7}})
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    Team::sync(team[0]);
    Announcements ann(*team[1]);
    Team::sync(team[1]);
    const DataChange all = ann.all();
    CHECK(all.touches(QStringLiteral("plan_rating")));
    CHECK(all.concerns(many));
    CHECK(all.concerns(last));
    // Past that many rows the sync concerns everyone: views refresh whole rather than miss one.
    CHECK(all.concerns(untouched));
}
