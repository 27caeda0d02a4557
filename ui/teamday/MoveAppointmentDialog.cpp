#include "MoveAppointmentDialog.h"

#include "core/teamday/AppointmentRepository.h"
#include "core/util/Dates.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    auto r = AppointmentRepository(m_db).reschedule(m_id, start, start.addSecs(qint64(m_minutes->value()) * 60),
                                                    m_place->text());
    if (!r) {
        m_message->setText(tr("Not moved. %1").arg(r.error()));
        return false;
    }
    return true;
}

QString MoveAppointmentDialog::message() const
{
    return m_message->text();
}

} // namespace samspil::ui
