#include "TeamDayTab.h"

#include "core/plan/Tracks.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/ConferenceRepository.h"
#include "core/teamday/ConsentRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/teamday/ConferenceBooking.h"
#include "core/util/Dates.h"
#include "core/workflow/NextStep.h"
#include "ui/main/MainWindow.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/common/MessageBox.h"
#include "ui/teamday/BookConferenceDialog.h"
#include "ui/teamday/BookTeamDayDialog.h"
#include "ui/teamday/ConferenceDialog.h"
#include "ui/teamday/ConsentDialog.h"
#include "ui/teamday/MoveAppointmentDialog.h"
#include "ui/teamday/NoteEditor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace samspil::ui {

namespace {
QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

TeamDayTab::TeamDayTab(Database& db, const QString& citizenId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("teamDayTab"));
    auto* layout = new QVBoxLayout(this);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextStep"));
    layout->addWidget(m_next);
    layout->addWidget(buildConsentGroup());
    layout->addWidget(buildAppointmentsGroup(), 1);
    layout->addWidget(buildNotesGroup(), 1);
    layout->addWidget(buildConferenceGroup());

    auto* watcher = new ChangeWatcher(m_db,
                                      {QStringLiteral("appointment"), QStringLiteral("icf_note"), QStringLiteral("consent"),
                                       QStringLiteral("conference"), QStringLiteral("screening"), QStringLiteral("staff")},
                                      m_citizenId, this);
    connect(watcher, &ChangeWatcher::changed, this, &TeamDayTab::refresh);
    refresh();
}

QGroupBox* TeamDayTab::buildConsentGroup()
{
    auto* consentBox = new QGroupBox(tr("Consent"), this);
    auto* consentLayout = new QHBoxLayout(consentBox);
    m_consent = new QLabel(consentBox);
    m_consent->setObjectName(QStringLiteral("consent"));
    m_consent->setWordWrap(true);
    auto* give = button(tr("Record consent…"), QStringLiteral("recordConsent"), consentBox);
    m_withdraw = button(tr("Withdraw consent"), QStringLiteral("withdrawConsent"), consentBox);
    consentLayout->addWidget(m_consent, 1);
    consentLayout->addWidget(give);
    consentLayout->addWidget(m_withdraw);
    connect(give, &QPushButton::clicked, this, &TeamDayTab::recordConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &TeamDayTab::withdrawConsent);
    return consentBox;
}

QGroupBox* TeamDayTab::buildAppointmentsGroup()
{
    auto* apptBox = new QGroupBox(tr("Appointments"), this);
    auto* apptLayout = new QVBoxLayout(apptBox);
    m_appointments = new QTreeWidget(apptBox);
    m_appointments->setObjectName(QStringLiteral("appointments"));
    m_appointments->setRootIsDecorated(false);
    m_appointments->setHeaderLabels({tr("Date"), tr("Time"), tr("Appointment"), tr("Staff member"), tr("Place"),
                                     tr("Status")});
    apptLayout->addWidget(m_appointments);
    auto* apptButtons = new QHBoxLayout;
    auto* book = button(tr("Book team day…"), QStringLiteral("bookTeamDay"), apptBox);
    auto* move = button(tr("Move…"), QStringLiteral("moveAppointment"), apptBox);
    auto* held = button(tr("Held"), QStringLiteral("markHeld"), apptBox);
    auto* noShow = button(tr("No-show"), QStringLiteral("markNoShow"), apptBox);
    auto* notNeeded = button(tr("Not needed…"), QStringLiteral("markNotNeeded"), apptBox);
    notNeeded->setToolTip(tr("The citizen does not need this talk (e.g. no health issue for the psychologist): the "
                             "conference waits neither for it nor for its note. Again to mark it needed after all."));
    auto* cancel = button(tr("Cancel appointment"), QStringLiteral("cancelAppointment"), apptBox);
    apptButtons->addWidget(book);
    apptButtons->addStretch();
    apptButtons->addWidget(move);
    apptButtons->addWidget(held);
    apptButtons->addWidget(noShow);
    apptButtons->addWidget(notNeeded);
    apptButtons->addWidget(cancel);
    apptLayout->addLayout(apptButtons);
    connect(book, &QPushButton::clicked, this, &TeamDayTab::bookTeamDay);
    connect(move, &QPushButton::clicked, this, &TeamDayTab::moveAppointment);
    connect(held, &QPushButton::clicked, this, [this] { setSelectedStatus(int(AppointmentStatus::Held)); });
    connect(noShow, &QPushButton::clicked, this, [this] { setSelectedStatus(int(AppointmentStatus::NoShow)); });
    connect(notNeeded, &QPushButton::clicked, this, &TeamDayTab::toggleSelectedNotNeeded);
    connect(cancel, &QPushButton::clicked, this, [this] { setSelectedStatus(int(AppointmentStatus::Cancelled)); });
    return apptBox;
}

