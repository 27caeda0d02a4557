#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/ConferenceRepository.h"
#include "core/teamday/ConsentRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/teamday/ConferenceBooking.h"
#include "tests/teamday/TeamDayFixture.h"
#include "tests/support/UiFixture.h"
#include "ui/main/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/teamday/BookConferenceDialog.h"
#include "ui/teamday/BookTeamDayDialog.h"
#include "ui/teamday/ConferenceDialog.h"
#include "ui/teamday/DayView.h"
#include "ui/teamday/MoveAppointmentDialog.h"
#include "ui/teamday/NoteEditor.h"
#include "ui/teamday/TeamDayTab.h"
#include "ui/teamday/WorkingHoursDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {
/// The team fixture with the clock at 07:00 local time on the Monday (before working hours in
/// any time zone), and the citizen screened high at 07:00.
struct UiTeamDay : TeamDayFixture
{
    UiTeamDay()
    {
        t.clock.set(QDateTime(monday, QTime(7, 0)));
        screen(citizen, Risk::High, QDateTime(monday, QTime(7, 0)));
    }
};

template <typename T>
T* find(QWidget* parent, const QString& name)
{
    auto* w = parent->findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

/// The category codes in the note editor's result list (chapter headings left out), in order.
QStringList resultCodes(QListWidget* results)
{
    QStringList out;
    for (int i = 0; i < results->count(); ++i) {
        const QString code = results->item(i)->data(NoteEditor::CodeRole).toString();
        if (!code.isEmpty()) {
            out << code;
        }
    }
    return out;
}

/// Clicks a radio button on its label, where a person clicks (past the label it does not toggle).
void clickLabel(QRadioButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->height(), button->height() / 2));
}

/// The row of a category in the result list, or -1.
int resultRow(QListWidget* results, const QString& code)
{
    for (int i = 0; i < results->count(); ++i) {
        if (results->item(i)->data(NoteEditor::CodeRole).toString() == code) {
            return i;
        }
    }
    return -1;
}
} // namespace

TEST_CASE("Book team day: the dialog proposes, the caseworker adjusts, all three are booked at once", "[teamday]")
{
    UiTeamDay f;
    BookTeamDayDialog dialog(*f.t, f.citizen);
    dialog.show();
    CHECK(dialog.message() == QStringLiteral("Proposed for 23-11-2026."));
    QStringList times;
    for (const char* p : {"physiotherapist", "psychologist", "nurse"}) {
        times << find<QTimeEdit>(&dialog, QStringLiteral("time_") + QLatin1String(p))->time().toString(QStringLiteral("HH:mm"));
    }
    times.sort();
    CHECK(times == QStringList{QStringLiteral("08:00"), QStringLiteral("08:45"), QStringLiteral("09:30")});

    // Adjusted into a clash with the physiotherapist's talk: refused, named, nothing stored.
    auto* nurseTime = find<QTimeEdit>(&dialog, QStringLiteral("time_nurse"));
    nurseTime->setTime(find<QTimeEdit>(&dialog, QStringLiteral("time_physiotherapist"))->time());
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("bookButton")), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.message().contains(QStringLiteral("Double booking: the citizen already has an appointment")));
    CHECK(AppointmentRepository(*f.t).forCitizen(f.citizen).isEmpty());

    nurseTime->setTime(QTime(11, 0));
    QTest::keyClicks(find<QLineEdit>(&dialog, QStringLiteral("place_nurse")), QStringLiteral("Sundhedshuset"));
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("bookButton")), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const auto booked = AppointmentRepository(*f.t).forCitizen(f.citizen);
    REQUIRE(booked.size() == 3);
    CHECK(booked.at(0).bookingId == booked.at(2).bookingId);
    CHECK(booked.last().kind == AppointmentKind::NurseTalk);
    CHECK(booked.last().start.time() == QTime(11, 0));
    CHECK(booked.last().place == QStringLiteral("Sundhedshuset"));
    CHECK_FALSE(booked.last().late);
}

TEST_CASE("Book team day on an impossible day: says why, proposes the next day, books it as late", "[teamday]")
{
    UiTeamDay f;
    const QString other = f.addCitizen(QStringLiteral("620202-2222"));
    REQUIRE(f.bookEarly(AppointmentRepository(*f.t), {f.talk(f.nurse, AppointmentKind::FollowUp, 8, 0, 8 * 60, other)}).ok());
    BookTeamDayDialog dialog(*f.t, f.citizen);
    CHECK(dialog.message().startsWith(QStringLiteral("Late: the team day cannot be on 23-11-2026.")));
    CHECK(find<QDateEdit>(&dialog, QStringLiteral("dayEdit"))->date() == f.monday.addDays(1));
    REQUIRE(dialog.book());
    for (const auto& a : AppointmentRepository(*f.t).forCitizen(f.citizen)) {
        CHECK(a.late);
    }
}

