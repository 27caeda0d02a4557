#include "tests/support/UiFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/common/Settings.h"
#include "ui/caseload/CaseloadFilter.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/staff/StaffModel.h"

#include "core/demo/DemoData.h"
#include "core/screening/InstrumentLoader.h"
#include "core/screening/ScreeningRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

void choose(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

/// Everyone, every status: the filters out of the way.
void showEveryone(MainWindow& w)
{
    choose(child<QComboBox>(&w, "caseworkerFilter"), QString());
    choose(child<QComboBox>(&w, "statusFilter"), QString());
}

} // namespace

TEST_CASE("The caseload model shows each citizen with Danish columns and numeric sort keys", "[caseload]")
{
    UiFixture f;
    CaseloadModel model(f.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 4);
    const int row = model.rowOf(f.hans);
    REQUIRE(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    CHECK(cell(CaseloadModel::Name).toString() == QStringLiteral("Hans Jensen"));
    CHECK(cell(CaseloadModel::Cpr).toString() == QStringLiteral("610190-1234"));
    CHECK(cell(CaseloadModel::Age).toString() == QStringLiteral("36")); // born 1-1-1990, today 23-11-2026
    CHECK(cell(CaseloadModel::Age, CaseloadModel::SortRole).toInt() == 36);
    CHECK(cell(CaseloadModel::Benefit).toString() == QStringLiteral("Cash benefit"));
    CHECK(cell(CaseloadModel::Weeks).toString() == QStringLiteral("7")); // since 1-10-2026
    CHECK(cell(CaseloadModel::Weeks, CaseloadModel::SortRole).toInt() == 7);
    CHECK(cell(CaseloadModel::Caseworker).toString() == QStringLiteral("MHA"));
    CHECK(cell(CaseloadModel::Caseworker, Qt::ToolTipRole).toString() == QStringLiteral("Mette Holm Andersen"));
    CHECK(cell(CaseloadModel::Status).toString() == QStringLiteral("Active"));
    CHECK(cell(0, CaseloadModel::IdRole).toString() == f.hans);
    CHECK(cell(0, CaseloadModel::CprDigitsRole).toString() == QStringLiteral("6101901234"));
    CHECK(cell(0, CaseloadModel::CaseworkerIdRole).toString() == f.mha);

    SECTION("it follows changes in the database")
    {
        auto c = *CitizenRepository(f.db()).get(f.hans);
        c.name = QStringLiteral("Hans Christian Jensen");
        REQUIRE(CitizenRepository(f.db()).update(c).ok());
        QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
        CHECK(model.index(model.rowOf(f.hans), 0).data().toString() == QStringLiteral("Hans Christian Jensen"));
        f.addCitizen(QStringLiteral("Ny Borger"), QStringLiteral("6505951238"), f.jv, CitizenStatus::Active);
        QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
        CHECK(model.rowCount() == 5);
    }
}

TEST_CASE("Sorting by age and weeks is numeric, and names sort the Danish way", "[caseload]")
{
    UiFixture f;
    f.addCitizen(QStringLiteral("Bo Ung"), QStringLiteral("6101054239"), f.mha, CitizenStatus::Active); // 2005: age 21
    CaseloadModel model(f.db());
    CaseloadFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.sort(CaseloadModel::Age, Qt::AscendingOrder);
    QVector<int> ages;
    for (int r = 0; r < filter.rowCount(); ++r) {
        ages << filter.index(r, CaseloadModel::Age).data().toInt();
    }
    CHECK(ages == QVector<int>{21, 36, 41, 46, 51});
}

TEST_CASE("Names sort the Danish way in Danish: Æ, Ø and Å last", "[caseload]")
{
    UiFixture f;
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    CaseloadModel model(f.db());
    CaseloadFilter filter;
    filter.setSourceModel(&model);
    filter.sort(CaseloadModel::Name, Qt::AscendingOrder);
    QLocale::setDefault(before);
    CHECK(names(filter) == QStringList{QStringLiteral("Hanne Hansen"), QStringLiteral("Hans Jensen"),
                                       QStringLiteral("Peter Olsen"), QStringLiteral("Åse Ærø")});
}

TEST_CASE("Typing in the search field filters the caseload by name or CPR number", "[caseload][search]")
{
    UiFixture f;
    MainWindow w(f.db());
    showEveryone(w);
    QAbstractItemModelTester tester(w.caseloadFilter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* search = child<QLineEdit>(&w, "searchEdit");
    auto* table = child<QTableView>(&w, "caseloadTable");
    REQUIRE(table->model()->rowCount() == 4);

    SECTION("by name, as you type, any case")
    {
        QTest::keyClicks(search, QStringLiteral("han"));
        CHECK(names(*table->model()) == QStringList{QStringLiteral("Hanne Hansen"), QStringLiteral("Hans Jensen")});
        QTest::keyClicks(search, QStringLiteral("s j"));
        CHECK(names(*table->model()) == QStringList{QStringLiteral("Hans Jensen")});
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClick(search, Qt::Key_Backspace);
        CHECK(table->model()->rowCount() == 2);
        search->clear();
        CHECK(table->model()->rowCount() == 4);
    }
    SECTION("Danish letters")
    {
        QTest::keyClicks(search, QStringLiteral("ÆRØ"));
        CHECK(names(*table->model()) == QStringList{QStringLiteral("Åse Ærø")});
    }
    SECTION("by CPR number with the dash")
    {
        QTest::keyClicks(search, QStringLiteral("620285-1235"));
        CHECK(names(*table->model()) == QStringList{QStringLiteral("Hanne Hansen")});
    }
    SECTION("by CPR number without the dash, and by its start")
    {
        QTest::keyClicks(search, QStringLiteral("6202851235"));
        CHECK(names(*table->model()) == QStringList{QStringLiteral("Hanne Hansen")});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("6303"));
        CHECK(names(*table->model()) == QStringList{QStringLiteral("Peter Olsen")});
    }
    SECTION("nothing found says so")
    {
        QTest::keyClicks(search, QStringLiteral("Xylofon"));
        CHECK(table->model()->rowCount() == 0);
        auto* empty = child<QLabel>(&w, "emptyLabel");
        CHECK_FALSE(empty->isHidden());
        CHECK(empty->text().contains(QStringLiteral("Xylofon")));
    }
}

TEST_CASE("The caseworker and status filters narrow the caseload", "[caseload]")
{
    UiFixture f;
    MainWindow w(f.db());
    QAbstractItemModelTester tester(w.caseloadFilter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* caseworker = child<QComboBox>(&w, "caseworkerFilter");
    auto* status = child<QComboBox>(&w, "statusFilter");
    auto* table = child<QTableView>(&w, "caseloadTable");

    // Without a "who am I" the window starts on everyone's active cases.
    CHECK(caseworker->currentData().toString().isEmpty());
    QStringList shown = names(*table->model());
    shown.sort();
    CHECK(shown == QStringList{QStringLiteral("Hanne Hansen"), QStringLiteral("Hans Jensen"), QStringLiteral("Åse Ærø")});

    choose(caseworker, f.mha);
    CHECK(names(*table->model()) == QStringList{QStringLiteral("Hans Jensen")});
    choose(status, QString());
    CHECK(names(*table->model()) == QStringList{QStringLiteral("Hans Jensen"), QStringLiteral("Peter Olsen")});
    choose(status, QStringLiteral("closed"));
    CHECK(names(*table->model()) == QStringList{QStringLiteral("Peter Olsen")});
    choose(status, QStringLiteral("active"));
    choose(caseworker, CaseloadFilter::noCaseworker());
    CHECK(names(*table->model()) == QStringList{QStringLiteral("Åse Ærø")});
    choose(caseworker, f.jv);
    CHECK(names(*table->model()) == QStringList{QStringLiteral("Hanne Hansen")});
    CHECK(w.countText() == QStringLiteral("Active cases: 1 · target: at most 40"));
}

TEST_CASE("My caseload is shown by default, with the count against the target of 40", "[caseload]")
{
    UiFixture f;
    actAs(f.db(), f.mha);
    MainWindow w(f.db());
    auto* caseworker = child<QComboBox>(&w, "caseworkerFilter");
    CHECK(caseworker->currentText() == QStringLiteral("My caseload"));
    CHECK(names(*w.caseloadView()->model()) == QStringList{QStringLiteral("Hans Jensen")});
    CHECK(child<QLabel>(&w, "caseCountLabel")->text() == QStringLiteral("Active cases: 1 · target: at most 40"));
    CHECK(w.windowTitle().contains(QStringLiteral("Mette Holm Andersen")));
    // Every change is recorded as made by the user.
    CHECK(f.db().actor() == f.mha);

    // A new case for me counts at once.
    f.addCitizen(QStringLiteral("Ny Borger"), QStringLiteral("6505951238"), f.mha, CitizenStatus::Active);
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    CHECK(w.countText() == QStringLiteral("Active cases: 2 · target: at most 40"));
    CHECK(w.caseloadView()->model()->rowCount() == 2);
}

TEST_CASE("Opening a row shows the citizen's page, and Back returns to the caseload", "[caseload]")
{
    UiFixture f;
    MainWindow w(f.db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    showEveryone(w);
    auto* table = child<QTableView>(&w, "caseloadTable");
    auto* stack = child<QStackedWidget>(&w, "pages");
    QTest::keyClicks(child<QLineEdit>(&w, "searchEdit"), QStringLiteral("Peter"));
    REQUIRE(table->model()->rowCount() == 1);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(w.citizenPage() != nullptr);
    CHECK(stack->currentWidget() == w.citizenPage());
    CHECK(w.citizenPage()->citizenId() == f.peter);
    CHECK(child<QLabel>(w.citizenPage(), "citizenTitle")->text() == QStringLiteral("Peter Olsen"));

    QTest::mouseClick(child<QPushButton>(w.citizenPage(), "backButton"), Qt::LeftButton);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("caseloadPage"));
    CHECK(w.currentCitizenId() == f.peter);
}

TEST_CASE("The window remembers its column layout", "[caseload][settings]")
{
    UiFixture f;
    {
        MainWindow w(f.db());
        w.caseloadView()->horizontalHeader()->resizeSection(CaseloadModel::Name, 333);
        auto* header = w.caseloadView()->horizontalHeader();
        header->moveSection(header->visualIndex(CaseloadModel::Status), 0);
        w.saveLayout();
    }
    MainWindow again(f.db());
    CHECK(again.caseloadView()->horizontalHeader()->sectionSize(CaseloadModel::Name) == 333);
    CHECK(again.caseloadView()->horizontalHeader()->visualIndex(CaseloadModel::Status) == 0);
}

TEST_CASE("The staff model lists the team and passes the model tester", "[staff]")
{
    UiFixture f;
    StaffModel model(f.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(names(model) == QStringList{QStringLiteral("Jonas Vestergaard"), QStringLiteral("Mette Holm Andersen")});
    CHECK(model.index(0, StaffModel::Profession).data().toString() == QStringLiteral("Coordinating caseworker"));
    auto s = *StaffRepository(f.db()).get(f.jv);
    s.active = false;
    REQUIRE(StaffRepository(f.db()).update(s).ok());
    CHECK(model.index(0, StaffModel::Active).data().toString() == QStringLiteral("Deactivated"));
    CHECK(model.index(0, 0).data(StaffModel::ActiveRole).toBool() == false);
}

TEST_CASE("The models hold up over a demo database", "[caseload]")
{
    TempDb tdb;
    REQUIRE(DemoData::populate(*tdb, {300, 5}).ok());
    CaseloadModel model(*tdb);
    CaseloadFilter filter;
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    filter.sort(CaseloadModel::Weeks, Qt::DescendingOrder);
    for (const QString& text : {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("ann"), QStringLiteral("an"),
                               QStringLiteral(""), QStringLiteral("6"), QStringLiteral("61-")}) {
        filter.setSearchText(text);
        for (int r = 1; r < filter.rowCount(); ++r) {
            REQUIRE(filter.index(r - 1, CaseloadModel::Weeks).data(CaseloadModel::SortRole).toInt()
                    >= filter.index(r, CaseloadModel::Weeks).data(CaseloadModel::SortRole).toInt());
        }
    }
    filter.setStatus(CitizenStatus::Active);
    filter.setSearchText({});
    int active = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        active += model.row(r).status == CitizenStatus::Active;
    }
    CHECK(filter.rowCount() == active);
    model.reload();
    CHECK(filter.rowCount() == active);
}

namespace {

/// Screens a citizen with the shipped instrument (every answer at its lowest) and the given decision.
void screen(Database& db, const QString& citizenId, Risk decided, const QString& staffId)
{
    const Instrument& instrument = InstrumentLoader::defaultInstrument();
    ScreeningDraft draft;
    draft.citizenId = citizenId;
    for (const auto& item : instrument.items) {
        draft.answers.insert(item.id, item.min);
    }
    draft.decidedRisk = decided;
    draft.screenedBy = staffId;
    draft.reason = QStringLiteral("Samtalen viste mere end skemaet.");
    const auto saved = ScreeningRepository(db).save(instrument, draft);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
}

} // namespace

TEST_CASE("Rows that share a caseworker a status or a step each show their own words and dates", "[caseload]")
{
    UiFixture f;
    // Two courses closed with different outcomes, beside Peter's closed without one.
    const QString flex = f.addCitizen(QStringLiteral("Frida Fleks"), QStringLiteral("6505951238"), f.jv, CitizenStatus::Active);
    const QString job = f.addCitizen(QStringLiteral("Jens Job"), QStringLiteral("6606961239"), f.mha, CitizenStatus::Active);
    const QStringList outcomes = Outcomes::codes();
    REQUIRE(outcomes.size() >= 2);
    REQUIRE(CitizenRepository(f.db()).closeCase(flex, outcomes[0], QDate(2026, 11, 2)).ok());
    REQUIRE(CitizenRepository(f.db()).closeCase(job, outcomes[1], QDate(2026, 11, 9)).ok());
    // An active citizen whose benefit started later than Hans's: the same step, another due date.
    auto later = f.addCitizen(QStringLiteral("Lise Senere"), QStringLiteral("6707971230"), f.jv, CitizenStatus::Active);
    auto c = *CitizenRepository(f.db()).get(later);
    c.benefitStart = QDate(2026, 10, 5);
    REQUIRE(CitizenRepository(f.db()).update(c).ok());

    CaseloadModel model(f.db());
    model.waitForNextSteps();
    REQUIRE(model.rowCount() == 7);
    auto cell = [&](const QString& id, int column, int role = Qt::DisplayRole) {
        return model.index(model.rowOf(id), column).data(role).toString();
    };
    CHECK(cell(f.hans, CaseloadModel::Status) == QStringLiteral("Active"));
    CHECK(cell(f.peter, CaseloadModel::Status) == QStringLiteral("Closed"));
    CHECK(cell(flex, CaseloadModel::Status) == QStringLiteral("Closed: %1").arg(Outcomes::label(outcomes[0])));
    CHECK(cell(job, CaseloadModel::Status) == QStringLiteral("Closed: %1").arg(Outcomes::label(outcomes[1])));
    CHECK(cell(job, CaseloadModel::Weeks, Qt::ToolTipRole) == QStringLiteral("On benefit from 01-10-2026 to 09-11-2026"));

    CHECK(cell(f.hans, CaseloadModel::Caseworker) == QStringLiteral("MHA"));
    CHECK(cell(f.hanne, CaseloadModel::Caseworker) == QStringLiteral("JV"));
    CHECK(cell(f.peter, CaseloadModel::Caseworker) == QStringLiteral("MHA"));
    CHECK(cell(f.hanne, CaseloadModel::Caseworker, Qt::ToolTipRole) == QStringLiteral("Jonas Vestergaard"));
    CHECK(cell(f.aase, CaseloadModel::Caseworker).isEmpty());
    CHECK(cell(f.aase, CaseloadModel::Caseworker, Qt::ToolTipRole) == QStringLiteral("No caseworker"));

    CHECK(cell(f.hans, CaseloadModel::Cpr) == QStringLiteral("610190-1234"));
    CHECK(cell(later, CaseloadModel::Cpr) == QStringLiteral("670797-1230"));
    CHECK(cell(f.hans, CaseloadModel::Age) == QStringLiteral("36"));
    CHECK(cell(later, CaseloadModel::Age) == QStringLiteral("29")); // born 7-7-1997
    CHECK(cell(later, CaseloadModel::Weeks) == QStringLiteral("7")); // 5-10 to 23-11

    CHECK(cell(f.hans, CaseloadModel::NextStep) == QStringLiteral("Screening · 08-10-2026"));
    CHECK(cell(later, CaseloadModel::NextStep) == QStringLiteral("Screening · 12-10-2026"));
    CHECK(cell(later, CaseloadModel::NextStep, Qt::ToolTipRole) == QStringLiteral("Overdue since 12-10-2026"));
    CHECK(cell(job, CaseloadModel::NextStep).isEmpty()); // a closed course has no next step
}

TEST_CASE("The caseload shows the latest decided risk and the next step, and filters by them", "[caseload][screening]")
{
    UiFixture f;
    MainWindow w(f.db());
    QAbstractItemModelTester tester(w.caseloadFilter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* table = child<QTableView>(&w, "caseloadTable");
    CaseloadModel* model = w.caseloadModel();
    auto cell = [&](const QString& id, int column) { return model->index(model->rowOf(id), column).data().toString(); };

    // Nobody is screened yet: the next step is the screening, due a week after the benefit started.
    model->waitForNextSteps();
    CHECK(cell(f.hans, CaseloadModel::Risk).isEmpty());
    CHECK(cell(f.hans, CaseloadModel::NextStep) == QStringLiteral("Screening · 08-10-2026"));
    CHECK(model->index(model->rowOf(f.hans), CaseloadModel::NextStep).data(CaseloadModel::OverdueRole).toBool());

    f.tdb.clock.advanceSeconds(60);
    screen(f.db(), f.hans, Risk::High, f.mha);
    screen(f.db(), f.hanne, Risk::Low, f.jv);
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    CHECK(cell(f.hans, CaseloadModel::Risk) == QStringLiteral("high"));
    CHECK(cell(f.hanne, CaseloadModel::Risk) == QStringLiteral("low"));
    model->waitForNextSteps();
    // High risk: the team day is to be booked the same day, so not overdue yet; low: the standard course.
    CHECK(cell(f.hans, CaseloadModel::NextStep).startsWith(QStringLiteral("Book team day")));
    CHECK_FALSE(model->index(model->rowOf(f.hans), CaseloadModel::NextStep).data(CaseloadModel::OverdueRole).toBool());
    CHECK(cell(f.hanne, CaseloadModel::NextStep) == QStringLiteral("Standard course"));

    auto* risk = child<QComboBox>(&w, "riskFilter");
    risk->setCurrentIndex(risk->findText(QStringLiteral("Moderate or high risk")));
    CHECK(names(*table->model()) == QStringList{QStringLiteral("Hans Jensen")});
    risk->setCurrentIndex(risk->findText(QStringLiteral("Not screened")));
    CHECK(names(*table->model()) == QStringList{QStringLiteral("Åse Ærø")});
    risk->setCurrentIndex(risk->findText(QStringLiteral("Any risk")));

    // A day later the team day is overdue, and "only overdue" finds it (and the unscreened).
    f.tdb.clock.advanceSeconds(24 * 3600);
    model->reload();
    model->waitForNextSteps();
    child<QCheckBox>(&w, "overdueFilter")->setChecked(true);
    QStringList shown = names(*table->model());
    shown.sort();
    CHECK(shown == QStringList{QStringLiteral("Hans Jensen"), QStringLiteral("Åse Ærø")});

    // Sorting by next step puts the overdue first.
    child<QCheckBox>(&w, "overdueFilter")->setChecked(false);
    table->sortByColumn(CaseloadModel::NextStep, Qt::AscendingOrder);
    CHECK(names(*table->model()).constLast() == QStringLiteral("Hanne Hansen"));
}

TEST_CASE("The caseload shows at once and its next steps follow from the background", "[caseload]")
{
    UiFixture f;
    CaseloadModel model(f.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CaseloadFilter overdue;
    overdue.setSourceModel(&model);
    overdue.setOverdueOnly(true);
    auto cell = [&](const QString& id) { return model.index(model.rowOf(id), CaseloadModel::NextStep).data().toString(); };
    QSignalSpy ready(&model, &CaseloadModel::nextStepsReady);
    CHECK(model.rowCount() == 4); // the names are there before the steps
    REQUIRE(model.nextStepsPending());
    CHECK(cell(f.hans).isEmpty());
    CHECK(overdue.rowCount() == 0);
    REQUIRE(ready.wait(10000));
    CHECK(overdue.rowCount() > 0); // "only overdue" follows the steps when they arrive
    CHECK_FALSE(model.nextStepsPending());
    CHECK(cell(f.hans) == QStringLiteral("Screening · 08-10-2026"));

    // A change reloads the list at once; until the new step is worked out, the old one shows.
    f.tdb.clock.advanceSeconds(60);
    screen(f.db(), f.hans, Risk::High, f.mha);
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    CHECK(model.index(model.rowOf(f.hans), CaseloadModel::Risk).data().toString() == QStringLiteral("high"));
    CHECK(model.nextStepsPending());
    CHECK(cell(f.hans) == QStringLiteral("Screening · 08-10-2026"));
    REQUIRE(ready.wait(10000));
    CHECK(cell(f.hans).startsWith(QStringLiteral("Book team day")));

    // Two reloads in a row: only the newest steps are shown, once.
    ready.clear();
    model.reload();
    model.reload();
    REQUIRE(ready.wait(10000));
    QTest::qWait(200); // the older work finishes too, and is dropped
    CHECK(ready.count() == 1);
    CHECK_FALSE(model.nextStepsPending());
    CHECK(cell(f.hans).startsWith(QStringLiteral("Book team day")));
}

TEST_CASE("The citizen page says where the citizen stands: risk, weeks on support and the next step", "[citizen][caseload]")
{
    UiFixture f;
    CitizenPage page(f.db(), f.hans);
    auto* standing = child<QLabel>(&page, "citizenStanding");
    CHECK(standing->text() == QStringLiteral("Not screened yet · 7 week(s) on support · Next step: Screening · overdue since 08-10-2026"));

    // A screening elsewhere (another window, or sync) moves it on.
    f.tdb.clock.advanceSeconds(60);
    screen(f.db(), f.hans, Risk::High, f.mha);
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    CHECK(standing->text() == QStringLiteral("Risk: high · 7 week(s) on support · Next step: Book team day · due 23-11-2026"));
}
