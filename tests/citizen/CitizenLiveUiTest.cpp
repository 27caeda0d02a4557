// The caseload and the citizen page follow the data (issue 17, item 1): a change made elsewhere (a
// direct repository write, another window) shows without reopening; many commits reload the
// caseload once; unsaved edits on the page survive a refresh.
#include "core/plan/PlanRepository.h"
#include "core/storage/AccessLog.h"
#include "core/workflow/PlanDraft.h"
#include "tests/support/UiFixture.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/citizen/CitizenForm.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/main/MainWindow.h"
#include "ui/plan/PlanTab.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
}

template <typename T>
T* tabOf(CitizenPage* page)
{
    for (int i = 0; i < page->tabs()->count(); ++i) {
        if (auto* t = page->tabs()->widget(i)->findChild<T*>(); t) {
            return t;
        }
        if (auto* t = qobject_cast<T*>(page->tabs()->widget(i))) {
            return t;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("The caseload shows a citizen added elsewhere, reloading once for many commits", "[caseload][live]")
{
    UiFixture f;
    CaseloadModel model(f.db());
    const int before = model.rowCount();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (int i = 0; i < 30; ++i) {
        f.addCitizen(QStringLiteral("Borger %1").arg(i), QStringLiteral("0101%1").arg(900000 + i), f.mha,
                     CitizenStatus::Active); // 30 commits, as an import of 30 rows
    }
    settle();
    CHECK(model.rowCount() == before + 30);
    CHECK(resets.count() == 1);

    SECTION("a change of name elsewhere shows in its row")
    {
        REQUIRE(f.db().write(QStringLiteral("citizen"), f.hans, {{QStringLiteral("name"), QStringLiteral("Hans Jensen Bø")}}).ok());
        settle();
        CHECK(names(model).contains(QStringLiteral("Hans Jensen Bø")));
    }
    SECTION("opening a page (the access log) does not reload it")
    {
        resets.clear();
        REQUIRE(AccessLog(f.db()).record(AccessLog::Action::Open, f.hans, QStringLiteral("page")).ok());
        settle();
        CHECK(resets.isEmpty());
    }
}

TEST_CASE("The citizen page shows changes made elsewhere and keeps unsaved edits", "[citizen][live]")
{
    UiFixture f;
    CitizenPage page(f.db(), f.hans);
    auto* title = child<QLabel>(&page, "citizenTitle");
    auto* phone = child<QLineEdit>(&page, "phoneEdit");
    auto* email = child<QLineEdit>(&page, "emailEdit");

    f.tdb.clock.advanceSeconds(30); // the change is later than what the page shows
    SECTION("without unsaved edits the form and header follow")
    {
        REQUIRE(f.db().write(QStringLiteral("citizen"), f.hans,
                             {{QStringLiteral("name"), QStringLiteral("Hans Bo Jensen")},
                              {QStringLiteral("phone"), QStringLiteral("11 22 33 44")}})
                    .ok());
        settle();
        CHECK(title->text() == QStringLiteral("Hans Bo Jensen"));
        CHECK(phone->text() == QStringLiteral("11 22 33 44"));
    }
    SECTION("unsaved edits survive the refresh, and the page says what happened")
    {
        email->clear();
        QTest::keyClicks(email, QStringLiteral("hans@example.org"));
        REQUIRE(page.form()->isModified());
        REQUIRE(f.db().write(QStringLiteral("citizen"), f.hans, {{QStringLiteral("phone"), QStringLiteral("11 22 33 44")}}).ok());
        settle();
        CHECK(email->text() == QStringLiteral("hans@example.org"));
        CHECK(page.form()->isModified());
        CHECK(page.message().contains(QStringLiteral("another PC")));
    }
    SECTION("a change to another citizen leaves the page alone")
    {
        email->clear();
        QTest::keyClicks(email, QStringLiteral("hans@example.org"));
        REQUIRE(f.db().write(QStringLiteral("citizen"), f.hanne, {{QStringLiteral("phone"), QStringLiteral("11 22 33 44")}}).ok());
        settle();
        CHECK(page.message().isEmpty());
        CHECK(email->text() == QStringLiteral("hans@example.org"));
    }
    SECTION("the header follows a new caseworker set elsewhere")
    {
        REQUIRE(f.db().write(QStringLiteral("citizen"), f.hans, {{QStringLiteral("caseworker_id"), f.jv}}).ok());
        settle();
        CHECK(child<QLabel>(&page, "citizenSubtitle")->text().contains(QStringLiteral("Jonas Vestergaard")));
    }
}

TEST_CASE("Back to the list and reopening the same citizen shows the plan the conference drafted", "[citizen][plan][live]")
{
    UiFixture f;
    MainWindow window(f.db());
    window.openCitizen(f.aase);
    REQUIRE(window.citizenPage());
    REQUIRE(window.showCaseload());
    PlanDraftRequest request;
    request.citizenId = f.aase;
    request.employmentGoal = QStringLiteral("Job som pædagogmedhjælper");
    {
        auto tx = f.db().transaction();
        REQUIRE(PlanDrafts::create(f.db(), request).ok());
        REQUIRE(tx.commit().ok());
    }
    settle();
    window.openCitizen(f.aase);
    auto* tab = tabOf<PlanTab>(window.citizenPage());
    REQUIRE(tab);
    CHECK(tab->hasPlan());
    CHECK(tab->plan().employmentGoal == QStringLiteral("Job som pædagogmedhjælper"));
}