TEST_CASE("The Team day tab: appointments, and notes whose content is hidden without consent", "[teamday]")
{
    UiTeamDay f;
    IcfNote n;
    n.citizenId = f.citizen;
    n.authorId = f.psych.id;
    n.findings = {{QStringLiteral("b152"), 2, false, {}}};
    REQUIRE(NoteRepository(*f.t).saveDraft(n).ok());

    CitizenPage page(*f.t, f.citizen);
    bool found = false;
    for (int i = 0; i < page.tabs()->count(); ++i) {
        found = found || page.tabs()->tabText(i) == QStringLiteral("Team day");
    }
    CHECK(found);
    TeamDayTab* tab = page.findChild<TeamDayTab*>();
    REQUIRE(tab != nullptr);
    // The consent rule is core's, for whoever acts (the principal); the tab shows what it is given.
    actAs(*f.t, f.caseworker.id);
    tab->setUser(f.caseworker.id);
    CHECK(tab->nextStepText().startsWith(QStringLiteral("Next step: Book team day")));
    REQUIRE(tab->notes()->topLevelItemCount() == 1);
    CHECK(tab->notes()->topLevelItem(0)->text(4).startsWith(QStringLiteral("Content hidden: the citizen has not given consent")));
    CHECK(tab->consentText().startsWith(QStringLiteral("No consent")));

    Consent c;
    c.citizenId = f.citizen;
    c.givenOn = f.monday;
    c.scope = {QStringLiteral("caseworker")};
    REQUIRE(ConsentRepository(*f.t).give(c).ok()); // the tab follows the change
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    CHECK(tab->notes()->topLevelItem(0)->text(4) == QStringLiteral("b152.2"));
    CHECK(tab->consentText().contains(QStringLiteral("coordinating caseworker")));
    actAs(*f.t, f.physio.id);
    tab->setUser(f.physio.id);
    CHECK(tab->notes()->topLevelItem(0)->text(4).contains(QStringLiteral("does not cover physiotherapist")));

    REQUIRE(f.bookEarly(AppointmentRepository(*f.t), {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 10, 0)}).ok());
    QCoreApplication::processEvents(); // the view refreshes on the next turn of the event loop
    REQUIRE(tab->appointments()->topLevelItemCount() == 1);
    CHECK(tab->appointments()->topLevelItem(0)->text(1) == QStringLiteral("10:00–10:45"));
    CHECK(tab->appointments()->topLevelItem(0)->text(5) == QStringLiteral("Planned"));
}

TEST_CASE("The note editor: search in either language, qualifiers, sign, then read-only", "[teamday]")
{
    UiTeamDay f;
    f.holdTalk(f.nurse);
    NoteEditor editor(*f.t, f.citizen, f.nurse.id);
    QTest::keyClicks(find<QLineEdit>(&editor, QStringLiteral("icfSearch")), QStringLiteral("søvn"));
    auto* results = find<QListWidget>(&editor, QStringLiteral("icfResults"));
    REQUIRE(resultCodes(results) == QStringList{QStringLiteral("b134")});
    results->setCurrentRow(resultRow(results, QStringLiteral("b134")));
    QTest::mouseClick(find<QPushButton>(&editor, QStringLiteral("addCategory")), Qt::LeftButton);
    CHECK(editor.addCategory(QStringLiteral("e310")));
    CHECK_FALSE(editor.addCategory(QStringLiteral("e310"))); // once
    editor.setQualifier(QStringLiteral("b134"), 3);
    editor.setQualifier(QStringLiteral("e310"), 2, true);
    QTest::keyClicks(find<QPlainTextEdit>(&editor, QStringLiteral("jobMeaning")), QStringLiteral("Nattevagter er udelukket."));
    find<QCheckBox>(&editor, QStringLiteral("track_lifestyle"))->setChecked(true);
    REQUIRE(editor.sign());
    const auto notes = NoteRepository(*f.t).currentSigned(f.citizen);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().findings.size() == 2);
    CHECK(notes.first().findings.at(0).coded() == QStringLiteral("b134.3"));
    CHECK(notes.first().findings.at(1).coded() == QStringLiteral("e310+2"));
    CHECK(notes.first().tracks == QStringList{QStringLiteral("lifestyle")});

    NoteEditor again(*f.t, notes.first(), f.nurse.id);
    CHECK(again.isReadOnly());
    CHECK_FALSE(find<QPushButton>(&again, QStringLiteral("signNote"))->isVisibleTo(&again));
    CHECK_FALSE(
        find<QLineEdit>(&again, QStringLiteral("icfSearch"))->isVisibleTo(&again)); // nothing to add to a signed note
}

