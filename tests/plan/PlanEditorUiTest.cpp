#include "core/plan/PlanRepository.h"
#include "core/util/Uuid.h"
#include "tests/support/UiFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/plan/PlanTab.h"
#include "ui/plan/ProgressionChart.h"

#include <QChart>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

PlanGoal goal(const QString& text)
{
    PlanGoal g;
    g.lineage = newUuid();
    g.text = text;
    g.tracks = {QStringLiteral("physical")};
    return g;
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return); // editingFinished
}

} // namespace

TEST_CASE("plan editor: undo and redo across a whole editing history, then save", "[plan]")
{
    UiFixture f;
    PlanTab tab(f.db(), f.hans);
    tab.show();
    REQUIRE_FALSE(tab.hasPlan());
    QTest::mouseClick(child<QPushButton>(&tab, "createPlan"), Qt::LeftButton);
    REQUIRE(tab.hasPlan());
    CHECK(tab.plan().status == PlanStatus::Draft);

    auto* employment = child<QLineEdit>(&tab, "employmentGoal");
    auto* hours = child<QSpinBox>(&tab, "hoursPerWeek");
    auto* undo = tab.undoStack();

    // A history of edits, each one an undo step.
    typeInto(employment, QStringLiteral("Job i Føtex, 20 timer"));
    hours->setFocus();
    hours->selectAll();
    QTest::keyClicks(hours, QStringLiteral("20"));
    QTest::keyClick(hours, Qt::Key_Return);
    const PlanGoal walk = goal(QStringLiteral("Gå 30 minutter"));
    tab.addGoal(walk);
    PlanGoal sub = goal(QStringLiteral("Gå til købmanden"));
    sub.parentLineage = walk.lineage;
    tab.addGoal(sub);
    PlanIntervention physio;
    physio.kind = QStringLiteral("physiotherapy");
    physio.goalLineages = {walk.lineage};
    tab.addIntervention(physio);
    PlanGoal changed = *tab.plan().goal(walk.lineage);
    changed.criterion = QStringLiteral("Går dagligt");
    tab.replaceGoal(changed);
    typeInto(child<QLineEdit>(&tab, "firstStep"), QStringLiteral("Ringe til fysioterapeuten"));
    tab.removeGoal(sub.lineage);

    REQUIRE(undo->count() == 8);
    CHECK(tab.isModified());
    const Plan finalPlan = tab.plan();
    CHECK(finalPlan.employmentGoal == QStringLiteral("Job i Føtex, 20 timer"));
    CHECK(finalPlan.hoursPerWeek == 20);
    CHECK(finalPlan.goals.size() == 1);
    CHECK(child<QTreeWidget>(&tab, "goals")->topLevelItemCount() == 1);

    // Undo everything: back to the empty draft, and the widgets follow.
    auto* undoButton = child<QPushButton>(&tab, "undo");
    for (int i = 0; i < 8; ++i) {
        REQUIRE(undoButton->isEnabled());
        QTest::mouseClick(undoButton, Qt::LeftButton);
    }
    CHECK_FALSE(undo->canUndo());
    CHECK_FALSE(tab.isModified());
    CHECK(tab.plan().employmentGoal.isEmpty());
    CHECK(tab.plan().goals.isEmpty());
    CHECK(tab.plan().interventions.isEmpty());
    CHECK(employment->text().isEmpty());
    CHECK(hours->value() == 0);
    CHECK(child<QTreeWidget>(&tab, "goals")->topLevelItemCount() == 0);

    // Step by step forward again: each redo brings back one edit.
    undo->redo();
    CHECK(employment->text() == QStringLiteral("Job i Føtex, 20 timer"));
    undo->redo();
    undo->redo();
    undo->redo();
    CHECK(child<QTreeWidget>(&tab, "goals")->topLevelItem(0)->childCount() == 1);
    while (undo->canRedo()) {
        QTest::mouseClick(child<QPushButton>(&tab, "redo"), Qt::LeftButton);
    }
    CHECK(tab.plan().employmentGoal == finalPlan.employmentGoal);
    CHECK(tab.plan().firstStep == QStringLiteral("Ringe til fysioterapeuten"));
    REQUIRE(tab.plan().goals.size() == 1);
    CHECK(tab.plan().goals[0].criterion == QStringLiteral("Går dagligt"));
    CHECK(tab.plan().interventions.size() == 1);

    // Save: stored, clean, and still undoable.
    QTest::mouseClick(child<QPushButton>(&tab, "savePlan"), Qt::LeftButton);
    INFO(tab.message().toStdString());
    CHECK_FALSE(tab.isModified());
    const auto stored = PlanRepository(f.db()).current(f.hans);
    REQUIRE(stored);
    CHECK(stored->employmentGoal == QStringLiteral("Job i Føtex, 20 timer"));
    CHECK(stored->goals.size() == 1);
    CHECK(stored->interventions.size() == 1);
    CHECK(undo->canUndo());
}

