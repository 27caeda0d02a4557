#include "core/plan/PlanDiff.h"
#include "core/plan/PlanSignals.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Dump.h"
#include "core/workflow/NextStep.h"
#include "core/workflow/PlanDraft.h"
#include "tests/plan/PlanWorld.h"

using namespace samspil;
using namespace samspil::test;

TEST_CASE("a new plan is a draft, version 1, with its goals, sub-goals and interventions")
{
    PlanWorld w;
    const Plan p = w.createDraft();
    CHECK(p.version == 1);
    CHECK(p.status == PlanStatus::Draft);
    const auto stored = PlanRepository(*w.t).get(p.id);
    REQUIRE(stored);
    CHECK(stored->employmentGoal == QStringLiteral("Job som lagermedarbejder, 25 timer"));
    CHECK(stored->hoursPerWeek == 25);
    REQUIRE(stored->goals.size() == 3);
    const auto ordered = stored->orderedGoals();
    CHECK(ordered[0].text == QStringLiteral("Walk 30 minutes"));
    CHECK(ordered[1].text == QStringLiteral("Walk to the shop"));
    CHECK(ordered[1].isSubGoal());
    CHECK(ordered[2].text == QStringLiteral("Sleep better"));
    REQUIRE(stored->interventions.size() == 1);
    CHECK(stored->interventions[0].goalLineages == QStringList{ordered[0].lineage});
    CHECK(stored->interventions[0].status == InterventionStatus::Running);
}

TEST_CASE("a draft can be changed, and agreeing freezes it")
{
    PlanWorld w;
    PlanRepository repo(*w.t);
    Plan p = w.createDraft();
    p.firstStep = QStringLiteral("Gå en tur i morgen");
    p.goals.removeLast();
    auto saved = repo.saveDraft(p);
    REQUIRE(saved.ok());
    CHECK(saved->firstStep == QStringLiteral("Gå en tur i morgen"));
    CHECK(saved->goals.size() == 2);

    SECTION("agreement needs a date that has happened and who was present")
    {
        Agreement a = w.agreement();
        a.present.clear();
        auto r = repo.agree(p.id, a);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("present")));
        a = w.agreement();
        a.on = w.t.clock.today().addDays(1);
        CHECK_FALSE(repo.agree(p.id, a).ok());
        CHECK(repo.get(p.id)->status == PlanStatus::Draft);
    }
    SECTION("an agreed version cannot be changed")
    {
        auto agreed = repo.agree(p.id, w.agreement());
        REQUIRE(agreed.ok());
        CHECK(agreed->status == PlanStatus::Agreed);
        CHECK(agreed->agreedOn == QDate(2026, 11, 20));
        Plan changed = agreed.value();
        changed.employmentGoal = QStringLiteral("Something else");
        auto r = repo.saveDraft(changed);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("new version")));
        CHECK(repo.get(p.id)->employmentGoal == QStringLiteral("Job som lagermedarbejder, 25 timer"));
        CHECK_FALSE(repo.agree(p.id, w.agreement()).ok());
        CHECK_FALSE(repo.discardDraft(p.id).ok());
    }
}