TEST_CASE("The note editor: the core set first, all ICF categories on request, under their chapters and tagged",
          "[teamday]")
{
    UiTeamDay f;
    f.holdTalk(f.physio);
    NoteEditor editor(*f.t, f.citizen, f.physio.id);
    editor.show();
    auto* search = find<QLineEdit>(&editor, QStringLiteral("icfSearch"));
    auto* results = find<QListWidget>(&editor, QStringLiteral("icfResults"));
    auto* coreOnly = find<QRadioButton>(&editor, QStringLiteral("icfCoreSetOnly"));
    auto* all = find<QRadioButton>(&editor, QStringLiteral("icfAllCategories"));
    auto* info = find<QLabel>(&editor, QStringLiteral("icfResultInfo"));
    const auto& catalogue = IcfCatalogue::standard();

    // On opening: only the core set, every one of it, under chapter headings that cannot be chosen.
    CHECK(coreOnly->isChecked());
    const auto core = resultCodes(results);
    CHECK(core.size() == catalogue.size(IcfCatalogue::Scope::CoreSets));
    for (const auto& code : core) {
        INFO(code.toStdString());
        CHECK(catalogue.find(code)->inCoreSet());
    }
    REQUIRE(results->count() > core.size());
    CHECK(results->item(0)->data(NoteEditor::ChapterRole).toString() == QStringLiteral("b1"));
    CHECK(results->item(0)->flags() == Qt::NoItemFlags);
    CHECK(info->text().contains(QString::number(core.size())));

    // A category outside the core set: the editor says where to find it, and finds it there.
    QTest::keyClicks(search, QStringLiteral("muskeltonus"));
    CHECK(resultCodes(results).isEmpty());
    CHECK(info->text().contains(QStringLiteral("None in the core set, 1 among all ICF categories")));
    clickLabel(all);
    REQUIRE(all->isChecked());
    REQUIRE(resultCodes(results) == QStringList{QStringLiteral("b735")});
    CHECK_FALSE(results->item(resultRow(results, QStringLiteral("b735")))->data(NoteEditor::CoreSetRole).toBool());
    // Return adds the only result.
    QTest::keyClick(search, Qt::Key_Return);
    auto* bodyFunctions = find<QTableWidget>(&editor, QStringLiteral("findings_b"));
    REQUIRE(bodyFunctions->rowCount() == 1);
    CHECK(bodyFunctions->item(0, 1)->text() == QStringLiteral("Muscle tone functions"));

    // In English too, and the core-set categories among all of them carry the tag.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("assisting others"));
    CHECK(resultCodes(results).contains(QStringLiteral("d660")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("employment"));
    const auto employment = resultCodes(results);
    REQUIRE(employment.contains(QStringLiteral("d850")));
    REQUIRE(employment.contains(QStringLiteral("e590")));
    CHECK(results->item(resultRow(results, QStringLiteral("d850")))->data(NoteEditor::CoreSetRole).toBool());
    CHECK(results->item(resultRow(results, QStringLiteral("d859")))->data(NoteEditor::CoreSetRole).toBool() == false);
    CHECK(info->text().contains(QStringLiteral("among all ICF categories")));

    // Back to the core set: the same search, narrowed; the selected category stays selected.
    results->setCurrentRow(resultRow(results, QStringLiteral("d850")));
    clickLabel(coreOnly);
    CHECK_FALSE(resultCodes(results).contains(QStringLiteral("d859")));
    REQUIRE(results->currentItem() != nullptr);
    CHECK(results->currentItem()->data(NoteEditor::CodeRole).toString() == QStringLiteral("d850"));
    QTest::mouseClick(find<QPushButton>(&editor, QStringLiteral("addCategory")), Qt::LeftButton);

    // Signing validates against the whole catalogue: a category outside the core set is sound.
    REQUIRE(editor.sign());
    const auto notes = NoteRepository(*f.t).currentSigned(f.citizen);
    REQUIRE(notes.size() == 1);
    QStringList signedCodes;
    for (const auto& finding : notes.first().findings) {
        signedCodes << finding.code;
    }
    CHECK(signedCodes == QStringList{QStringLiteral("b735"), QStringLiteral("d850")});
}

TEST_CASE("The conference dialog: the merged worksheet and concluding into a draft plan", "[teamday]")
{
    UiTeamDay f;
    f.signTeamDayNotes(); // the three talks held; the psychologist's note says only what it means for a job
    NoteRepository notes(*f.t);
    for (const auto& [author, q] : {std::pair{f.physio.id, 3}, std::pair{f.nurse.id, 1}}) {
        IcfNote n;
        n.citizenId = f.citizen;
        n.authorId = author;
        n.findings = {{QStringLiteral("b280"), q, false, {}}};
        auto saved = notes.saveDraft(n);
        REQUIRE(saved.ok());
        REQUIRE(notes.sign(saved->id, author).ok());
    }
    ConferenceDialog dialog(*f.t, f.citizen, f.physio.id); // authors read their own; no consent
    CHECK(dialog.worksheet()->rowCount() == 1 + 3); // one ICF row, then personal factors, job, tracks
    Consent c;
    c.citizenId = f.citizen;
    c.givenOn = f.monday;
    c.scope = {QStringLiteral("caseworker"), QStringLiteral("physiotherapist"), QStringLiteral("nurse")};
    REQUIRE(ConsentRepository(*f.t).give(c).ok());
    ConferenceDialog full(*f.t, f.citizen, f.caseworker.id);
    REQUIRE(full.worksheet()->rowCount() == 1 + 3);
    CHECK(full.worksheet()->item(2, 0)->text() == QStringLiteral("What it means for job or education"));
    CHECK(full.worksheet()->item(0, 1)->text().startsWith(QStringLiteral("b280.3")));
    CHECK(full.worksheet()->item(0, 3)->text().startsWith(QStringLiteral("b280.1")));
    CHECK(full.worksheet()->item(0, 4)->text() == QStringLiteral("Yes"));

    QTest::keyClicks(find<QLineEdit>(&full, QStringLiteral("employmentGoal")), QStringLiteral("Job i detailhandlen"));
    find<QCheckBox>(&full, QStringLiteral("track_physical"))->setChecked(true);
    PlanDrafts::setCreator({});
    CHECK_FALSE(full.conclude());
    CHECK(full.message().startsWith(QStringLiteral("Not concluded: This version of Samspil cannot create")));
    FakePlanCreator plans;
    REQUIRE(full.conclude());
    REQUIRE(plans.requests.size() == 1);
    CHECK(plans.requests.first().employmentGoal == QStringLiteral("Job i detailhandlen"));
    CHECK(ConferenceRepository(*f.t).forCitizen(f.citizen).first().concluded());
}

TEST_CASE("The day view lists the team's appointments and prints them as a list", "[teamday]")
{
    UiTeamDay f;
    REQUIRE(f.bookEarly(AppointmentRepository(*f.t), {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 10, 0),
                                              f.talk(f.nurse, AppointmentKind::NurseTalk, 11, 0)}).ok());
    DayView view(*f.t, f.monday);
    CHECK(view.table()->rowCount() == 2);
    CHECK(view.table()->item(0, 1)->text() == QStringLiteral("Frida Fysio"));
    CHECK(view.html().contains(QStringLiteral("Svend Sygeplejerske")));
    view.setStaff(f.nurse.id);
    CHECK(view.table()->rowCount() == 1);
    view.setDay(f.monday.addDays(1));
    CHECK(view.table()->rowCount() == 0);
    CHECK(view.html().contains(QStringLiteral("No appointments.")));
}

