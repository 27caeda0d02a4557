// Sync as a person meets it in the main window: the status-bar button, the sync dialog
// (join, sync now, conflicts, log), and working on while the shared drive is away.
#include "core/storage/Replica.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/UiFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/citizen/CitizenForm.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/sync/SyncController.h"
#include "ui/common/MessageBox.h"
#include "ui/sync/SyncDialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

QString citizenName(Database& db, const QString& id)
{
    const auto c = CitizenRepository(db).get(id);
    return c ? c->name : QString();
}

} // namespace

TEST_CASE("Sync from the window: join a shared folder, changes arrive in the caseload", "[ui][sync]")
{
    UiFixture f;
    QTemporaryDir share;
    MainWindow window(f.db());
    auto* controller = window.findChild<SyncController*>(QStringLiteral("syncController"));
    REQUIRE(controller);
    auto* button = child<QToolButton>(&window, "syncStatusButton");
    CHECK(button->text() == QStringLiteral("This PC only"));

    SyncDialog dialog(*controller, &window);
    REQUIRE(dialog.joinFolder(share.path()));
    CHECK(controller->joined());
    CHECK(button->text().startsWith(QStringLiteral("Synchronised")));

    // A colleague's PC joins the same folder and adds a citizen.
    TempDb other(QStringLiteral("other.db"));
    SyncEngine otherSync(*other);
    joinTeam(*other, share.path(), &f.db());
    REQUIRE(otherSync.sync().ok());
    Citizen c;
    c.name = QStringLiteral("Karen Mikkelsen");
    c.cpr = QStringLiteral("6505901238");
    c.benefit = QStringLiteral("sygedagpenge");
    c.benefitStart = QDate(2026, 11, 2);
    const auto created = CitizenRepository(*other).create(c);
    REQUIRE(created.ok());
    REQUIRE(otherSync.sync().ok());

    REQUIRE(controller->syncNow(false).ok());
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    CHECK(window.caseloadModel()->rowOf(created->id) >= 0);
    CHECK(controller->lastMessage().contains(QStringLiteral("received")));
    dialog.refresh();
    CHECK(dialog.logText().contains(QStringLiteral("Synchronised")));

    SECTION("a local edit waits until it is sent, and then it is on the other PC")
    {
        REQUIRE(f.db().write(QStringLiteral("citizen"), f.hans, {{QStringLiteral("phone"), QStringLiteral("00 00 11 22")}}).ok());
        CHECK(controller->status().pending > 0);
        REQUIRE(controller->syncNow(false).ok());
        CHECK(controller->status().pending == 0);
        REQUIRE(otherSync.sync().ok());
        CHECK(CitizenRepository(*other).get(f.hans)->phone == QStringLiteral("00 00 11 22"));
    }
}

TEST_CASE("Sync conflicts are listed in words and settled from the dialog", "[ui][sync]")
{
    UiFixture f;
    QTemporaryDir share;
    MainWindow window(f.db());
    auto* controller = window.findChild<SyncController*>(QStringLiteral("syncController"));
    REQUIRE(controller);
    SyncDialog dialog(*controller, &window);
    REQUIRE(dialog.joinFolder(share.path()));
    TempDb other(QStringLiteral("other.db"));
    SyncEngine otherSync(*other);
    joinTeam(*other, share.path(), &f.db());
    REQUIRE(otherSync.sync().ok());

    // Both PCs rename the same citizen before seeing each other's change; the other PC is later.
    f.tdb.clock.advanceSeconds(10);
    other.clock.advanceSeconds(20);
    REQUIRE(f.db().write(QStringLiteral("citizen"), f.hans, {{QStringLiteral("name"), QStringLiteral("Hans Jensen Holm")}}).ok());
    REQUIRE(other->write(QStringLiteral("citizen"), f.hans, {{QStringLiteral("name"), QStringLiteral("Hans Holm Jensen")}}).ok());
    REQUIRE(controller->syncNow(false).ok());
    REQUIRE(otherSync.sync().ok());
    REQUIRE(controller->syncNow(false).ok());

    CHECK(citizenName(f.db(), f.hans) == QStringLiteral("Hans Holm Jensen"));
    auto* button = child<QToolButton>(&window, "syncStatusButton");
    CHECK(button->text().contains(QStringLiteral("1 conflict")));
    dialog.refresh();
    QTableWidget* table = dialog.conflictTable();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Citizen Hans Holm Jensen"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Name"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Hans Holm Jensen"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Hans Jensen Holm"));

    SECTION("using the other value puts it back and closes the conflict")
    {
        REQUIRE(dialog.settleConflict(0, true));
        CHECK(citizenName(f.db(), f.hans) == QStringLiteral("Hans Jensen Holm"));
        const int row = window.caseloadModel()->rowOf(f.hans);
        QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
        CHECK(window.caseloadModel()->index(row, CaseloadModel::Name).data().toString() == QStringLiteral("Hans Jensen Holm"));
    }
    SECTION("keeping the current value closes the conflict and changes nothing")
    {
        REQUIRE(dialog.settleConflict(0, false));
        CHECK(citizenName(f.db(), f.hans) == QStringLiteral("Hans Holm Jensen"));
    }
    CHECK(dialog.conflictTable()->rowCount() == 0);
    CHECK(Replica(f.db()).conflicts().isEmpty());
    CHECK_FALSE(button->text().contains(QStringLiteral("conflict")));
}

