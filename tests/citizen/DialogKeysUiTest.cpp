// Dialogs and keys (issue 17, item 4): typed dates, messages that go once the field is fixed and
// are never cut off, the close-case date typed by hand.
#include "tests/support/UiFixture.h"
#include "ui/citizen/CitizenForm.h"
#include "ui/citizen/CloseCaseDialog.h"
#include "ui/citizen/NewCitizenDialog.h"
#include "ui/common/DateEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

/// Selects the whole date and types over it, as a person does, then presses `leave`.
void typeDate(DateEdit* edit, const QString& text, Qt::Key leave)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, leave);
}

} // namespace

TEST_CASE("DateEdit::parse reads dates as Danes type them, day first", "[citizen][dates]")
{
    const QDate today(2026, 11, 23);
    CHECK(DateEdit::parse(QStringLiteral("5-3-2026"), today) == QDate(2026, 3, 5));
    CHECK(DateEdit::parse(QStringLiteral("05-03-2026"), today) == QDate(2026, 3, 5));
    CHECK(DateEdit::parse(QStringLiteral("5.3.26"), today) == QDate(2026, 3, 5));
    CHECK(DateEdit::parse(QStringLiteral("5/3"), today) == QDate(2026, 3, 5));
    CHECK(DateEdit::parse(QStringLiteral("05032026"), today) == QDate(2026, 3, 5));
    CHECK(DateEdit::parse(QStringLiteral("050326"), today) == QDate(2026, 3, 5));
    CHECK(DateEdit::parse(QStringLiteral(" 1-12-2025 "), today) == QDate(2025, 12, 1));
    CHECK_FALSE(DateEdit::parse(QStringLiteral("31-02-2026"), today).isValid());
    CHECK_FALSE(DateEdit::parse(QStringLiteral("12345"), today).isValid());
    CHECK_FALSE(DateEdit::parse(QStringLiteral("i går"), today).isValid());
    CHECK_FALSE(DateEdit::parse(QString(), today).isValid());
}

TEST_CASE("A date typed over the whole field is kept when Tab or Return goes on", "[citizen][dates]")
{
    UiFixture f;
    NewCitizenDialog dialog(f.db(), f.mha);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* start = child<DateEdit>(&dialog, "benefitStartEdit");
    auto* target = child<QComboBox>(&dialog, "targetGroupCombo");

    typeDate(start, QStringLiteral("5-3-2026"), Qt::Key_Tab);
    CHECK(start->date() == QDate(2026, 3, 5));
    CHECK(start->text() == QStringLiteral("05-03-2026"));
    CHECK(target->hasFocus()); // Tab went on to the next field, not to the month

    typeDate(start, QStringLiteral("01102026"), Qt::Key_Return);
    CHECK(start->date() == QDate(2026, 10, 1));

    typeDate(start, QStringLiteral("17-11-2026"), Qt::Key_Tab);
    CHECK(start->date() == QDate(2026, 11, 17));

    // What cannot be read puts the last date back, as before.
    typeDate(start, QStringLiteral("31-02-2026"), Qt::Key_Tab);
    CHECK(start->date() == QDate(2026, 11, 17));
}

TEST_CASE("New citizen: a message goes once its field is fixed, and a long one wraps as the dialog grows", "[citizen]")
{
    UiFixture f;
    NewCitizenDialog dialog(f.db(), f.mha);
    dialog.show();
    auto* cpr = child<QLineEdit>(&dialog, "cprEdit");
    auto* name = child<QLineEdit>(&dialog, "nameEdit");
    auto* cprIssue = child<QLabel>(&dialog, "cprIssue");
    auto* nameIssue = child<QLabel>(&dialog, "nameIssue");
    auto* benefit = child<QComboBox>(&dialog, "benefitCombo");
    benefit->setCurrentIndex(benefit->findData(QStringLiteral("sygedagpenge")));

    // Hans Jensen's CPR number: the duplicate's reason names him.
    QTest::keyClicks(cpr, QStringLiteral("610190-1234"));
    const int heightBefore = dialog.height();
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    QCoreApplication::processEvents(); // the layout follows the messages
    REQUIRE(dialog.isVisible());
    REQUIRE(cprIssue->isVisible());
    CHECK(cprIssue->text().contains(QStringLiteral("Hans Jensen")));
    CHECK(cprIssue->wordWrap());
    CHECK(nameIssue->isVisible());
    // The whole message is on screen: the dialog grew to hold it, and no line is cut.
    CHECK(dialog.height() > heightBefore);
    INFO(cprIssue->text().toStdString() << " width " << cprIssue->width());
    CHECK(cprIssue->height() >= cprIssue->heightForWidth(cprIssue->width()));
    CHECK(cprIssue->mapTo(&dialog, QPoint(0, cprIssue->height())).y() <= dialog.height());

    // Fixing the name takes its message away at once; the CPR message stays until it is fixed.
    QTest::keyClicks(name, QStringLiteral("Karen Blixen"));
    CHECK_FALSE(nameIssue->isVisible());
    CHECK(cprIssue->isVisible());
    cpr->clear();
    QTest::keyClicks(cpr, QStringLiteral("710590-4441"));
    CHECK_FALSE(cprIssue->text().contains(QStringLiteral("already exists")));
}

TEST_CASE("Close case: the refusal goes once the outcome is chosen", "[citizen][outcome]")
{
    UiFixture f;
    CloseCaseDialog dialog(f.db(), f.hans);
    dialog.show();
    CHECK_FALSE(dialog.save()); // no outcome chosen
    CHECK_FALSE(dialog.message().isEmpty());
    dialog.outcomeBox()->setCurrentIndex(1);
    CHECK(dialog.message().isEmpty());
    CHECK(dialog.save());
}