TEST_CASE("Menus: Book team day in the Citizen menu, the day view and my tasks in the Team menu", "[teamday]")
{
    UiTeamDay f;
    MainWindow w(*f.t);
    for (const char* name : {"actionBookTeamDay", "actionDayView", "actionMyTasks"}) {
        INFO(name);
        CHECK(w.findChild<QAction*>(QLatin1String(name)) != nullptr);
    }
    CHECK(w.menu(MainWindow::MenuKey::Citizen)->actions().contains(w.findChild<QAction*>(QStringLiteral("actionBookTeamDay"))));
    CHECK(w.menu(MainWindow::MenuKey::Team)->actions().contains(w.findChild<QAction*>(QStringLiteral("actionMyTasks"))));
}

TEST_CASE("The Team day tab marks a talk held, and with all three held the next step is the notes", "[teamday]")
{
    UiTeamDay f;
    REQUIRE(f.bookEarly(AppointmentRepository(*f.t), {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 8, 0),
                                              f.talk(f.psych, AppointmentKind::PsychologistTalk, 9, 0),
                                              f.talk(f.nurse, AppointmentKind::NurseTalk, 10, 0)}).ok());
    TeamDayTab tab(*f.t, f.citizen);
    tab.setUser(f.caseworker.id);
    CHECK(tab.nextStepText().startsWith(QStringLiteral("Next step: Team day talks")));
    tab.appointments()->setCurrentItem(tab.appointments()->topLevelItem(0));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(find<QPushButton>(&tab, QStringLiteral("markHeld")), Qt::LeftButton); // 07:00: not yet
    CHECK(MessageBox::lastText().contains(QStringLiteral("has not started yet")));
    CHECK(tab.appointments()->topLevelItem(0)->text(5) == QStringLiteral("Planned"));
    f.t.clock.set(QDateTime(f.monday, QTime(17, 0)));
    for (int i = 0; i < 3; ++i) {
        tab.appointments()->setCurrentItem(tab.appointments()->topLevelItem(i));
        QTest::mouseClick(find<QPushButton>(&tab, QStringLiteral("markHeld")), Qt::LeftButton);
    }
    for (int i = 0; i < 3; ++i) {
        CHECK(tab.appointments()->topLevelItem(i)->text(5) == QStringLiteral("Held"));
    }
    CHECK(tab.nextStepText().startsWith(QStringLiteral("Next step: Sign professional notes — due 25-11-2026")));
}

