// The desktop program's start for an operating-system account (issue 16): a member, an account
// bound to nobody or deactivated, the first account of a new database; Team ▸ Staff for leaders
// only; practising as someone else in a demo database only.
#include "tests/support/UiFixture.h"
#include "core/staff/Session.h"
#include "core/teamday/AppointmentRepository.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/MessageBox.h"
#include "ui/main/AccessPage.h"
#include "ui/main/MainWindow.h"
#include "ui/staff/FirstAccountDialog.h"
#include "ui/staff/StaffDialog.h"
#include "ui/staff/StaffModel.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

OsAccount account(const QString& name, const QString& displayName = {})
{
    return OsAccount{name, displayName};
}

/// Binds an account to a staff member as a leader would (the engine here: the test's setup).
void bind(Database& db, const QString& staffId, const QString& name)
{
    Database::EngineScope engine(db);
    REQUIRE(StaffRepository(db).bindAccount(staffId, name).ok());
}

Session started(Database& db, const OsAccount& a)
{
    auto s = Session::start(db, a);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return s.value();
}

QAction* action(MainWindow& w, const char* name)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
    INFO("action " << name);
    REQUIRE(a != nullptr);
    return a;
}

void whenModal(std::function<void(QWidget*)> fn)
{
    QTimer::singleShot(0, [fn = std::move(fn)] {
        QWidget* modal = QApplication::activeModalWidget();
        REQUIRE(modal != nullptr);
        fn(modal);
    });
}

