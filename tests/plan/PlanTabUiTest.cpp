// The plan tab (issue 17, items 3–5): a closed case is read-only; the agree dialog says in itself
// what stops the agreement; the rating form offers only the raters a goal can have; Ctrl+Y redoes;
// an agreed plan is read, not greyed out.
#include "core/plan/PlanRepository.h"
#include "core/util/Uuid.h"
#include "tests/support/UiFixture.h"
#include "ui/common/FileDialogs.h"
#include "ui/plan/PlanDialogs.h"
#include "ui/plan/PlanTab.h"
#include "ui/plan/ProgressionChart.h"
#include "ui/plan/ProgressionPanel.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QHeaderView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

/// An agreed plan with one goal for the citizen.
Plan agreedPlan(Database& db, const QString& citizenId, const QString& caseworker)
{
    Plan p;
    p.citizenId = citizenId;
    p.caseworkerId = caseworker;
    p.employmentGoal = QStringLiteral("Job i en børnehave, 20 timer");
    p.targetDate = QDate(2026, 11, 1); // passed: a signal on an open case
    PlanGoal g;
    g.lineage = newUuid();
    g.text = QStringLiteral("Sove mindst syv timer");
    g.tracks = {QStringLiteral("mild_mental")};
    g.responsibleId = caseworker;
    p.goals = {g};
    PlanRepository plans(db);
    auto created = plans.createDraft(p);
    REQUIRE(created.ok());
    auto agreed = plans.agree(created->id, {QDate(2026, 11, 20), AgreementMethod::InPerson, QStringLiteral("Borgeren")});
    INFO(agreed.error().toStdString());
    REQUIRE(agreed.ok());
    return agreed.value();
}

} // namespace

TEST_CASE("Plan tab of a closed case: no signals, no new version, no rating, until it is reopened", "[plan]")
{
    UiFixture f;
    agreedPlan(f.db(), f.hans, f.mha);
    PlanTab tab(f.db(), f.hans);
    tab.show();
    REQUIRE_FALSE(tab.signalMessages().isEmpty());
    auto* newVersion = child<QPushButton>(&tab, "newVersion");
    auto* rating = child<QGroupBox>(&tab, "newRating");
    CHECK(newVersion->isVisible());
    CHECK_FALSE(rating->isHidden()); // on the Progression page, which is not the one shown

    REQUIRE(CitizenRepository(f.db()).closeCase(f.hans, QStringLiteral("ordinary_job"), f.tdb.clock.today()).ok());
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    CHECK(tab.caseClosed()); // the tab follows the case as it is closed
    CHECK(tab.signalMessages().isEmpty());
    CHECK_FALSE(child<QLabel>(&tab, "signals")->isVisible());
    CHECK_FALSE(newVersion->isVisible());
    CHECK(rating->isHidden());
    CHECK(child<QLabel>(&tab, "caseClosedNote")->isVisible());
    CHECK_FALSE(tab.startNewVersion()); // core refuses it too
    CHECK(PlanRepository(f.db()).versions(f.hans).size() == 1);

    REQUIRE(CitizenRepository(f.db()).reopenCase(f.hans).ok());
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    CHECK_FALSE(tab.caseClosed());
    CHECK(newVersion->isVisible());
    CHECK_FALSE(rating->isHidden()); // on the Progression page, which is not the one shown
    CHECK_FALSE(tab.signalMessages().isEmpty());
    CHECK_FALSE(child<QLabel>(&tab, "caseClosedNote")->isVisible());
}

TEST_CASE("Plan tab of a closed case without a plan offers no Create plan", "[plan]")
{
    UiFixture f;
    PlanTab tab(f.db(), f.peter); // closed in the fixture
    tab.show();
    CHECK_FALSE(child<QPushButton>(&tab, "createPlan")->isVisible());
    CHECK(child<QLabel>(&tab, "caseClosedNote")->isVisible());
}

TEST_CASE("An agreed plan is read-only, not greyed out", "[plan]")
{
    UiFixture f;
    agreedPlan(f.db(), f.hans, f.mha);
    PlanTab tab(f.db(), f.hans);
    tab.show();
    auto* goal = child<QLineEdit>(&tab, "employmentGoal");
    CHECK(goal->isEnabled());
    CHECK(goal->isReadOnly());
    CHECK(child<QSpinBox>(&tab, "hoursPerWeek")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(&tab, "addGoal")->isVisible());
    CHECK_FALSE(child<QPushButton>(&tab, "addIntervention")->isVisible());
    // Typing changes nothing.
    goal->setFocus();
    QTest::keyClicks(goal, QStringLiteral("x"));
    QTest::keyClick(goal, Qt::Key_Return);
    CHECK(tab.plan().employmentGoal == QStringLiteral("Job i en børnehave, 20 timer"));
    CHECK_FALSE(tab.isModified());
}

