// The Overblik window driven offscreen on the hand-made team of tests/stats/StatsFixture.h.
#include "core/citizen/CitizenRepository.h"
#include "core/util/Dates.h"
#include "core/workflow/NextStep.h"
#include "tests/stats/StatsFixture.h"
#include "tests/support/UiFixture.h"
#include "tests/support/WindowChecks.h"
#include "ui/main/MainWindow.h"
#include "ui/dashboard/CitizenListDialog.h"
#include "ui/dashboard/DashboardChart.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/dashboard/CitizenListModel.h"
#include "ui/dashboard/DashboardTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QImage>
#include <QScreen>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

QString tileValue(DashboardWindow& w, const char* code)
{
    auto* tile = w.findChild<QPushButton*>(QStringLiteral("tile_") + QLatin1String(code));
    REQUIRE(tile);
    auto* value = tile->findChild<QLabel*>(QStringLiteral("tileValue"));
    REQUIRE(value);
    return value->text();
}

/// Dates typed by the user are counted once they pause (a short timer), in the background: wait
/// for the figure.
QString waitForTile(DashboardWindow& w, const char* code, const QString& expected)
{
    for (int k = 0; k < 200 && tileValue(w, code) != expected; ++k) {
        QTest::qWait(10);
    }
    return tileValue(w, code);
}

QStringList listedIds(CitizenListDialog* list)
{
    REQUIRE(list);
    QStringList ids;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        ids << list->model()->index(r, 0).data(CitizenListModel::IdRole).toString();
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

/// Shows the window at a readable size on the fixture's period.
void showOnPeriod(DashboardWindow& w, const StatsFixture& fx)
{
    w.resize(1280, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.setRange(fx.from, fx.to);
    w.waitForFigures();
}

/// The cell of a dashboard table whose first column reads `row`.
QModelIndex cell(QTableView* view, const QString& row, int column)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data().toString() == row) {
            return view->model()->index(r, column);
        }
    }
    FAIL("no row " << row.toStdString());
    return {};
}

void doubleClick(QTableView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

TEST_CASE("Overview window: period and caseworker change the figures", "[dashboard][ui]")
{
    StatsFixture fx;
    QStringList opened;
    DashboardWindow w(*fx.t, [&](const QString& id) { opened << id; });
    showOnPeriod(w, fx);
    CHECK(waitForTile(w, "citizens", QStringLiteral("9")) == QStringLiteral("9"));
    CHECK(tileValue(w, "overdue") == QStringLiteral("5"));
    CHECK(tileValue(w, "outcomes") == QStringLiteral("2"));
    CHECK(child<QComboBox>(&w, "periodChoice")->currentData().toInt() == int(DashboardWindow::Period::Custom));

    // The user moves the first day back to 2020: H's course (ended 30-06-2026) now overlaps.
    auto* from = child<QDateEdit>(&w, "fromDate");
    from->setDate(QDate(2020, 1, 1));
    CHECK(waitForTile(w, "citizens", QStringLiteral("10")) == QStringLiteral("10"));
    CHECK(tileValue(w, "outcomes") == QStringLiteral("3"));

    // A quick choice: this quarter (01-10-2026 – 31-12-2026).
    w.setPeriod(DashboardWindow::Period::ThisQuarter);
    w.waitForFigures();
    CHECK(from->date() == QDate(2026, 10, 1));
    CHECK(child<QDateEdit>(&w, "toDate")->date() == QDate(2026, 12, 31));
    CHECK(tileValue(w, "outcomes") == QStringLiteral("1")); // G, 05-10-2026

    // The caseworker combo: whole team first, then Karen.
    w.setRange(fx.from, fx.to);
    CHECK(waitForTile(w, "outcomes", QStringLiteral("2")) == QStringLiteral("2"));
    auto* who = child<QComboBox>(&w, "caseworkerChoice");
    CHECK(who->itemData(0).toString().isEmpty());
    who->setCurrentIndex(who->findData(fx.ks.id));
    w.waitForFigures();
    CHECK(tileValue(w, "citizens") == QStringLiteral("5"));
    CHECK(tileValue(w, "active") == QStringLiteral("5"));
    CHECK(tileValue(w, "overdue") == QStringLiteral("3"));

    // A period that ends before it starts: a message, and the figures stay.
    w.setRange(QDate(2026, 9, 1), QDate(2026, 8, 1));
    auto* message = child<QLabel>(&w, "messageBar");
    for (int k = 0; k < 200 && !message->isVisible(); ++k) {
        QTest::qWait(10);
    }
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("01-09-2026")));
    CHECK(tileValue(w, "citizens") == QStringLiteral("5"));
}

