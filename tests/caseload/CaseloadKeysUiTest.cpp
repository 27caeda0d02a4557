// The caseload window's keys and reading (issue 17, items 4 and 5): Enter in the search box opens
// the match; status-bar messages are shown in full; the next step has the room at the right.
#include "tests/support/UiFixture.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/main/MainWindow.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {
void showEveryone(MainWindow& w)
{
    for (const char* name : {"caseworkerFilter", "statusFilter"}) {
        auto* combo = child<QComboBox>(&w, name);
        combo->setCurrentIndex(combo->findData(QString()));
    }
}
} // namespace

TEST_CASE("Enter in the search box opens the one match, or chooses the first of several", "[caseload][search]")
{
    UiFixture f;
    MainWindow w(f.db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    showEveryone(w);
    auto* search = child<QLineEdit>(&w, "searchEdit");
    auto* table = child<QTableView>(&w, "caseloadTable");

    SECTION("several: the first is chosen and the list has the keys, where Enter opens it")
    {
        QTest::keyClicks(search, QStringLiteral("han"));
        REQUIRE(table->model()->rowCount() == 2);
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(w.citizenPage() == nullptr);
        CHECK(table->currentIndex().row() == 0);
        CHECK(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(w.citizenPage() != nullptr);
        CHECK(w.citizenPage()->citizenId() == f.hanne);
    }
    SECTION("one: Enter opens it")
    {
        QTest::keyClicks(search, QStringLiteral("Peter"));
        QTest::keyClick(search, Qt::Key_Return);
        REQUIRE(w.citizenPage() != nullptr);
        CHECK(w.citizenPage()->citizenId() == f.peter);
    }
    SECTION("none: nothing happens")
    {
        QTest::keyClicks(search, QStringLiteral("Xylofon"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(w.citizenPage() == nullptr);
    }
}

TEST_CASE("A long status-bar message is shown in full, wrapped, not cut off", "[caseload]")
{
    UiFixture f;
    MainWindow w(f.db());
    w.resize(700, 500);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QString text = QStringLiteral("Borgeren blev oprettet. Advarsel: telefonnummeret ser ikke ud som et dansk "
                                        "nummer, og e-mailadressen mangler et domæne; ret dem på borgerens side, "
                                        "når du har talt med borgeren.");
    w.statusBar()->showMessage(text, 8000);
    QCoreApplication::processEvents();
    auto* label = child<QLabel>(&w, "statusMessage");
    CHECK(label->text() == text);
    CHECK(label->isVisible());
    CHECK(label->wordWrap());
    CHECK(w.statusBar()->currentMessage().isEmpty()); // the bar's own one-line drawing is not used
    QTest::qWait(50);
    CHECK(label->height() >= label->heightForWidth(label->width()));
}

TEST_CASE("The next step is the last column, with the rest of the width", "[caseload]")
{
    UiFixture f;
    MainWindow w(f.db());
    auto* header = child<QTableView>(&w, "caseloadTable")->horizontalHeader();
    CHECK(header->visualIndex(CaseloadModel::NextStep) == CaseloadModel::ColumnCount - 1);
    CHECK(header->visualIndex(CaseloadModel::Status) < header->visualIndex(CaseloadModel::NextStep));
    CHECK(header->stretchLastSection());
}