TEST_CASE("A talk marked not needed on the Team day tab: the tab and the citizen page move on to the notes",
          "[teamday]")
{
    UiTeamDay f;
    REQUIRE(f.bookEarly(AppointmentRepository(*f.t), {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 8, 0),
                                              f.talk(f.psych, AppointmentKind::PsychologistTalk, 9, 0),
                                              f.talk(f.nurse, AppointmentKind::NurseTalk, 10, 0)}).ok());
    CitizenPage page(*f.t, f.citizen);
    TeamDayTab* tab = page.findChild<TeamDayTab*>();
    REQUIRE(tab != nullptr);
    tab->setUser(f.caseworker.id);
    auto* subtitle = page.findChild<QLabel*>(QStringLiteral("citizenStanding"));
    REQUIRE(subtitle);
    f.t.clock.set(QDateTime(f.monday, QTime(17, 0)));
    // The physiotherapist's and the nurse's talks held.
    for (int i : {0, 2}) {
        tab->appointments()->setCurrentItem(tab->appointments()->topLevelItem(i));
        QTest::mouseClick(find<QPushButton>(tab, QStringLiteral("markHeld")), Qt::LeftButton);
    }
    QCoreApplication::processEvents();
    CHECK(tab->nextStepText().startsWith(QStringLiteral("Next step: Team day talks")));

    // The psychologist's talk: asked first; No changes nothing.
    tab->appointments()->setCurrentItem(tab->appointments()->topLevelItem(1));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(find<QPushButton>(tab, QStringLiteral("markNotNeeded")), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("not needed for this citizen")));
    CHECK(tab->appointments()->topLevelItem(1)->text(5) == QStringLiteral("Planned"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(tab, QStringLiteral("markNotNeeded")), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(tab->appointments()->topLevelItem(1)->text(5) == QStringLiteral("Not needed"));
    CHECK(tab->nextStepText().startsWith(QStringLiteral("Next step: Sign professional notes")));
    CHECK(subtitle->text().contains(QStringLiteral("Next step: Sign professional notes")));

    // Needed after all: planned again, and the talks are the next step once more.
    tab->appointments()->setCurrentItem(tab->appointments()->topLevelItem(1));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(tab, QStringLiteral("markNotNeeded")), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("needed after all")));
    QCoreApplication::processEvents();
    CHECK(tab->appointments()->topLevelItem(1)->text(5) == QStringLiteral("Planned"));
    CHECK(subtitle->text().contains(QStringLiteral("Next step: Team day talks")));
}

