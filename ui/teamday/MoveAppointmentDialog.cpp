#include "MoveAppointmentDialog.h"

#include "core/teamday/AppointmentRepository.h"
#include "core/util/Dates.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace samspil::ui {

MoveAppointmentDialog::MoveAppointmentDialog(Database& db, const QString& appointmentId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_id(appointmentId)
{
    setObjectName(QStringLiteral("moveAppointment"));
    setMinimumWidth(420);
    const auto a = AppointmentRepository(db).get(appointmentId);
    setWindowTitle(tr("Move appointment — %1").arg(a ? AppointmentKinds::label(a->kind) : QString()));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_start = new QDateTimeEdit(a ? a->start : QDateTime(), this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDisplayFormat(dateInputFormat() + QStringLiteral(" HH:mm"));
    m_start->setCalendarPopup(true);
    form->addRow(tr("Starts:"), m_start);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(a ? int(a->start.secsTo(a->end) / 60) : 45);
    form->addRow(tr("Length:"), m_minutes);
    m_place = new QLineEdit(a ? a->place : QString(), this);
    m_place->setObjectName(QStringLiteral("place"));
    form->addRow(tr("Place:"), m_place);
    layout->addLayout(form);
    m_reasonRow = new QWidget(this);
    auto* reasonRow = new QHBoxLayout(m_reasonRow);
    reasonRow->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLineEdit(m_reasonRow);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("e.g. the talk was held then; registered afterwards"));
    auto* reasonLabel = new QLabel(tr("&Reason to move anyway:"), m_reasonRow);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    m_reasonRow->setVisible(false);
    layout->addWidget(m_reasonRow);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* move = buttons->addButton(tr("Move"), QDialogButtonBox::AcceptRole);
    move->setObjectName(QStringLiteral("moveButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(move, &QPushButton::clicked, this, [this] {
        if (apply()) {
            accept();
        }
    });
}

bool MoveAppointmentDialog::apply()
{
    const QDateTime start = m_start->dateTime();
    const QDateTime end = start.addSecs(qint64(m_minutes->value()) * 60);
    AppointmentRepository repo(m_db);
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        // Past or outside working hours: say so and ask why, as booking does.
        if (auto a = repo.get(m_id)) {
            a->start = start;
            a->end = end;
            if (const auto timing = repo.timingProblems(*a); !timing.isEmpty()) {
                m_reasonRow->setVisible(true);
                m_reason->setFocus();
                m_message->setText(tr("Not moved. %1\nTo move it to this time anyway, write why below; the reason is "
                                      "stored with the appointment.")
                                       .arg(timing.join(QLatin1Char(' '))));
                return false;
            }
        }
    }
    auto r = repo.reschedule(m_id, start, end, m_place->text(), reason);
    if (!r) {
        m_message->setText(tr("Not moved. %1").arg(r.error()));
        return false;
    }
    return true;
}

bool MoveAppointmentDialog::reasonShown() const
{
    return !m_reasonRow->isHidden();
}

QString MoveAppointmentDialog::message() const
{
    return m_message->text();
}

} // namespace samspil::ui