QGroupBox* TeamDayTab::buildNotesGroup()
{
    auto* notesBox = new QGroupBox(tr("Professional notes"), this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QTreeWidget(notesBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setRootIsDecorated(false);
    m_notes->setHeaderLabels({tr("Profession"), tr("Author"), tr("Version"), tr("Status"), tr("Content")});
    m_notes->header()->setStretchLastSection(true);
    notesLayout->addWidget(m_notes);
    auto* noteButtons = new QHBoxLayout;
    auto* newNote = button(tr("New note…"), QStringLiteral("newNote"), notesBox);
    auto* open = button(tr("Open…"), QStringLiteral("openNote"), notesBox);
    auto* amend = button(tr("Amend…"), QStringLiteral("amendNote"), notesBox);
    noteButtons->addWidget(newNote);
    noteButtons->addWidget(open);
    noteButtons->addWidget(amend);
    noteButtons->addStretch();
    notesLayout->addLayout(noteButtons);
    connect(newNote, &QPushButton::clicked, this, &TeamDayTab::newNote);
    connect(open, &QPushButton::clicked, this, &TeamDayTab::openNote);
    connect(m_notes, &QTreeWidget::itemDoubleClicked, this, &TeamDayTab::openNote);
    connect(amend, &QPushButton::clicked, this, &TeamDayTab::amendNote);
    return notesBox;
}

QGroupBox* TeamDayTab::buildConferenceGroup()
{
    auto* confBox = new QGroupBox(tr("Interdisciplinary conference"), this);
    auto* confLayout = new QHBoxLayout(confBox);
    m_conference = new QLabel(confBox);
    m_conference->setObjectName(QStringLiteral("conference"));
    m_conference->setWordWrap(true);
    auto* bookConf = button(tr("Book conference…"), QStringLiteral("bookConference"), confBox);
    m_bookConference = bookConf;
    auto* conf = button(tr("Conference…"), QStringLiteral("openConference"), confBox);
    confLayout->addWidget(m_conference, 1);
    confLayout->addWidget(bookConf);
    confLayout->addWidget(conf);
    connect(conf, &QPushButton::clicked, this, &TeamDayTab::openConference);
    connect(bookConf, &QPushButton::clicked, this, &TeamDayTab::bookConference);
    return confBox;
}

void TeamDayTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // the window's user may have been chosen after the page was built
}

void TeamDayTab::setUser(const QString& staffId)
{
    m_user = staffId;
    refresh();
}

QString TeamDayTab::user() const
{
    if (!m_user.isEmpty()) {
        return m_user;
    }
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* main = qobject_cast<MainWindow*>(w)) {
            return main->currentUser();
        }
    }
    return {};
}

QString TeamDayTab::consentText() const
{
    return m_consent->text();
}

QString TeamDayTab::nextStepText() const
{
    return m_next->text();
}