TEST_CASE("The agree dialog shows what stops the agreement in itself and stays open", "[plan]")
{
    UiFixture f;
    PlanTab tab(f.db(), f.hans);
    REQUIRE(tab.createPlan());
    tab.edit(QStringLiteral("goal"), [](Plan& p) { p.employmentGoal = QStringLiteral("Job som pædagogmedhjælper"); });
    REQUIRE(tab.save());
    const QString before = tab.message();

    AgreeDialog d(f.tdb.clock.today(), [&tab](const Agreement& a) { return tab.agreeOrSayWhy(a); }, &tab);
    d.show();
    QTest::mouseClick(child<QPushButton>(&d, "agreeButton"), Qt::LeftButton);
    CHECK(d.isVisible()); // not closed
    CHECK(d.result() != QDialog::Accepted);
    CHECK(d.message().contains(QStringLiteral("Write who was present")));
    CHECK(d.message().contains(QStringLiteral("at least one goal")));
    CHECK(tab.message() == before); // the page is not where the answer goes
    CHECK(tab.plan().status == PlanStatus::Draft);

    // Fixing the field takes the message away.
    QTest::keyClicks(child<QLineEdit>(&d, "agreedPresent"), QStringLiteral("Borgeren"));
    CHECK(d.message().isEmpty());
}

TEST_CASE("The rating form offers only the raters the chosen goal can have", "[plan]")
{
    UiFixture f;
    agreedPlan(f.db(), f.hans, f.mha);
    PlanTab tab(f.db(), f.hans);
    auto* panel = tab.findChild<ProgressionPanel*>();
    REQUIRE(panel != nullptr);
    auto* goalBox = panel->goalBox();
    auto* raters = panel->raterBox();
    const auto raterList = [raters] {
        QList<Rater> out;
        for (int i = 0; i < raters->count(); ++i) {
            out << Rater(raters->itemData(i).toInt());
        }
        return out;
    };
    // It opens on the employment goal, which the coordinating caseworker rates.
    REQUIRE(goalBox->currentData().toString().isEmpty());
    CHECK(raterList() == QList<Rater>{Rater::Caseworker});
    child<QPushButton>(&tab, "addRating")->click(); // on the Progression page, not the one shown
    CHECK(tab.message() == QStringLiteral("The rating was saved."));

    goalBox->setCurrentIndex(1);
    CHECK(raterList() == QList<Rater>{Rater::Citizen, Rater::Professional});
    raters->setCurrentIndex(1);
    child<QPushButton>(&tab, "addRating")->click(); // on the Progression page, not the one shown
    CHECK(tab.message() == QStringLiteral("The rating was saved."));
}

