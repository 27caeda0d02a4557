#include "RcMatrixModel.h"

#include <QBrush>
#include <QLocale>

namespace samspil::ui {

RcMatrixModel::RcMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RcMatrixModel::setResult(const RcResult& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void RcMatrixModel::setComparison(std::optional<RcResult> earlier)
{
    m_earlier = std::move(earlier);
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

void RcMatrixModel::setThresholds(const RcThresholds& thresholds)
{
    m_thresholds = thresholds;
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int RcMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.groups.size());
}

int RcMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.groups.size());
}

const RcTie* RcMatrixModel::tieAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_result.groups.size() || index.column() >= m_result.groups.size()) {
        return nullptr;
    }
    return m_result.tie(m_result.groups[index.row()], m_result.groups[index.column()]);
}

std::optional<double> RcMatrixModel::changeAt(const QModelIndex& index) const
{
    const RcTie* now = tieAt(index);
    if (!now || !now->index || !m_earlier) {
        return std::nullopt;
    }
    const RcTie* before = m_earlier->tie(now->from, now->to);
    if (!before || !before->index) {
        return std::nullopt;
    }
    return RcMeasure::rounded(*now->index) - RcMeasure::rounded(*before->index);
}

QVariant RcMatrixModel::data(const QModelIndex& index, int role) const
{
    const RcTie* tie = tieAt(index);
    if (!tie) {
        return {};
    }
    const bool rated = tie->index.has_value();
    const auto strength = rated ? std::optional(RcMeasure::classify(*tie->index, m_thresholds)) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole: {
        if (!rated) {
            return tr("–");
        }
        QString text = formatIndex(*tie->index) + QLatin1Char(' ') + RcMeasure::strengthMarker(*strength);
        if (const auto c = changeAt(index)) {
            text += QLatin1Char('\n') + formatChange(*c);
        }
        return text;
    }
    case Qt::ToolTipRole:
        if (!rated) {
            return tr("%1 → %2: no answers").arg(tie->from, tie->to);
        }
        return tr("%1 → %2: %3 (%4), n = %5")
            .arg(tie->from, tie->to, formatIndex(*tie->index), RcMeasure::strengthName(*strength))
            .arg(tie->n);
    case Qt::AccessibleTextRole:
        return rated ? tr("%1 rates %2: %3, %4")
                           .arg(tie->from, tie->to, formatIndex(*tie->index), RcMeasure::strengthName(*strength))
                     : tr("%1 rates %2: no answers").arg(tie->from, tie->to);
    case Qt::BackgroundRole:
        return rated ? QBrush(strengthColor(*strength)) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case IndexRole:
        return rated ? QVariant(*tie->index) : QVariant();
    case CountRole:
        return tie->n;
    case StrengthRole:
        return strength ? QVariant(int(*strength)) : QVariant();
    case ChangeRole: {
        const auto c = changeAt(index);
        return c ? QVariant(*c) : QVariant();
    }
    case MarkerRole:
        return strength ? RcMeasure::strengthMarker(*strength) : QString();
    default:
        return {};
    }
}

QVariant RcMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_result.groups.size()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return m_result.groups[section];
    }
    if (role == Qt::ToolTipRole) {
        return orientation == Qt::Vertical ? tr("How %1 rate the other groups").arg(m_result.groups[section])
                                           : tr("How the groups rate %1").arg(m_result.groups[section]);
    }
    return {};
}

QColor RcMatrixModel::strengthColor(RcStrength s)
{
    // Colour-blind-safe pairs (orange / light grey-blue / blue), light enough for black text.
    switch (s) {
    case RcStrength::Weak:
        return QColor(0xf4, 0xb3, 0x7a);
    case RcStrength::Moderate:
        return QColor(0xe6, 0xe6, 0xe6);
    case RcStrength::Strong:
        return QColor(0x8c, 0xb8, 0xe0);
    }
    return {};
}

QString RcMatrixModel::formatIndex(double value)
{
    return QLocale().toString(RcMeasure::rounded(value), 'f', 2);
}

QString RcMatrixModel::formatChange(double value)
{
    const double r = RcMeasure::rounded(value);
    const QString digits = QLocale().toString(std::abs(r), 'f', 2);
    if (r > 0) {
        return QLatin1Char('+') + digits;
    }
    if (r < 0) {
        return QStringLiteral("\u2212") + digits;
    }
    return QStringLiteral("\u00B1") + digits;
}

} // namespace samspil::ui