void TeamDayTab::refresh()
{
    const QDate today = m_db.clock().today();
    refreshNextStep(today);
    const auto consent = ConsentRepository(m_db).current(m_citizenId);
    refreshConsent(consent);
    QHash<QString, Staff> staff;
    for (const auto& s : StaffRepository(m_db).all()) {
        staff.insert(s.id, s);
    }
    refreshAppointments(staff);
    refreshNotes(staff);
    refreshConference(staff);
}

void TeamDayTab::refreshNextStep(const QDate& today)
{
    if (const auto step = Workflow::nextStepFor(m_db, m_citizenId)) {
        QString text = tr("Next step: %1").arg(step->label);
        if (step->due.isValid()) {
            text += step->overdue(today) ? tr(" — overdue since %1").arg(formatDate(step->due))
                                         : tr(" — due %1").arg(formatDate(step->due));
        }
        m_next->setText(text);
        m_next->setStyleSheet(step->overdue(today) ? QStringLiteral("color: #b00020; font-weight: bold;")
                                                   : QStringLiteral("font-weight: bold;"));
    } else {
        m_next->clear();
    }
}

void TeamDayTab::refreshConsent(const std::optional<Consent>& consent)
{
    if (!consent) {
        m_consent->setText(tr("No consent to share health information is recorded. Notes are read only by their authors."));
    } else {
        QStringList scope;
        for (const auto& code : consent->scope) {
            if (const auto p = Professions::fromCode(code)) {
                scope << Professions::label(*p).toLower();
            }
        }
        QString text = tr("Consent given %1 (%2) to share with: %3.")
                           .arg(formatDate(consent->givenOn), ConsentForms::label(consent->form).toLower(),
                                scope.join(QStringLiteral(", ")));
        if (consent->withdrawnOn.isValid()) {
            text += QLatin1Char(' ') + tr("Withdrawn %1.").arg(formatDate(consent->withdrawnOn));
        }
        m_consent->setText(text);
    }
    m_withdraw->setEnabled(consent && !consent->withdrawnOn.isValid());
}

void TeamDayTab::refreshAppointments(const QHash<QString, Staff>& staff)
{
    m_appointments->clear();
    for (const auto& a : AppointmentRepository(m_db).forCitizen(m_citizenId)) {
        auto* item = new QTreeWidgetItem(m_appointments);
        item->setData(0, Qt::UserRole, a.id);
        item->setText(0, formatDate(a.start.date()));
        item->setText(1, a.start.time().toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
                             + a.end.time().toString(QStringLiteral("HH:mm")));
        item->setText(2, AppointmentKinds::label(a.kind) + (a.late ? tr(" (late)") : QString()));
        item->setText(3, staff.value(a.staffId).name);
        item->setText(4, a.place);
        item->setText(5, AppointmentStatuses::label(a.status));
        if (a.status == AppointmentStatus::NotNeeded || a.status == AppointmentStatus::Cancelled) {
            for (int c = 0; c < 6; ++c) {
                item->setForeground(c, QColor(0x60, 0x60, 0x60));
            }
        }
        if (a.late) {
            item->setForeground(2, QColor(0x8a, 0x5a, 0x00));
        }
    }
    for (int c = 0; c < m_appointments->columnCount(); ++c) {
        m_appointments->resizeColumnToContents(c);
    }
}