TEST_CASE("Moving an appointment: a clash is refused in place, a free time is taken", "[teamday]")
{
    UiTeamDay f;
    AppointmentRepository repo(*f.t);
    REQUIRE(f.bookEarly(repo, {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 8, 0),
                       f.talk(f.nurse, AppointmentKind::NurseTalk, 10, 0)}).ok());
    const auto physioTalk = repo.forCitizen(f.citizen).first();
    MoveAppointmentDialog dialog(*f.t, physioTalk.id);
    dialog.start()->setDateTime(QDateTime(f.monday, QTime(10, 15)));
    CHECK_FALSE(dialog.apply());
    CHECK(dialog.message().contains(QStringLiteral("Double booking")));
    CHECK(repo.get(physioTalk.id)->start.time() == QTime(8, 0));
    dialog.start()->setDateTime(QDateTime(f.monday, QTime(13, 0)));
    dialog.place()->setText(QStringLiteral("Lokale 4"));
    REQUIRE(dialog.apply());
    const auto moved = repo.get(physioTalk.id);
    CHECK(moved->start.time() == QTime(13, 0));
    CHECK(moved->end.time() == QTime(13, 45));
    CHECK(moved->place == QStringLiteral("Lokale 4"));
}

TEST_CASE("Moving an appointment outside working hours or into the past asks for a reason and stores it",
          "[teamday]")
{
    UiTeamDay f;
    AppointmentRepository repo(*f.t);
    REQUIRE(f.bookEarly(repo, {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 8, 0)}).ok());
    const auto talk = repo.forCitizen(f.citizen).first();
    f.t.clock.set(QDateTime(f.monday, QTime(12, 0)));
    MoveAppointmentDialog dialog(*f.t, talk.id);
    CHECK_FALSE(dialog.reasonShown());
    // After working hours (16:00): refused, the reason is asked for, nothing changes.
    dialog.start()->setDateTime(QDateTime(f.monday, QTime(17, 0)));
    CHECK_FALSE(dialog.apply());
    CHECK(dialog.reasonShown());
    CHECK(dialog.message().contains(QStringLiteral("write why below")));
    CHECK(repo.get(talk.id)->start.time() == QTime(8, 0));
    dialog.reason()->setText(QStringLiteral("Borgeren kan kun efter arbejde"));
    REQUIRE(dialog.apply());
    auto moved = repo.get(talk.id);
    CHECK(moved->start == QDateTime(f.monday, QTime(17, 0)));
    CHECK(moved->overrideReason == QStringLiteral("Borgeren kan kun efter arbejde"));

    // Into the past (the clock is at 12:00): asked again in a new dialog, then stored.
    MoveAppointmentDialog back(*f.t, talk.id);
    back.start()->setDateTime(QDateTime(f.monday, QTime(9, 0)));
    CHECK_FALSE(back.apply());
    CHECK(back.reasonShown());
    CHECK(back.message().contains(QStringLiteral("Not moved")));
    CHECK(repo.get(talk.id)->start.time() == QTime(17, 0));
    back.reason()->setText(QStringLiteral("Samtalen blev holdt kl. 9; registreret bagefter"));
    REQUIRE(back.apply());
    moved = repo.get(talk.id);
    CHECK(moved->start == QDateTime(f.monday, QTime(9, 0)));
    CHECK(moved->overrideReason == QStringLiteral("Samtalen blev holdt kl. 9; registreret bagefter"));

    // Within the rules again: no reason asked, and none kept.
    MoveAppointmentDialog ahead(*f.t, talk.id);
    ahead.start()->setDateTime(QDateTime(f.monday, QTime(14, 0)));
    REQUIRE(ahead.apply());
    CHECK_FALSE(ahead.reasonShown());
    CHECK(repo.get(talk.id)->overrideReason.isEmpty());
}

namespace {
QListWidgetItem* itemFor(QListWidget* list, const QString& staffId)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == staffId) {
            return list->item(i);
        }
    }
    FAIL("no list item for the staff member");
    return nullptr;
}

void choose(QListWidget* list, const QString& staffId)
{
    auto* item = itemFor(list, staffId);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    REQUIRE(list->currentItem() == item);
}
} // namespace

