#include "core/screening/InstrumentLoader.h"
#include "core/citizen/CitizenRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/screening/ScaleInput.h"
#include "ui/screening/ScreeningHistoryModel.h"
#include "ui/screening/ScreeningHistoryWidget.h"
#include "ui/screening/ScreeningWizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

struct World
{
    TempDb t;
    QString caseworker;
    QString citizen;

    World()
    {
        Staff s;
        s.name = QStringLiteral("Karen Sagsbehandler");
        s.initials = QStringLiteral("KS");
        auto staff = StaffRepository(*t).create(s);
        REQUIRE(staff.ok());
        caseworker = staff->id;
        Citizen c;
        c.cpr = QStringLiteral("610190-1234");
        c.name = QStringLiteral("Åse Ærø");
        c.benefit = QStringLiteral("sygedagpenge");
        c.benefitStart = QDate(2026, 11, 18);
        c.caseworkerId = caseworker;
        auto created = CitizenRepository(*t).create(c);
        REQUIRE(created.ok());
        citizen = created->id;
    }
};

/// Saves a picture of the widget when SAMSPIL_SCREENSHOTS names a folder.
void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("SAMSPIL_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, Qt::Key(k), mods);
}

void type(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClicks(focus, text);
}

/// Answers every item from the keyboard: `steps(i)` presses of the right arrow (the first
/// press chooses the minimum), then Tab to the next question.
void answerByKeyboard(ScreeningWizard& w, const std::function<int(const InstrumentItem&)>& value)
{
    for (const auto& item : w.instrument().items) {
        auto* input = qobject_cast<ScaleInput*>(QApplication::focusWidget());
        INFO("item " << item.id.toStdString() << ", focus on "
                     << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : std::string("nothing")));
        REQUIRE(input);
        REQUIRE(input->itemId() == item.id);
        const int v = value(item);
        for (int i = item.min; i <= v; ++i) {
            key(Qt::Key_Right);
        }
        CHECK(input->value() == v);
        key(Qt::Key_Tab);
    }
}

} // namespace

TEST_CASE("The screening wizard is driven by keyboard alone to a saved screening", "[ui][screening]")
{
    World w;
    const Instrument& in = InstrumentLoader::defaultInstrument();
    ScreeningWizard wizard(*w.t, in, w.citizen, w.caseworker);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QApplication::setActiveWindow(&wizard); // also where no window manager activates it (xvfb)
    CHECK(wizard.currentId() == ScreeningWizard::AnswersPage);
    auto* next = wizard.button(QWizard::NextButton);
    CHECK_FALSE(next->isEnabled()); // nothing answered yet
    REQUIRE(QTest::qWaitFor([] { return qobject_cast<ScaleInput*>(QApplication::focusWidget()) != nullptr; }));

    // Every item answered at its middle value: total 57, moderate.
    answerByKeyboard(wizard, [](const InstrumentItem& i) { return i.min + (i.max - i.min) / 2; });
    CHECK(next->isEnabled());
    screenshot(&wizard, QStringLiteral("1-answers"));
    wizard.currentPage()->findChildren<ScaleInput*>().front()->setFocus();
    key(Qt::Key_Return);
    REQUIRE(wizard.currentId() == ScreeningWizard::ProposalPage);
    QTest::qWait(10);
    auto* proposed = wizard.findChild<QLabel*>(QStringLiteral("proposedRisk"));
    REQUIRE(proposed);
    CHECK(proposed->text().contains(Risks::label(Risk::Moderate)));
    screenshot(&wizard, QStringLiteral("2-proposal"));
    key(Qt::Key_Return);
    REQUIRE(wizard.currentId() == ScreeningWizard::DecisionPage);

    // Assessment, then decide high (differs from moderate): a reason is required before saving.
    auto* assessment = wizard.findChild<QPlainTextEdit*>(QStringLiteral("assessment"));
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == assessment; }));
    type(QStringLiteral("Borgeren har ondt i ryggen og sover dårligt."));
    key(Qt::Key_Tab);
    auto* risk = wizard.findChild<QComboBox*>(QStringLiteral("decidedRisk"));
    REQUIRE(QApplication::focusWidget() == risk);
    CHECK(risk->currentData().toString() == QStringLiteral("moderate"));
    key(Qt::Key_Down);
    CHECK(risk->currentData().toString() == QStringLiteral("high"));
    auto* finish = wizard.button(QWizard::FinishButton);
    CHECK_FALSE(finish->isEnabled());
    key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == wizard.findChild<QPlainTextEdit*>(QStringLiteral("reason")));
    type(QStringLiteral("Lang sygehistorik, som skemaet ikke fanger."));
    CHECK(finish->isEnabled());
    screenshot(&wizard, QStringLiteral("3-decision"));
    key(Qt::Key_Backtab);
    REQUIRE(QApplication::focusWidget() == risk);
    key(Qt::Key_Return);

    REQUIRE(wizard.saved());
    CHECK(wizard.result() == QDialog::Accepted);
    const auto stored = ScreeningRepository(*w.t).latestDecided(w.citizen);
    REQUIRE(stored);
    CHECK(stored->id == wizard.saved()->id);
    CHECK(stored->proposedRisk == Risk::Moderate);
    CHECK(stored->decidedRisk == Risk::High);
    CHECK(stored->reason == QStringLiteral("Lang sygehistorik, som skemaet ikke fanger."));
    CHECK(stored->assessment == QStringLiteral("Borgeren har ondt i ryggen og sover dårligt."));
    CHECK(stored->screenedBy == w.caseworker);
    CHECK(stored->scores.value(QStringLiteral("total")) == 57);
    CHECK(stored->answers.size() == in.items.size());
}

