#pragma once

#include "core/stats/Dashboard.h"

#include <QAbstractTableModel>

namespace samspil::ui {

/// One dashboard table (Dashboard::tables()) for a QTableView: numbers right-aligned in the
/// user's locale, and the citizens behind each cell under CitizenIdsRole (for drill-down).
class DashboardTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { CitizenIdsRole = Qt::UserRole + 1, ValueRole };

    explicit DashboardTableModel(QObject* parent = nullptr);
    void setTable(const DashboardTable& table);
    const DashboardTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A cell's value as shown: "12", "12,5", "45,0 %", or the text.
    static QString display(const DashboardCell& cell);

private:
    DashboardTable m_table;
};

} // namespace samspil::ui
