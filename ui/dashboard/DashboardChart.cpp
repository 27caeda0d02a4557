#include "DashboardChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImageWriter>
#include <QLegend>
#include <QLocale>
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
    // Light enough that the black value labels on the bars stay readable.
    static const QColor colors[] = {QColor(0x9d, 0xb9, 0xdc), QColor(0x8c, 0x3b, 0x2b), QColor(0x2f, 0x5e, 0x2f),
                                    QColor(0x44, 0x44, 0x44)};
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
    // Numbers in the user's language: 12,5 in Danish.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QAbstractBarSeries* series = nullptr;
    if (spec.horizontal) {
        series = spec.stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                              : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    } else {
        series = spec.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                              : static_cast<QAbstractBarSeries*>(new QBarSeries);
    }
    const int n = int(spec.categories.size());
    // Horizontal bars are drawn bottom-up; reversed, they read top-down in the table's order.
    auto at = [&](int shown) { return spec.horizontal ? n - 1 - shown : shown; };
    const double scale = std::pow(10.0, spec.decimals);
    double max = 0;
    for (int s = 0; s < spec.sets.size(); ++s) {
        auto* set = new QBarSet(spec.sets[s]);
        set->setBrush(setBrush(s));
        set->setPen(QPen(Qt::black, 1));
        set->setLabelColor(Qt::black);
        for (int shown = 0; shown < n; ++shown) {
            const int c = at(shown);
            const double v = s < spec.values.size() && c < spec.values[s].size() ? spec.values[s][c] : 0;
            *set << std::round(v * scale) / scale;
            max = std::max(max, v);
        }
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, s, at](int index) { activate(s, at(index)); });
    }
    if (spec.stacked) {
        for (int c = 0; c < n; ++c) {
            double sum = 0;
            for (int s = 0; s < spec.values.size(); ++s) {
                sum += c < spec.values[s].size() ? spec.values[s][c] : 0;
            }
            max = std::max(max, sum);
        }
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(spec.stacked ? QAbstractBarSeries::LabelsCenter : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(6);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    for (int shown = 0; shown < n; ++shown) {
        categories->append(spec.categories[at(shown)]);
    }
    auto* values = new QValueAxis;
    values->setRange(0, max <= 0 ? 4 : max * 1.12);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
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
