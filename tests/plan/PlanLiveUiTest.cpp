// The plan tab follows the data (issue 17, item 1): a draft made by the conference, a new version
// saved elsewhere and a rating that arrives by sync show in the open tab without reopening it;
// unsaved edits in the tab are kept when the stored plan changes under them.
#include "core/plan/PlanRepository.h"
#include "core/plan/ProgressionRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Uuid.h"
#include "core/workflow/PlanDraft.h"
#include "tests/support/UiFixture.h"
#include "tests/sync/SyncHarness.h"
#include "ui/plan/PlanTab.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QCoreApplication>
#include <QXYSeries>
#include <QLabel>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

/// Lets the views' zero-timers run, as the event loop would.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
}

QString title(const PlanTab& tab)
{
    return tab.findChild<QLabel*>(QStringLiteral("planTitle"))->text();
}

Plan onePlan(const QString& citizen, const QString& caseworker, const QString& lineage)
{
    Plan p;
    p.citizenId = citizen;
    p.caseworkerId = caseworker;
    p.employmentGoal = QStringLiteral("Job i en børnehave, 20 timer");
    p.targetDate = QDate(2027, 11, 1);
    PlanGoal g;
    g.lineage = lineage;
    g.text = QStringLiteral("Sove mindst syv timer");
    g.tracks = {QStringLiteral("mild_mental")};
    g.responsibleId = caseworker;
    p.goals = {g};
    return p;
}

Rating rating(const QString& citizen, const QString& lineage, int score, const QDate& on)
{
    Rating r;
    r.citizenId = citizen;
    r.goalLineage = lineage;
    r.rater = Rater::Citizen;
    r.score = score;
    r.ratedOn = on;
    return r;
}

/// The points drawn in the tab's progression charts.
int chartPoints(const PlanTab& tab)
{
    int n = 0;
    for (QChart* chart : tab.charts()) {
        for (QAbstractSeries* series : chart->series()) {
            if (auto* xy = qobject_cast<QXYSeries*>(series)) {
                n += int(xy->count());
            }
        }
    }
    return n;
}

} // namespace

TEST_CASE("The plan tab shows the draft the conference made, without reopening", "[plan][live]")
{
    UiFixture f;
    PlanTab tab(f.db(), f.aase);
    REQUIRE_FALSE(tab.hasPlan());
    PlanDraftRequest request;
    request.citizenId = f.aase;
    request.caseworkerId = f.mha;
    request.employmentGoal = QStringLiteral("Job som pædagogmedhjælper");
    request.draftGoals = {QStringLiteral("Sove bedre")};
    {
        auto tx = f.db().transaction();
        auto created = PlanDrafts::create(f.db(), request);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        REQUIRE(tx.commit().ok());
    }
    settle();
    CHECK(tab.hasPlan());
    CHECK(tab.plan().employmentGoal == QStringLiteral("Job som pædagogmedhjælper"));
    CHECK(title(tab).contains(QStringLiteral("version 1")));
}

TEST_CASE("The plan tab shows version 2 as soon as it is saved elsewhere", "[plan][live]")
{
    UiFixture f;
    PlanRepository plans(f.db());
    auto created = plans.createDraft(onePlan(f.aase, f.mha, newUuid()));
    REQUIRE(created.ok());
    auto agreed = plans.agree(created->id, {QDate(2026, 11, 20), AgreementMethod::InPerson, QStringLiteral("Borgeren")});
    REQUIRE(agreed.ok());
    PlanTab tab(f.db(), f.aase);
    REQUIRE(tab.plan().version == 1);
    auto next = plans.revise(agreed->id);
    REQUIRE(next.ok());
    settle();
    CHECK(tab.plan().version == 2);
    CHECK(tab.plan().editable());
    CHECK(title(tab).contains(QStringLiteral("version 2")));
}

