#pragma once

#include "core/stats/Dashboard.h"
#include "ui/common/BackgroundWork.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace samspil {
class Database;
}

namespace samspil::ui {

class CitizenListDialog;
class DashboardChart;
class DashboardTableModel;
class DashboardTile;

/// Team ▸ Overblik…: the dashboard for a period and a caseworker (or the whole team). Tiles with
/// the key numbers, and one page per subject with a bar chart and the table behind it. Every
/// number opens the list of citizens behind it (click a tile or a bar, double-click a cell, or
/// "Show citizens"), from which a citizen's page opens. The figures follow edits and sync
/// (Database::tablesChanged) and can be refreshed by hand; tables export as CSV for Danish
/// Excel, the page's chart as PNG.
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    using OpenCitizen = std::function<void(const QString& citizenId)>;

    /// The quick choices of period, in the order offered.
    enum class Period { ThisQuarter, LastQuarter, ThisYear, Last12Months, Custom };

    DashboardWindow(Database& db, OpenCitizen openCitizen, QWidget* parent = nullptr);
    ~DashboardWindow() override;

    const Dashboard& dashboard() const { return m_dashboard; }
    /// Counts the figures again for the chosen period and caseworker. The counting runs in the
    /// background on a connection of its own, so the window opens and answers at once; the
    /// figures shown stay until the new ones arrive (figuresReady).
    void refresh();
    /// Whether figures are being counted.
    bool counting() const { return m_figures.pending(); }
    /// Waits until the figures being counted are shown (tests, benchmarks, printing).
    void waitForFigures();
    void setPeriod(Period period);
    void setRange(const QDate& from, const QDate& to);
    /// Selects a caseworker by staff id (empty: the whole team).
    void setCaseworker(const QString& staffId);
    /// The first and last day of a quick choice, counted from `today`.
    static std::pair<QDate, QDate> range(Period period, const QDate& today);

    /// Opens the list of these citizens (what a click on a number does); returns the list.
    CitizenListDialog* showCitizens(const QString& what, const QStringList& citizenIds);
    CitizenListDialog* lastList() const;

    /// Writes every table to one CSV file (Danish Excel); the message bar tells how it went.
    bool exportCsv(const QString& path);
    /// Writes the chart of the page with this table code ("risk", "tracks", …) as PNG.
    bool exportChart(const QString& code, const QString& path);
    /// The table codes of the pages, in order.
    QStringList pageCodes() const;
    DashboardChart* chart(const QString& code) const;
    QTableView* tableView(const QString& code) const;

signals:
    /// The figures of the latest refresh are shown (or its message, if they could not be counted).
    void figuresReady();

protected:
    void showEvent(QShowEvent* event) override;

public:
    /// What one background count brings back.
    struct Figures
    {
        bool counted = false; ///< false: no second connection; count on this one instead
        QString error;
        Dashboard dashboard;
    };

private:
    void applyFigures(const Figures& figures);
    void showFigures(Dashboard dashboard);

    struct Page
    {
        QString code;
        DashboardChart* chart = nullptr;
        QVector<QTableView*> views;
        QVector<DashboardTableModel*> models;
    };

    QHBoxLayout* buildTopBar();
    QGridLayout* buildTiles();
    void buildPages();
    void fillCaseworkers();
    void periodChosen();
    void datesEdited();
    void updateTiles();
    void updatePages();
    void showMessage(const QString& text, bool error);
    void showSelectedCell();
    void chooseCsvFile();
    void chooseChartFile();
    QString scopeText() const;

    Database& m_db;
    OpenCitizen m_openCitizen;
    Dashboard m_dashboard;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_caseworker;
    QLabel* m_message;
    QLabel* m_stamp;
    QTabWidget* m_tabs;
    QTimer* m_refreshTimer;
    QVector<DashboardTile*> m_tiles;
    QVector<Page> m_pages;
    QPointer<CitizenListDialog> m_lastList;
    bool m_dirty = true;
    QString m_lastStamp; ///< what the stamp said of the figures shown
    bool m_updatingRange = false;
    BackgroundWork<Figures> m_figures; ///< last member: its runs are waited for before the rest goes
};

} // namespace samspil::ui