TEST_CASE("changing an agreed plan makes a new draft version, and agreeing it supersedes the old")
{
    PlanWorld w;
    PlanRepository repo(*w.t);
    const Plan v1 = w.createAgreed();
    auto v2 = repo.revise(v1.id);
    REQUIRE(v2.ok());
    CHECK(v2->version == 2);
    CHECK(v2->status == PlanStatus::Draft);
    CHECK(v2->previousId == v1.id);
    CHECK_FALSE(v2->agreedOn.isValid());
    REQUIRE(v2->goals.size() == v1.goals.size());
    // Same goals (lineage), new rows.
    for (const auto& g : v1.goals) {
        const PlanGoal* copy = v2->goal(g.lineage);
        REQUIRE(copy);
        CHECK(copy->id != g.id);
        CHECK(copy->text == g.text);
    }
    CHECK(v2->interventions[0].lineage == v1.interventions[0].lineage);

    // Asking again gives the same draft, not a third version.
    CHECK(repo.revise(v1.id)->id == v2->id);
    CHECK(repo.current(w.citizen)->id == v2->id);
    CHECK(repo.latestAgreed(w.citizen)->id == v1.id);

    Plan edit = v2.value();
    edit.goals[0].targetDate = QDate(2027, 4, 1);
    REQUIRE(repo.saveDraft(edit).ok());
    // The agreed version is untouched by edits to the draft.
    CHECK(repo.get(v1.id)->goals == v1.goals);

    auto agreed = repo.agree(v2->id, w.agreement());
    REQUIRE(agreed.ok());
    CHECK(repo.get(v1.id)->status == PlanStatus::Superseded);
    CHECK(repo.get(v2->id)->status == PlanStatus::Agreed);
    const auto versions = repo.versions(w.citizen);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].version == 2);
    CHECK(versions[1].version == 1);
}

TEST_CASE("a second draft next to an existing one is refused")
{
    PlanWorld w;
    w.createDraft();
    auto second = PlanRepository(*w.t).createDraft(w.draftPlan());
    REQUIRE_FALSE(second.ok());
    CHECK(PlanRepository(*w.t).versions(w.citizen).size() == 1);
}

TEST_CASE("bad plans are refused with a message and nothing is written")
{
    PlanWorld w;
    PlanRepository repo(*w.t);
    Plan p = w.draftPlan();
    SECTION("a goal without text")
    {
        p.goals[1].text = QStringLiteral("   ");
        auto r = repo.createDraft(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("Goal 2 has no text")));
    }
    SECTION("a sub-goal of a sub-goal")
    {
        PlanGoal deeper = PlanWorld::goal(QStringLiteral("Too deep"));
        deeper.parentLineage = p.goals[2].lineage;
        p.goals.append(deeper);
        CHECK(repo.createDraft(p).error().contains(QStringLiteral("one level")));
    }
    SECTION("an unknown track")
    {
        p.goals[0].tracks = {QStringLiteral("astrology")};
        CHECK(repo.createDraft(p).error().contains(QStringLiteral("unknown track")));
    }
    SECTION("a stopped intervention without a reason")
    {
        p.interventions[0].status = InterventionStatus::Stopped;
        CHECK(repo.createDraft(p).error().contains(QStringLiteral("reason")));
    }
    SECTION("an intervention that ends before it starts")
    {
        p.interventions[0].end = p.interventions[0].start.addDays(-1);
        CHECK(repo.createDraft(p).error().contains(QStringLiteral("ends before")));
    }
    SECTION("an intervention kind outside the catalogue")
    {
        p.interventions[0].kind = QStringLiteral("magic");
        CHECK(repo.createDraft(p).error().contains(QStringLiteral("catalogue")));
    }
    CHECK(repo.versions(w.citizen).isEmpty());
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM plan_goal")) == 0);
}

TEST_CASE("the diff names what changed between two versions")
{
    PlanWorld w;
    PlanRepository repo(*w.t);
    const Plan v1 = w.createAgreed();
    Plan v2 = repo.revise(v1.id).value();
    SECTION("no change, no differences")
    {
        CHECK(PlanDiff::diff(v1, v2).isEmpty());
    }
    SECTION("fields, added and removed goals, intervention status")
    {
        v2.hoursPerWeek = 30;
        v2.goals[0].targetDate = QDate(2027, 3, 1);
        const QString removed = v2.goals[1].lineage; // "Sleep better"
        v2.goals.remove(1);
        v2.goals.append(PlanWorld::goal(QStringLiteral("Prøve virksomhedspraktik")));
        v2.interventions[0].status = InterventionStatus::Completed;
        v2 = repo.saveDraft(v2).value();
        const auto changes = PlanDiff::diff(v1, v2);
        QStringList described;
        for (const auto& c : changes) {
            described << c.describe();
        }
        INFO(described.join(QLatin1Char('\n')).toStdString());
        REQUIRE(changes.size() == 5);
        CHECK(described.contains(QStringLiteral("Plan: hours per week changed from “25” to “30”")));
        CHECK(described.contains(QStringLiteral("Goal “Walk 30 minutes”: target date changed from “01-02-2027” to “01-03-2027”")));
        CHECK(described.contains(QStringLiteral("Goal “Prøve virksomhedspraktik” added")));
        CHECK(described.contains(QStringLiteral("Goal “Sleep better” removed")));
        CHECK(described.contains(QStringLiteral("Intervention “Physiotherapy course”: status changed from “Running” to “Completed”")));
        const auto it = std::find_if(changes.begin(), changes.end(), [&](const PlanChange& c) { return c.lineage == removed; });
        REQUIRE(it != changes.end());
        CHECK(it->kind == PlanChange::Kind::Removed);
    }
}

