#pragma once

#include "core/staff/Staff.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The team (active and inactive staff) with their roles (AccessPolicy) and accounts, as a
/// table; a thin adaptor over StaffRepository.
class StaffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Initials, Profession, Roles, Accounts, Active, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ActiveRole, ProfessionRole, LeaderRole, AccountsRole };

    explicit StaffModel(Database& db, QObject* parent = nullptr);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Staff& staff(int row) const { return m_staff[row]; }
    int rowOf(const QString& id) const;

private:
    Database& m_db;
    QVector<Staff> m_staff;
    QVector<QStringList> m_accounts; ///< per row, sorted
};

} // namespace samspil::ui