/// The notes, with the content only where the user may read it (and why not, where not).
void TeamDayTab::refreshNotes(const QHash<QString, Staff>& staff)
{
    // What the reader may not see comes from core without its content (the consent rule,
    // NoteRepository): the tab shows the note's own word for why.
    m_notes->clear();
    for (const auto& n : NoteRepository(m_db).forCitizen(m_citizenId)) {
        auto* item = new QTreeWidgetItem(m_notes);
        item->setData(0, Qt::UserRole, n.id);
        const auto p = Professions::fromCode(n.profession);
        item->setText(0, p ? Professions::label(*p) : n.profession);
        item->setText(1, staff.value(n.authorId).name);
        item->setText(2, QString::number(n.version));
        QString status = n.signedOff() ? tr("Signed %1").arg(formatDate(n.signedAt.toLocalTime().date())) : tr("Draft");
        if (!n.supersededBy.isEmpty()) {
            status += tr(", amended");
        }
        if (!n.intact()) {
            status += tr(", changed after signing");
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
        }
        item->setText(3, status);
        if (!n.contentHidden) {
            QStringList codes;
            for (const auto& f : n.findings) {
                codes << f.coded();
            }
            QString content = codes.join(QStringLiteral(", "));
            if (!n.jobMeaning.isEmpty()) {
                content += (content.isEmpty() ? QString() : QStringLiteral(" — ")) + n.jobMeaning;
            }
            item->setText(4, content);
        } else {
            item->setText(4, n.hiddenReason);
            item->setForeground(4, QColor(0x60, 0x60, 0x60));
            item->setData(4, Qt::UserRole, true);
        }
    }
    for (int c = 0; c < 4; ++c) {
        m_notes->resizeColumnToContents(c);
    }
}

void TeamDayTab::refreshConference(const QHash<QString, Staff>& staff)
{
    QStringList conferenceText;
    if (const auto booking = ConferenceBooking::booked(m_db, m_citizenId); !booking.isEmpty()) {
        QStringList who;
        for (const auto& a : booking) {
            who << staff.value(a.staffId).name;
        }
        const auto& a = booking.first();
        const bool held = std::all_of(
            booking.cbegin(), booking.cend(), [](const Appointment& b) { return b.status == AppointmentStatus::Held; });
        QString when = (held ? tr("Held %1 %2–%3") : tr("Booked %1 %2–%3"))
                           .arg(formatDate(a.start.date()),
                                a.start.time().toString(QStringLiteral("HH:mm")),
                                a.end.time().toString(QStringLiteral("HH:mm")));
        if (!a.place.isEmpty()) {
            when += QStringLiteral(", ") + a.place;
        }
        conferenceText << tr("%1 with %2.").arg(when, who.join(QStringLiteral(", ")));
    }
    const auto conferences = ConferenceRepository(m_db).forCitizen(m_citizenId);
    const bool concluded
        = std::any_of(conferences.cbegin(), conferences.cend(), [](const Conference& c) { return c.concluded(); });
    const bool booked = !conferenceText.isEmpty();
    m_bookConference->setEnabled(!booked && !concluded);
    m_bookConference->setToolTip(
        booked          ? tr("The conference is booked; move or cancel its appointments to book another time.")
            : concluded ? tr("The conference has already been held and concluded.")
                        : QString());
    if (!conferences.isEmpty()) {
        const auto& c = conferences.first();
        conferenceText << (c.concluded() ? tr("Concluded %1. Employment goal: %2. Tracks: %3.")
                                         : tr("Planned %1, not concluded. Employment goal: %2. Tracks: %3."))
                              .arg(formatDate(c.heldOn),
                                   c.employmentGoal.isEmpty() ? tr("not set") : c.employmentGoal,
                                   c.tracks.isEmpty() ? tr("none") : Tracks::displayNames(c.tracks));
    }
    m_conference->setText(conferenceText.isEmpty() ? tr("No conference yet.") : conferenceText.join(QLatin1Char(' ')));
}

void TeamDayTab::bookTeamDay()
{
    BookTeamDayDialog dialog(m_db, m_citizenId, this);
    dialog.exec();
    refresh();
}

void TeamDayTab::recordConsent()
{
    ConsentDialog dialog(m_db, m_citizenId, this);
    dialog.exec();
    refresh();
}

void TeamDayTab::withdrawConsent()
{
    if (MessageBox::question(this, tr("Withdraw consent"),
                             tr("Record that the citizen withdraws consent to share health information today?"))
        != QMessageBox::Yes) {
        return;
    }
    if (auto r = ConsentRepository(m_db).withdraw(m_citizenId, m_db.clock().today()); !r) {
        MessageBox::warning(this, tr("Withdraw consent"), r.error());
    }
    refresh();
}

