#include "StaffModel.h"

#include "core/staff/AccessPolicy.h"
#include "core/staff/StaffRepository.h"

#include <QApplication>
#include <QPalette>

namespace samspil::ui {

StaffModel::StaffModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::tablesChanged, this, [this](const QSet<QString>& tables) {
        if (tables.contains(QStringLiteral("staff")) || tables.contains(QStringLiteral("staff_account"))) {
            reload();
        }
    });
    reload();
}

void StaffModel::reload()
{
    beginResetModel();
    const StaffRepository repo(m_db);
    m_staff = repo.all(true);
    m_accounts.clear();
    for (const Staff& s : std::as_const(m_staff)) {
        m_accounts.append(repo.accountsOf(s.id));
    }
    endResetModel();
}

int StaffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Staff& s = m_staff[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return s.name;
        case Initials: return s.initials;
        case Profession: return Professions::label(s.profession);
        case Roles: {
            QStringList labels;
            for (samspil::Role r : AccessPolicy::rolesOf(s)) {
                labels << AccessPolicy::label(r);
            }
            return labels.join(QStringLiteral(", "));
        }
        case Accounts: return m_accounts[index.row()].join(QStringLiteral(", "));
        case Active: return s.active ? tr("Active") : tr("Deactivated");
        }
        break;
    case Qt::ForegroundRole:
        if (!s.active) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        break;
    case IdRole: return s.id;
    case ActiveRole: return s.active;
    case ProfessionRole: return Professions::code(s.profession);
    case LeaderRole: return s.leader;
    case AccountsRole: return m_accounts[index.row()];
    }
    return {};
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name: return tr("Name");
    case Initials: return tr("Initials");
    case Profession: return tr("Profession");
    case Roles: return tr("Roles");
    case Accounts: return tr("Accounts");
    case Active: return tr("Status");
    }
    return {};
}

int StaffModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_staff.size(); ++i) {
        if (m_staff[i].id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace samspil::ui