TEST_CASE("Working hours dialog: two intervals a day for several staff, problems shown in place, Cancel keeps all",
          "[teamday]")
{
    UiTeamDay f;
    AppointmentRepository repo(*f.t);
    const auto before = repo.workingHours();

    SECTION("Cancel changes nothing")
    {
        WorkingHoursDialog dialog(*f.t);
        dialog.show();
        choose(find<QListWidget>(&dialog, QStringLiteral("staffList")), f.nurse.id);
        find<QTimeEdit>(&dialog, QStringLiteral("to_0"))->setTime(QTime(12, 0));
        QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("addInterval")), Qt::LeftButton);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(repo.workingHours().size() == before.size());
        CHECK(repo.workingHours(f.nurse.id).first().to == QTime(16, 0));
    }
    SECTION("a lunch break for the nurse and a day off for the psychologist are saved together")
    {
        WorkingHoursDialog dialog(*f.t);
        dialog.show();
        auto* staff = find<QListWidget>(&dialog, QStringLiteral("staffList"));
        choose(staff, f.nurse.id);
        REQUIRE(dialog.table()->rowCount() == 5); // Monday–Friday 08:00–16:00
        find<QTimeEdit>(&dialog, QStringLiteral("to_0"))->setTime(QTime(12, 0));
        QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("addInterval")), Qt::LeftButton);
        REQUIRE(dialog.table()->rowCount() == 6);
        auto* day = find<QComboBox>(&dialog, QStringLiteral("weekday_5"));
        day->setCurrentIndex(day->findData(1)); // Monday
        find<QTimeEdit>(&dialog, QStringLiteral("from_5"))->setTime(QTime(11, 0));
        find<QTimeEdit>(&dialog, QStringLiteral("to_5"))->setTime(QTime(15, 30));

        // Overlapping the morning: said in the dialog, and Save cannot be pressed.
        CHECK(dialog.message().contains(
            QStringLiteral("Svend Sygeplejerske: Monday: 08:00–12:00 and 11:00–15:30 overlap.")));
        CHECK_FALSE(find<QPushButton>(&dialog, QStringLiteral("saveHours"))->isEnabled());
        find<QTimeEdit>(&dialog, QStringLiteral("from_5"))->setTime(QTime(12, 30));
        CHECK(dialog.message().isEmpty());
        CHECK(find<QPushButton>(&dialog, QStringLiteral("saveHours"))->isEnabled());

        // An interval that ends before it starts.
        find<QTimeEdit>(&dialog, QStringLiteral("to_1"))->setTime(QTime(7, 0));
        CHECK(dialog.message().contains(QStringLiteral("Tuesday: 08:00–07:00 must end after it starts")));
        find<QTimeEdit>(&dialog, QStringLiteral("to_1"))->setTime(QTime(16, 0));

        // Another staff member: Friday off. Coming back, the nurse's edits are still there.
        choose(staff, f.psych.id);
        dialog.table()->selectRow(4);
        QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("removeInterval")), Qt::LeftButton);
        CHECK(dialog.table()->rowCount() == 4);
        choose(staff, f.nurse.id);
        CHECK(dialog.table()->rowCount() == 6);
        CHECK(staff->currentItem()->font().bold()); // changed, not saved yet
        CHECK(repo.workingHours(f.nurse.id).size() == 5);

        QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("saveHours")), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        const auto nurse = repo.workingHours(f.nurse.id);
        REQUIRE(nurse.size() == 6);
        CHECK(nurse.at(0).weekday == 1);
        CHECK(nurse.at(0).to == QTime(12, 0));
        CHECK(nurse.at(1).weekday == 1);
        CHECK(nurse.at(1).from == QTime(12, 30));
        CHECK(nurse.at(1).to == QTime(15, 30));
        const auto psych = repo.workingHours(f.psych.id);
        REQUIRE(psych.size() == 4);
        CHECK(psych.last().weekday == 4);
        CHECK(repo.workingHours(f.physio.id).size() == 5); // untouched
        // The planner keeps the nurse talk out of the lunch break.
        CHECK_FALSE(f.bookEarly(repo, {f.talk(f.nurse, AppointmentKind::NurseTalk, 11, 45)}).ok());
    }
}

