// Not a test: `test_screenshots "[screenshots]"` with SAMSPIL_SCREENSHOTS=DIR writes PNGs of the main
// window, the citizen page and each dialog, in Danish, on demo data, for people to look at.
#include "app/common/Startup.h"
#include "core/demo/DemoData.h"
#include "core/screening/InstrumentLoader.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/ConferenceRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/company/PlacementRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/sync/SyncEngine.h"
#include "core/teamday/ConferenceBooking.h"
#include "core/util/Language.h"
#include "core/workflow/NextStep.h"
#include "tests/support/UiFixture.h"
#include "ui/main/MainWindow.h"
#include "core/staff/Session.h"
#include "ui/staff/FirstAccountDialog.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/dashboard/CitizenListDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/audit/AccessLogUi.h"
#include "ui/citizendata/CitizenExport.h"
#include "ui/citizendata/RetentionDialog.h"
#include "ui/company/CompaniesWindow.h"
#include "ui/company/PlacementAgreement.h"
#include "ui/company/PlacementDialog.h"
#include "ui/company/PlacementsTab.h"
#include <QTableWidget>
#include <QFile>
#include "ui/citizen/CitizenPage.h"
#include "ui/citizen/CloseCaseDialog.h"
#include "ui/citizen/NewCitizenDialog.h"
#include "ui/citizen/ImportDialog.h"
#include "ui/plan/PlanDialogs.h"
#include "ui/plan/PlanDocument.h"
#include "ui/plan/PlanTab.h"
#include "ui/screening/ScreeningWizard.h"
#include "ui/staff/StaffDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncDialog.h"
#include "ui/teamday/BookConferenceDialog.h"
#include "ui/teamday/BookTeamDayDialog.h"
#include "ui/teamday/ConferenceDialog.h"
#include "ui/teamday/ConsentDialog.h"
#include "ui/teamday/DayView.h"
#include "ui/teamday/MoveAppointmentDialog.h"
#include "ui/teamday/MyTasksDialog.h"
#include "ui/teamday/NoteEditor.h"
#include "ui/teamday/TeamDayTab.h"
#include "ui/teamday/WorkingHoursDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {
void shoot(QWidget* w, const QString& dir, const QString& name)
{
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w));
    QTest::qWait(50);
    REQUIRE(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}
/// The citizen's data: the access-log tab with changes, a staff member's log, the citizen's
/// export (the PDF is written beside the PNGs for pdftoppm), the retention list before and after
/// an erasure, and erasing early.
void shootCitizenData(TempDb& tdb, MainWindow& w, const QString& dir, const QString& citizen)
{
    w.openCitizen(citizen);
    auto* log = w.citizenPage()->findChild<QWidget*>(QStringLiteral("citizenAccessLog"));
    REQUIRE(log);
    w.citizenPage()->tabs()->setCurrentWidget(log);
    shoot(&w, dir, QStringLiteral("citizen-accesslog"));
    {
        AccessLogView staffLog(*tdb, AccessLogView::Mode::Staff);
        staffLog.setSubject(w.currentUser());
        staffLog.resize(900, 480);
        shoot(&staffLog, dir, QStringLiteral("accesslog-staff"));
    }
    // The citizen's export and erasure are a leader's (the demo team's manager), not the caseworker's.
    const auto leader = StaffRepository(*tdb).byInitials(QStringLiteral("OB"));
    REQUIRE(leader);
    actAs(*tdb, leader->id);
    QDir(dir).mkpath(QStringLiteral("export"));
    for (const QString& old : QDir(QDir(dir).filePath(QStringLiteral("export"))).entryList(QDir::Files)) {
        QFile::remove(QDir(dir).filePath(QStringLiteral("export/") + old));
    }
    const auto exported = CitizenExport::write(*tdb, citizen, QDir(dir).filePath(QStringLiteral("export")));
    INFO(exported.error().toStdString());
    REQUIRE(exported.ok());
    w.closeCitizenPage(false);
    {
        EraseCitizenDialog erase(*tdb, citizen, 5, &w);
        shoot(&erase, dir, QStringLiteral("erase-citizen"));
    }
    tdb.clock.advanceDays(6 * 366); // the demo's closed cases are past five years
    RetentionDialog retention(*tdb, &w);
    shoot(&retention, dir, QStringLiteral("retention"));
    if (retention.casesTable()->rowCount() > 0) {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::addNextAnswer(QMessageBox::Ok);
        REQUIRE(retention.eraseRow(0));
        shoot(&retention, dir, QStringLiteral("retention-after"));
    }
}

