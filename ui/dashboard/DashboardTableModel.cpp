#include "DashboardTableModel.h"

#include <QLocale>

namespace samspil::ui {

DashboardTableModel::DashboardTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DashboardTableModel::setTable(const DashboardTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int DashboardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int DashboardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QString DashboardTableModel::display(const DashboardCell& cell)
{
    if (!cell.value.isValid()) {
        return {};
    }
    const QLocale locale;
    switch (cell.kind) {
    case DashboardCell::Kind::Text:
        return cell.value.toString();
    case DashboardCell::Kind::Count:
        return locale.toString(cell.value.toInt());
    case DashboardCell::Kind::Decimal:
        return locale.toString(cell.value.toDouble(), 'f', 1);
    case DashboardCell::Kind::Percent:
        return locale.toString(cell.value.toDouble(), 'f', 1) + QStringLiteral(" %");
    }
    return {};
}

QVariant DashboardTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const auto& row = m_table.rows[index.row()];
    if (index.column() >= row.size()) {
        return {};
    }
    const DashboardCell& cell = row[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return display(cell);
    case Qt::TextAlignmentRole:
        return cell.kind == DashboardCell::Kind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return cell.citizenIds.isEmpty() ? QVariant() : QVariant(tr("Double-click to list the %n citizen(s) behind this number.", nullptr,
                                                                     int(cell.citizenIds.size())));
    case CitizenIdsRole:
        return cell.citizenIds;
    case ValueRole:
        return cell.value;
    default:
        return {};
    }
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.headers.size()) {
        // "Closed: median weeks" on two lines, so the ten columns of the weeks tables fit.
        QString header = m_table.headers[section];
        return header.replace(QStringLiteral(": "), QStringLiteral("\n"));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace samspil::ui