TEST_CASE("When the shared drive is away the window says so, work goes on, and it is sent later", "[ui][sync]")
{
    UiFixture f;
    QTemporaryDir parent;
    const QString share = parent.filePath(QStringLiteral("team"));
    REQUIRE(QDir().mkpath(share));
    MainWindow window(f.db());
    auto* controller = window.findChild<SyncController*>(QStringLiteral("syncController"));
    REQUIRE(controller);
    SyncDialog dialog(*controller, &window);
    REQUIRE(dialog.joinFolder(share));

    // The drive goes away (as an unplugged network drive would).
    const QString away = parent.filePath(QStringLiteral("away"));
    REQUIRE(QDir().rename(share, away));
    REQUIRE(f.db().write(QStringLiteral("citizen"), f.hanne, {{QStringLiteral("phone"), QStringLiteral("00 00 33 44")}}).ok());
    const auto failed = controller->syncNow(false);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("cannot be reached")));
    auto* button = child<QToolButton>(&window, "syncStatusButton");
    CHECK(button->text() == QStringLiteral("Sync: problem"));
    CHECK(button->toolTip().contains(QStringLiteral("cannot be reached")));
    CHECK(controller->status().pending > 0);
    CHECK(CitizenRepository(f.db()).get(f.hanne)->phone == QStringLiteral("00 00 33 44"));

    // It comes back: the next round sends what waited, and the problem is gone.
    REQUIRE(QDir().rename(away, share));
    REQUIRE(controller->syncNow(false).ok());
    CHECK(controller->status().pending == 0);
    CHECK(controller->status().lastProblem.isEmpty());
    CHECK(button->text().startsWith(QStringLiteral("Synchronised")));
    TempDb other(QStringLiteral("other.db"));
    SyncEngine otherSync(*other);
    joinTeam(*other, share, &f.db());
    REQUIRE(otherSync.sync().ok());
    CHECK(CitizenRepository(*other).get(f.hanne)->phone == QStringLiteral("00 00 33 44"));
}

TEST_CASE("A folder of another team is refused from the dialog with a message, and nothing changes", "[ui][sync]")
{
    UiFixture f;
    QTemporaryDir share;
    QTemporaryDir otherShare;
    MainWindow window(f.db());
    auto* controller = window.findChild<SyncController*>(QStringLiteral("syncController"));
    REQUIRE(controller);
    SyncDialog dialog(*controller, &window);
    REQUIRE(dialog.joinFolder(share.path()));
    TempDb stranger(QStringLiteral("stranger.db"));
    REQUIRE(SyncEngine(*stranger).join(otherShare.path()).ok());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.joinFolder(otherShare.path()));
    CHECK(MessageBox::lastText().contains(QStringLiteral("another team")));
    CHECK(QDir(controller->sharePath()) == QDir(share.path()));
}