/// The team day's windows: the tab, booking, the note editor, consent, conference, day view, my tasks.
void shootTeamDay(Database& db, MainWindow& w, const QString& dir, const QString& me)
{
    QString waiting;
    QString withNotes;
    const auto steps = Workflow::nextStepsForAll(db);
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (it->code == QLatin1String("team_day_booking") && waiting.isEmpty()) {
            waiting = it.key();
        }
    }
    const auto appointments = AppointmentRepository(db).all();
    for (const auto& a : appointments) {
        if (NoteRepository(db).currentSigned(a.citizenId).size() >= 3) {
            withNotes = a.citizenId;
            break;
        }
    }
    if (!withNotes.isEmpty()) {
        w.openCitizen(withNotes);
        auto* tabs = w.citizenPage()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (qobject_cast<TeamDayTab*>(tabs->widget(i))) {
                tabs->setCurrentIndex(i);
            }
        }
        shoot(&w, dir, QStringLiteral("teamday-tab"));
        const auto notes = NoteRepository(db).currentSigned(withNotes);
        NoteEditor note(db, notes.first(), notes.first().authorId, &w);
        shoot(&note, dir, QStringLiteral("teamday-note"));
        ConferenceDialog conference(db, withNotes, me, &w);
        shoot(&conference, dir, QStringLiteral("teamday-conference"));
        w.showCaseload();
    }
    if (!waiting.isEmpty()) {
        BookTeamDayDialog book(db, waiting, &w);
        shoot(&book, dir, QStringLiteral("teamday-book"));
        NoteEditor blank(db, waiting, me, &w);
        blank.search(QStringLiteral("arbejde"));
        blank.addCategory(QStringLiteral("d845"));
        blank.addCategory(QStringLiteral("e310"));
        shoot(&blank, dir, QStringLiteral("teamday-note-new"));
        // Every ICF category: the core-set ones tagged, then nothing in the core set.
        blank.setScope(IcfCatalogue::Scope::All);
        blank.addCategory(QStringLiteral("e575"));
        shoot(&blank, dir, QStringLiteral("teamday-note-all"));
        blank.search(QString());
        shoot(&blank, dir, QStringLiteral("teamday-note-all-browse"));
        blank.setScope(IcfCatalogue::Scope::CoreSets);
        blank.search(QStringLiteral("muskeltonus"));
        shoot(&blank, dir, QStringLiteral("teamday-note-none-in-core"));
        ConsentDialog consent(db, waiting, &w);
        shoot(&consent, dir, QStringLiteral("teamday-consent"));
    }
    QDate busiest = db.clock().today();
    int most = 0;
    QHash<QDate, int> perDay;
    for (const auto& a : appointments) {
        if (++perDay[a.start.date()] > most) {
            most = perDay[a.start.date()];
            busiest = a.start.date();
        }
    }
    if (!appointments.isEmpty()) {
        MoveAppointmentDialog move(db, appointments.last().id, &w);
        shoot(&move, dir, QStringLiteral("teamday-move"));
        // After working hours: refused, and the reason to move anyway is asked for (nothing moves).
        move.start()->setDateTime(QDateTime(move.start()->date(), QTime(20, 0)));
        CHECK_FALSE(move.apply());
        CHECK(move.reasonShown());
        shoot(&move, dir, QStringLiteral("teamday-move-reason"));
    }
    DayView day(db, busiest, &w);
    shoot(&day, dir, QStringLiteral("teamday-dayview"));
    // The conference: one to book (notes signed, nothing booked), one booked and not yet held.
    QString toBook;
    QString booked;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (it->code != QLatin1String("conference")) {
            continue;
        }
        const auto booking = ConferenceBooking::booked(db, it.key());
        if (booking.isEmpty() && toBook.isEmpty()) {
            toBook = it.key();
        } else if (!booking.isEmpty() && booking.first().status == AppointmentStatus::Planned
                   && ConferenceRepository(db).forCitizen(it.key()).isEmpty()) {
            booked = it.key(); // booked ahead, no conference record yet
        }
    }
    if (!toBook.isEmpty()) {
        BookConferenceDialog book(db, toBook, &w);
        shoot(&book, dir, QStringLiteral("teamday-book-conference"));
        if (booked.isEmpty() && book.book()) {
            booked = toBook; // the last windows: booking here changes no other picture
        }
    }
    if (!booked.isEmpty()) {
        ConferenceDialog conference(db, booked, me, &w);
        shoot(&conference, dir, QStringLiteral("teamday-conference-booked"));
        DayView bookedDay(db, ConferenceBooking::booked(db, booked).first().start.date(), &w);
        shoot(&bookedDay, dir, QStringLiteral("teamday-dayview-conference"));
    }
    WorkingHoursDialog hours(db, &w);
    shoot(&hours, dir, QStringLiteral("teamday-working-hours"));
    hours.addInterval(); // moved to Monday, where it overlaps: the problem is shown in place
    const int last = hours.table()->rowCount() - 1;
    if (auto* weekday = hours.findChild<QComboBox*>(QStringLiteral("weekday_%1").arg(last))) {
        weekday->setCurrentIndex(0);
    }
    shoot(&hours, dir, QStringLiteral("teamday-working-hours-problem"));
    MyTasksDialog tasks(db, me, &w);
    shoot(&tasks, dir, QStringLiteral("teamday-mytasks"));
}