TEST_CASE("Overview window: every number opens the citizens behind it", "[dashboard][ui]")
{
    StatsFixture fx;
    QStringList opened;
    DashboardWindow w(*fx.t, [&](const QString& id) { opened << id; });
    showOnPeriod(w, fx);
    REQUIRE(waitForTile(w, "citizens", QStringLiteral("9")) == QStringLiteral("9"));

    SECTION("a tile")
    {
        QTest::mouseClick(child<QPushButton>(&w, "tile_overdue"), Qt::LeftButton);
        CHECK(listedIds(w.lastList()) == sorted({fx.a, fx.b, fx.c, fx.i, fx.j}));
        // From the list, a citizen's page opens.
        auto* list = w.lastList();
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(list->view()->model()->index(0, 0).data().toString() == QStringLiteral("Anna A"));
        doubleClick(list->view(), list->view()->model()->index(0, 0));
        CHECK(opened == QStringList{fx.a});
        list->view()->selectRow(1);
        QTest::mouseClick(child<QPushButton>(list, "openCitizenButton"), Qt::LeftButton);
        CHECK(opened == QStringList{fx.a, fx.b});
    }
    SECTION("a table cell")
    {
        auto* risk = w.tableView(QStringLiteral("risk"));
        REQUIRE(risk);
        QAbstractItemModelTester tester(risk->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto* tabs = child<QTabWidget>(&w, "dashboardTabs");
        tabs->setCurrentIndex(int(w.pageCodes().indexOf(QStringLiteral("risk"))));
        const QModelIndex moderate = cell(risk, QStringLiteral("Moderate"), 1);
        CHECK(moderate.data().toString() == QStringLiteral("3"));
        doubleClick(risk, moderate);
        CHECK(listedIds(w.lastList()) == sorted({fx.b, fx.c, fx.g}));
        // The weeks table: the open courses of the 2026 Q3 cohort (A, B, I) through "Show citizens".
        tabs->setCurrentIndex(int(w.pageCodes().indexOf(QStringLiteral("weeks"))));
        auto* weeks = w.tableView(QStringLiteral("weeks_by_cohort"));
        weeks->setCurrentIndex(cell(weeks, QStringLiteral("2026 Q3"), 7));
        QTest::mouseClick(child<QPushButton>(&w, "showCitizens_weeks"), Qt::LeftButton);
        CHECK(listedIds(w.lastList()) == sorted({fx.a, fx.b, fx.i}));
        CHECK(cell(weeks, QStringLiteral("2026 Q3"), 2).data().toString() == QLocale().toString(13.5, 'f', 1));
    }
    SECTION("a bar")
    {
        auto* chart = w.chart(QStringLiteral("team_day"));
        REQUIRE(chart);
        CHECK(chart->spec().categories.size() == 3);
        chart->activate(0, 0); // team day on the screening day
        CHECK(listedIds(w.lastList()) == sorted({fx.a, fx.g}));
        w.chart(QStringLiteral("tracks"))->activate(0, 1); // 2 mild mental conditions
        CHECK(listedIds(w.lastList()) == sorted({fx.b, fx.i}));
    }
}

TEST_CASE("Overview window follows edits and exports CSV and PNG", "[dashboard][ui]")
{
    StatsFixture fx;
    DashboardWindow w(*fx.t, {});
    showOnPeriod(w, fx);
    CHECK(waitForTile(w, "outcomes", QStringLiteral("2")) == QStringLiteral("2"));

    // Another caseworker closes Ida's course today: the window catches up by itself.
    REQUIRE(CitizenRepository(*fx.t).closeCase(fx.i, QStringLiteral("education"), fx.today).ok());
    for (int k = 0; k < 100 && tileValue(w, "outcomes") != QLatin1String("3"); ++k) {
        QTest::qWait(20);
    }
    CHECK(tileValue(w, "outcomes") == QStringLiteral("3"));

    const QString csv = fx.t.dir.filePath(QStringLiteral("overblik.csv"));
    REQUIRE(w.exportCsv(csv));
    const QByteArray data = readFile(csv);
    CHECK(data.startsWith("\xEF\xBB\xBF"));
    CHECK(data.contains("Karen Sørensen;KS;5;40;\r\n"));
    const QString png = fx.t.dir.filePath(QStringLiteral("risk.png"));
    REQUIRE(w.exportChart(QStringLiteral("risk"), png));
    QImage image(png);
    CHECK_FALSE(image.isNull());
    CHECK(image.width() == 1100);
    CHECK_FALSE(w.exportCsv(fx.t.dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
    CHECK(child<QLabel>(&w, "messageBar")->isVisible());
}

TEST_CASE("Overview window opens at once and counts in the background, keeping the figures shown until "
          "the new ones arrive",
          "[dashboard][ui]")
{
    StatsFixture fx;
    DashboardWindow w(*fx.t, {});
    // Constructed: the count has started, nothing blocks, and the stamp says it is counting.
    CHECK(w.counting());
    auto* stamp = child<QLabel>(&w, "dashboardStamp");
    CHECK(stamp->text().contains(QStringLiteral("Counting")));
    QSignalSpy ready(&w, &DashboardWindow::figuresReady);
    REQUIRE(ready.wait(5000));
    CHECK_FALSE(w.counting());
    CHECK(stamp->text().contains(QStringLiteral("Counted")));

    w.setRange(fx.from, fx.to);
    w.waitForFigures();
    REQUIRE(tileValue(w, "citizens") == QStringLiteral("9"));
    // A new count: the old figures stay on screen while it runs.
    w.setCaseworker(fx.ks.id);
    CHECK(w.counting());
    CHECK(tileValue(w, "citizens") == QStringLiteral("9"));
    w.waitForFigures();
    CHECK(tileValue(w, "citizens") == QStringLiteral("5"));
    // Two counts in a row: only the last one's figures are shown.
    w.setCaseworker({});
    w.setRange(QDate(2026, 10, 1), QDate(2026, 12, 31));
    w.waitForFigures();
    CHECK(tileValue(w, "outcomes") == QStringLiteral("1"));
    CHECK(w.dashboard().from == QDate(2026, 10, 1));
}

TEST_CASE("Team menu opens the overview", "[dashboard][ui]")
{
    StatsFixture fx;
    MainWindow main(*fx.t);
    QAction* action = main.findChild<QAction*>(QStringLiteral("dashboardAction"));
    REQUIRE(action);
    CHECK(main.menu(MainWindow::MenuKey::Team)->actions().contains(action));
    action->trigger();
    auto* w = main.findChild<DashboardWindow*>(QStringLiteral("dashboardWindow"));
    REQUIRE(w);
    CHECK(w->isVisible());
    // A number's list opens the citizen's page in the main window.
    auto* list = w->showCitizens(QStringLiteral("x"), {fx.d});
    list->openSelected();
    REQUIRE(main.citizenPage());
    CHECK(main.currentCitizenId() == fx.d);
    w->close();
}

TEST_CASE("Dashboard table model passes the model tester", "[dashboard][ui]")
{
    StatsFixture fx;
    auto d = Dashboard::compute(*fx.t, {fx.from, fx.to, {}}, fx.t.clock);
    REQUIRE(d.ok());
    DashboardTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const auto& t : d->tables()) {
        model.setTable(t);
        CHECK(model.columnCount() == t.headers.size());
    }
    CitizenListModel list(*fx.t);
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setCitizens({fx.j, fx.a});
    REQUIRE(list.rowCount() == 2);
    CHECK(list.index(0, CitizenListModel::Name).data().toString() == QStringLiteral("Anna A"));
    CHECK(list.index(0, CitizenListModel::Cpr).data().toString() == QStringLiteral("610180-1111"));
    CHECK(list.index(0, CitizenListModel::Caseworker).data().toString() == QStringLiteral("KS"));
}

TEST_CASE("Overview window closes with Esc, Ctrl+W and its Close button", "[dashboard][ui]")
{
    StatsFixture fx;
    checkClosesLikeADialog([&] { return new DashboardWindow(*fx.t, [](const QString&) {}); });
}

TEST_CASE("The list behind \"Overdue next steps\" names each step and the day it was due", "[dashboard][ui]")
{
    StatsFixture fx;
    DashboardWindow w(*fx.t, [](const QString&) {});
    showOnPeriod(w, fx);
    REQUIRE(waitForTile(w, "citizens", QStringLiteral("9")) == QStringLiteral("9"));
    QTest::mouseClick(child<QPushButton>(&w, "tile_overdue"), Qt::LeftButton);
    auto* list = w.lastList();
    REQUIRE(list != nullptr);
    auto* model = list->model();
    REQUIRE(model->rowCount() == 5);
    CHECK(model->headerData(CitizenListModel::NextStepColumn, Qt::Horizontal).toString() == QStringLiteral("Next step"));
    // The list is as wide as its columns, as far as the screen allows.
    const int columns = list->view()->horizontalHeader()->length();
    CHECK(list->width() >= std::min(columns, int(list->screen()->availableGeometry().width() * 0.9)));
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, 0).data(CitizenListModel::IdRole).toString();
        const auto step = Workflow::nextStepFor(*fx.t, id);
        REQUIRE(step);
        const QString shown = model->index(r, CitizenListModel::NextStepColumn).data().toString();
        INFO(shown.toStdString());
        CHECK(shown == QStringLiteral("%1 · was due %2").arg(step->label, formatDate(step->due)));
        CHECK(model->index(r, CitizenListModel::NextStepColumn).data(Qt::ForegroundRole).isValid()); // red
    }
}
