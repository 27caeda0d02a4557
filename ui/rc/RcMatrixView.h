#pragma once

#include "core/rc/RcMeasure.h"
#include "ui/rc/RcMatrixModel.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QPainter;
class QTableView;
class QTableWidget;

namespace samspil::ui {

/// Paints a cell or legend swatch: the strength's colour and its own pattern (hatched for weak,
/// plain for moderate, dotted for strong), so the legend does not rely on colour alone.
struct RcCellPainter
{
    static void paintSwatch(QPainter& p, const QRectF& rect, std::optional<RcStrength> strength);
};

/// The matrix of ties (respondent group × rated group) coloured by strength, with a legend,
/// threshold settings, the per-dimension breakdown of the selected tie, comparison with an
/// earlier round, print and PNG export.
class RcMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit RcMatrixView(QWidget* parent = nullptr);

    /// The round to show; `title` names it in headings and printouts.
    void setResult(const QString& title, const RcResult& result);
    /// The rounds one may compare with: (survey id, label). The current selection is kept if possible.
    void setCompareCandidates(const QVector<QPair<QString, QString>>& rounds);
    /// The earlier round's result (after comparisonRequested), or none.
    void setComparison(std::optional<RcResult> earlier, const QString& label = {});
    /// The survey id chosen in "Compare with", or empty.
    QString compareSurveyId() const;
    void setThresholds(const RcThresholds& thresholds);
    RcThresholds thresholds() const { return m_model->thresholds(); }

    RcMatrixModel* model() const { return m_model; }
    void selectTie(const QString& from, const QString& to);

    /// The printable page: title, matrix, "seen by others", legend.
    void paintReport(QPainter& painter, const QRectF& page) const;
    QImage renderReport(const QSize& size = QSize(1600, 1100)) const;
    bool savePng(const QString& path, QString* error = nullptr) const;

signals:
    void thresholdsChanged(const samspil::RcThresholds& thresholds);
    /// A survey id to compare with, or empty for no comparison.
    void comparisonRequested(const QString& surveyId);
    /// A problem to show in the window's message bar.
    void problem(const QString& message);

public slots:
    void print();
    void saveAsPng();

private:
    QHBoxLayout* buildTools();
    QWidget* buildMatrixSide();
    QWidget* buildDetailSide();
    void updateBreakdown();
    /// Columns wide enough for the longest word of a group's name, the header tall enough for its lines.
    void fitColumnHeaders();
    void updateLegend();
    void updateSeenByOthers();
    void thresholdsEdited();

    QString m_title;
    QString m_compareLabel;
    std::optional<RcResult> m_earlier;
    RcMatrixModel* m_model;
    QTableView* m_table;
    QComboBox* m_compare;
    QDoubleSpinBox* m_weak;
    QDoubleSpinBox* m_strong;
    QLabel* m_legend[3] = {};
    QLabel* m_breakdownTitle;
    QTableWidget* m_breakdown;
    QTableWidget* m_seen;
};

} // namespace samspil::ui
