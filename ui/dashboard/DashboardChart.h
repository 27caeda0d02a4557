#pragma once

#include <QChartView>
#include <QStringList>
#include <QVector>

#include <functional>

namespace samspil::ui {

/// What a dashboard bar chart shows: categories along one axis, one or more sets of bars, each
/// bar with the citizens behind it. Readable in black and white: each set has its own fill
/// pattern, every bar carries its value as a label, and the legend names the sets.
struct BarChartSpec
{
    QString title;
    QStringList categories;
    QStringList sets;                     ///< set names (legend); one set: no legend
    QVector<QVector<double>> values;      ///< [set][category]
    QVector<QVector<QStringList>> ids;    ///< [set][category]: the citizens behind the bar
    bool horizontal = false;              ///< long category names read better on the side
    bool stacked = false;
    int decimals = 0;
};

/// A chart view for the dashboard; a click on a bar calls back with the bar's description and citizens.
class DashboardChart : public QChartView
{
    Q_OBJECT
public:
    using Activated = std::function<void(const QString& what, const QStringList& citizenIds)>;

    explicit DashboardChart(QWidget* parent = nullptr);
    void setSpec(const BarChartSpec& spec);
    const BarChartSpec& spec() const { return m_spec; }
    void onActivated(Activated callback) { m_activated = std::move(callback); }
    /// Tests and keyboard: as if the bar of `set` at `category` was clicked.
    void activate(int set, int category);

    /// Renders the chart at a readable size (independent of the window) into a PNG file.
    bool savePng(const QString& path, QString* error) const;

private:
    BarChartSpec m_spec;
    Activated m_activated;
};

} // namespace samspil::ui
