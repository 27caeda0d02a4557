// The user guide's pictures, made from the real windows so that they never go stale.
//
//   cmake --build build --target update-help-images
//
// runs `test_screenshots "[help-images]"` with SAMSPIL_HELP_IMAGES=resources/help/img: each
// picture the guide (resources/help/guide.html) shows is written there, in Danish, on demo data,
// scaled down. tests/help checks that the guide and the pictures agree. With
// SAMSPIL_SCREENSHOTS=DIR, "[screenshots]" also grabs the guide window itself for a person to look at.
#include "app/common/Startup.h"
#include "core/demo/DemoData.h"
#include "core/plan/PlanRepository.h"
#include "core/screening/InstrumentLoader.h"
#include "core/staff/Session.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/util/Language.h"
#include "core/workflow/NextStep.h"
#include "tests/support/UiFixture.h"
#include "ui/audit/AccessLogUi.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/citizen/CloseCaseDialog.h"
#include "ui/citizen/NewCitizenDialog.h"
#include "ui/citizendata/RetentionDialog.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/help/HelpWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/plan/PlanTab.h"
#include "ui/rc/RcWindow.h"
#include "ui/screening/ScreeningWizard.h"
#include "ui/staff/FirstAccountDialog.h"
#include "ui/staff/StaffDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncDialog.h"
#include "ui/teamday/BookTeamDayDialog.h"
#include "ui/teamday/ConferenceDialog.h"
#include "ui/teamday/ConsentDialog.h"
#include "ui/teamday/NoteEditor.h"
#include "ui/teamday/TeamDayTab.h"
#include "ui/teamday/WorkingHoursDialog.h"

#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

/// Shows `w` at `size`, grabs it and writes img/<name>.png, at most 640 pixels wide (the guide window shows it whole).
void picture(QWidget* w, const QString& name, QSize size = {})
{
    const QString dir = qEnvironmentVariable("SAMSPIL_HELP_IMAGES");
    if (size.isValid()) {
        w->resize(size);
    }
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w));
    QTest::qWait(50);
    QImage image = w->grab().toImage();
    if (image.width() > 640) {
        image = image.scaledToWidth(640, Qt::SmoothTransformation);
    }
    REQUIRE(image.convertToFormat(QImage::Format_RGB32).save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG", 0));
}

template <class T> void showTab(MainWindow& w)
{
    auto* tabs = w.citizenPage()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (qobject_cast<T*>(tabs->widget(i))) {
            tabs->setCurrentIndex(i);
        }
    }
}

/// A citizen with at least three signed notes (the team day held), and one waiting for the team day.
QPair<QString, QString> teamDayCitizens(Database& db)
{
    QString withNotes;
    QString waiting;
    for (const auto& a : AppointmentRepository(db).all()) {
        if (withNotes.isEmpty() && NoteRepository(db).currentSigned(a.citizenId).size() >= 3) {
            withNotes = a.citizenId;
        }
    }
    const auto steps = Workflow::nextStepsForAll(db);
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (it->code == QLatin1String("team_day_booking") && waiting.isEmpty()) {
            waiting = it.key();
        }
    }
    return {withNotes, waiting};
}

/// The Hjørring flow: new citizen, the page, screening, team day, notes, consent, conference.
void flowPictures(Database& db, MainWindow& w, const QString& me)
{
    NewCitizenDialog create(db, me, &w);
    picture(&create, QStringLiteral("new-citizen"));
    const auto [withNotes, waiting] = teamDayCitizens(db);
    REQUIRE_FALSE(withNotes.isEmpty());
    REQUIRE_FALSE(waiting.isEmpty());
    w.openCitizen(withNotes);
    picture(&w, QStringLiteral("citizen"));
    {
        ScreeningWizard wizard(db, InstrumentLoader::defaultInstrument(), waiting, me, &w);
        picture(&wizard, QStringLiteral("screening-wizard"), {820, 700});
    }
    showTab<TeamDayTab>(w);
    picture(&w, QStringLiteral("teamday-tab"));
    const auto notes = NoteRepository(db).currentSigned(withNotes);
    {
        NoteEditor note(db, notes.first(), notes.first().authorId, &w);
        picture(&note, QStringLiteral("note"), {1000, 700});
        ConferenceDialog conference(db, withNotes, me, &w);
        picture(&conference, QStringLiteral("conference"), {1100, 760});
    }
    w.showCaseload();
    BookTeamDayDialog book(db, waiting, &w);
    picture(&book, QStringLiteral("teamday-book"));
    ConsentDialog consent(db, waiting, &w);
    picture(&consent, QStringLiteral("consent"));
}

