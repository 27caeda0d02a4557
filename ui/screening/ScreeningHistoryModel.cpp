#include "ScreeningHistoryModel.h"

#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace samspil::ui {

ScreeningHistoryModel::ScreeningHistoryModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void ScreeningHistoryModel::setCitizen(const QString& citizenId)
{
    m_citizenId = citizenId;
    reload();
}

void ScreeningHistoryModel::reload()
{
    beginResetModel();
    m_rows = m_citizenId.isEmpty() ? QVector<Screening>{} : ScreeningRepository(m_db).history(m_citizenId);
    m_initials.clear();
    for (const auto& s : StaffRepository(m_db).all()) {
        m_initials.insert(s.id, s.initials);
    }
    m_timeOf.clear();
    m_currentId.clear();
    for (const auto& s : m_rows) {
        m_timeOf.insert(s.id, s.screenedAt);
        if (m_currentId.isEmpty() && s.supersededBy.isEmpty()) {
            m_currentId = s.id;
        }
    }
    endResetModel();
}

const Screening* ScreeningHistoryModel::screening(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ScreeningHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScreeningHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScreeningHistoryModel::data(const QModelIndex& index, int role) const
{
    const Screening* s = index.isValid() ? screening(index.row()) : nullptr;
    if (!s) {
        return {};
    }
    const bool superseded = !s->supersededBy.isEmpty();
    switch (role) {
    case ScreeningIdRole:
        return s->id;
    case SupersededRole:
        return superseded;
    case DecidedRiskRole:
        return Risks::code(s->decidedRisk);
    case Qt::ForegroundRole:
        return superseded ? QVariant(QBrush(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (superseded) {
            QFont f;
            f.setStrikeOut(index.column() == DecidedColumn);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == StatusColumn) {
            return s->assessment.isEmpty() ? s->reason : s->reason + QStringLiteral("\n\n") + s->assessment;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return formatDate(s->screenedAt.toLocalTime().date());
    case DecidedColumn:
        return Risks::label(s->decidedRisk);
    case ProposedColumn:
        return Risks::label(s->proposedRisk);
    case TotalColumn:
        return s->scores.contains(QStringLiteral("total")) ? QVariant(QLocale().toString(s->scores.value(QStringLiteral("total")), 'g', 6))
                                                           : QVariant();
    case ReasonColumn:
        return s->reason;
    case ByColumn:
        return m_initials.value(s->screenedBy);
    case StatusColumn:
        if (superseded) {
            return tr("Corrected");
        }
        {
            QString status;
            if (!s->supersedes.isEmpty()) {
                status = m_timeOf.contains(s->supersedes)
                             ? tr("Correction of %1").arg(formatDate(m_timeOf.value(s->supersedes).toLocalTime().date()))
                             : tr("Correction");
            }
            if (s->id == m_currentId) {
                status = status.isEmpty() ? tr("Current") : tr("Current; %1").arg(status);
            }
            return status;
        }
    default:
        return {};
    }
}

QVariant ScreeningHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DecidedColumn:
        return tr("Decided risk");
    case ProposedColumn:
        return tr("Proposed risk");
    case TotalColumn:
        return tr("Total score");
    case ReasonColumn:
        return tr("Reason");
    case ByColumn:
        return tr("By");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace samspil::ui
