#include "WhoAmIDialog.h"

#include "core/staff/StaffRepository.h"
#include "ui/common/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace samspil::ui {

QString WhoAmIDialog::storedIdentity(Database& db)
{
    const QString id = prefs::whoAmI(db.siteId()).get();
    if (id.isEmpty()) {
        return {};
    }
    const auto s = StaffRepository(db).get(id);
    return s ? s->id : QString();
}

WhoAmIDialog::WhoAmIDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_existing(new QRadioButton(tr("I am on the list:"), this))
    , m_new(new QRadioButton(tr("I am new here:"), this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_initials(new QLineEdit(this))
    , m_profession(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("whoAmIDialog"));
    setWindowTitle(tr("Who are you?"));
    m_existing->setObjectName(QStringLiteral("existingRadio"));
    m_new->setObjectName(QStringLiteral("newRadio"));
    m_list->setObjectName(QStringLiteral("staffList"));
    m_name->setObjectName(QStringLiteral("whoNameEdit"));
    m_initials->setObjectName(QStringLiteral("whoInitialsEdit"));
    m_profession->setObjectName(QStringLiteral("whoProfessionCombo"));
    m_message->setObjectName(QStringLiteral("whoMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setTextFormat(Qt::PlainText);

    auto* intro = new QLabel(tr("Samspil records who made each change. Choose yourself on the list, or add "
                                "yourself if you are not on it. You can change this later under Team."),
                             this);
    intro->setWordWrap(true);

    const QString current = storedIdentity(db);
    QListWidgetItem* firstCaseworker = nullptr;
    for (const auto& s : StaffRepository(db).all(false)) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 (%2) – %3").arg(s.name, s.initials, Professions::label(s.profession)), m_list);
        item->setData(Qt::UserRole, s.id);
        if (s.id == current) {
            m_list->setCurrentItem(item);
        }
        if (!firstCaseworker && s.profession == Profession::Caseworker) {
            firstCaseworker = item;
        }
    }
    for (auto p : Professions::all()) {
        m_profession->addItem(Professions::label(p), Professions::code(p));
    }

    auto* newForm = new QFormLayout;
    newForm->setContentsMargins(24, 0, 0, 0);
    newForm->addRow(tr("Name"), m_name);
    newForm->addRow(tr("Initials"), m_initials);
    newForm->addRow(tr("Profession"), m_profession);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WhoAmIDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WhoAmIDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_existing);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_new);
    layout->addLayout(newForm);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_existing, &QRadioButton::toggled, this, &WhoAmIDialog::updateMode);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &WhoAmIDialog::accept);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { m_existing->setChecked(true); });
    if (m_list->count() == 0) {
        m_existing->setEnabled(false);
        m_new->setChecked(true);
    } else {
        m_existing->setChecked(true);
        if (!m_list->currentItem()) {
            // Most users are coordinating caseworkers.
            m_list->setCurrentItem(firstCaseworker ? firstCaseworker : m_list->item(0));
        }
    }
    updateMode();
    resize(480, 520);
}

void WhoAmIDialog::updateMode()
{
    const bool existing = m_existing->isChecked();
    m_name->setEnabled(!existing);
    m_initials->setEnabled(!existing);
    m_profession->setEnabled(!existing);
    m_message->clear();
}

void WhoAmIDialog::accept()
{
    if (m_existing->isChecked()) {
        auto* item = m_list->currentItem();
        if (!item) {
            m_message->setText(tr("Choose yourself on the list."));
            return;
        }
        m_staffId = item->data(Qt::UserRole).toString();
    } else {
        Staff s;
        s.name = m_name->text();
        s.initials = m_initials->text();
        s.profession = Professions::fromCode(m_profession->currentData().toString()).value_or(Profession::Other);
        auto r = StaffRepository(m_db).create(s);
        if (!r) {
            m_message->setText(r.error());
            return;
        }
        m_staffId = r->id;
    }
    prefs::whoAmI(m_db.siteId()).set(m_staffId);
    QDialog::accept();
}

} // namespace samspil::ui