/// The plan of the first citizen with an agreed plan: the plan and its progression.
QString planPictures(Database& db)
{
    const auto plans = PlanRepository(db).currentForAll();
    QString withPlan;
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        if (it->status == PlanStatus::Agreed && (withPlan.isEmpty() || it.key() < withPlan)) {
            withPlan = it.key();
        }
    }
    REQUIRE_FALSE(withPlan.isEmpty());
    PlanTab tab(db, withPlan);
    picture(&tab, QStringLiteral("plan"), {1000, 700});
    tab.findChild<QTabWidget*>()->setCurrentIndex(1);
    picture(&tab, QStringLiteral("progression"), {1000, 700});
    return withPlan;
}

/// The team's windows: staff, working hours, sync, the dashboard, relational coordination.
void teamPictures(TempDb& tdb, MainWindow& w)
{
    StaffDialog staff(*tdb, &w);
    staff.select(StaffRepository(*tdb).byInitials(QStringLiteral("MHA"))->id);
    picture(&staff, QStringLiteral("staff"));
    WorkingHoursDialog hours(*tdb, &w);
    picture(&hours, QStringLiteral("working-hours"));

    QTemporaryDir share;
    auto* controller = w.findChild<SyncController*>(QStringLiteral("syncController"));
    REQUIRE(controller);
    SyncDialog sync(*controller, &w);
    REQUIRE(sync.joinFolder(share.path()));
    REQUIRE(controller->syncNow(false).ok());
    sync.refresh();
    picture(&sync, QStringLiteral("sync"));

    DashboardWindow dashboard(*tdb, {}, &w);
    dashboard.setWindowFlag(Qt::Window);
    dashboard.resize(1200, 760);
    dashboard.waitForFigures();
    picture(&dashboard, QStringLiteral("dashboard"));

    RcWindow rc(*tdb, &w);
    rc.setWindowFlag(Qt::Window);
    picture(&rc, QStringLiteral("rc"), {1200, 760});
}

/// A new database: the first account becomes the first leader.
void firstAccountPicture()
{
    TempDb fresh(QStringLiteral("samspil.db"));
    const OsAccount anna{QStringLiteral("kommune\\abe"), QStringLiteral("Anna Berg")};
    FirstAccountDialog first(*fresh, anna);
    picture(&first, QStringLiteral("first-account"));
}

} // namespace

TEST_CASE("The user guide's pictures from the real windows in Danish", "[.][help-images]")
{
    REQUIRE_FALSE(qEnvironmentVariable("SAMSPIL_HELP_IMAGES").isEmpty());
    QDir().mkpath(qEnvironmentVariable("SAMSPIL_HELP_IMAGES"));
    installTranslations(*QCoreApplication::instance(), QStringLiteral("da"));
    Settings::store().clear();
    TempDb tdb(QStringLiteral("samspil-demo.db"));
    REQUIRE(DemoData::populate(*tdb, {120, 1}).ok());
    const auto mha = StaffRepository(*tdb).byInitials(QStringLiteral("MHA"));
    REQUIRE(mha);
    {
        Database::EngineScope engine(*tdb);
        REQUIRE(StaffRepository(*tdb).bindAccount(mha->id, QStringLiteral("kommune\\mha")).ok());
    }
    auto session = Session::start(*tdb, OsAccount{QStringLiteral("kommune\\mha"), mha->name});
    REQUIRE(session.ok());
    MainWindow w(*tdb);
    w.setSession(session.value());
    picture(&w, QStringLiteral("main"), {1100, 680});

    firstAccountPicture();
    flowPictures(*tdb, w, mha->id);
    const QString withPlan = planPictures(*tdb);
    teamPictures(tdb, w);
    {
        CloseCaseDialog close(*tdb, withPlan, &w);
        picture(&close, QStringLiteral("close-case"));
    }
    w.openCitizen(withPlan);
    showTab<AccessLogView>(w);
    picture(&w, QStringLiteral("accesslog"));
    w.showCaseload();
    // Past the retention period, as the team's leader (the demo's manager).
    tdb.clock.advanceDays(6 * 366);
    const auto leader = StaffRepository(*tdb).byInitials(QStringLiteral("OB"));
    REQUIRE(leader);
    actAs(*tdb, leader->id);
    RetentionDialog retention(*tdb, &w);
    picture(&retention, QStringLiteral("retention"));
    Language::setCurrent(QStringLiteral("en"));
}

TEST_CASE("Screenshot of the user guide in Danish", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("SAMSPIL_SCREENSHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    installTranslations(*QCoreApplication::instance(), QStringLiteral("da"));
    HelpWindow help;
    help.showSection(QStringLiteral("konference"));
    help.show();
    REQUIRE(QTest::qWaitForWindowExposed(&help));
    QTest::qWait(100);
    REQUIRE(help.grab().save(QDir(dir).filePath(QStringLiteral("help-guide.png"))));
    help.findChild<QLineEdit*>(QStringLiteral("helpSearch"))->setText(QStringLiteral("samtykke"));
    REQUIRE(help.grab().save(QDir(dir).filePath(QStringLiteral("help-search.png"))));
    Language::setCurrent(QStringLiteral("en"));
}