TEST_CASE("Unsaved edits in the plan tab survive a change made elsewhere", "[plan][live]")
{
    UiFixture f;
    PlanRepository plans(f.db());
    auto created = plans.createDraft(onePlan(f.aase, f.mha, newUuid()));
    REQUIRE(created.ok());
    PlanTab tab(f.db(), f.aase);
    tab.edit(QStringLiteral("goal"), [](Plan& p) { p.employmentGoal = QStringLiteral("Mit eget mål"); });
    REQUIRE(tab.isModified());
    Plan elsewhere = *plans.get(created->id);
    elsewhere.whatMatters = QStringLiteral("Ændret på en anden pc");
    REQUIRE(plans.saveDraft(elsewhere).ok());
    settle();
    CHECK(tab.isModified());
    CHECK(tab.plan().employmentGoal == QStringLiteral("Mit eget mål"));
    CHECK(tab.undoStack()->canUndo());
    CHECK(tab.message().contains(QStringLiteral("changed elsewhere")));

    SECTION("and the tab's own save keeps its undo history")
    {
        REQUIRE(tab.save());
        settle();
        CHECK(tab.undoStack()->canUndo());
        CHECK_FALSE(tab.isModified());
    }
}

TEST_CASE("A rating that arrives by sync shows in the open plan's chart and signals", "[plan][live][sync]")
{
    Team team(2);
    const QString citizen = addTestCitizen(*team[0], QStringLiteral("Åse Ærø"), QStringLiteral("6404751237"));
    const QString lineage = newUuid();
    PlanRepository plans(*team[0]);
    auto created = plans.createDraft(onePlan(citizen, QString(), lineage));
    REQUIRE(created.ok());
    REQUIRE(plans.agree(created->id, {QDate(2026, 10, 1), AgreementMethod::InPerson, QStringLiteral("Borgeren")}).ok());
    const QDate today = team[0]->clock().today();
    ProgressionRepository ratings(*team[0]);
    for (int i = 3; i >= 1; --i) {
        REQUIRE(ratings.add(rating(citizen, lineage, 5, today.addDays(-7 * i))).ok());
    }
    team.syncUntilQuiet();

    PlanTab tab(*team[1], citizen);
    REQUIRE(tab.hasPlan());
    auto standsStill = [&] {
        return tab.signalMessages().join(QLatin1Char('\n')).contains(QStringLiteral("no rise over the last three"));
    };
    REQUIRE(standsStill());
    const int pointsBefore = chartPoints(tab);
    REQUIRE(pointsBefore >= 3);

    REQUIRE(ratings.add(rating(citizen, lineage, 8, today)).ok());
    Team::sync(team[0]);
    Team::sync(team[1]);
    settle();
    CHECK(chartPoints(tab) > pointsBefore);
    CHECK_FALSE(standsStill());
    CHECK(tab.findChild<QLabel*>(QStringLiteral("signals"))->text().contains(QStringLiteral("No signals")));
}

TEST_CASE("The plan tab names the staff as they are now: a new name set elsewhere, a new member to choose", "[plan][live]")
{
    UiFixture f;
    PlanRepository plans(f.db());
    Plan p = onePlan(f.aase, f.mha, newUuid());
    REQUIRE(plans.createDraft(p).ok());
    PlanTab tab(f.db(), f.aase);
    auto* goals = tab.findChild<QTreeWidget*>(QStringLiteral("goals"));
    REQUIRE(goals);
    REQUIRE(goals->topLevelItemCount() == 1);
    CHECK(goals->topLevelItem(0)->text(4) == QStringLiteral("Mette Holm Andersen"));

    // Renamed in Team ▸ Medarbejdere (or on another PC): the goal's responsible is shown by the new name.
    auto mette = StaffRepository(f.db()).get(f.mha);
    REQUIRE(mette);
    mette->name = QStringLiteral("Mette Holm Kjær");
    REQUIRE(StaffRepository(f.db()).update(*mette).ok());
    settle();
    CHECK(goals->topLevelItem(0)->text(4) == QStringLiteral("Mette Holm Kjær"));

    // A new member: the goal dialog offers them without reopening the citizen.
    const QString nina = addTestStaff(f.db(), QStringLiteral("Nina Nyansat"), QStringLiteral("NN"),
                                      Profession::Physiotherapist).id;
    settle();
    bool offered = false;
    QTimer::singleShot(0, [&] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            for (auto* combo : dialog->findChildren<QComboBox*>()) {
                offered = offered || combo->findData(nina) >= 0;
            }
            dialog->reject();
        }
    });
    auto* addGoal = tab.findChild<QPushButton*>(QStringLiteral("addGoal"));
    REQUIRE(addGoal);
    addGoal->click();
    CHECK(offered);
}
