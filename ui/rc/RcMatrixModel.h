#pragma once

#include "core/rc/RcMeasure.h"

#include <QAbstractTableModel>
#include <QColor>
#include <optional>

namespace samspil::ui {

/// The relational coordination matrix as a table: rows are respondent groups, columns the
/// groups they rate. A thin adaptor over an RcResult (and optionally an earlier round's).
class RcMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IndexRole = Qt::UserRole + 1, ///< double, or invalid when nobody rated the tie
        CountRole, ///< int: rows behind the tie
        StrengthRole, ///< int (RcStrength), or invalid
        ChangeRole, ///< double: change since the compared round, or invalid
        MarkerRole, ///< QString: the strength marker that does not rely on colour
    };

    explicit RcMatrixModel(QObject* parent = nullptr);

    void setResult(const RcResult& result);
    void setComparison(std::optional<RcResult> earlier);
    void setThresholds(const RcThresholds& thresholds);

    const RcResult& result() const { return m_result; }
    const RcThresholds& thresholds() const { return m_thresholds; }
    bool comparing() const { return m_earlier.has_value(); }
    const RcTie* tieAt(const QModelIndex& index) const;
    std::optional<double> changeAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The fill of each strength; the pattern (see RcCellPainter) tells them apart without colour.
    static QColor strengthColor(RcStrength s);
    /// "3,21" in the user's locale.
    static QString formatIndex(double value);
    /// "+0,30" / "−0,20" / "±0,00".
    static QString formatChange(double value);

private:
    RcResult m_result;
    std::optional<RcResult> m_earlier;
    RcThresholds m_thresholds;
};

} // namespace samspil::ui