TEST_CASE("the conference hands over a draft plan through PlanDrafts")
{
    PlanWorld w;
    REQUIRE(PlanDrafts::available());
    PlanDraftRequest req;
    req.citizenId = w.citizen;
    req.conferenceId = newUuid();
    req.caseworkerId = w.caseworker;
    req.employmentGoal = QStringLiteral("Fleksjob i en børnehave");
    req.tracks = {QStringLiteral("social"), QStringLiteral("physical")};
    req.draftGoals = {QStringLiteral("Smertefri gåtur"), QString(), QStringLiteral("Styr på økonomien")};
    auto tx = w.t->transaction();
    auto id = PlanDrafts::create(*w.t, req);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    REQUIRE(tx.commit().ok());
    const auto p = PlanRepository(*w.t).get(id.value());
    REQUIRE(p);
    CHECK(p->version == 1);
    CHECK(p->status == PlanStatus::Draft);
    CHECK(p->conferenceId == req.conferenceId);
    CHECK(p->employmentGoal == req.employmentGoal);
    CHECK(p->caseworkerId == w.caseworker);
    REQUIRE(p->goals.size() == 2);
    CHECK(p->goals[0].text == QStringLiteral("Smertefri gåtur"));
    CHECK(p->goals[0].tracks == QStringList{QStringLiteral("physical"), QStringLiteral("social")});
    CHECK(p->goals[1].text == QStringLiteral("Styr på økonomien"));

    SECTION("an unknown citizen is refused")
    {
        req.citizenId = newUuid();
        CHECK_FALSE(PlanDrafts::create(*w.t, req).ok());
    }
}

TEST_CASE("a draft from a conference whose goal names weekly hours has those hours in its field")
{
    CHECK(PlanText::hoursNamedIn(QStringLiteral("Job som lagermedarbejder 25 timer om ugen")) == 25);
    CHECK(PlanText::hoursNamedIn(QStringLiteral("Praktik 12 timer pr. uge")) == 12);
    CHECK(PlanText::hoursNamedIn(QStringLiteral("Fleksjob, 15 timer/uge")) == 15);
    CHECK(PlanText::hoursNamedIn(QStringLiteral("A job 30 hours a week")) == 30);
    CHECK_FALSE(PlanText::hoursNamedIn(QStringLiteral("Fleksjob i en børnehave")).has_value());
    CHECK_FALSE(PlanText::hoursNamedIn(QStringLiteral("Gå 30 minutter om dagen")).has_value());

    PlanWorld w;
    PlanDraftRequest req;
    req.citizenId = w.citizen;
    req.conferenceId = newUuid();
    req.caseworkerId = w.caseworker;
    req.employmentGoal = QStringLiteral("Job som lagermedarbejder 25 timer om ugen");
    req.tracks = {QStringLiteral("physical")};
    req.draftGoals = {QStringLiteral("Smertefri gåtur")};
    auto tx = w.t->transaction();
    auto id = PlanDrafts::create(*w.t, req);
    REQUIRE(id.ok());
    REQUIRE(tx.commit().ok());
    const auto p = PlanRepository(*w.t).get(id.value());
    REQUIRE(p);
    CHECK(p->hoursPerWeek == 25);
}