/// Every text the window shows in labels and tables (to look for citizens' names).
QString shownText(QWidget& w)
{
    QStringList out{w.windowTitle()};
    for (auto* l : w.findChildren<QLabel*>()) {
        out << l->text();
    }
    for (auto* t : w.findChildren<QTableView*>()) {
        const auto* m = t->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c) {
                out << m->index(r, c).data().toString();
            }
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("An account bound to nobody gets a page that names it and the leaders, and no citizen", "[accounts]")
{
    UiFixture f;
    f.makeLeader(f.mha);
    bind(f.db(), f.mha, QStringLiteral("mette"));
    const Session session = started(f.db(), account(QStringLiteral("kommune\\stranger")));
    REQUIRE(session.standing() == Session::Standing::NotBound);
    MainWindow w(f.db());
    w.setSession(session);

    CHECK_FALSE(w.member());
    CHECK(child<QStackedWidget>(&w, "pages")->currentWidget() == w.accessPage());
    const QString message = child<QLabel>(w.accessPage(), "accessMessage")->text();
    CHECK(message.contains(QStringLiteral("kommune\\stranger")));
    CHECK(message.contains(QStringLiteral("Mette Holm Andersen")));
    CHECK(w.caseloadModel()->rowCount() == 0);
    const QString shown = shownText(w);
    for (const char* name : {"Hans Jensen", "Hanne Hansen", "Peter Olsen", "Åse Ærø", "6101901234", "610190-1234"}) {
        INFO(name);
        CHECK_FALSE(shown.contains(QString::fromUtf8(name)));
    }
    w.openCitizen(f.hans);
    CHECK(w.citizenPage() == nullptr);

    // The menus that need citizen data are off; File ▸ Quit and Help stay.
    CHECK_FALSE(w.menu(MainWindow::MenuKey::Citizen)->menuAction()->isEnabled());
    CHECK_FALSE(w.menu(MainWindow::MenuKey::Team)->menuAction()->isEnabled());
    CHECK_FALSE(action(w, "newCitizenAction")->isEnabled());
    CHECK_FALSE(action(w, "importAction")->isEnabled());
    CHECK_FALSE(action(w, "staffAction")->isEnabled());
    CHECK_FALSE(action(w, "syncNowAction")->isEnabled()); // not a new database: a leader adds the account first
    CHECK(action(w, "quitAction")->isEnabled());
    CHECK(w.menu(MainWindow::MenuKey::Help)->menuAction()->isEnabled());
    CHECK(action(w, "aboutAction")->isEnabled());
    CHECK(w.windowTitle().contains(QStringLiteral("kommune\\stranger")));

    SECTION("once a leader has bound the account, the window follows")
    {
        bind(f.db(), f.jv, QStringLiteral("kommune\\stranger"));
        QCoreApplication::processEvents();
        REQUIRE(w.member());
        CHECK(w.currentUser() == f.jv);
        CHECK(f.db().principal().staffId == f.jv);
        CHECK(child<QStackedWidget>(&w, "pages")->currentWidget() != w.accessPage());
        CHECK(names(*w.caseloadView()->model()) == QStringList{QStringLiteral("Hanne Hansen")}); // his own caseload
        CHECK(w.menu(MainWindow::MenuKey::Citizen)->menuAction()->isEnabled());
        CHECK_FALSE(action(w, "staffAction")->isEnabled()); // no leader
    }
    SECTION("a deactivated member's account reads nothing either")
    {
        bind(f.db(), f.jv, QStringLiteral("jonas"));
        {
            Database::EngineScope engine(f.db());
            REQUIRE(StaffRepository(f.db()).deactivate(f.jv).ok());
        }
        const Session jonas = started(f.db(), account(QStringLiteral("jonas")));
        REQUIRE(jonas.standing() == Session::Standing::Deactivated);
        MainWindow other(f.db());
        other.setSession(jonas);
        CHECK_FALSE(other.member());
        CHECK(child<QLabel>(other.accessPage(), "accessMessage")->text().contains(QStringLiteral("jonas")));
        CHECK(other.caseloadModel()->rowCount() == 0);
        CHECK_FALSE(shownText(other).contains(QStringLiteral("Hans Jensen")));
    }
}

TEST_CASE("The first account on a new database becomes its leader, and may open Team ▸ Staff", "[accounts]")
{
    Settings::store().clear();
    TempDb tdb;
    const Session session = started(*tdb, account(QStringLiteral("anna"), QStringLiteral("Anna Berg")));
    REQUIRE(session.standing() == Session::Standing::NoAccounts);
    MainWindow w(*tdb);
    w.setSession(session);
    CHECK_FALSE(w.member());
    CHECK(child<QPushButton>(w.accessPage(), "firstAccountButton")->isVisibleTo(w.accessPage()));
    CHECK(child<QLabel>(w.accessPage(), "accessHint")->text().contains(QStringLiteral("File ▸ Sync…")));
    CHECK(action(w, "syncDialogAction")->isEnabled()); // a PC joining its team syncs first

    SECTION("cancelled: still no user, and the page stays")
    {
        whenModal([](QWidget* dialog) { static_cast<QDialog*>(dialog)->reject(); });
        CHECK_FALSE(w.startFirstAccount());
        CHECK_FALSE(w.member());
        CHECK(child<QStackedWidget>(&w, "pages")->currentWidget() == w.accessPage());
    }
    SECTION("name and initials given: a leader")
    {
        whenModal([](QWidget* dialog) {
            CHECK(dialog->objectName() == QStringLiteral("firstAccountDialog"));
            CHECK(child<QLineEdit>(dialog, "firstNameEdit")->text() == QStringLiteral("Anna Berg"));
            CHECK(child<QLineEdit>(dialog, "firstInitialsEdit")->text() == QStringLiteral("AB"));
            CHECK(child<QLabel>(dialog, "firstAccountIntro")->text().contains(QStringLiteral("anna")));
            QTest::mouseClick(child<QPushButton>(dialog, "firstAccountOk"), Qt::LeftButton);
        });
        REQUIRE(w.startFirstAccount());
        QCoreApplication::processEvents();
        CHECK(w.member());
        const auto anna = StaffRepository(*tdb).byAccount(QStringLiteral("anna"));
        REQUIRE(anna);
        CHECK(anna->leader);
        CHECK(anna->initials == QStringLiteral("AB"));
        CHECK(w.currentUser() == anna->id);
        CHECK(w.windowTitle().contains(QStringLiteral("Anna Berg")));
        CHECK(action(w, "staffAction")->isEnabled());
        whenModal([](QWidget* dialog) {
            CHECK(dialog->objectName() == QStringLiteral("staffDialog"));
            static_cast<QDialog*>(dialog)->reject();
        });
        w.manageStaff();
    }
}

TEST_CASE("The first-account dialog refuses an empty name, and a database that has its leader", "[accounts]")
{
    UiFixture f;
    FirstAccountDialog empty(f.db(), account(QStringLiteral("anna")));
    empty.accept();
    CHECK(empty.result() != QDialog::Accepted);
    CHECK_FALSE(empty.message().isEmpty());

    bind(f.db(), f.mha, QStringLiteral("mette"));
    FirstAccountDialog late(f.db(), account(QStringLiteral("anna"), QStringLiteral("Anna Berg")));
    late.accept();
    CHECK(late.result() != QDialog::Accepted);
    CHECK(late.message().contains(QStringLiteral("already has its first leader")));
    CHECK_FALSE(StaffRepository(f.db()).byAccount(QStringLiteral("anna")));
}

TEST_CASE("Only a leader opens Team ▸ Staff", "[accounts][staff]")
{
    UiFixture f;
    actAs(f.db(), f.jv);
    MainWindow w(f.db());
    CHECK(w.member());
    CHECK_FALSE(action(w, "staffAction")->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.manageStaff(); // called anyway: refused, with core's reason
    CHECK(MessageBox::lastText().contains(QStringLiteral("manage staff")));

    // Core refuses a non-leader's change in the dialog itself too, and the dialog says so.
    StaffDialog dialog(f.db());
    dialog.select(f.jv);
    child<QLineEdit>(&dialog, "staffNameEdit")->setText(QStringLiteral("Jonas V."));
    CHECK_FALSE(dialog.saveCurrent());
    CHECK(dialog.message().contains(QStringLiteral("manage staff")));
    CHECK(StaffRepository(f.db()).get(f.jv)->name == QStringLiteral("Jonas Vestergaard"));
}

TEST_CASE("A leader binds and unbinds accounts, gives the leader's role and deactivates", "[accounts][staff]")
{
    UiFixture f;
    f.makeLeader(f.mha);
    actAs(f.db(), f.mha);
    StaffDialog dialog(f.db());
    dialog.select(f.jv);
    auto* accounts = child<QListWidget>(&dialog, "accountList");
    CHECK(accounts->count() == 0);

    child<QLineEdit>(&dialog, "accountEdit")->setText(QStringLiteral("KOMMUNE\\JV"));
    QTest::mouseClick(child<QPushButton>(&dialog, "bindAccountButton"), Qt::LeftButton);
    REQUIRE(accounts->count() == 1);
    CHECK(accounts->item(0)->text() == QStringLiteral("kommune\\jv"));
    CHECK(StaffRepository(f.db()).byAccount(QStringLiteral("kommune\\jv"))->id == f.jv);
    const int row = dialog.model()->rowOf(f.jv);
    CHECK(dialog.model()->index(row, StaffModel::Accounts).data().toString() == QStringLiteral("kommune\\jv"));
    CHECK(dialog.model()->index(row, StaffModel::Roles).data().toString() == QStringLiteral("Coordinating caseworker"));

    // Someone else's account: core's refusal is shown in the dialog.
    dialog.select(f.mha);
    child<QLineEdit>(&dialog, "accountEdit")->setText(QStringLiteral("kommune\\jv"));
    CHECK_FALSE(dialog.bindAccount());
    CHECK(dialog.message().contains(QStringLiteral("Jonas Vestergaard")));
    // The only leader keeps the role.
    child<QCheckBox>(&dialog, "leaderCheck")->setChecked(false);
    CHECK_FALSE(dialog.saveCurrent());
    CHECK(dialog.message().contains(QStringLiteral("only leader")));

    dialog.select(f.jv);
    child<QCheckBox>(&dialog, "leaderCheck")->setChecked(true);
    REQUIRE(dialog.saveCurrent());
    CHECK(StaffRepository(f.db()).get(f.jv)->leader);
    CHECK(dialog.model()->index(dialog.model()->rowOf(f.jv), StaffModel::Roles).data().toString()
          == QStringLiteral("Coordinating caseworker, Leader"));

    accounts->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&dialog, "unbindAccountButton"), Qt::LeftButton);
    CHECK(accounts->count() == 0);
    CHECK_FALSE(StaffRepository(f.db()).byAccount(QStringLiteral("kommune\\jv")));

    // Deactivated: the history stays, the account reads nothing.
    REQUIRE(dialog.bindAccount() == false); // nothing typed
    child<QLineEdit>(&dialog, "accountEdit")->setText(QStringLiteral("kommune\\jv"));
    REQUIRE(dialog.bindAccount());
    MessageBox::setNextAnswer(QMessageBox::Yes); // Jonas has an active case
    REQUIRE(dialog.toggleActive());
    CHECK_FALSE(StaffRepository(f.db()).get(f.jv)->active);
    CHECK(child<QLabel>(&dialog, "staffState")->text().startsWith(QStringLiteral("Deactivated")));
    CHECK(dialog.model()->index(dialog.model()->rowOf(f.jv), StaffModel::Roles).data().toString().isEmpty());
    CHECK(started(f.db(), account(QStringLiteral("kommune\\jv"))).standing() == Session::Standing::Deactivated);
}

