// The citizen's data in the desktop client, driven offscreen: the access log's action filter,
// printing and saving the plan and printing the day view logged, "Export everything about the
// citizen…", and erasure from the retention list and from the citizen menu (confirmations
// answered through MessageBox's test hook).
#include "core/storage/AccessLog.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/storage/Erasure.h"
#include "core/plan/PlanRepository.h"
#include "tests/support/UiFixture.h"
#include "ui/common/FileDialogs.h"
#include "ui/main/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/audit/AccessLogUi.h"
#include "ui/citizendata/CitizenDataUi.h"
#include "ui/citizendata/CitizenReport.h"
#include "ui/citizendata/RetentionDialog.h"
#include "ui/plan/PlanTab.h"
#include "ui/teamday/DayView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

/// Accepts the print preview once it is shown, as the preview does after it printed.
void acceptPrintPreview()
{
    QTimer::singleShot(0, [] {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        REQUIRE(preview != nullptr);
        preview->accept();
    });
}

QAction* action(MainWindow& w, const char* name)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
    INFO("action " << name);
    REQUIRE(a != nullptr);
    return a;
}

} // namespace

TEST_CASE("The access log view keeps one kind of action when asked", "[audit][citizendata]")
{
    UiFixture f;
    f.tdb.clock.advanceSeconds(60);
    actAs(f.db(), f.mha);
    AccessLog log(f.db());
    REQUIRE(log.record(AccessLog::Action::Open, f.hans, AccessLog::kPage).ok());
    f.tdb.clock.advanceSeconds(60);
    REQUIRE(log.record(AccessLog::Action::Print, f.hans, AccessLog::kPlanPrint).ok());
    f.tdb.clock.advanceSeconds(60);
    REQUIRE(f.db().write(QStringLiteral("citizen"), f.hans, {{QStringLiteral("phone"), QStringLiteral("20304050")}}).ok());

    AccessLogView view(f.db(), AccessLogView::Mode::Citizen);
    view.setSubject(f.hans);
    auto* table = view.table();
    auto* filter = child<QComboBox>(&view, "accessLogActionFilter");
    CHECK(table->rowCount() == 4); // created, opened, printed, changed
    CHECK(table->item(0, 2)->text() == QStringLiteral("Changed"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Basic data changed: phone"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Mette Holm Andersen (MHA)"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("print")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text() == QStringLiteral("The intervention plan, on paper"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("change")));
    CHECK(table->rowCount() == 2);
    filter->setCurrentIndex(0);
    CHECK(table->rowCount() == 4);

    // Per staff member: Mette's own actions only (the fixture's citizens were created by nobody).
    AccessLogView byStaff(f.db(), AccessLogView::Mode::Staff);
    byStaff.setSubject(f.mha);
    CHECK(byStaff.table()->rowCount() == 3);
    CHECK(byStaff.table()->item(0, 1)->text() == QStringLiteral("Hans Jensen, 610190-1234"));
}

TEST_CASE("Printing and saving the plan, and printing the day view, are in the access log", "[audit][citizendata]")
{
    UiFixture f;
    actAs(f.db(), f.mha);
    Plan p;
    p.citizenId = f.hans;
    p.caseworkerId = f.mha;
    p.employmentGoal = QStringLiteral("Job på lager");
    REQUIRE(PlanRepository(f.db()).createDraft(p).ok());
    PlanTab tab(f.db(), f.hans);
    QTemporaryDir dir;

    SECTION("saving the plan as PDF")
    {
        const QString path = dir.filePath(QStringLiteral("plan.pdf"));
        FileDialogs::setNextAnswer(path);
        tab.savePdf();
        CHECK(QFileInfo(path).size() > 0);
        const auto exported = AccessLog(f.db()).forCitizen(f.hans, AccessLog::Action::Export);
        REQUIRE(exported.size() == 1);
        CHECK(exported[0].detail == AccessLog::kPlanPdf);
        CHECK(exported[0].staffId == f.mha);
        // Cancelled: nothing written, nothing logged.
        FileDialogs::setNextAnswer(QString());
        tab.savePdf();
        CHECK(AccessLog(f.db()).forCitizen(f.hans, AccessLog::Action::Export).size() == 1);
    }
    SECTION("printing the plan")
    {
        acceptPrintPreview();
        tab.printPreview();
        const auto printed = AccessLog(f.db()).forCitizen(f.hans, AccessLog::Action::Print);
        REQUIRE(printed.size() == 1);
        CHECK(printed[0].detail == AccessLog::kPlanPrint);
    }
    SECTION("printing the day view logs each citizen on the list")
    {
        Appointment a;
        a.staffId = f.mha;
        a.kind = AppointmentKind::FollowUp;
        a.start = QDateTime(QDate(2026, 11, 24), QTime(10, 0));
        a.end = a.start.addSecs(1800);
        Appointment b = a;
        a.citizenId = f.hans;
        b.citizenId = f.hanne;
        b.start = b.start.addSecs(3600);
        b.end = b.end.addSecs(3600);
        BookingOptions anyway; // this team has no working hours set; the day view is what is tested
        anyway.overrideReason = QStringLiteral("Arbejdstider ikke sat endnu.");
        REQUIRE(AppointmentRepository(f.db()).book({a, b}, anyway).ok());
        DayView view(f.db(), QDate(2026, 11, 24));
        CHECK(view.shownCitizens().size() == 2);
        acceptPrintPreview();
        view.print();
        for (const QString& id : {f.hans, f.hanne}) {
            const auto printed = AccessLog(f.db()).forCitizen(id, AccessLog::Action::Print);
            REQUIRE(printed.size() == 1);
            CHECK(printed[0].detail == AccessLog::kDayView);
        }
        CHECK(AccessLog(f.db()).forCitizen(f.peter, AccessLog::Action::Print).isEmpty());
    }
}

TEST_CASE("Export everything about the citizen from the Citizen menu", "[citizendata]")
{
    UiFixture f;
    f.makeLeader(f.mha); // the full export is a leader's
    actAs(f.db(), f.mha);
    MainWindow w(f.db());
    w.openCitizen(f.hans);
    QTemporaryDir dir;
    FileDialogs::setNextAnswer(dir.path());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(w, "actionExportCitizen")->trigger();
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    CHECK(files == QStringList{QStringLiteral("access-610190-1234-2026-11-23.json"),
                               QStringLiteral("access-610190-1234-2026-11-23.pdf")});
    CHECK(MessageBox::lastText().contains(QStringLiteral("access-610190-1234-2026-11-23.pdf")));
    const auto exported = AccessLog(f.db()).forCitizen(f.hans, AccessLog::Action::Export);
    REQUIRE(exported.size() == 1);
    CHECK(exported[0].detail == AccessLog::kCitizenExport);
    CHECK(exported[0].staffId == f.mha);
    CHECK(prefs::lastExportFolder.get() == dir.path());

    // A second time into the same folder: refused with a message, nothing overwritten or logged.
    FileDialogs::setNextAnswer(dir.path());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(w, "actionExportCitizen")->trigger();
    CHECK(MessageBox::lastText().contains(QStringLiteral("already exists")));
    CHECK(AccessLog(f.db()).forCitizen(f.hans, AccessLog::Action::Export).size() == 1);
}

TEST_CASE("A manager erases a closed case past the retention period after a confirmation naming the citizen", "[citizendata][erasure]")
{
    UiFixture f; // Peter Olsen's case is closed (today, 23-11-2026)
    prefs::retentionYears.set(5);
    RetentionDialog early(f.db());
    CHECK(early.casesTable()->rowCount() == 0);
    f.tdb.clock.advanceDays(5 * 366);
    RetentionDialog d(f.db());
    REQUIRE(d.casesTable()->rowCount() == 1);
    CHECK(d.casesTable()->item(0, 0)->text() == QStringLiteral("Peter Olsen"));
    CHECK(d.casesTable()->item(0, 1)->text() == QStringLiteral("630380-1236"));
    CHECK(d.casesTable()->item(0, 5)->text() == QStringLiteral("23-11-2031"));
    // The period is a setting: longer, and the case is not due yet.
    d.yearsBox()->setValue(10);
    CHECK(d.casesTable()->rowCount() == 0);
    CHECK(prefs::retentionYears.get() == 10);
    d.yearsBox()->setValue(5);
    REQUIRE(d.casesTable()->rowCount() == 1);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(d.eraseRow(0));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Peter Olsen (630380-1236)")));
    CHECK(CitizenRepository(f.db()).get(f.peter).has_value());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::addNextAnswer(QMessageBox::Ok);
    d.casesTable()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&d, "erase"), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Peter Olsen was erased")));
    CHECK_FALSE(CitizenRepository(f.db()).get(f.peter).has_value());
    CHECK(d.casesTable()->rowCount() == 0);
    REQUIRE(d.erasuresTable()->rowCount() == 1);
    CHECK(d.erasuresTable()->item(0, 2)->text() == QStringLiteral("Past the retention period"));
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM citizen WHERE name = 'Peter Olsen'")) == 0);
}