/// Who is using Samspil: the staff dialog with accounts bound, training as a physiotherapist in
/// the demo database, the first account of a new database, and an account nobody has added.
void shootAccounts(Database& db, MainWindow& w, const QString& dir)
{
    {
        Database::EngineScope engine(db); // the team's accounts, as a leader would have bound them
        StaffRepository staff(db);
        for (const char* initials : {"JV", "LKP", "CB", "SD", "BL", "OB"}) {
            const auto s = staff.byInitials(QString::fromLatin1(initials));
            REQUIRE(s);
            REQUIRE(staff.bindAccount(s->id, QStringLiteral("kommune\\") + s->initials.toLower()).ok());
        }
    }
    QCoreApplication::processEvents();
    StaffDialog staff(db, &w);
    staff.select(StaffRepository(db).byInitials(QStringLiteral("MHA"))->id);
    shoot(&staff, dir, QStringLiteral("staff"));

    const auto physio = StaffRepository(db).byInitials(QStringLiteral("CB"));
    REQUIRE(physio);
    REQUIRE(w.trainAs(physio->id));
    shoot(&w, dir, QStringLiteral("main-training"));
    REQUIRE(w.stopTraining());

    TempDb fresh(QStringLiteral("samspil.db"));
    const OsAccount anna{QStringLiteral("kommune\\abe"), QStringLiteral("Anna Berg")};
    auto none = Session::start(*fresh, anna);
    REQUIRE(none.ok());
    MainWindow empty(*fresh);
    empty.setSession(none.value());
    empty.resize(1000, 600);
    shoot(&empty, dir, QStringLiteral("first-account-page"));
    FirstAccountDialog first(*fresh, anna, &empty);
    shoot(&first, dir, QStringLiteral("first-account"));

    auto stranger = Session::start(db, OsAccount{QStringLiteral("kommune\\xyz"), {}});
    REQUIRE(stranger.ok());
    MainWindow refused(db, true);
    refused.setSession(stranger.value());
    refused.resize(1000, 600);
    shoot(&refused, dir, QStringLiteral("not-a-user"));
}

/// Companies and placements: Team ▸ Virksomheder with a demo company, the citizen page's
/// placements tab, the placement dialog, and the printed agreement (PDF beside the PNGs).
void shootCompanies(TempDb& tdb, MainWindow& w, const QString& dir)
{
    CompaniesWindow companies(*tdb, &w);
    companies.setWindowFlag(Qt::Window);
    auto* list = companies.findChild<QListWidget*>(QStringLiteral("companyList"));
    REQUIRE(list);
    REQUIRE(list->count() > 0);
    list->setCurrentRow(0);
    companies.resize(1200, 720);
    shoot(&companies, dir, QStringLiteral("companies"));
    auto placements = PlacementRepository(*tdb).all();
    REQUIRE(placements.ok());
    REQUIRE_FALSE(placements->isEmpty());
    const Placement& p = placements->back();
    w.openCitizen(p.citizenId);
    auto* tab = w.citizenPage()->findChild<PlacementsTab*>(QStringLiteral("placementsTab"));
    REQUIRE(tab);
    w.citizenPage()->tabs()->setCurrentWidget(tab);
    shoot(&w, dir, QStringLiteral("citizen-placements"));
    PlacementDialog dialog(*tdb, p.citizenId, p.id, &w);
    shoot(&dialog, dir, QStringLiteral("placement-dialog"));
    PlacementDialog fresh(*tdb, p.citizenId, {}, &w);
    shoot(&fresh, dir, QStringLiteral("placement-dialog-new"));
    REQUIRE(PlacementAgreement::writePdf(*tdb, p.id, QDir(dir).filePath(QStringLiteral("placement-agreement.pdf")),
                                         prefs::municipalityName.get(), prefs::departmentName.get())
                .ok());
    w.showCaseload();
}

} // namespace

