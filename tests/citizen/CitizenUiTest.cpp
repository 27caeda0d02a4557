#include "core/citizen/CitizenImporter.h"
#include "core/storage/AccessLog.h"
#include "tests/support/UiFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Settings.h"
#include "ui/citizen/CitizenForm.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/citizen/CloseCaseDialog.h"
#include "ui/citizen/NewCitizenDialog.h"
#include "ui/citizen/ImportDialog.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/staff/StaffModel.h"
#include "ui/staff/StaffDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

/// Runs `fn` on the next modal dialog once it is shown (the caller then opens it with exec()).
void whenModal(std::function<void(QWidget*)> fn)
{
    QTimer::singleShot(0, [fn = std::move(fn)] {
        QWidget* modal = QApplication::activeModalWidget();
        REQUIRE(modal != nullptr);
        fn(modal);
    });
}

void setText(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

qint64 changeLogRows(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM change_log"));
}

} // namespace

TEST_CASE("The citizen page shows validation messages in place and saves nothing", "[citizen]")
{
    UiFixture f;
    CitizenPage page(f.db(), f.hans);
    page.show();
    const qint64 before = changeLogRows(f.db());
    auto* save = child<QPushButton>(&page, "saveButton");
    CHECK(page.tabs()->tabText(0) == QStringLiteral("Basic data"));

    SECTION("a CPR number whose birth date does not exist")
    {
        setText(&page, "cprEdit", QStringLiteral("320190-1234"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto* issue = child<QLabel>(&page, "cprIssue");
        CHECK_FALSE(issue->isHidden());
        CHECK_FALSE(issue->text().isEmpty());
        CHECK(page.message().startsWith(QStringLiteral("Nothing was saved")));
    }
    SECTION("an e-mail address without a domain")
    {
        setText(&page, "emailEdit", QStringLiteral("hans@"));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(child<QLabel>(&page, "emailIssue")->text().contains(QStringLiteral("hans@")));
        CHECK(child<QLabel>(&page, "cprIssue")->isHidden() == child<QLabel>(&page, "cprIssue")->text().isEmpty());
    }
    SECTION("a CPR number another citizen has")
    {
        setText(&page, "cprEdit", QStringLiteral("6202851235"));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(child<QLabel>(&page, "cprIssue")->text().contains(QStringLiteral("Hanne Hansen")));
    }
    CHECK(changeLogRows(f.db()) == before);
    const auto stored = CitizenRepository(f.db()).get(f.hans);
    CHECK(stored->cpr == QStringLiteral("6101901234"));
    CHECK(stored->email.isEmpty());
}

TEST_CASE("The citizen page saves good changes, and Undo changes puts back what is stored", "[citizen]")
{
    UiFixture f;
    CitizenPage page(f.db(), f.hans);
    setText(&page, "phoneEdit", QStringLiteral("+45 12 34 56 78"));
    setText(&page, "emailEdit", QStringLiteral("hans@demo.invalid"));
    QTest::mouseClick(child<QPushButton>(&page, "saveButton"), Qt::LeftButton);
    CHECK(page.message() == QStringLiteral("Saved."));
    f.tdb.reopen();
    const auto stored = CitizenRepository(*f.tdb).get(f.hans);
    CHECK(stored->phone == QStringLiteral("+45 12 34 56 78"));
    CHECK(stored->email == QStringLiteral("hans@demo.invalid"));

    CitizenPage again(*f.tdb, f.hans);
    setText(&again, "nameEdit", QStringLiteral("Someone Else"));
    CHECK(again.form()->isModified());
    QTest::mouseClick(child<QPushButton>(&again, "cancelButton"), Qt::LeftButton);
    CHECK(child<QLineEdit>(&again, "nameEdit")->text() == QStringLiteral("Hans Jensen"));
    CHECK_FALSE(again.form()->isModified());
}

TEST_CASE("Modules can add tabs to the citizen page", "[citizen]")
{
    UiFixture f;
    CitizenPage::registerTab({QStringLiteral("test-extra"), 50, [] { return QStringLiteral("Extra"); },
                              [](Database&, const QString& id, QWidget* parent) {
                                  auto* l = new QLabel(id, parent);
                                  l->setObjectName(QStringLiteral("extraTab"));
                                  return l;
                              }});
    CitizenPage page(f.db(), f.hanne);
    CitizenPage::registerTab({QStringLiteral("test-extra"), 50, [] { return QString(); },
                              [](Database&, const QString&, QWidget*) -> QWidget* { return nullptr; }});
    // Other modules' tabs (Plan, …) may be there too; the extra one is there exactly once.
    QStringList titles;
    for (int i = 0; i < page.tabs()->count(); ++i) {
        titles << page.tabs()->tabText(i);
    }
    CHECK(titles.count(QStringLiteral("Extra")) == 1);
    CHECK(titles.indexOf(QStringLiteral("Extra")) > 0); // after Stamdata
    CHECK(child<QLabel>(&page, "extraTab")->text() == f.hanne);
}

TEST_CASE("Leaving a citizen page with unsaved changes asks first", "[citizen]")
{
    UiFixture f;
    MainWindow w(f.db());
    w.openCitizen(f.hans);
    REQUIRE(w.citizenPage());
    setText(w.citizenPage(), "nameEdit", QStringLiteral("Hans Jensen Junior"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(w.showCaseload());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Hans Jensen")));
    MessageBox::setNextAnswer(QMessageBox::Save);
    CHECK(w.showCaseload());
    CHECK(CitizenRepository(f.db()).get(f.hans)->name == QStringLiteral("Hans Jensen Junior"));
}

TEST_CASE("A new citizen created in the dialog appears in the caseload", "[citizen]")
{
    UiFixture f;
    actAs(f.db(), f.jv);
    MainWindow w(f.db());
    const int before = w.caseloadView()->model()->rowCount();

    SECTION("bad data keeps the dialog open with the messages in place")
    {
        bool stayedOpen = false;
        whenModal([&](QWidget* dialog) {
            setText(dialog, "cprEdit", QStringLiteral("311390-1234"));
            setText(dialog, "nameEdit", QStringLiteral("Karen Blixen"));
            QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
            stayedOpen = dialog->isVisible();
            CHECK_FALSE(child<QLabel>(dialog, "cprIssue")->text().isEmpty());
            CHECK_FALSE(child<QLabel>(dialog, "benefitIssue")->text().isEmpty());
            static_cast<QDialog*>(dialog)->reject();
        });
        w.newCitizen();
        CHECK(stayedOpen);
        CHECK(w.caseloadView()->model()->rowCount() == before);
    }
    SECTION("good data creates the citizen, in my caseload, and opens the page")
    {
        whenModal([&](QWidget* dialog) {
            // The caseworker is preselected: the user.
            CHECK(child<QComboBox>(dialog, "caseworkerCombo")->currentData().toString() == f.jv);
            setText(dialog, "cprEdit", QStringLiteral("7105904441"));
            setText(dialog, "nameEdit", QStringLiteral("Karen Blixen"));
            auto* benefit = child<QComboBox>(dialog, "benefitCombo");
            benefit->setCurrentIndex(benefit->findData(QStringLiteral("sygedagpenge")));
            QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        });
        w.newCitizen();
        const auto created = CitizenRepository(f.db()).findByCpr(QStringLiteral("710590-4441"));
        REQUIRE(created);
        CHECK(created->caseworkerId == f.jv);
        CHECK(w.caseloadView()->model()->rowCount() == before + 1);
        CHECK(names(*w.caseloadView()->model()).contains(QStringLiteral("Karen Blixen")));
        CHECK(w.countText() == QStringLiteral("Active cases: 2 · target: at most 40"));
        REQUIRE(w.citizenPage());
        CHECK(w.citizenPage()->citizenId() == created->id);
    }
}

namespace {
/// Runs `answer` on the close-case dialog as soon as it is shown (it is modal).
void whenCloseDialogShows(std::function<void(CloseCaseDialog&)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<CloseCaseDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        answer(*dialog);
    });
}
} // namespace

TEST_CASE("Closing a case asks how the course ended, and the case moves to closed cases", "[citizen][outcome]")
{
    UiFixture f;
    actAs(f.db(), f.mha);
    MainWindow w(f.db());
    auto* table = w.caseloadView();
    REQUIRE(table->model()->rowCount() == 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    REQUIRE(w.currentCitizenId() == f.hans);

    // Cancel changes nothing.
    whenCloseDialogShows([](CloseCaseDialog& d) { d.reject(); });
    CHECK_FALSE(w.closeCase());
    CHECK(CitizenRepository(f.db()).get(f.hans)->status == CitizenStatus::Active);

    // Without an outcome the dialog says so and stays; with one it closes the case.
    QString refusal;
    whenCloseDialogShows([&refusal](CloseCaseDialog& d) {
        d.accept();
        refusal = d.message();
        CHECK(d.isVisible());
        d.outcomeBox()->setCurrentIndex(d.outcomeBox()->findData(QStringLiteral("education")));
        d.dateEdit()->setDate(QDate(2026, 11, 2));
        d.accept();
    });
    CHECK(w.closeCase());
    CHECK(refusal == QStringLiteral("Choose how the course ended."));
    const auto closed = CitizenRepository(f.db()).get(f.hans);
    CHECK(closed->status == CitizenStatus::Closed);
    CHECK(closed->outcome == QStringLiteral("education"));
    CHECK(closed->outcomeDate == QDate(2026, 11, 2));
    CHECK(table->model()->rowCount() == 0);
    CHECK(w.countText() == QStringLiteral("Active cases: 0 · target: at most 40"));
    const int row = w.caseloadModel()->rowOf(f.hans);
    CHECK(w.caseloadModel()->index(row, CaseloadModel::Status).data().toString() == QStringLiteral("Closed: Education"));
    CHECK(w.caseloadModel()->index(row, CaseloadModel::Weeks).data().toString() == QStringLiteral("4"));

    w.openCitizen(f.hans);
    CHECK(w.reopenCase());
    CHECK(CitizenRepository(f.db()).get(f.hans)->status == CitizenStatus::Active);
    CHECK(CitizenRepository(f.db()).get(f.hans)->outcome.isEmpty());
}

TEST_CASE("The import dialog imports a CSV file and shows the rejected rows", "[import]")
{
    UiFixture f;
    MainWindow w(f.db());
    const int before = w.caseloadModel()->rowCount();
    ImportDialog dialog(f.db(), &w);
    dialog.setFile(dataPath(QStringLiteral("import/mixed.csv")));
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    REQUIRE(dialog.report().has_value());
    CHECK(child<QProgressBar>(&dialog, "importProgress")->value() == 100);
    CHECK(child<QLabel>(&dialog, "importSummary")->text().startsWith(QStringLiteral("3 new citizen(s) imported, 1 updated, 6 row(s) rejected")));

    auto* table = child<QTableWidget>(&dialog, "importReportTable");
    QVector<int> rejected;
    QVector<int> warned;
    for (int r = 0; r < table->rowCount(); ++r) {
        const int line = table->item(r, 0)->data(Qt::DisplayRole).toInt();
        auto& lines = table->item(r, 1)->text() == QStringLiteral("Rejected") ? rejected : warned;
        if (!lines.contains(line)) {
            lines << line;
        }
        CHECK_FALSE(table->item(r, 2)->text().isEmpty());
    }
    CHECK(rejected == QVector<int>{3, 4, 5, 6, 8, 10});
    CHECK(warned == QVector<int>{2, 7, 11, 12});
    // Line 2 has Hans Jensen's CPR number: it updates him rather than adding a duplicate.
    CHECK(w.caseloadModel()->rowCount() == before + 3);
    CHECK(CitizenRepository(f.db()).get(f.hans)->name == QStringLiteral("Åse Ærø Østergaard"));

    QTemporaryDir out;
    const QString reportPath = out.filePath(QStringLiteral("report.csv"));
    CHECK(child<QPushButton>(&dialog, "saveReportButton")->isEnabled());
    REQUIRE(dialog.saveReport(reportPath));
    CHECK(readFile(reportPath) == dialog.report()->toCsv());

    SECTION("a file that cannot be read imports nothing and says why")
    {
        ImportDialog bad(f.db());
        bad.setFile(out.filePath(QStringLiteral("missing.csv")));
        CHECK_FALSE(bad.runImport());
        CHECK(child<QLabel>(&bad, "importSummary")->text().startsWith(QStringLiteral("Nothing was imported")));
        CHECK(w.caseloadModel()->rowCount() == before + 3);
    }
}

TEST_CASE("Staff are added, edited and deactivated in the staff dialog", "[staff]")
{
    UiFixture f;
    StaffDialog dialog(f.db());
    QTest::mouseClick(child<QPushButton>(&dialog, "newStaffButton"), Qt::LeftButton);
    setText(&dialog, "staffNameEdit", QStringLiteral("Camilla Bech"));
    setText(&dialog, "staffInitialsEdit", QStringLiteral("JV"));
    auto* profession = child<QComboBox>(&dialog, "professionCombo");
    profession->setCurrentIndex(profession->findData(QStringLiteral("physiotherapist")));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveStaffButton"), Qt::LeftButton);
    CHECK(dialog.message().contains(QStringLiteral("Jonas Vestergaard")));
    CHECK(dialog.model()->rowCount() == 2);

    setText(&dialog, "staffInitialsEdit", QStringLiteral("CB"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveStaffButton"), Qt::LeftButton);
    REQUIRE(dialog.model()->rowCount() == 3);
    const auto cb = StaffRepository(f.db()).byInitials(QStringLiteral("CB"));
    REQUIRE(cb);
    CHECK(cb->profession == Profession::Physiotherapist);
    CHECK(dialog.selectedId() == cb->id);

    // Deactivating a caseworker with active cases asks first.
    dialog.select(f.mha);
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(dialog.toggleActive());
    CHECK(StaffRepository(f.db()).get(f.mha)->active);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(dialog.toggleActive());
    CHECK_FALSE(StaffRepository(f.db()).get(f.mha)->active);
    CHECK(dialog.model()->index(dialog.model()->rowOf(f.mha), StaffModel::Active).data().toString()
          == QStringLiteral("Deactivated"));
}

TEST_CASE("A message box can be answered by a test", "[messagebox]")
{
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("Really?")) == QMessageBox::No);
    CHECK(MessageBox::lastText() == QStringLiteral("Really?"));
}

TEST_CASE("Opening a citizen's page is logged, and the page's access-log tab shows who", "[audit]")
{
    UiFixture f;
    actAs(f.db(), f.mha);
    MainWindow w(f.db());
    w.openCitizen(f.hans);
    REQUIRE(w.citizenPage());
    // (Creating the citizen is in the log too, as a change.)
    const auto entries = AccessLog(f.db()).forCitizen(f.hans, AccessLog::Action::Open);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].staffId == f.mha);
    CHECK(entries[0].action == AccessLog::Action::Open);

    auto* view = w.citizenPage()->findChild<QWidget*>(QStringLiteral("citizenAccessLog"));
    REQUIRE(view);
    auto* table = child<QTableWidget>(view, "accessLogTable");
    CHECK(table->rowCount() == 2);
    auto* filter = child<QComboBox>(view, "accessLogActionFilter");
    filter->setCurrentIndex(filter->findData(QStringLiteral("open")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Mette Holm Andersen (MHA)"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Opened"));

    // Going back and opening another citizen logs that too; the first page's log is its own.
    w.showCaseload();
    w.openCitizen(f.hanne);
    CHECK(AccessLog(f.db()).forCitizen(f.hanne, AccessLog::Action::Open).size() == 1);
    CHECK(AccessLog(f.db()).byStaff(f.mha).size() == 2);
}