TEST_CASE("Erasing a citizen early needs a reason that names nobody, and closes their page", "[citizendata][erasure]")
{
    UiFixture f;
    f.makeLeader(f.mha); // erasure is a leader's
    actAs(f.db(), f.mha);
    MainWindow w(f.db());
    w.openCitizen(f.hans);
    REQUIRE(w.citizenPage());
    EraseCitizenDialog d(f.db(), f.hans, 5, &w);
    d.setBeforeErase([&w](const QString& id) { return w.citizenPage()->citizenId() != id || w.closeCitizenPage(); });
    CHECK(child<QLabel>(&d, "retentionState")->text().contains(QStringLiteral("open")));
    auto* erase = child<QPushButton>(&d, "erase");
    QTest::mouseClick(erase, Qt::LeftButton);
    CHECK(d.message().contains(QStringLiteral("still open")));
    QTest::keyClicks(child<QLineEdit>(&d, "reason"), QStringLiteral("Hans Jensen bad selv om det"));
    QTest::mouseClick(erase, Qt::LeftButton);
    CHECK(d.message().contains(QStringLiteral("without the citizen's name")));
    CHECK(CitizenRepository(f.db()).get(f.hans).has_value());

    child<QLineEdit>(&d, "reason")->clear();
    QTest::keyClicks(child<QLineEdit>(&d, "reason"), QStringLiteral("Borgeren har bedt om sletning"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::addNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(erase, Qt::LeftButton);
    CHECK(d.result() == QDialog::Accepted);
    CHECK_FALSE(CitizenRepository(f.db()).get(f.hans).has_value());
    CHECK_FALSE(w.citizenPage()); // the page went before the data did
    const auto records = Erasure(f.db()).records();
    REQUIRE(records.size() == 1);
    CHECK(records[0].basis == Erasure::kReason);
    CHECK(records[0].reason == QStringLiteral("Borgeren har bedt om sletning"));
    CHECK(records[0].by == f.mha);
    // The menu items are there.
    CHECK(action(w, "actionEraseCitizen")->isEnabled());
    CHECK(action(w, "actionRetention")->isEnabled());
}

TEST_CASE("The citizen's report never breaks a column heading inside its word", "[citizendata]")
{
    // Long comments take the width; a short heading ("Score") stays whole.
    QVector<QStringList> rows;
    for (int i = 0; i < 3; ++i) {
        rows << QStringList{QStringLiteral("17-09-2026"), QStringLiteral("Kunne gå en tur på 30 minutter uden smerter"),
                            QStringLiteral("Koordinerende sagsbehandler"), QStringLiteral("5"),
                            QStringLiteral("Borgeren fortæller, at turene er blevet længere, og at smerterne om "
                                           "aftenen er mindre end før; hun vil prøve at gå med en veninde.")};
    }
    QTextDocument doc;
    CitizenReport::prepare(doc, CitizenReport::table({QStringLiteral("Date"), QStringLiteral("Goal"),
                                                      QStringLiteral("Rated by"), QStringLiteral("Score"),
                                                      QStringLiteral("Comment")},
                                                     rows));
    doc.setTextWidth(250); // narrow: the columns are squeezed below their words
    REQUIRE(doc.size().height() > 0); // laid out
    int headings = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text() == QStringLiteral("Score") || b.text() == QStringLiteral("Date")) {
            ++headings;
            INFO(b.text().toStdString());
            CHECK(b.layout()->lineCount() == 1);
        }
    }
    CHECK(headings == 2);
}
