#include "ConsentDialog.h"
#include "ui/common/DateEdit.h"

#include "core/teamday/ConsentRepository.h"
#include "core/util/Dates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samspil::ui {

ConsentDialog::ConsentDialog(Database& db, const QString& citizenId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Consent to share health information"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The citizen's consent to share health information among the team. Without it, "
                                "a professional note is read only by its author."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_date = new DateEdit(db.clock().today(), this);
    m_date->setObjectName(QStringLiteral("consentDate"));
    m_date->setDisplayFormat(dateInputFormat());
    m_date->setCalendarPopup(true);
    form->addRow(tr("Given on:"), m_date);
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("consentForm"));
    m_form->addItem(ConsentForms::label(ConsentForm::Written), ConsentForms::code(ConsentForm::Written));
    m_form->addItem(ConsentForms::label(ConsentForm::Oral), ConsentForms::code(ConsentForm::Oral));
    form->addRow(tr("How:"), m_form);
    auto* scope = new QWidget(this);
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    for (auto p : {Profession::Caseworker, Profession::Physiotherapist, Profession::Psychologist, Profession::Nurse}) {
        auto* box = new QCheckBox(Professions::label(p), scope);
        box->setObjectName(QStringLiteral("scope_") + Professions::code(p));
        box->setProperty("code", Professions::code(p));
        box->setChecked(true);
        scopeLayout->addWidget(box);
        m_scope.append(box);
    }
    form->addRow(tr("Shared with:"), scope);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* ok = buttons->addButton(tr("Record consent"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("recordConsent"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ok, &QPushButton::clicked, this, [this] {
        if (record()) {
            accept();
        }
    });
}

bool ConsentDialog::record()
{
    Consent c;
    c.citizenId = m_citizenId;
    c.givenOn = m_date->date();
    c.form = ConsentForms::fromCode(m_form->currentData().toString()).value_or(ConsentForm::Written);
    for (auto* box : m_scope) {
        if (box->isChecked()) {
            c.scope << box->property("code").toString();
        }
    }
    auto r = ConsentRepository(m_db).give(c);
    if (!r) {
        m_message->setText(r.error());
        return false;
    }
    return true;
}

QString ConsentDialog::message() const
{
    return m_message->text();
}

} // namespace samspil::ui