TEST_CASE("Scale input keys: arrows, Home, End, digits, Delete", "[ui][screening]")
{
    InstrumentItem item;
    item.id = QStringLiteral("q1");
    item.min = 0;
    item.max = 10;
    ScaleInput input(item);
    input.show();
    CHECK_FALSE(input.value());
    QTest::keyClick(&input, Qt::Key_End);
    CHECK(input.value() == 10);
    QTest::keyClick(&input, Qt::Key_Right);
    CHECK(input.value() == 10);
    QTest::keyClick(&input, Qt::Key_Left);
    CHECK(input.value() == 9);
    QTest::keyClick(&input, Qt::Key_Home);
    CHECK(input.value() == 0);
    QTest::keyClick(&input, Qt::Key_7);
    CHECK(input.value() == 7);
    QTest::keyClicks(&input, QStringLiteral("10"));
    CHECK(input.value() == 10);
    QTest::keyClick(&input, Qt::Key_Delete);
    CHECK_FALSE(input.value());
    // A click on a radio button chooses too.
    auto* radio = input.findChild<QAbstractButton*>(QStringLiteral("answer_q1_4"));
    REQUIRE(radio);
    QTest::mouseClick(radio, Qt::LeftButton);
    CHECK(input.value() == 4);
}

TEST_CASE("The wizard refuses to save when the database says no, and shows why", "[ui][screening]")
{
    World w;
    const Instrument& in = InstrumentLoader::defaultInstrument();
    ScreeningWizard wizard(*w.t, in, QStringLiteral("00000000-0000-4000-8000-000000000000"), w.caseworker);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    for (auto* input : wizard.findChildren<ScaleInput*>()) {
        input->setValue(input->itemId() == QStringLiteral("q1") ? 3 : 0);
    }
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ScreeningWizard::DecisionPage);
    CHECK_FALSE(wizard.save());
    auto* error = wizard.findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE(error);
    CHECK(error->isVisibleTo(&wizard));
    CHECK((error->text().contains(QStringLiteral("citizen")) || error->text().contains(QStringLiteral("borger"), Qt::CaseInsensitive)));
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM screening")) == 0);
}