TEST_CASE("next steps: agree a drafted plan, then the plan milestones")
{
    PlanWorld w;
    const Plan p = w.createDraft();
    auto facts = Workflow::factsFor(*w.t, w.citizen);
    REQUIRE(facts);
    CHECK(facts->milestones.value(QStringLiteral("plan_drafted")) == QDate(2026, 11, 23));
    CHECK_FALSE(facts->milestones.contains(QStringLiteral("plan_agreed")));
    // Without a screening the screening rule comes first; with the plan's facts alone:
    CitizenFacts f;
    f.citizenId = w.citizen;
    f.screening = LatestRisk{};
    f.milestones = facts->milestones;
    f.milestones.insert(QStringLiteral("team_day_held"), QDate(2026, 11, 1));
    const auto step = Workflow::nextStep(f);
    REQUIRE(step);
    CHECK(step->code == QStringLiteral("agree_plan"));
    CHECK(step->due == QDate(2026, 12, 7));
    REQUIRE(PlanRepository(*w.t).agree(p.id, w.agreement()).ok());
    facts = Workflow::factsFor(*w.t, w.citizen);
    CHECK(facts->milestones.value(QStringLiteral("plan_agreed")) == QDate(2026, 11, 20));
}

TEST_CASE("plan tables are in the dump, and check finds orphaned plans")
{
    PlanWorld w;
    w.createAgreed();
    const QByteArray dump = dumpDatabase(*w.t);
    CHECK(dump.contains("\"plan_goal\""));
    CHECK(dump.contains("\"plan_intervention\""));
    CHECK(dump.contains(QStringLiteral("Job som lagermedarbejder, 25 timer").toUtf8()));
    CHECK(ConsistencyCheck::sound(ConsistencyCheck::run(*w.t)));
    REQUIRE(w.t->write(QStringLiteral("plan"), newUuid(), {{QStringLiteral("citizen_id"), newUuid()}}).ok());
    CHECK_FALSE(ConsistencyCheck::sound(ConsistencyCheck::run(*w.t)));
}

TEST_CASE("a goal removed and saved, then put back (undo) and saved again, is in the plan")
{
    PlanWorld w;
    PlanRepository repo(*w.t);
    const Plan original = w.createDraft();
    Plan fewer = original;
    fewer.goals.remove(1); // "Sleep better"
    REQUIRE(repo.saveDraft(fewer).ok());
    CHECK(repo.get(original.id)->goals.size() == 2);
    auto back = repo.saveDraft(original); // the old row id of "Sleep better" is deleted now
    REQUIRE(back.ok());
    const auto stored = repo.get(original.id);
    REQUIRE(stored->goals.size() == 3);
    const PlanGoal* sleep = stored->goal(original.goals[1].lineage);
    REQUIRE(sleep);
    CHECK(sleep->text == QStringLiteral("Sleep better"));
}

