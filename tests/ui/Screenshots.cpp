// Not a test: `test_ui "[screenshots]" ` with SAMSPIL_SCREENSHOTS=DIR writes PNGs of the main
// window, the citizen page and each dialog, in Danish, on demo data, for people to look at.
#include "app/common/Startup.h"
#include "core/demo/DemoData.h"
#include "core/util/Language.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/WhoAmIDialog.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/citizen/CloseCaseDialog.h"
#include "ui/citizen/NewCitizenDialog.h"
#include "ui/import/ImportDialog.h"
#include "ui/plan/PlanDialogs.h"
#include "ui/plan/PlanDocument.h"
#include "ui/plan/PlanTab.h"
#include "core/storage/PlanRepository.h"
#include "ui/staff/StaffDialog.h"
#include "core/screening/InstrumentLoader.h"
#include "ui/screening/ScreeningWizard.h"
#include <QTabWidget>
#include "core/sync/SyncEngine.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncDialog.h"
#include <QComboBox>
#include <QTemporaryDir>

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
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
    const auto mha = StaffRepository(*tdb).byInitials(QStringLiteral("MHA"));
    REQUIRE(mha);
    {
        WhoAmIDialog who(*tdb);
        shoot(&who, dir, QStringLiteral("whoami"));
    }
    prefs::whoAmI(tdb->siteId()).set(mha->id);
    MainWindow w(*tdb, true);
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
    StaffDialog staff(*tdb, &w);
    shoot(&staff, dir, QStringLiteral("staff"));
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
    REQUIRE(otherSync.join(share.path()).ok());
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
    w.findChild<QComboBox*>(QStringLiteral("riskFilter"))->setCurrentIndex(1);
    shoot(&w, dir, QStringLiteral("main-risk"));
    // The plan tab of a citizen with an agreed plan and ratings: editor, progression, versions.
    const auto plans = PlanRepository(*tdb).currentForAll();
    QString withPlan;
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        if (it->status == PlanStatus::Agreed && (withPlan.isEmpty() || it.key() < withPlan)) {
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
        AgreeDialog agree(tdb->clock().today(), &tab);
        shoot(&agree, dir, QStringLiteral("plan-agree-dialog"));
        auto data = PlanDocumentData::load(*tdb, withPlan);
        REQUIRE(data.ok());
        data->municipality = prefs::municipalityName.get();
        data->department = prefs::departmentName.get();
        REQUIRE(PlanDocument(data.value()).writePdf(QDir(dir).filePath(QStringLiteral("plan.pdf"))).ok());
    }
    Language::setCurrent(QStringLiteral("en"));
}