TEST_CASE("Ctrl+Y redoes in the plan editor, beside Ctrl+Shift+Z", "[plan]")
{
    UiFixture f;
    PlanTab tab(f.db(), f.hans);
    tab.show();
    QApplication::setActiveWindow(&tab);
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    REQUIRE(tab.createPlan());
    tab.edit(QStringLiteral("hours"), [](Plan& p) { p.hoursPerWeek = 20; });
    tab.undoStack()->undo();
    REQUIRE(tab.plan().hoursPerWeek == 0);
    tab.setFocus();
    QTest::keyClick(&tab, Qt::Key_Y, Qt::ControlModifier);
    QTest::qWait(200); // the button's animated click
    CHECK(tab.plan().hoursPerWeek == 20);
    tab.undoStack()->undo();
    QTest::keyClick(&tab, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(200);
    CHECK(tab.plan().hoursPerWeek == 20);
}

TEST_CASE("The goal table shows track names whole, and every goal whole in its tooltip", "[plan]")
{
    UiFixture f;
    agreedPlan(f.db(), f.hans, f.mha);
    PlanTab tab(f.db(), f.hans);
    tab.resize(900, 700);
    tab.show();
    auto* goals = child<QTreeWidget>(&tab, "goals");
    CHECK(goals->wordWrap());
    CHECK_FALSE(goals->uniformRowHeights());
    auto* item = goals->topLevelItem(0);
    REQUIRE(item != nullptr);
    CHECK(item->toolTip(0) == QStringLiteral("Sove mindst syv timer"));
    CHECK(item->toolTip(2) == item->text(2));
    // The track's number and name fit the column: nothing is elided.
    const QFontMetrics fm(goals->font());
    CHECK(goals->header()->sectionSize(2) > fm.horizontalAdvance(item->text(2)));
    CHECK(goals->header()->sectionSize(4) > fm.horizontalAdvance(item->text(4)));
}

TEST_CASE("The versions list says an agreed version was agreed once, with its date", "[plan]")
{
    UiFixture f;
    const Plan agreed = agreedPlan(f.db(), f.hans, f.mha);
    REQUIRE(PlanRepository(f.db()).revise(agreed.id).ok());
    PlanTab tab(f.db(), f.hans);
    auto* versions = child<QListWidget>(&tab, "versions");
    REQUIRE(versions->count() == 2);
    CHECK(versions->item(0)->text() == QStringLiteral("Version 2 – draft"));
    CHECK(versions->item(1)->text() == QStringLiteral("Version 1 – agreed 20-11-2026"));
}

TEST_CASE("Save as PDF suggests a file name with the citizen's name", "[plan]")
{
    UiFixture f;
    agreedPlan(f.db(), f.aase, f.mha);
    PlanTab tab(f.db(), f.aase);
    FileDialogs::setNextAnswer(QString()); // cancelled: only the suggestion is looked at
    tab.savePdf();
    CHECK(FileDialogs::lastSuggested() == QStringLiteral("indsatsplan-Åse-Ærø-version-1.pdf"));
}

TEST_CASE("A chart with no ratings says so in words", "[plan]")
{
    const QDate today(2026, 11, 23);
    Rating r;
    r.goalLineage = QStringLiteral("g1");
    r.rater = Rater::Citizen;
    r.score = 4;
    r.ratedOn = today.addDays(-7);
    std::unique_ptr<QChart> empty(ProgressionChart::build(QStringLiteral("Walk to the shop"), {r}, QStringLiteral("g2"), {}, today));
    CHECK(empty->title().contains(QStringLiteral("Walk to the shop")));
    CHECK(empty->title().contains(QStringLiteral("No ratings yet")));
    std::unique_ptr<QChart> rated(ProgressionChart::build(QStringLiteral("Walk"), {r}, QStringLiteral("g1"), {}, today));
    CHECK(rated->title() == QStringLiteral("Walk"));
}

TEST_CASE("The sub-goal dialog names the goal it belongs to", "[plan]")
{
    PlanGoal sub;
    sub.lineage = newUuid();
    sub.parentLineage = newUuid();
    GoalDialog d(sub, {}, nullptr, QStringLiteral("Sove mindst syv timer"));
    CHECK(d.windowTitle() == QStringLiteral("Sub-goal of “Sove mindst syv timer”"));
    CHECK(child<QLabel>(&d, "parentGoal")->text() == QStringLiteral("Sove mindst syv timer"));
    PlanGoal main;
    GoalDialog plain(main, {}, nullptr);
    CHECK(plain.windowTitle() == QStringLiteral("Goal"));
    CHECK(plain.findChild<QLabel*>(QStringLiteral("parentGoal")) == nullptr);
}

TEST_CASE("A goal's chart says who the professional is", "[plan]")
{
    UiFixture f;
    const Plan plan = agreedPlan(f.db(), f.hans, f.mha); // Mette Holm Andersen is responsible for the goal
    PlanTab tab(f.db(), f.hans);
    auto* panel = tab.findChild<ProgressionPanel*>();
    REQUIRE(panel != nullptr);
    const PlanGoal& goal = plan.goals.first();
    CHECK(panel->professionalOf(goal, {}) == QStringLiteral("Mette Holm Andersen"));
    Rating r;
    r.goalLineage = goal.lineage;
    r.rater = Rater::Professional;
    r.ratedBy = f.jv;
    CHECK(panel->professionalOf(goal, {r}) == QStringLiteral("Jonas Vestergaard"));
    const auto series = ProgressionChart::series({r}, goal.lineage, QStringLiteral("Jonas Vestergaard"));
    REQUIRE(series.size() == 2);
    CHECK(series[0].name == QStringLiteral("Citizen"));
    CHECK(series[1].name == QStringLiteral("Professional (Jonas Vestergaard)"));
}

TEST_CASE("The plan's pages do not move as signals come and go", "[plan]")
{
    UiFixture f;
    PlanTab tab(f.db(), f.hans);
    tab.resize(1000, 700);
    tab.show();
    REQUIRE(tab.createPlan());
    auto* pages = tab.findChild<QTabWidget*>();
    REQUIRE(pages != nullptr);
    QCoreApplication::processEvents();
    REQUIRE(tab.signalMessages().isEmpty());
    const int before = pages->mapTo(&tab, QPoint()).y();
    // A target date that has passed: a signal appears.
    tab.edit(QStringLiteral("target"), [](Plan& p) { p.targetDate = QDate(2026, 11, 1); });
    REQUIRE(tab.save());
    QCoreApplication::processEvents();
    REQUIRE_FALSE(tab.signalMessages().isEmpty());
    CHECK(child<QLabel>(&tab, "signals")->isVisible());
    CHECK(pages->mapTo(&tab, QPoint()).y() == before);
}
