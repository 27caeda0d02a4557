#include "BookTeamDayDialog.h"
#include "ui/common/DateEdit.h"

#include "core/teamday/AppointmentRepository.h"
#include "core/citizen/CitizenRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace samspil::ui {

BookTeamDayDialog::BookTeamDayDialog(Database& db, const QString& citizenId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("bookTeamDayDialog"));
    setMinimumWidth(760);
    const auto citizen = CitizenRepository(db).get(citizenId);
    setWindowTitle(tr("Book team day — %1").arg(citizen ? citizen->name : QString()));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The citizen talks one to one with a physiotherapist, a psychologist and a nurse, "
                                "the same day as the screening. Samspil proposes the earliest free times; change "
                                "them if needed and book all three at once."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_day = new DateEdit(this);
    m_day->setObjectName(QStringLiteral("dayEdit"));
    m_day->setDisplayFormat(dateInputFormat());
    m_day->setCalendarPopup(true);
    const auto screening = ScreeningRepository(db).latestDecided(citizenId);
    m_screeningDay = screening ? screening->screenedAt.toLocalTime().date() : db.clock().today();
    m_day->setDate(m_screeningDay);
    form->addRow(tr("Screening day:"), m_day);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_minutes->setRange(15, 180);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(45);
    m_minutes->setSuffix(tr(" min"));
    form->addRow(tr("Length of each talk:"), m_minutes);
    layout->addLayout(form);

    auto* proposeButton = new QPushButton(tr("Propose times"), this);
    proposeButton->setObjectName(QStringLiteral("proposeButton"));
    layout->addWidget(proposeButton, 0, Qt::AlignLeft);
    layout->addLayout(buildTalksGrid());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_book = buttons->addButton(tr("Book all three"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("bookButton"));
    layout->addWidget(buttons);

    connect(proposeButton, &QPushButton::clicked, this, &BookTeamDayDialog::propose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (book()) {
            accept();
        }
    });
    propose();
}

/// One row per talk: who with (the staff of that profession), the time and the place.
QGridLayout* BookTeamDayDialog::buildTalksGrid()
{
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Talk"), this), 0, 0);
    grid->addWidget(new QLabel(tr("With"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Time"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Place"), this), 0, 3);
    const auto staff = StaffRepository(m_db).all(false);
    int r = 1;
    for (auto p : AppointmentKinds::teamDayProfessions()) {
        Row row{p, new QComboBox(this), new QTimeEdit(this), new QLineEdit(this)};
        const QString code = Professions::code(p);
        row.staff->setObjectName(QStringLiteral("staff_") + code);
        row.time->setObjectName(QStringLiteral("time_") + code);
        row.place->setObjectName(QStringLiteral("place_") + code);
        row.time->setDisplayFormat(QStringLiteral("HH:mm"));
        row.place->setPlaceholderText(tr("e.g. Jobcenter, room 2"));
        for (const auto& s : staff) {
            if (s.profession == p) {
                row.staff->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.initials), s.id);
            }
        }
        grid->addWidget(new QLabel(AppointmentKinds::label(*AppointmentKinds::talkFor(p)), this), r, 0);
        grid->addWidget(row.staff, r, 1);
        grid->addWidget(row.time, r, 2);
        grid->addWidget(row.place, r, 3);
        m_rows.append(row);
        ++r;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return grid;
}

void BookTeamDayDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
}

QString BookTeamDayDialog::message() const
{
    return m_message->text();
}

void BookTeamDayDialog::propose()
{
    SlotRequest req;
    req.citizenId = m_citizenId;
    req.day = m_day->date();
    req.minutes = m_minutes->value();
    req.notBefore = m_db.clock().now();
    auto p = SlotPlanner::propose(m_db, req);
    if (!p) {
        setMessage(p.error(), true);
        return;
    }
    m_late = p->late;
    {
        const QSignalBlocker block(m_day);
        m_day->setDate(p->day);
    }
    for (const auto& talk : p->talks) {
        for (auto& row : m_rows) {
            if (AppointmentKinds::talkFor(row.profession) == talk.kind) {
                row.staff->setCurrentIndex(row.staff->findData(talk.staffId));
                row.time->setTime(talk.start.time());
            }
        }
    }
    if (p->late) {
        setMessage(tr("Late: the team day cannot be on %1. %2 Proposed for %3 instead.")
                       .arg(formatDate(req.day), p->reason, formatDate(p->day)),
                   false);
    } else {
        setMessage(tr("Proposed for %1.").arg(formatDate(p->day)), false);
    }
}

QVector<Appointment> BookTeamDayDialog::talks() const
{
    QVector<Appointment> out;
    for (const auto& row : m_rows) {
        Appointment a;
        a.citizenId = m_citizenId;
        a.staffId = row.staff->currentData().toString();
        a.kind = *AppointmentKinds::talkFor(row.profession);
        a.start = QDateTime(m_day->date(), row.time->time());
        a.end = a.start.addSecs(qint64(m_minutes->value()) * 60);
        a.place = row.place->text();
        a.late = m_day->date() > m_screeningDay;
        out.append(a);
    }
    return out;
}

bool BookTeamDayDialog::book()
{
    auto r = AppointmentRepository(m_db).book(talks());
    if (!r) {
        setMessage(tr("Nothing was booked. %1").arg(r.error()), true);
        return false;
    }
    setMessage(tr("Booked."), false);
    return true;
}

} // namespace samspil::ui