TEST_CASE("Book conference: proposed after the talks, a clash chosen by hand refused in place, then shown everywhere",
          "[teamday]")
{
    UiTeamDay f;
    AppointmentRepository repo(*f.t);
    REQUIRE(f.bookEarly(repo, {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 8, 0),
                       f.talk(f.psych, AppointmentKind::PsychologistTalk, 8, 45),
                       f.talk(f.nurse, AppointmentKind::NurseTalk, 9, 30)})
                .ok());
    const QString other = f.addCitizen(QStringLiteral("620202-2222"));
    REQUIRE(f.bookEarly(repo, {f.talk(f.caseworker, AppointmentKind::FollowUp, 10, 15, 45, other)}).ok());
    // The talks are over and held: the conference follows them.
    f.t.clock.set(QDateTime(f.monday, QTime(10, 15)));
    for (const auto& a : repo.forCitizen(f.citizen)) {
        REQUIRE(repo.setStatus(a.id, AppointmentStatus::Held).ok());
    }

    BookConferenceDialog dialog(*f.t, f.citizen);
    dialog.show();
    CHECK(dialog.message().startsWith(QStringLiteral("Proposed for 23-11-2026 11:00–11:30")));
    CHECK(dialog.participants().size() == 4);
    CHECK(dialog.participants().contains(f.caseworker.id));
    CHECK(find<QTimeEdit>(&dialog, QStringLiteral("time"))->time() == QTime(11, 0));

    // The caseworker tries 10:30: refused in place, naming the clash; nothing booked.
    find<QTimeEdit>(&dialog, QStringLiteral("time"))->setTime(QTime(10, 30));
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("bookButton")), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.message().contains(QStringLiteral(
        "Double booking: Karen Koordinator already has an appointment (follow-up) at 23-11-2026 10:15–11:00.")));
    CHECK(ConferenceBooking::booked(*f.t, f.citizen).isEmpty());

    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("proposeButton")), Qt::LeftButton);
    CHECK(find<QTimeEdit>(&dialog, QStringLiteral("time"))->time() == QTime(11, 0));
    QTest::keyClicks(find<QLineEdit>(&dialog, QStringLiteral("place")), QStringLiteral("Mødelokale 3"));
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("bookButton")), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const auto booked = ConferenceBooking::booked(*f.t, f.citizen);
    REQUIRE(booked.size() == 4);
    CHECK(booked.first().place == QStringLiteral("Mødelokale 3"));

    // The tab, the day view and the conference dialog pick it up.
    TeamDayTab tab(*f.t, f.citizen);
    tab.setUser(f.caseworker.id);
    CHECK(find<QLabel>(&tab, QStringLiteral("conference"))
              ->text()
              .startsWith(QStringLiteral("Booked 23-11-2026 11:00–11:30, Mødelokale 3 with ")));
    DayView view(*f.t, f.monday);
    int conferenceRows = 0;
    for (int r = 0; r < view.table()->rowCount(); ++r) {
        conferenceRows += view.table()->item(r, 2)->text() == QStringLiteral("Conference") ? 1 : 0;
    }
    CHECK(conferenceRows == 4);
    ConferenceDialog conference(*f.t, f.citizen, f.caseworker.id);
    CHECK(find<QDateEdit>(&conference, QStringLiteral("conferenceDate"))->date() == f.monday);
    QStringList checked;
    auto* participants = find<QListWidget>(&conference, QStringLiteral("participants"));
    for (int i = 0; i < participants->count(); ++i) {
        if (participants->item(i)->checkState() == Qt::Checked) {
            checked << participants->item(i)->data(Qt::UserRole).toString();
        }
    }
    checked.sort();
    QStringList expected{f.physio.id, f.psych.id, f.nurse.id, f.caseworker.id};
    expected.sort();
    CHECK(checked == expected);

    // A second booking is refused with the reason.
    BookConferenceDialog again(*f.t, f.citizen);
    CHECK(again.message().contains(QStringLiteral("already booked for 23-11-2026 11:00")));
}

TEST_CASE("Menus: Book conference in the Citizen menu and Working hours in the Team menu", "[teamday]")
{
    UiTeamDay f;
    MainWindow w(*f.t);
    auto* conference = w.findChild<QAction*>(QStringLiteral("actionBookConference"));
    auto* hours = w.findChild<QAction*>(QStringLiteral("actionWorkingHours"));
    REQUIRE(conference);
    REQUIRE(hours);
    CHECK(w.menu(MainWindow::MenuKey::Citizen)->actions().contains(conference));
    CHECK(w.menu(MainWindow::MenuKey::Team)->actions().contains(hours));
}

TEST_CASE("The conference worksheet shows several categories without scrolling", "[teamday]")
{
    UiTeamDay f;
    f.holdTalk(f.physio);
    NoteRepository notes(*f.t);
    IcfNote n;
    n.citizenId = f.citizen;
    n.authorId = f.physio.id;
    for (const char* code : {"b280", "b130", "b134", "d430", "d850"}) {
        n.findings.append({QString::fromLatin1(code), 2, false, QStringLiteral("Kommentar fra samtalen")});
    }
    auto saved = notes.saveDraft(n);
    REQUIRE(saved.ok());
    REQUIRE(notes.sign(saved->id, f.physio.id).ok());
    ConferenceDialog dialog(*f.t, f.citizen, f.physio.id);
    dialog.resize(1280, 720); // a small laptop's screen
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    auto* sheet = dialog.worksheet();
    REQUIRE(sheet->rowCount() == 5 + 3);
    const int lastVisible = sheet->rowAt(sheet->viewport()->height() - 1);
    INFO("last visible row " << lastVisible);
    CHECK((lastVisible == -1 || lastVisible >= 4)); // the five categories at least
}
