#include "CloseCaseDialog.h"
#include "ui/common/DateEdit.h"

#include "core/citizen/Citizen.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/Database.h"
#include "core/util/Dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samspil::ui {

CloseCaseDialog::CloseCaseDialog(Database& db, const QString& citizenId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("closeCaseDialog"));
    setWindowTitle(tr("Close case"));
    const auto c = CitizenRepository(db).get(citizenId);
    const QString name = c ? c->name : QString();

    auto* intro = new QLabel(tr("How did the course of %1 end? The citizen stays in Samspil and can be found under "
                                "“Closed cases”; the case can be reopened.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeBox"));
    m_outcome->addItem(tr("Choose…"), QString());
    for (const auto& code : Outcomes::codes()) {
        m_outcome->addItem(Outcomes::label(code), code);
    }
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("outcomeDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateInputFormat());
    const QDate today = db.clock().today();
    m_date->setMaximumDate(today);
    if (c && c->benefitStart.isValid()) {
        m_date->setMinimumDate(c->benefitStart);
    }
    m_date->setDate(today);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("closeCaseMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    // A refusal goes once the user changes what it was about.
    connect(m_outcome, &QComboBox::currentIndexChanged, m_message, &QLabel::hide);
    connect(m_date, &QDateEdit::dateChanged, m_message, &QLabel::hide);

    auto* form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Ended on:"), m_date);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString CloseCaseDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool CloseCaseDialog::save()
{
    const auto r = CitizenRepository(m_db).closeCase(m_citizenId, m_outcome->currentData().toString(), m_date->date());
    if (!r) {
        m_message->setText(r.error());
        m_message->show();
        return false;
    }
    return true;
}

void CloseCaseDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace samspil::ui
