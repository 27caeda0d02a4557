#include "NewCitizenDialog.h"

#include "core/citizen/CitizenRepository.h"
#include "ui/common/MessageBox.h"
#include "ui/citizen/CitizenForm.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace samspil::ui {

NewCitizenDialog::NewCitizenDialog(Database& db, const QString& caseworkerId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(new CitizenForm(db, this))
{
    setObjectName(QStringLiteral("newCitizenDialog"));
    setWindowTitle(tr("New citizen"));
    Citizen c;
    c.benefitStart = db.clock().today();
    c.caseworkerId = caseworkerId;
    m_form->setCitizen(c);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create citizen"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCitizenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCitizenDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // The dialog grows with the messages under the fields (a long duplicate-CPR reason included),
    // so no message is cut off or hidden until the user resizes it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(520);
    resize(520, sizeHint().height());
}

void NewCitizenDialog::accept()
{
    if (!m_form->check()) {
        return;
    }
    auto r = CitizenRepository(m_db).create(m_form->citizen(), &m_warnings);
    if (!r) {
        MessageBox::warning(this, tr("New citizen"), tr("The citizen was not created: %1").arg(r.error()));
        return;
    }
    m_createdId = r->id;
    QDialog::accept();
}

} // namespace samspil::ui