TEST_CASE("Screening history lists screenings newest first and a correction keeps the original", "[ui][screening]")
{
    World w;
    const Instrument& in = InstrumentLoader::defaultInstrument();
    ScreeningDraft d;
    d.citizenId = w.citizen;
    d.screenedBy = w.caseworker;
    for (const auto& item : in.items) {
        d.answers.insert(item.id, item.reverse ? item.max : item.min);
    }
    d.decidedRisk = Risk::Low;
    ScreeningRepository repo(*w.t);
    auto first = repo.save(in, d);
    REQUIRE(first.ok());

    ScreeningHistoryWidget history(*w.t, w.caseworker);
    QAbstractItemModelTester tester(history.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    history.setCitizen(w.citizen);
    history.resize(900, 260);
    history.show();
    REQUIRE(history.model()->rowCount() == 1);
    auto* correct = history.findChild<QPushButton*>(QStringLiteral("correctScreening"));
    REQUIRE(correct);
    CHECK_FALSE(correct->isEnabled());
    history.view()->selectRow(0);
    CHECK(correct->isEnabled());

    w.t.clock.advanceDays(1);
    d.answers[QStringLiteral("q3")] = 10;
    d.decidedRisk = Risk::Moderate;
    d.reason = QStringLiteral("Smerterne var skrevet forkert ind.");
    auto fixed = repo.correct(first->id, in, d);
    REQUIRE(fixed.ok());
    // The widget follows the database.
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    REQUIRE(history.model()->rowCount() == 2);
    auto* model = history.model();
    CHECK(model->data(model->index(0, ScreeningHistoryModel::DecidedColumn)).toString() == Risks::label(Risk::Moderate));
    CHECK(model->data(model->index(1, ScreeningHistoryModel::DecidedColumn)).toString() == Risks::label(Risk::Low));
    CHECK(model->data(model->index(1, 0), ScreeningHistoryModel::SupersededRole).toBool());
    CHECK_FALSE(model->data(model->index(0, 0), ScreeningHistoryModel::SupersededRole).toBool());
    history.view()->selectRow(1);
    CHECK_FALSE(correct->isEnabled()); // a corrected screening cannot be corrected again
    screenshot(&history, QStringLiteral("4-history"));
}

TEST_CASE("The screening tab shows the caseworker's assessment in full, for the chosen screening", "[ui][screening]")
{
    World w;
    const Instrument& in = InstrumentLoader::defaultInstrument();
    ScreeningDraft d;
    d.citizenId = w.citizen;
    d.screenedBy = w.caseworker;
    for (const auto& item : in.items) {
        d.answers.insert(item.id, item.reverse ? item.max : item.min);
    }
    d.decidedRisk = Risk::Low;
    d.assessment = QStringLiteral("Borgeren fortalte om søvnproblemer og ønsker at komme i gang.");
    ScreeningRepository repo(*w.t);
    auto first = repo.save(in, d);
    REQUIRE(first.ok());
    w.t.clock.advanceDays(1);
    d.assessment = QStringLiteral("Ny samtale: smerterne fylder mere.");
    d.decidedRisk = Risk::Moderate;
    d.reason = QStringLiteral("Smerter");
    REQUIRE(repo.save(in, d).ok());

    ScreeningHistoryWidget history(*w.t, w.caseworker);
    history.setCitizen(w.citizen);
    history.show();
    auto* detail = history.findChild<QLabel*>(QStringLiteral("screeningDetail"));
    REQUIRE(detail);
    CHECK(detail->isVisible());
    CHECK(detail->text().contains(QStringLiteral("Ny samtale: smerterne fylder mere.")));  // the newest
    history.view()->selectRow(1);
    CHECK(detail->text().contains(QStringLiteral("søvnproblemer")));
}

TEST_CASE("The open screening tab shows a screening saved elsewhere without reopening", "[ui][screening]")
{
    World w;
    const Instrument& in = InstrumentLoader::defaultInstrument();
    ScreeningDraft d;
    d.citizenId = w.citizen;
    d.screenedBy = w.caseworker;
    for (const auto& item : in.items) {
        d.answers.insert(item.id, item.reverse ? item.max : item.min);
    }
    d.decidedRisk = Risk::Low;
    d.assessment = QStringLiteral("Første samtale.");
    ScreeningRepository repo(*w.t);
    auto first = repo.save(in, d);
    REQUIRE(first.ok());

    ScreeningHistoryWidget history(*w.t, w.caseworker);
    history.setCitizen(w.citizen);
    history.show();
    auto* latest = history.findChild<QLabel*>(QStringLiteral("latestRisk"));
    auto* detail = history.findChild<QLabel*>(QStringLiteral("screeningDetail"));
    REQUIRE(latest);
    REQUIRE(detail);
    REQUIRE(history.model()->rowCount() == 1);
    const QString before = latest->text();

    // Another caseworker (another window, or a synced PC) corrects it: high, with a new assessment.
    w.t.clock.advanceDays(1);
    d.decidedRisk = Risk::High;
    d.reason = QStringLiteral("Langvarige smerter");
    d.assessment = QStringLiteral("Anden samtale: smerterne fylder mere.");
    REQUIRE(repo.correct(first->id, in, d).ok());
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
    CHECK(history.model()->rowCount() == 2);
    CHECK(latest->text() != before);
    CHECK(latest->text().contains(Risks::label(Risk::High)));
    CHECK(detail->text().contains(QStringLiteral("Anden samtale")));

    // A screening of another citizen changes nothing here.
    Citizen other;
    other.cpr = QStringLiteral("620190-1235");
    other.name = QStringLiteral("Bo Berg");
    other.benefit = QStringLiteral("sygedagpenge");
    other.benefitStart = QDate(2026, 11, 18);
    auto created = CitizenRepository(*w.t).create(other);
    REQUIRE(created.ok());
    d.citizenId = created->id;
    REQUIRE(repo.save(in, d).ok());
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
    CHECK(history.model()->rowCount() == 2);
}
