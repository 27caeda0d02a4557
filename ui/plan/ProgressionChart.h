#pragma once

#include "core/plan/Plan.h"

#include <QPointF>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace samspil::ui {

/// The points of one rater's ratings of one goal (x: date as milliseconds since the epoch, y: 1–10).
struct ProgressionSeries
{
    Rater rater = Rater::Citizen;
    QString name; ///< legend text
    QVector<QPointF> points;
};

/// Progression charts (Qt Charts): for a goal, the citizen's and the professional's ratings as
/// two separate lines; for the employment goal, the caseworker's. Readable in black and white:
/// each rater has its own line style and marker shape; the target date is a dash-dot vertical line.
class ProgressionChart
{
    Q_DECLARE_TR_FUNCTIONS(ProgressionChart)
public:
    /// The series for a goal (empty lineage: the employment goal), built from all ratings.
    /// `professional`: who the professional is, named beside "Professional" in the legend.
    static QVector<ProgressionSeries> series(const QVector<Rating>& ratings, const QString& goalLineage,
                                             const QString& professional = {});
    /// A chart for one goal; `targetDate` is marked when valid; with no ratings its title says so.
    /// The caller owns the chart.
    static QChart* build(const QString& title,
                         const QVector<Rating>& ratings,
                         const QString& goalLineage,
                         const QDate& targetDate,
                         const QDate& today,
                         const QString& professional = {});
    static Qt::PenStyle penStyle(Rater r);
    /// Who "the professional" of a goal is, for the legend: the names of the staff who rated it
    /// as professionals, else the goal's responsible; `names`: staff id -> name.
    static QString professionalOf(const PlanGoal& goal, const QVector<Rating>& ratings,
                                  const QHash<QString, QString>& names);
};

} // namespace samspil::ui