TEST_CASE("the next-step outlines pick the same current plan as the plan tab, with its goals, dates and ratings")
{
    PlanWorld w;
    PlanRepository repo(*w.t);
    CHECK(repo.outlinesForAll().current.isEmpty());

    const Plan v1 = w.createAgreed();
    w.t.clock.advanceSeconds(3600 * 24 * 3);
    auto v2 = repo.revise(v1.id);
    REQUIRE(v2.ok());
    Plan edit = v2.value();
    edit.goals[1].achievedOn = QDate(2026, 11, 25);
    REQUIRE(repo.saveDraft(edit).ok());

    const auto outlines = repo.outlinesForAll();
    REQUIRE(outlines.current.contains(w.citizen));
    const Plan& outline = outlines.current.value(w.citizen);
    const Plan full = repo.current(w.citizen).value();
    CHECK(outline.id == full.id);
    CHECK(outline.status == PlanStatus::Draft);
    CHECK(outline.version == 2);
    CHECK(outline.targetDate == full.targetDate);
    const auto lean = outline.orderedGoals();
    const auto rich = full.orderedGoals();
    REQUIRE(lean.size() == rich.size());
    for (int i = 0; i < rich.size(); ++i) {
        CHECK(lean[i].lineage == rich[i].lineage);
        CHECK(lean[i].parentLineage == rich[i].parentLineage);
        CHECK(lean[i].targetDate == rich[i].targetDate);
        CHECK(lean[i].achievedOn == rich[i].achievedOn);
        CHECK(lean[i].text.isEmpty()); // outlines carry no texts
    }
    // First drafted when version 1 was made; agreed when version 1 was agreed.
    const auto m = outlines.milestones.value(w.citizen);
    CHECK(m.drafted == v1.createdAt.toLocalTime().date());
    CHECK(m.agreed == w.agreement().on);

    ProgressionRepository ratings(*w.t);
    for (auto [who, score, on] : {std::tuple{Rater::Citizen, 4, QDate(2026, 11, 10)}, std::tuple{Rater::Professional, 6, QDate(2026, 11, 3)},
                                  std::tuple{Rater::Citizen, 5, QDate(2026, 11, 17)}}) {
        Rating r;
        r.citizenId = w.citizen;
        r.goalLineage = v1.goals[0].lineage;
        r.rater = who;
        r.score = score;
        r.ratedOn = on;
        r.ratedBy = w.physio;
        REQUIRE(ratings.add(r).ok());
    }
    // The lean read gives every rating, series by series, each oldest first.
    QStringList seen;
    ratings.forEachScore([&](QByteArrayView citizenId, QByteArrayView goal, Rater who, int score, const QDate& on) {
        CHECK(QString::fromLatin1(citizenId) == w.citizen);
        CHECK(QString::fromLatin1(goal) == v1.goals[0].lineage);
        seen << QStringLiteral("%1 %2 %3").arg(PlanText::raterCode(who)).arg(score).arg(on.toString(Qt::ISODate));
    });
    CHECK(seen == QStringList{QStringLiteral("citizen 4 2026-11-10"), QStringLiteral("citizen 5 2026-11-17"),
                              QStringLiteral("professional 6 2026-11-03")});
    const auto summaries = PlanSignals::summarize(ratings.allByCitizen().value(w.citizen), QDate(2026, 11, 23));
    const SeriesSummary c = summaries.value(PlanSignals::key(v1.goals[0].lineage, Rater::Citizen));
    CHECK(c.count == 2);
    CHECK(c.last == 5);
    CHECK(c.beforeLast == 4);
    CHECK(c.latestOld == -1); // nothing eight weeks old
}

TEST_CASE("What changed calls a sub-goal a sub-goal", "[plan][diff]")
{
    PlanWorld w;
    const Plan v1 = w.createDraft();
    Plan v2 = v1;
    const QString parent = v2.goals[0].lineage;
    PlanGoal sub = PlanWorld::goal(QStringLiteral("Gå til bageren"));
    sub.parentLineage = parent;
    v2.goals.append(sub);
    v2.goals[2].targetDate = QDate(2027, 1, 10); // "Walk to the shop", a sub-goal already
    QStringList described;
    for (const auto& c : PlanDiff::diff(v1, v2)) {
        described << c.describe();
    }
    INFO(described.join(QLatin1Char('\n')).toStdString());
    CHECK(described.contains(QStringLiteral("Sub-goal “Gå til bageren” added")));
    CHECK(described.contains(
        QStringLiteral("Sub-goal “Walk to the shop”: target date changed from “15-12-2026” to “10-01-2027”")));
    v2.goals.removeLast();
    described.clear();
    for (const auto& c : PlanDiff::diff(v2, v1)) {
        described << c.describe();
    }
    CHECK(described.contains(QStringLiteral("Sub-goal “Walk to the shop”: target date changed from “10-01-2027” to “15-12-2026”")));
}