void TeamDayTab::setSelectedStatus(int status)
{
    auto* item = m_appointments->currentItem();
    if (!item) {
        MessageBox::information(this, tr("Appointments"), tr("Choose an appointment first."));
        return;
    }
    if (auto r = AppointmentRepository(m_db).setStatus(item->data(0, Qt::UserRole).toString(), AppointmentStatus(status));
        !r) {
        MessageBox::warning(this, tr("Appointments"), r.error());
    }
    refresh();
}

void TeamDayTab::toggleSelectedNotNeeded()
{
    auto* item = m_appointments->currentItem();
    if (!item) {
        MessageBox::information(this, tr("Appointments"), tr("Choose a talk first."));
        return;
    }
    const auto a = AppointmentRepository(m_db).get(item->data(0, Qt::UserRole).toString());
    if (!a) {
        return;
    }
    const bool again = a->status == AppointmentStatus::NotNeeded;
    const QString question
        = again ? tr("Mark the %1 on %2 needed after all? It is planned again at its time, and the conference waits "
                     "for it and its note.")
                      .arg(AppointmentKinds::label(a->kind).toLower(), formatDate(a->start.date()))
                : tr("Mark the %1 on %2 not needed for this citizen? The conference then waits neither for this talk "
                     "nor for a note from its profession, and the time is freed.")
                      .arg(AppointmentKinds::label(a->kind).toLower(), formatDate(a->start.date()));
    if (MessageBox::question(this, tr("Appointments"), question) != QMessageBox::Yes) {
        return;
    }
    setSelectedStatus(int(again ? AppointmentStatus::Planned : AppointmentStatus::NotNeeded));
}

void TeamDayTab::moveAppointment()
{
    auto* item = m_appointments->currentItem();
    if (!item) {
        MessageBox::information(this, tr("Appointments"), tr("Choose an appointment first."));
        return;
    }
    MoveAppointmentDialog dialog(m_db, item->data(0, Qt::UserRole).toString(), this);
    dialog.exec();
    refresh();
}

QString TeamDayTab::selectedNoteId() const
{
    auto* item = m_notes->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void TeamDayTab::newNote()
{
    if (user().isEmpty()) {
        MessageBox::information(this, tr("Professional note"), tr("Choose who you are first (File menu)."));
        return;
    }
    NoteEditor editor(m_db, m_citizenId, user(), this);
    for (const auto& a : AppointmentRepository(m_db).forCitizen(m_citizenId)) {
        if (a.staffId == user() && a.status == AppointmentStatus::Held) {
            editor.setAppointment(a.id); // the latest held talk of the author
        }
    }
    editor.exec();
    refresh();
}

void TeamDayTab::openNote()
{
    const auto n = NoteRepository(m_db).get(selectedNoteId());
    if (!n) {
        return;
    }
    if (n->contentHidden) {
        MessageBox::information(this, tr("Professional note"), n->hiddenReason);
        return;
    }
    NoteEditor editor(m_db, *n, user(), this);
    editor.exec();
    refresh();
}

void TeamDayTab::amendNote()
{
    auto r = NoteRepository(m_db).amend(selectedNoteId(), user());
    if (!r) {
        MessageBox::warning(this, tr("Amend note"), r.error());
        return;
    }
    NoteEditor editor(m_db, r.value(), user(), this);
    editor.exec();
    refresh();
}

void TeamDayTab::bookConference()
{
    BookConferenceDialog dialog(m_db, m_citizenId, this);
    dialog.exec();
    refresh();
}

void TeamDayTab::openConference()
{
    ConferenceDialog dialog(m_db, m_citizenId, user(), this);
    dialog.exec();
    refresh();
}

} // namespace samspil::ui