TEST_CASE("An open citizen page shows what arrives by sync, and never drops what the user is typing", "[ui][sync]")
{
    UiFixture f;
    QTemporaryDir share;
    MainWindow window(f.db());
    auto* controller = window.findChild<SyncController*>(QStringLiteral("syncController"));
    REQUIRE(controller);
    REQUIRE(controller->join(share.path()).ok());
    TempDb other(QStringLiteral("other.db"));
    SyncEngine otherSync(*other);
    joinTeam(*other, share.path(), &f.db());
    REQUIRE(otherSync.sync().ok());
    window.openCitizen(f.hans);
    REQUIRE(window.citizenPage());
    auto* phone = child<QLineEdit>(window.citizenPage(), "phoneEdit");
    auto* email = child<QLineEdit>(window.citizenPage(), "emailEdit");

    other.clock.advanceSeconds(30);
    REQUIRE(other->write(QStringLiteral("citizen"), f.hans, {{QStringLiteral("phone"), QStringLiteral("00 00 98 76")}}).ok());
    REQUIRE(otherSync.sync().ok());

    SECTION("without unsaved changes the page shows the new value")
    {
        REQUIRE(controller->syncNow(false).ok());
        QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
        CHECK(phone->text() == QStringLiteral("00 00 98 76"));
        CHECK(window.citizenPage()->message().contains(QStringLiteral("another PC")));
    }
    SECTION("with unsaved changes they stay, and the page says what happened")
    {
        email->setText(QStringLiteral("hans@example.org"));
        QTest::keyClick(email, Qt::Key_Tab);
        REQUIRE(window.citizenPage()->form()->isModified());
        REQUIRE(controller->syncNow(false).ok());
        QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
        CHECK(email->text() == QStringLiteral("hans@example.org"));
        CHECK(window.citizenPage()->form()->isModified());
        CHECK(window.citizenPage()->message().contains(QStringLiteral("while you were editing")));
    }
}

TEST_CASE("A new PC waits with its code, a member admits it from the dialog, and can retire it", "[ui][sync]")
{
    UiFixture f;
    QTemporaryDir share;
    MainWindow window(f.db());
    auto* controller = window.findChild<SyncController*>(QStringLiteral("syncController"));
    REQUIRE(controller);
    SyncDialog dialog(*controller, &window);
    REQUIRE(dialog.joinFolder(share.path()));

    // The new PC, in its own window: it asks to join and shows its code.
    TempDb other(QStringLiteral("other.db"));
    QWidget otherWindow;
    SyncController otherController(*other, &otherWindow);
    SyncDialog otherDialog(otherController, &otherWindow);
    REQUIRE(otherDialog.joinFolder(share.path()));
    CHECK(otherDialog.tabs()->currentIndex() == SyncDialog::TeamTab);
    const QString code = otherController.status().code;
    REQUIRE(code.size() == 14);
    CHECK(child<QLabel>(&otherDialog, "standingLabel")->text().contains(code));
    CHECK_FALSE(otherController.joined());

    // The member sees the request with the same code, types it and admits it.
    dialog.show();
    dialog.tabs()->setCurrentIndex(SyncDialog::TeamTab);
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.refresh();
    auto* requests = child<QTableWidget>(&dialog, "requestTable");
    REQUIRE(requests->rowCount() == 1);
    CHECK(requests->item(0, 1)->text() == code);
    SECTION("a mistyped code admits nobody and says so")
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClicks(child<QLineEdit>(&dialog, "admitCodeEdit"), QStringLiteral("0000 0000 0000"));
        QTest::mouseClick(child<QPushButton>(&dialog, "admitButton"), Qt::LeftButton);
        CHECK(MessageBox::lastText().contains(QStringLiteral("0000 0000 0000")));
        CHECK(SyncEngine(f.db()).team().members.size() == 1);
    }
    SECTION("the right code admits it, and it can be retired again")
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "admitCodeEdit"), code);
        QTest::mouseClick(child<QPushButton>(&dialog, "admitButton"), Qt::LeftButton);
        CHECK(requests->rowCount() == 0);
        auto* members = child<QTableWidget>(&dialog, "memberTable");
        REQUIRE(members->rowCount() == 2);
        REQUIRE(otherController.syncNow(false).ok());
        CHECK(otherController.joined());
        CHECK(CitizenRepository(*other).get(f.hans).has_value());

        const int row = members->item(0, 2)->text() == other->siteId() ? 0 : 1;
        members->selectRow(row);
        auto* retire = child<QPushButton>(&dialog, "retireButton");
        REQUIRE(retire->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(retire, Qt::LeftButton);
        CHECK(members->rowCount() == 1);
        auto refused = otherController.syncNow(false);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("retired")));
    }
}
