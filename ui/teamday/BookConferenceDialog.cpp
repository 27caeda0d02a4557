#include "BookConferenceDialog.h"

#include "core/teamday/AppointmentRepository.h"
#include "ui/common/DateEdit.h"

#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/common/Settings.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace samspil::ui {

BookConferenceDialog::BookConferenceDialog(Database& db, const QString& citizenId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("bookConferenceDialog"));
    setMinimumWidth(640);
    const auto citizen = CitizenRepository(db).get(citizenId);
    setWindowTitle(tr("Book conference — %1").arg(citizen ? citizen->name : QString()));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("After the three talks, the physiotherapist, the psychologist and the nurse meet the "
                                "coordinating caseworker to set the employment goal and draft the plan. The citizen "
                                "does not take part. Samspil proposes the earliest time when all of them are free."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const auto defaults = ConferenceBooking::defaultParticipants(db, citizenId);
    form->addRow(tr("Participants:"), buildParticipants(defaults));
    form->addRow(tr("Length:"), buildSearchRow());
    form->addRow(tr("Day and time:"), buildWhenRow());
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("e.g. Jobcenter, room 2"));
    form->addRow(tr("Place:"), m_place);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(buildReasonRow());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_book = buttons->addButton(tr("Book conference"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("bookButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (book()) {
            accept();
        }
    });
    // A time the caseworker chooses may be booked (the rules in core still apply).
    connect(m_day, &QDateEdit::dateChanged, this, [this] { m_book->setEnabled(true); });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] { m_book->setEnabled(true); });
    if (!defaults) {
        m_book->setEnabled(false);
        setMessage(defaults.error(), true);
    } else {
        propose();
    }
}

/// "Reason to book anyway", shown once a time is refused for being past or outside working hours.
QWidget* BookConferenceDialog::buildReasonRow()
{
    m_reasonRow = new QWidget(this);
    auto* row = new QHBoxLayout(m_reasonRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLineEdit(m_reasonRow);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("e.g. the conference was held; registered afterwards"));
    auto* label = new QLabel(tr("&Reason to book anyway:"), m_reasonRow);
    label->setBuddy(m_reason);
    row->addWidget(label);
    row->addWidget(m_reason, 1);
    m_reasonRow->setVisible(false);
    return m_reasonRow;
}

/// Every staff member to tick, the proposed participants first (and ticked).
QListWidget* BookConferenceDialog::buildParticipants(const Result<QStringList>& defaults)
{
    m_participants = new QListWidget(this);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setMaximumHeight(130);
    auto staff = StaffRepository(m_db).all(false);
    // The proposed participants first, in the order the conference has them.
    std::stable_sort(staff.begin(), staff.end(), [&](const Staff& a, const Staff& b) {
        const auto rank = [&](const Staff& s) {
            const int i = defaults ? int(defaults->indexOf(s.id)) : -1;
            return i < 0 ? 1000 : i;
        };
        return rank(a) < rank(b);
    });
    for (const auto& s : staff) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(s.name, Professions::label(s.profession)),
                                         m_participants);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(defaults && defaults->contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    return m_participants;
}

/// The conference's length, how many days after the talks to look, and "Propose time".
QHBoxLayout* BookConferenceDialog::buildSearchRow()
{
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(15, 180);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(std::clamp(prefs::conferenceMinutes.get(), 15, 180));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("withinDays"));
    m_days->setRange(0, 14);
    m_days->setSuffix(tr(" days after the talks"));
    m_days->setValue(std::clamp(prefs::conferenceWithinDays.get(), 0, 14));
    auto* proposeButton = new QPushButton(tr("Propose time"), this);
    proposeButton->setObjectName(QStringLiteral("proposeButton"));
    auto* search = new QHBoxLayout;
    search->addWidget(m_minutes);
    search->addWidget(new QLabel(tr("Look within:"), this));
    search->addWidget(m_days);
    search->addWidget(proposeButton);
    search->addStretch();
    connect(proposeButton, &QPushButton::clicked, this, &BookConferenceDialog::propose);
    return search;
}

QHBoxLayout* BookConferenceDialog::buildWhenRow()
{
    m_day = new DateEdit(m_db.clock().today(), this);
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setDisplayFormat(dateInputFormat());
    m_day->setCalendarPopup(true);
    m_time = new QTimeEdit(QTime(9, 0), this);
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* when = new QHBoxLayout;
    when->addWidget(m_day);
    when->addWidget(m_time);
    when->addStretch();
    return when;
}

void BookConferenceDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString BookConferenceDialog::message() const
{
    return m_message->text();
}

QStringList BookConferenceDialog::participants() const
{
    QStringList out;
    for (int i = 0; i < m_participants->count(); ++i) {
        if (m_participants->item(i)->checkState() == Qt::Checked) {
            out << m_participants->item(i)->data(Qt::UserRole).toString();
        }
    }
    return out;
}

QDateTime BookConferenceDialog::start() const
{
    return QDateTime(m_day->date(), m_time->time());
}

ConferenceRequest BookConferenceDialog::request() const
{
    ConferenceRequest r;
    r.citizenId = m_citizenId;
    r.participants = participants();
    r.minutes = m_minutes->value();
    r.withinDays = m_days->value();
    r.place = m_place->text().trimmed();
    return r;
}

void BookConferenceDialog::propose()
{
    const ConferenceRequest r = request();
    if (r.participants.isEmpty()) {
        setMessage(tr("Choose the participants of the conference."), true);
        return;
    }
    auto p = ConferenceBooking::propose(m_db, r);
    if (!p) {
        // No time exists: nothing to book until the caseworker chooses one.
        m_book->setEnabled(false);
        setMessage(p.error(), true);
        return;
    }
    m_day->setDate(p->start.date());
    m_time->setTime(p->start.time());
    m_book->setEnabled(true);
    setMessage(tr("Proposed for %1 %2–%3, the earliest time when all %n participant(s) are free.",
                  nullptr,
                  int(r.participants.size()))
                   .arg(formatDate(p->start.date()),
                        p->start.time().toString(QStringLiteral("HH:mm")),
                        p->end.time().toString(QStringLiteral("HH:mm"))),
               false);
}

bool BookConferenceDialog::book()
{
    const ConferenceRequest r = request();
    const auto proposal = ConferenceBooking::at(r, start());
    QStringList timing;
    for (const auto& a : proposal.appointments) {
        for (const auto& p : AppointmentRepository(m_db).timingProblems(a)) {
            if (!timing.contains(p)) {
                timing << p;
            }
        }
    }
    BookingOptions options;
    options.overrideReason = m_reason->text().trimmed();
    if (!timing.isEmpty() && options.overrideReason.isEmpty()) {
        m_reasonRow->setVisible(true);
        m_reason->setFocus();
        setMessage(tr("Nothing was booked. %1\nTo book this time anyway, write why below; the reason is stored with "
                      "the booking.")
                       .arg(timing.join(QLatin1Char(' '))),
                   true);
        return false;
    }
    auto booked = ConferenceBooking::book(m_db, proposal, options);
    if (!booked) {
        setMessage(tr("Nothing was booked. %1").arg(booked.error()), true);
        return false;
    }
    prefs::conferenceMinutes.set(r.minutes);
    prefs::conferenceWithinDays.set(r.withinDays);
    setMessage(tr("Booked."), false);
    return true;
}

} // namespace samspil::ui
