#include "StaffDialog.h"

#include "core/citizen/CitizenRepository.h"
#include "core/staff/OsAccount.h"
#include "core/staff/StaffRepository.h"
#include "core/teamday/AppointmentRepository.h"
#include "ui/common/MessageBox.h"
#include "ui/staff/StaffModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace samspil::ui {

StaffDialog::StaffDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new StaffModel(db, this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_initials(new QLineEdit(this))
    , m_profession(new QComboBox(this))
    , m_leader(new QCheckBox(tr("Leader of the team"), this))
    , m_state(new QLabel(this))
    , m_hours(new QLabel(this))
    , m_accounts(new QListWidget(this))
    , m_newAccount(new QLineEdit(this))
    , m_bind(new QPushButton(tr("&Bind"), this))
    , m_unbind(new QPushButton(tr("&Unbind"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_toggle(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(tr("Staff"));

    setUpTable();
    auto* newButton = new QPushButton(tr("&New staff member"), this);
    newButton->setObjectName(QStringLiteral("newStaffButton"));

    QGroupBox* edit = buildEditGroup();
    QGroupBox* accounts = buildAccountsGroup();

    auto* left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addWidget(newButton, 0, Qt::AlignLeft);

    auto* right = new QVBoxLayout;
    right->addWidget(edit);
    right->addWidget(accounts, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(right, 2);
    edit->setMinimumWidth(360);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(close);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    load(m_model->staff(current.row()).id);
                }
            });
    connect(newButton, &QPushButton::clicked, this, [this] {
        select({});
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &StaffDialog::saveCurrent);
    connect(m_toggle, &QPushButton::clicked, this, &StaffDialog::toggleActive);
    connect(m_bind, &QPushButton::clicked, this, &StaffDialog::bindAccount);
    connect(m_newAccount, &QLineEdit::returnPressed, this, &StaffDialog::bindAccount);
    connect(m_unbind, &QPushButton::clicked, this, &StaffDialog::unbindAccount);
    connect(m_accounts, &QListWidget::currentRowChanged, this,
            [this](int row) { m_unbind->setEnabled(row >= 0 && !m_currentId.isEmpty()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_currentId);
        if (row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
        }
    });

    resize(1040, 600);
    select(m_model->rowCount() > 0 ? m_model->staff(0).id : QString());
}

void StaffDialog::setUpTable()
{
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StaffModel::Name, QHeaderView::Stretch);
    m_table->setColumnHidden(StaffModel::Profession, true); // the roles say it, and the form shows it
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
}

/// The form for the selected (or a new) staff member, with Save and (de)activate.
QGroupBox* StaffDialog::buildEditGroup()
{
    m_name->setObjectName(QStringLiteral("staffNameEdit"));
    m_initials->setObjectName(QStringLiteral("staffInitialsEdit"));
    m_initials->setMaxLength(8);
    m_profession->setObjectName(QStringLiteral("professionCombo"));
    for (auto p : Professions::all()) {
        m_profession->addItem(Professions::label(p), Professions::code(p));
    }
    m_save->setObjectName(QStringLiteral("saveStaffButton"));
    m_toggle->setObjectName(QStringLiteral("toggleActiveButton"));
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_state->setObjectName(QStringLiteral("staffState"));
    m_hours->setObjectName(QStringLiteral("staffHours"));
    m_hours->setWordWrap(true);
    m_leader->setObjectName(QStringLiteral("leaderCheck"));
    m_leader->setToolTip(tr("Leaders add staff and their accounts, run the retention rules and erasure, and may "
                            "export the whole database"));

    auto* edit = new QGroupBox(tr("Staff member"), this);
    auto* form = new QFormLayout(edit);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Initials"), m_initials);
    form->addRow(tr("Profession"), m_profession);
    form->addRow(tr("Role"), m_leader);
    form->addRow(tr("Status"), m_state);
    form->addRow(tr("Working hours"), m_hours);
    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(m_save);
    editButtons->addWidget(m_toggle);
    editButtons->addStretch(1);
    form->addRow(editButtons);
    form->addRow(m_message);
    return edit;
}

/// The operating-system accounts the selected member logs on with: who they are in Samspil.
QGroupBox* StaffDialog::buildAccountsGroup()
{
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_newAccount->setObjectName(QStringLiteral("accountEdit"));
    m_newAccount->setPlaceholderText(tr("e.g. KOMMUNE\\mha"));
    m_bind->setObjectName(QStringLiteral("bindAccountButton"));
    m_unbind->setObjectName(QStringLiteral("unbindAccountButton"));
    auto* group = new QGroupBox(tr("Accounts"), this);
    auto* intro = new QLabel(tr("The accounts this person logs on to the PC with. Samspil knows who someone is from "
                                "their account; an account that is bound to nobody sees no citizen data."),
                             group);
    intro->setWordWrap(true);
    auto* add = new QHBoxLayout;
    add->addWidget(m_newAccount, 1);
    add->addWidget(m_bind);
    add->addWidget(m_unbind);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(intro);
    layout->addWidget(m_accounts, 1);
    layout->addLayout(add);
    return group;
}

void StaffDialog::select(const QString& staffId)
{
    const int row = m_model->rowOf(staffId);
    if (row >= 0) {
        m_table->selectRow(row);
    } else {
        m_table->clearSelection();
    }
    load(staffId);
}

void StaffDialog::load(const QString& staffId)
{
    const auto s = StaffRepository(m_db).get(staffId);
    m_currentId = s ? s->id : QString();
    m_name->setText(s ? s->name : QString());
    m_initials->setText(s ? s->initials : QString());
    m_profession->setCurrentIndex(
        std::max(0, m_profession->findData(Professions::code(s ? s->profession : Profession::Caseworker))));
    m_leader->setChecked(s && s->leader);
    m_state->setText(!s ? tr("New") : s->active ? tr("Active") : tr("Deactivated: reads nothing"));
    m_toggle->setEnabled(s.has_value());
    m_toggle->setText(s && !s->active ? tr("&Reactivate") : tr("&Deactivate"));
    m_save->setText(s ? tr("&Save") : tr("&Add"));
    m_newAccount->clear(); // typed for someone else
    showWorkingHours();
    loadAccounts();
    setMessage({}, false);
}

void StaffDialog::showWorkingHours()
{
    if (m_currentId.isEmpty()) {
        m_hours->clear();
        return;
    }
    QSet<int> days;
    for (const WorkingHours& h : AppointmentRepository(m_db).workingHours(m_currentId)) {
        days.insert(h.weekday);
    }
    // Bookings look for free time within working hours: without any, none can be made.
    m_hours->setText(days.isEmpty() ? tr("None yet: talks and conferences cannot be booked with this person. Set them "
                                         "under Team ▸ Working hours…")
                                    : tr("%n weekday(s) with working hours (Team ▸ Working hours…)", nullptr,
                                         int(days.size())));
    m_hours->setStyleSheet(days.isEmpty() ? QStringLiteral("color: #b00020;") : QString());
}

void StaffDialog::loadAccounts()
{
    m_accounts->clear();
    if (!m_currentId.isEmpty()) {
        m_accounts->addItems(StaffRepository(m_db).accountsOf(m_currentId));
    }
    const bool existing = !m_currentId.isEmpty();
    m_newAccount->setEnabled(existing);
    m_bind->setEnabled(existing);
    m_unbind->setEnabled(existing && m_accounts->currentRow() >= 0);
    m_newAccount->setPlaceholderText(existing ? tr("e.g. KOMMUNE\\mha") : tr("Add the staff member first"));
}

bool StaffDialog::bindAccount()
{
    const QString account = m_newAccount->text().trimmed();
    if (auto r = StaffRepository(m_db).bindAccount(m_currentId, account); !r) {
        setMessage(r.error(), true);
        return false;
    }
    m_newAccount->clear();
    loadAccounts();
    setMessage(tr("The account %1 is bound to %2.").arg(OsAccount::normalise(account), m_name->text()), false);
    return true;
}

bool StaffDialog::unbindAccount()
{
    auto* item = m_accounts->currentItem();
    if (!item) {
        setMessage(tr("Choose the account to unbind."), true);
        return false;
    }
    const QString account = item->text();
    if (auto r = StaffRepository(m_db).unbindAccount(account); !r) {
        setMessage(r.error(), true);
        return false;
    }
    loadAccounts();
    setMessage(tr("The account %1 is no longer bound to anyone.").arg(account), false);
    return true;
}

bool StaffDialog::saveCurrent()
{
    Staff s;
    if (!m_currentId.isEmpty()) {
        if (auto existing = StaffRepository(m_db).get(m_currentId)) {
            s = *existing;
        }
    }
    s.name = m_name->text();
    s.initials = m_initials->text();
    s.profession = Professions::fromCode(m_profession->currentData().toString()).value_or(Profession::Other);
    s.leader = m_leader->isChecked();
    StaffRepository repo(m_db);
    if (m_currentId.isEmpty()) {
        auto r = repo.create(s);
        if (!r) {
            setMessage(r.error(), true);
            return false;
        }
        select(r->id);
        setMessage(tr("%1 was added. Set their working hours under Team ▸ Working hours… before booking talks with "
                      "them.")
                       .arg(r->name),
                   false);
        return true;
    }
    if (auto r = repo.update(s); !r) {
        setMessage(r.error(), true);
        return false;
    }
    load(s.id);
    setMessage(tr("Saved."), false);
    return true;
}

bool StaffDialog::toggleActive()
{
    StaffRepository repo(m_db);
    auto s = repo.get(m_currentId);
    if (!s) {
        return false;
    }
    if (s->active) {
        const int cases = CitizenRepository(m_db).countForCaseworker(s->id);
        if (cases > 0
            && MessageBox::question(this, tr("Deactivate staff member"),
                                    tr("%1 is the caseworker of %n active case(s). Deactivate anyway? The cases keep "
                                       "their caseworker until you change it.",
                                       nullptr, cases)
                                        .arg(s->name))
                   != QMessageBox::Yes) {
            return false;
        }
    }
    if (s->active) {
        if (auto r = repo.deactivate(s->id); !r) {
            setMessage(r.error(), true);
            return false;
        }
    } else {
        s->active = true;
        if (auto r = repo.update(*s); !r) {
            setMessage(r.error(), true);
            return false;
        }
    }
    load(s->id);
    setMessage(s->active ? tr("%1 is active again.").arg(s->name)
                         : tr("%1 was deactivated: their history stays, and their accounts read nothing.").arg(s->name),
               false);
    return true;
}

QString StaffDialog::message() const
{
    return m_message->text();
}

void StaffDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace samspil::ui