TEST_CASE("Practising as someone else is for demo databases only, and the window shows it", "[accounts][training]")
{
    UiFixture f;
    SECTION("a real database: never")
    {
        bind(f.db(), f.mha, QStringLiteral("mette"));
        MainWindow w(f.db());
        w.setSession(started(f.db(), account(QStringLiteral("mette"))));
        CHECK_FALSE(action(w, "trainingAction")->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(w.trainAs(f.jv));
        CHECK(MessageBox::lastText().contains(QStringLiteral("demo database")));
        CHECK(w.currentUser() == f.mha);
        CHECK_FALSE(f.db().principal().training);
        CHECK(w.trainingBanner()->isHidden());
    }
    SECTION("a demo database: marked while it lasts")
    {
        REQUIRE(f.db().setMeta(QStringLiteral("demo"), QStringLiteral("1")).ok());
        auto demo = Session::startDemo(f.db(), account(QStringLiteral("test-account")));
        REQUIRE(demo.ok());
        MainWindow w(f.db(), true);
        w.setSession(demo.value());
        const QString me = w.currentUser();
        REQUIRE_FALSE(me.isEmpty());
        const QString other = me == f.mha ? f.jv : f.mha;
        CHECK(action(w, "trainingAction")->isVisible());
        CHECK(w.trainingBanner()->isHidden());

        REQUIRE(w.trainAs(other));
        CHECK(w.currentUser() == other);
        CHECK(f.db().principal().training);
        CHECK_FALSE(w.trainingBanner()->isHidden());
        const QString otherName = StaffRepository(f.db()).get(other)->name;
        CHECK(w.trainingBanner()->text().contains(otherName));
        CHECK(w.windowTitle().startsWith(QStringLiteral("TRAINING: you act as ") + otherName));
        CHECK(w.windowTitle().contains(QStringLiteral("[DEMO]")));
        CHECK(action(w, "stopTrainingAction")->isVisible());

        REQUIRE(w.stopTraining());
        CHECK(w.currentUser() == me);
        CHECK_FALSE(f.db().principal().training);
        CHECK(w.trainingBanner()->isHidden());
        CHECK_FALSE(w.windowTitle().contains(QStringLiteral("TRAINING")));
    }
}

TEST_CASE("The staff dialog says when a member has no working hours, and a new one is told to set them", "[accounts][staff]")
{
    UiFixture f;
    f.makeLeader(f.mha);
    actAs(f.db(), f.mha);
    REQUIRE(AppointmentRepository(f.db()).setWorkingHours(f.mha, 1, QTime(8, 0), QTime(16, 0)).ok());
    StaffDialog dialog(f.db());
    dialog.select(f.mha);
    auto* hours = child<QLabel>(&dialog, "staffHours");
    CHECK(hours->text().startsWith(QStringLiteral("1 weekday")));
    dialog.select(f.jv); // the fixture gives Jonas none
    CHECK(hours->text().startsWith(QStringLiteral("None yet")));

    dialog.select({});
    child<QLineEdit>(&dialog, "staffNameEdit")->setText(QStringLiteral("Ny Kollega"));
    child<QLineEdit>(&dialog, "staffInitialsEdit")->setText(QStringLiteral("NK"));
    REQUIRE(dialog.saveCurrent());
    CHECK(dialog.message().contains(QStringLiteral("working hours")));
    CHECK(hours->text().startsWith(QStringLiteral("None yet")));
}