TEST_CASE("Screenshots of every window in Danish", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("SAMSPIL_SCREENSHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    installTranslations(*QCoreApplication::instance(), QStringLiteral("da"));
    Settings::store().clear();
    TempDb tdb(QStringLiteral("samspil-demo.db"));
    REQUIRE(DemoData::populate(*tdb, {180, 1}).ok());
    REQUIRE(tdb->setMeta(QStringLiteral("demo"), QStringLiteral("1")).ok());
    const auto mha = StaffRepository(*tdb).byInitials(QStringLiteral("MHA"));
    REQUIRE(mha);
    // A caseworker's window: Mette's account, looked up as the program does.
    {
        Database::EngineScope engine(*tdb);
        REQUIRE(StaffRepository(*tdb).bindAccount(mha->id, QStringLiteral("kommune\\mha")).ok());
    }
    auto session = Session::start(*tdb, OsAccount{QStringLiteral("kommune\\mha"), mha->name});
    REQUIRE(session.ok());
    REQUIRE(session->member());
    MainWindow w(*tdb, true);
    w.setSession(session.value());
    w.resize(1200, 760);
    shoot(&w, dir, QStringLiteral("main"));
    QTest::keyClicks(w.findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("zzz"));
    shoot(&w, dir, QStringLiteral("main-empty"));
    w.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->clear();

    const QString first = w.caseloadView()->model()->index(0, 0).data(Qt::UserRole + 1).toString();
    w.openCitizen(first);
    shoot(&w, dir, QStringLiteral("citizen"));
    auto* history = w.citizenPage()->findChild<QWidget*>(QStringLiteral("screeningHistory"));
    REQUIRE(history);
    w.citizenPage()->tabs()->setCurrentWidget(history);
    shoot(&w, dir, QStringLiteral("citizen-screening"));
    w.citizenPage()->tabs()->setCurrentIndex(0);
    {
        ScreeningWizard wizard(*tdb, InstrumentLoader::defaultInstrument(), first, mha->id, &w);
        wizard.resize(900, 760);
        shoot(&wizard, dir, QStringLiteral("screening-wizard"));
    }
    auto* email = w.citizenPage()->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    email->setText(QStringLiteral("ikke-en-adresse@"));
    w.citizenPage()->findChild<QLineEdit*>(QStringLiteral("cprEdit"))->setText(QStringLiteral("321390-1234"));
    w.citizenPage()->save();
    shoot(&w, dir, QStringLiteral("citizen-invalid"));
    w.citizenPage()->revert();
    w.showCaseload();

    {
        CloseCaseDialog close(*tdb, first, &w);
        close.accept(); // without an outcome: the refusal shows
        shoot(&close, dir, QStringLiteral("close-case"));
    }
    NewCitizenDialog create(*tdb, mha->id, &w);
    shoot(&create, dir, QStringLiteral("new-citizen"));
    ImportDialog import(*tdb, &w);
    import.setFile(dataPath(QStringLiteral("import/mixed.csv")));
    import.runImport();
    shoot(&import, dir, QStringLiteral("import"));

    // Sync: joined to a folder, one conflict waiting.
    QTemporaryDir share;
    auto* controller = w.findChild<SyncController*>(QStringLiteral("syncController"));
    REQUIRE(controller);
    SyncDialog sync(*controller, &w);
    REQUIRE(sync.joinFolder(share.path()));
    TempDb other(QStringLiteral("other.db"));
    SyncEngine otherSync(*other);
    joinTeam(*other, share.path(), &*tdb);
    REQUIRE(otherSync.sync().ok());
    tdb.clock.advanceSeconds(10);
    other.clock.advanceSeconds(20);
    REQUIRE(tdb->write(QStringLiteral("citizen"), first, {{QStringLiteral("phone"), QStringLiteral("00 00 12 34")}}).ok());
    REQUIRE(other->write(QStringLiteral("citizen"), first, {{QStringLiteral("phone"), QStringLiteral("00 00 56 78")}}).ok());
    REQUIRE(controller->syncNow(false).ok());
    REQUIRE(otherSync.sync().ok());
    REQUIRE(controller->syncNow(false).ok());
    sync.refresh();
    shoot(&sync, dir, QStringLiteral("sync-status"));
    sync.tabs()->setCurrentIndex(SyncDialog::ConflictsTab);
    shoot(&sync, dir, QStringLiteral("sync-conflicts"));
    sync.tabs()->setCurrentIndex(SyncDialog::LogTab);
    shoot(&sync, dir, QStringLiteral("sync-log"));
    {
        // A third PC asks to join: the member's team tab, and the new PC's own.
        TempDb third(QStringLiteral("third.db"));
        QWidget thirdWindow;
        SyncController thirdController(*third, &thirdWindow);
        SyncDialog thirdDialog(thirdController, &thirdWindow);
        REQUIRE(thirdDialog.joinFolder(share.path()));
        shoot(&thirdDialog, dir, QStringLiteral("sync-waiting"));
        sync.refresh();
        sync.tabs()->setCurrentIndex(SyncDialog::TeamTab);
        shoot(&sync, dir, QStringLiteral("sync-team"));
    }
    w.findChild<QComboBox*>(QStringLiteral("riskFilter"))->setCurrentIndex(1);
    shoot(&w, dir, QStringLiteral("main-risk"));
    // The plan tab of a citizen with an agreed plan and ratings: editor, progression, versions.
    const auto plans = PlanRepository(*tdb).currentForAll();
    QString withPlan;
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        // One with goals and interventions (a plan the conference drafted may have none yet).
        if (it->status == PlanStatus::Agreed && !it->goals.isEmpty() && !it->interventions.isEmpty()
            && (withPlan.isEmpty() || it.key() < withPlan)) {
            withPlan = it.key();
        }
    }
    REQUIRE_FALSE(withPlan.isEmpty());
    {
        PlanTab tab(*tdb, withPlan);
        tab.resize(1100, 760);
        shoot(&tab, dir, QStringLiteral("plan-agreed"));
        REQUIRE(tab.startNewVersion());
        shoot(&tab, dir, QStringLiteral("plan-draft"));
        auto* pages = tab.findChild<QTabWidget*>();
        pages->setCurrentIndex(1);
        shoot(&tab, dir, QStringLiteral("plan-progression"));
        tab.edit(QStringLiteral("x"), [](Plan& p) { p.hoursPerWeek += 5; });
        REQUIRE(tab.save());
        pages->setCurrentIndex(2);
        shoot(&tab, dir, QStringLiteral("plan-versions"));
        GoalDialog goal(tab.plan().goals.first(), StaffRepository(*tdb).all(false), &tab);
        shoot(&goal, dir, QStringLiteral("plan-goal-dialog"));
        InterventionDialog iv(tab.plan().interventions.first(), tab.plan(), StaffRepository(*tdb).all(false), &tab);
        shoot(&iv, dir, QStringLiteral("plan-intervention-dialog"));
        AgreeDialog agree(tdb->clock().today(), {}, &tab);
        shoot(&agree, dir, QStringLiteral("plan-agree-dialog"));
        auto data = PlanDocumentData::load(*tdb, withPlan);
        REQUIRE(data.ok());
        data->municipality = prefs::municipalityName.get();
        data->department = prefs::departmentName.get();
        REQUIRE(PlanDocument(data.value()).writePdf(QDir(dir).filePath(QStringLiteral("plan.pdf"))).ok());
    }
    shootTeamDay(*tdb, w, dir, mha->id);
    {
        // Team ▸ Overblik: every page, and the list behind a number.
        DashboardWindow dashboard(*tdb, {}, &w);
        dashboard.setWindowFlag(Qt::Window);
        dashboard.resize(1280, 800);
        dashboard.waitForFigures();
        auto* tabs = dashboard.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"));
        REQUIRE(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            shoot(&dashboard, dir, QStringLiteral("dashboard-") + dashboard.pageCodes().at(i));
        }
        REQUIRE(dashboard.exportChart(QStringLiteral("weeks"), QDir(dir).filePath(QStringLiteral("dashboard-chart-weeks.png"))));
        auto* list = dashboard.showCitizens(dashboard.dashboard().stepsOverdue.label, dashboard.dashboard().stepsOverdue.citizenIds);
        shoot(list, dir, QStringLiteral("dashboard-list"));
    }
    shootAccounts(*tdb, w, dir);
    actAs(*tdb, mha->id);
    shootCompanies(tdb, w, dir);
    shootCitizenData(tdb, w, dir, withPlan);
    Language::setCurrent(QStringLiteral("en"));
}
