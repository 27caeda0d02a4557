#include "ui/dashboard/DashboardChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImageWriter>
#include <QLegend>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace samspil::ui {

namespace {

/// Fills that stay apart when printed in grey: solid, diagonal hatching, cross hatching, dots.
QBrush setBrush(int set)
{
    static const Qt::BrushStyle styles[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::DiagCrossPattern, Qt::Dense5Pattern};
    static const QColor colors[] = {QColor(0x2b, 0x55, 0x8c), QColor(0x8c, 0x3b, 0x2b), QColor(0x3b, 0x6e, 0x3b),
                                    QColor(0x55, 0x55, 0x55)};
    return QBrush(colors[set % 4], styles[set % 4]);
}

} // namespace

DashboardChart::DashboardChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
}

void DashboardChart::setSpec(const BarChartSpec& spec)
{
    m_spec = spec;
    auto* chart = new QChart;
    chart->setTitle(spec.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    QAbstractBarSeries* series = nullptr;
    if (spec.horizontal) {
        series = spec.stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                              : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    } else {
        series = spec.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                              : static_cast<QAbstractBarSeries*>(new QBarSeries);
    }
    double max = 0;
    for (int s = 0; s < spec.sets.size(); ++s) {
        auto* set = new QBarSet(spec.sets[s]);
        set->setBrush(setBrush(s));
        set->setPen(QPen(Qt::black, 1));
        set->setLabelColor(Qt::black);
        for (int c = 0; c < spec.categories.size(); ++c) {
            const double v = s < spec.values.size() && c < spec.values[s].size() ? spec.values[s][c] : 0;
            *set << v;
            max = std::max(max, v);
        }
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, s](int index) { activate(s, index); });
    }
    if (spec.stacked) {
        for (int c = 0; c < spec.categories.size(); ++c) {
            double sum = 0;
            for (int s = 0; s < spec.values.size(); ++s) {
                sum += c < spec.values[s].size() ? spec.values[s][c] : 0;
            }
            max = std::max(max, sum);
        }
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(spec.stacked ? QAbstractBarSeries::LabelsCenter : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(spec.decimals + 3);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(spec.categories);
    auto* values = new QValueAxis;
    values->setRange(0, max <= 0 ? 1 : std::ceil(max * 1.15));
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categories, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(spec.sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

void DashboardChart::activate(int set, int category)
{
    if (!m_activated || set < 0 || set >= m_spec.ids.size() || category < 0 || category >= m_spec.ids[set].size()) {
        return;
    }
    QString what = m_spec.categories.value(category);
    if (m_spec.sets.size() > 1) {
        what = QStringLiteral("%1: %2").arg(what, m_spec.sets.value(set));
    }
    m_activated(what, m_spec.ids[set][category]);
}

bool DashboardChart::savePng(const QString& path, QString* error) const
{
    // Rendered at a fixed size, so the picture does not depend on how large the window is.
    QImage image(QSize(1100, 700), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        QChart* c = chart();
        const QSizeF before = c->size();
        QGraphicsScene* scene = c->scene();
        c->resize(image.size());
        scene->render(&p, QRectF(QPointF(0, 0), image.size()), c->sceneBoundingRect());
        c->resize(before);
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        if (error) {
            *error = tr("Could not save the picture %1: %2").arg(path, writer.errorString());
        }
        return false;
    }
    return true;
}

} // namespace samspil::ui