TEST_CASE("plan editor warns before leaving unsaved changes", "[plan]")
{
    UiFixture f;
    PlanTab tab(f.db(), f.hans);
    REQUIRE(tab.createPlan());
    typeInto(child<QLineEdit>(&tab, "employmentGoal"), QStringLiteral("Fleksjob"));
    REQUIRE(tab.isModified());
    SECTION("cancel stays")
    {
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        CHECK_FALSE(tab.maybeLeave());
        CHECK(MessageBox::lastText().contains(QStringLiteral("Save the changes")));
        CHECK(tab.isModified());
    }
    SECTION("discard throws the edits away")
    {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        CHECK(tab.maybeLeave());
        CHECK(tab.plan().employmentGoal.isEmpty());
        CHECK(PlanRepository(f.db()).current(f.hans)->employmentGoal.isEmpty());
    }
    SECTION("save stores them")
    {
        MessageBox::setNextAnswer(QMessageBox::Save);
        CHECK(tab.maybeLeave());
        CHECK(PlanRepository(f.db()).current(f.hans)->employmentGoal == QStringLiteral("Fleksjob"));
    }
}

TEST_CASE("plan tab: agreeing freezes the editor, and a change makes version 2 with a diff", "[plan]")
{
    UiFixture f;
    PlanTab tab(f.db(), f.hans);
    REQUIRE(tab.createPlan());
    tab.edit(QStringLiteral("x"), [](Plan& p) { p.employmentGoal = QStringLiteral("Lagerjob"); });
    tab.addGoal(goal(QStringLiteral("Gå 30 minutter")));
    REQUIRE(tab.agree({QDate(2026, 11, 20), AgreementMethod::Phone, QStringLiteral("Borgeren og MHA")}));
    CHECK(tab.plan().status == PlanStatus::Agreed);
    CHECK(child<QLineEdit>(&tab, "employmentGoal")->isReadOnly()); // read, not greyed out (issue 17)
    CHECK(child<QPushButton>(&tab, "newVersion")->isVisibleTo(&tab));

    REQUIRE(tab.startNewVersion());
    CHECK(tab.plan().version == 2);
    tab.edit(QStringLiteral("x"), [](Plan& p) { p.hoursPerWeek = 25; });
    REQUIRE(tab.save());
    const QString diff = child<QTextBrowser>(&tab, "diff")->toPlainText();
    CHECK(diff.contains(QStringLiteral("hours per week changed from “(empty)” to “25”")));
}

TEST_CASE("progression charts: one line per rater with distinct styles, built from the ratings", "[plan]")
{
    UiFixture f;
    PlanTab tab(f.db(), f.hans);
    REQUIRE(tab.createPlan());
    const PlanGoal g = goal(QStringLiteral("Gå 30 minutter"));
    tab.addGoal(g);
    REQUIRE(tab.save());
    for (int k = 0; k < 3; ++k) {
        Rating c;
        c.citizenId = f.hans;
        c.goalLineage = g.lineage;
        c.rater = Rater::Citizen;
        c.score = 3 + k;
        c.ratedOn = QDate(2026, 10, 1).addDays(14 * k);
        REQUIRE(tab.addRating(c));
        Rating p = c;
        p.rater = Rater::Professional;
        p.score = 2;
        REQUIRE(tab.addRating(p));
    }
    Rating e;
    e.citizenId = f.hans;
    e.rater = Rater::Caseworker;
    e.score = 4;
    e.ratedOn = QDate(2026, 11, 1);
    REQUIRE(tab.addRating(e));

    const auto series = ProgressionChart::series(ProgressionRepository(f.db()).forCitizen(f.hans), g.lineage);
    REQUIRE(series.size() == 2);
    CHECK(series[0].rater == Rater::Citizen);
    REQUIRE(series[0].points.size() == 3);
    CHECK(series[0].points[0].y() == 3);
    CHECK(series[0].points[2].y() == 5);
    CHECK(series[1].rater == Rater::Professional);
    CHECK(series[1].points.size() == 3);
    CHECK(ProgressionChart::penStyle(Rater::Citizen) != ProgressionChart::penStyle(Rater::Professional));

    REQUIRE(tab.charts().size() == 2); // the employment goal and the one goal
    QChart* chart = tab.charts()[1];
    QStringList lines;
    QVector<QScatterSeries::MarkerShape> shapes;
    for (auto* s : chart->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(s)) {
            shapes << scatter->markerShape();
        } else if (auto* line = qobject_cast<QLineSeries*>(s)) {
            lines << line->name();
        }
    }
    CHECK(lines == QStringList{QStringLiteral("Citizen"), QStringLiteral("Professional")});
    REQUIRE(shapes.size() == 2);
    CHECK(shapes[0] != shapes[1]);
    // The professional stays at 2 while the citizen rises to 5: divergence is shown.
    CHECK(tab.signalMessages().join(QLatin1Char('\n')).contains(QStringLiteral("citizen rates 5 and the professional 2")));
    CHECK(child<QLabel>(&tab, "signals")->isVisibleTo(&tab));
}

TEST_CASE("leaving the citizen page asks about unsaved plan changes", "[plan]")
{
    UiFixture f;
    MainWindow w(f.db());
    w.openCitizen(f.hans);
    REQUIRE(w.citizenPage());
    auto* tab = w.citizenPage()->findChild<PlanTab*>(QStringLiteral("planTab"));
    REQUIRE(tab);
    REQUIRE(tab->createPlan());
    tab->edit(QStringLiteral("x"), [](Plan& p) { p.employmentGoal = QStringLiteral("Fleksjob"); });
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(w.showCaseload());
    CHECK(MessageBox::lastText().contains(QStringLiteral("The plan has been changed")));
    MessageBox::setNextAnswer(QMessageBox::Save);
    CHECK(w.showCaseload());
    CHECK(PlanRepository(f.db()).current(f.hans)->employmentGoal == QStringLiteral("Fleksjob"));
}
