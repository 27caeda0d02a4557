#include "ProgressionChart.h"

#include "core/plan/PlanSignals.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace samspil::ui {

namespace {

qreal x(const QDate& d)
{
    return qreal(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QScatterSeries::MarkerShape markerFor(Rater r)
{
    switch (r) {
    case Rater::Citizen:
        return QScatterSeries::MarkerShapeCircle;
    case Rater::Professional:
        return QScatterSeries::MarkerShapeRectangle;
    case Rater::Caseworker:
        return QScatterSeries::MarkerShapeTriangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QColor colourFor(Rater r)
{
    // Dark enough to print as distinct greys; the line style and marker carry the difference.
    switch (r) {
    case Rater::Citizen:
        return QColor(0x1f, 0x4e, 0x9a);
    case Rater::Professional:
        return QColor(0xb0, 0x3a, 0x1a);
    case Rater::Caseworker:
        return QColor(0x2d, 0x6a, 0x2d);
    }
    return Qt::black;
}

} // namespace

Qt::PenStyle ProgressionChart::penStyle(Rater r)
{
    switch (r) {
    case Rater::Citizen:
        return Qt::SolidLine;
    case Rater::Professional:
        return Qt::DashLine;
    case Rater::Caseworker:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

QVector<ProgressionSeries> ProgressionChart::series(const QVector<Rating>& ratings, const QString& goalLineage,
                                                   const QString& professional)
{
    const QVector<Rater> raters = goalLineage.isEmpty() ? QVector<Rater>{Rater::Caseworker}
                                                        : QVector<Rater>{Rater::Citizen, Rater::Professional};
    QVector<ProgressionSeries> out;
    for (Rater r : raters) {
        ProgressionSeries s;
        s.rater = r;
        s.name = PlanText::raterLabel(r);
        if (r == Rater::Professional && !professional.isEmpty()) {
            s.name = tr("%1 (%2)").arg(s.name, professional); // "Fagperson (Kasper Holt)"
        }
        for (const auto& rating : PlanSignals::series(ratings, goalLineage, r)) {
            s.points.append(QPointF(x(rating.ratedOn), rating.score));
        }
        out.append(s);
    }
    return out;
}

namespace {
/// The target date as a dashed vertical line, named in the legend.
void addTargetLine(QChart* chart, QAbstractAxis* axisX, QAbstractAxis* axisY, const QDate& targetDate)
{
    auto* target = new QLineSeries;
    target->setName(ProgressionChart::tr("Target date %1").arg(targetDate.toString(QStringLiteral("dd-MM-yyyy"))));
    QPen pen(Qt::black);
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashDotLine);
    target->setPen(pen);
    target->append(x(targetDate), 0);
    target->append(x(targetDate), 10);
    chart->addSeries(target);
    target->attachAxis(axisX);
    target->attachAxis(axisY);
}
} // namespace

QChart* ProgressionChart::build(const QString& title,
                                const QVector<Rating>& ratings,
                                const QString& goalLineage,
                                const QDate& targetDate,
                                const QDate& today,
                                const QString& professional)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // line styles show in the legend

    auto* axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("dd-MM-yy"));
    axisX->setTickCount(5);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 10.6); // room for a marker at 10
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(2);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    qreal lo = x(today.addDays(-28));
    qreal hi = x(today);
    const auto all = series(ratings, goalLineage, professional);
    for (const auto& s : all) {
        for (const auto& p : s.points) {
            lo = std::min(lo, p.x());
            hi = std::max(hi, p.x());
        }
    }
    if (targetDate.isValid()) {
        lo = std::min(lo, x(targetDate));
        hi = std::max(hi, x(targetDate));
    }
    const qreal pad = (hi - lo) * 0.04 + 86400000.0;
    axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(lo - pad), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(qint64(hi + pad), Qt::UTC));

    for (const auto& s : all) {
        auto* line = new QLineSeries;
        line->setName(s.name);
        QPen pen(colourFor(s.rater));
        pen.setWidthF(2.0);
        pen.setStyle(penStyle(s.rater));
        line->setPen(pen);
        line->append(s.points);
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        auto* markers = new QScatterSeries;
        markers->setName(s.name);
        markers->setMarkerShape(markerFor(s.rater));
        markers->setMarkerSize(9);
        markers->setColor(s.rater == Rater::Citizen ? Qt::white : colourFor(s.rater));
        markers->setBorderColor(colourFor(s.rater));
        markers->append(s.points);
        chart->addSeries(markers);
        markers->attachAxis(axisX);
        markers->attachAxis(axisY);
        // One legend entry per rater: the line's.
        for (auto* m : chart->legend()->markers(markers)) {
            m->setVisible(false);
        }
    }
    const bool rated = std::any_of(all.begin(), all.end(), [](const ProgressionSeries& s) { return !s.points.isEmpty(); });
    if (!rated) {
        // An empty chart says why it is empty.
        chart->setTitle(QStringLiteral("%1<br><i>%2</i>")
                            .arg(title.toHtmlEscaped(),
                                 tr("No ratings yet. Add the first one under “New rating” above.").toHtmlEscaped()));
    }
    if (targetDate.isValid()) {
        addTargetLine(chart, axisX, axisY, targetDate);
    }
    return chart;
}

QString ProgressionChart::professionalOf(const PlanGoal& goal, const QVector<Rating>& ratings,
                                        const QHash<QString, QString>& names)
{
    QStringList found;
    for (const auto& r : ratings) {
        const QString name = names.value(r.ratedBy);
        if (r.goalLineage == goal.lineage && r.rater == Rater::Professional && !name.isEmpty() && !found.contains(name)) {
            found << name;
        }
    }
    if (found.isEmpty() && !names.value(goal.responsibleId).isEmpty()) {
        found << names.value(goal.responsibleId);
    }
    return found.join(QStringLiteral(", "));
}

} // namespace samspil::ui
