#include "DashboardWindow.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/common/DateEdit.h"

#include "core/staff/Staff.h"
#include "core/io/CsvWriter.h"
#include "core/storage/Database.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/common/WindowKeys.h"
#include "ui/dashboard/CitizenListDialog.h"
#include "ui/dashboard/DashboardChart.h"
#include "ui/dashboard/DashboardTile.h"
#include "ui/dashboard/DashboardTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

namespace samspil::ui {

namespace {

QDate quarterStart(const QDate& d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

QStringList unite(const QVector<const QStringList*>& lists)
{
    std::set<QString> all;
    for (const auto* l : lists) {
        all.insert(l->cbegin(), l->cend());
    }
    return QStringList(all.cbegin(), all.cend());
}

QString percentText(const std::optional<double>& share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
}

/// A chart spec of one set from figures.
BarChartSpec figureChart(const QString& title, const QVector<Figure>& figures, bool horizontal)
{
    BarChartSpec s;
    s.title = title;
    s.horizontal = horizontal;
    s.sets = {title};
    s.values.resize(1);
    s.ids.resize(1);
    for (const auto& f : figures) {
        s.categories << f.label;
        s.values[0] << f.count;
        s.ids[0] << f.citizenIds;
    }
    return s;
}

} // namespace

DashboardWindow::DashboardWindow(Database& db, OpenCitizen openCitizen, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_openCitizen(std::move(openCitizen))
    , m_period(new QComboBox(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_caseworker(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_stamp(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_refreshTimer(new QTimer(this))
    , m_figures(this, [this](const Figures& figures) { applyFigures(figures); })
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Overview"));
    m_period->setObjectName(QStringLiteral("periodChoice"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_caseworker->setObjectName(QStringLiteral("caseworkerChoice"));
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_stamp->setObjectName(QStringLiteral("dashboardStamp"));

    QHBoxLayout* top = buildTopBar();
    QGridLayout* tiles = buildTiles();
    buildPages();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(tiles);
    layout->addWidget(m_tabs, 1);
    QHBoxLayout* bottom = WindowKeys::closable(this);
    bottom->insertWidget(0, m_stamp, 1);
    layout->addLayout(bottom);

    fillCaseworkers();
    m_period->setCurrentIndex(m_period->findData(int(Period::Last12Months)));
    const auto [from, to] = range(Period::Last12Months, m_db.clock().today());
    m_updatingRange = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updatingRange = false;

    connect(m_period, &QComboBox::activated, this, &DashboardWindow::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardWindow::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardWindow::datesEdited);
    connect(m_caseworker, &QComboBox::currentIndexChanged, this, &DashboardWindow::refresh);

    // Edits and sync: recompute shortly after (several commits in a row give one refresh), and
    // only while the window is shown; a hidden window catches up when it is shown again.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    // Every table but the access log (opening a page writes to it; no figure counts it).
    auto* watcher = new ChangeWatcher(m_db, {}, {}, this);
    connect(watcher, &ChangeWatcher::changed, this, [this] {
        m_dirty = true;
        m_refreshTimer->start();
    });
    refresh();
}

/// The period, the dates, the caseworker, and the buttons to refresh and export.
QHBoxLayout* DashboardWindow::buildTopBar()
{
    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("Last quarter"), int(Period::LastQuarter));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Chosen dates"), int(Period::Custom));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setDisplayFormat(dateInputFormat());
        e->setCalendarPopup(true);
    }
    m_caseworker->setMinimumContentsLength(22);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    auto* csv = new QPushButton(tr("Export tables (&CSV)…"), this);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    auto* png = new QPushButton(tr("Save chart as &PNG…"), this);
    png->setObjectName(QStringLiteral("exportPngButton"));

    auto* top = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addSpacing(12);
    auto* cwLabel = new QLabel(tr("Case&worker:"), this);
    cwLabel->setBuddy(m_caseworker);
    top->addWidget(cwLabel);
    top->addWidget(m_caseworker);
    top->addStretch();
    top->addWidget(refreshButton);
    top->addWidget(csv);
    top->addWidget(png);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(csv, &QPushButton::clicked, this, &DashboardWindow::chooseCsvFile);
    connect(png, &QPushButton::clicked, this, &DashboardWindow::chooseChartFile);
    return top;
}

/// The key numbers in a row; a click on one lists its citizens.
QGridLayout* DashboardWindow::buildTiles()
{
    auto* tiles = new QGridLayout;
    const QList<QPair<QString, QString>> tileNames = {
        {QStringLiteral("active"), tr("Active cases today")},
        {QStringLiteral("citizens"), tr("Citizens in the period")},
        {QStringLiteral("overdue"), tr("Overdue next steps")},
        {QStringLiteral("due_today"), tr("Next steps due today")},
        {QStringLiteral("outcomes"), tr("Courses ended in the period")},
        {QStringLiteral("team_day"), tr("Team day on the screening day")},
        {QStringLiteral("weeks"), tr("Median weeks on support (started in the period)")},
        {QStringLiteral("rising"), tr("Plan goals rising")},
    };
    for (int i = 0; i < tileNames.size(); ++i) {
        auto* tile = new DashboardTile(tileNames[i].first, tileNames[i].second, this);
        connect(tile, &QPushButton::clicked, this, [this, tile] { showCitizens(tile->what(), tile->ids()); });
        tiles->addWidget(tile, 0, i);
        m_tiles.append(tile);
    }
    return tiles;
}

std::pair<QDate, QDate> DashboardWindow::range(Period period, const QDate& today)
{
    switch (period) {
    case Period::ThisQuarter: {
        const QDate start = quarterStart(today);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case Period::LastQuarter: {
        const QDate start = quarterStart(today).addMonths(-3);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Period::Last12Months:
    case Period::Custom:
        break;
    }
    return {today.addYears(-1).addDays(1), today};
}

void DashboardWindow::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    periodChosen();
}

void DashboardWindow::setRange(const QDate& from, const QDate& to)
{
    m_updatingRange = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updatingRange = false;
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    refresh();
}

void DashboardWindow::setCaseworker(const QString& staffId)
{
    m_caseworker->setCurrentIndex(std::max(0, m_caseworker->findData(staffId)));
}

void DashboardWindow::periodChosen()
{
    const auto period = Period(m_period->currentData().toInt());
    if (period == Period::Custom) {
        return;
    }
    const auto [from, to] = range(period, m_db.clock().today());
    m_updatingRange = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updatingRange = false;
    refresh();
}

void DashboardWindow::datesEdited()
{
    if (m_updatingRange) {
        return;
    }
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    // Typing a date changes it digit by digit: count once the user pauses.
    m_dirty = true;
    m_refreshTimer->start();
}

void DashboardWindow::fillCaseworkers()
{
    m_caseworker->clear();
    m_caseworker->addItem(tr("The whole team"), QString());
    for (const auto& s : StaffRepository(m_db).all(false)) {
        if (s.profession == Profession::Caseworker) {
            m_caseworker->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.initials), s.id);
        }
    }
}

void DashboardWindow::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #a00000; font-weight: bold; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString DashboardWindow::scopeText() const
{
    return m_caseworker->currentIndex() <= 0 ? tr("The whole team") : m_caseworker->currentText();
}

namespace {

/// The figures for one query, counted on a connection of its own (run on a worker thread;
/// everything it touches it owns, but the clock, which outlives the window).
DashboardWindow::Figures countFigures(const QString& path, const Clock* clock, const Principal& principal,
                                      const DashboardQuery& query)
{
    DashboardWindow::Figures out;
    auto db = Database::openBeside(path, clock, principal);
    if (!db) {
        return out;
    }
    auto computed = Dashboard::compute(*db.value(), query, *clock);
    out.counted = true;
    if (computed) {
        out.dashboard = std::move(computed).value();
    } else {
        out.error = computed.error();
    }
    return out;
}

} // namespace

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::refresh()
{
    const DashboardQuery query{m_from->date(), m_to->date(), m_caseworker->currentData().toString()};
    m_dirty = false;
    m_stamp->setText(tr("%1, %2 to %3. Counting …").arg(scopeText(), formatDate(query.from), formatDate(query.to)));
    m_figures.start(countFigures, m_db.path(), &m_db.clock(), m_db.principal(), query);
}

void DashboardWindow::waitForFigures()
{
    m_figures.wait();
}

void DashboardWindow::applyFigures(const Figures& figures)
{
    if (!figures.counted) {
        // No second connection (should not happen with a file on local disk): count here.
        auto computed = Dashboard::compute(m_db, {m_from->date(), m_to->date(), m_caseworker->currentData().toString()},
                                           m_db.clock());
        if (computed) {
            showFigures(std::move(computed).value());
        } else {
            showMessage(computed.error(), true);
            m_stamp->setText(m_lastStamp);
        }
    } else if (!figures.error.isEmpty()) {
        // The figures of the last good period stay; the message says why nothing changed.
        showMessage(figures.error, true);
        m_stamp->setText(m_lastStamp);
    } else {
        showFigures(figures.dashboard);
    }
    emit figuresReady();
}

void DashboardWindow::showFigures(Dashboard dashboard)
{
    showMessage({}, false);
    m_dashboard = std::move(dashboard);
    updateTiles();
    updatePages();
    m_lastStamp = tr("%1, %2 to %3. Counted %4.")
                      .arg(scopeText(), formatDate(m_dashboard.from), formatDate(m_dashboard.to),
                           formatDateTime(m_db.clock().now()));
    m_stamp->setText(m_lastStamp);
}

void DashboardWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        refresh();
    }
}

void DashboardWindow::updateTiles()
{
    const Dashboard& d = m_dashboard;
    const QLocale locale;
    QVector<const QStringList*> active;
    int activeCount = 0;
    for (const auto& r : d.caseload) {
        active.append(&r.active.citizenIds);
        activeCount += r.active.count;
    }
    auto tile = [this](int i) { return m_tiles[i]; };
    tile(0)->set(locale.toString(activeCount), tr("Active cases today"), unite(active),
                 tr("Target: at most %1 cases per caseworker").arg(Dashboard::kCaseTarget));
    tile(1)->set(locale.toString(d.citizens.count), d.citizens.label, d.citizens.citizenIds,
                 tr("Citizens whose course overlaps the period"));
    tile(2)->set(locale.toString(d.stepsOverdue.count), tr("Overdue next steps"), d.stepsOverdue.citizenIds,
                 tr("Next steps whose due date has passed"));
    tile(3)->set(locale.toString(d.stepsDueToday.count), tr("Next steps due today"), d.stepsDueToday.citizenIds, {});
    tile(4)->set(locale.toString(d.outcomesTotal.count), d.outcomesTotal.label, d.outcomesTotal.citizenIds,
                 tr("Courses closed with an outcome dated in the period"));
    tile(5)->set(percentText(d.teamDaySameDay.shareOf(d.teamDayBase.count)), d.teamDaySameDay.label,
                 d.teamDaySameDay.citizenIds,
                 tr("%1 of %2 moderate- or high-risk citizens screened in the period")
                     .arg(d.teamDaySameDay.count)
                     .arg(d.teamDayBase.count));
    tile(6)->set(d.weeksTotal.all.n ? locale.toString(d.weeksTotal.all.median, 'f', 1) : QStringLiteral("–"),
                 tr("Weeks on support"), d.weeksTotal.all.citizenIds,
                 tr("n = %1 (closed courses to the outcome, open ones to today); average %2")
                     .arg(d.weeksTotal.all.n)
                     .arg(locale.toString(d.weeksTotal.all.average, 'f', 1)));
    tile(7)->set(percentText(d.goalsRising.shareOf(d.goalsRated.count)), tr("Plan goals rising"),
                 d.goalsRising.citizenIds,
                 tr("%1 of %2 rated goals").arg(d.goalsRising.count).arg(d.goalsRated.count));
}

void DashboardWindow::buildPages()
{
    struct Spec
    {
        QString code;
        QString title;
        QStringList tables;
    };
    const QVector<Spec> specs = {
        {QStringLiteral("caseload"), tr("Cases"), {QStringLiteral("caseload")}},
        {QStringLiteral("risk"), tr("Risk"), {QStringLiteral("risk")}},
        {QStringLiteral("tracks"), tr("Tracks"), {QStringLiteral("tracks")}},
        {QStringLiteral("next_steps"), tr("Next steps"), {QStringLiteral("next_steps")}},
        {QStringLiteral("outcomes"), tr("Outcomes"), {QStringLiteral("outcomes")}},
        {QStringLiteral("weeks"), tr("Weeks on support"),
         {QStringLiteral("weeks_by_cohort"), QStringLiteral("weeks_by_risk")}},
        {QStringLiteral("team_day"), tr("Team day"), {QStringLiteral("team_day")}},
        {QStringLiteral("progression"), tr("Progression"), {QStringLiteral("progression")}},
        {QStringLiteral("companies"), tr("Companies"),
         {QStringLiteral("company_attachment"), QStringLiteral("placements_by_company"), QStringLiteral("placement_endings"),
          QStringLiteral("weeks_to_attachment")}},
    };
    for (const auto& spec : specs) {
        Page page;
        page.code = spec.code;
        auto* splitter = new QSplitter(Qt::Horizontal, m_tabs);
        splitter->setObjectName(QStringLiteral("page_") + spec.code);
        page.chart = new DashboardChart(splitter);
        page.chart->setObjectName(QStringLiteral("chart_") + spec.code);
        page.chart->onActivated([this](const QString& what, const QStringList& ids) { showCitizens(what, ids); });
        auto* right = new QWidget(splitter);
        auto* rightLayout = new QVBoxLayout(right);
        rightLayout->setContentsMargins(0, 0, 0, 0);
        for (const auto& code : spec.tables) {
            auto* model = new DashboardTableModel(this);
            auto* view = new QTableView(right);
            view->setObjectName(QStringLiteral("table_") + code);
            view->setModel(model);
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setSelectionMode(QAbstractItemView::SingleSelection);
            view->verticalHeader()->hide();
            view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            view->setWordWrap(false);
            view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
            connect(view, &QTableView::activated, this, [this, view](const QModelIndex& index) {
                const auto ids = index.data(DashboardTableModel::CitizenIdsRole).toStringList();
                const QString row = index.sibling(index.row(), 0).data().toString();
                const QString column
                    = view->model()->headerData(index.column(), Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
                showCitizens(QStringLiteral("%1 – %2").arg(row, column), ids);
            });
            auto* title = new QLabel(right);
            title->setObjectName(QStringLiteral("title_") + code);
            QFont bold = title->font();
            bold.setBold(true);
            title->setFont(bold);
            rightLayout->addWidget(title);
            rightLayout->addWidget(view, 1);
            page.views.append(view);
            page.models.append(model);
        }
        auto* show = new QPushButton(tr("&Show citizens"), right);
        show->setObjectName(QStringLiteral("showCitizens_") + spec.code);
        show->setToolTip(tr("The citizens behind the selected number in the table"));
        connect(show, &QPushButton::clicked, this, &DashboardWindow::showSelectedCell);
        auto* buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(show);
        rightLayout->addLayout(buttons);
        // The weeks tables have ten columns: they get most of the width.
        const bool wide = spec.tables.size() > 1;
        splitter->setStretchFactor(0, wide ? 2 : 3);
        splitter->setStretchFactor(1, wide ? 5 : 4);
        splitter->setSizes(wide ? QList<int>{420, 840} : QList<int>{540, 720});
        m_tabs->addTab(splitter, spec.title);
        m_pages.append(page);
    }
}

void DashboardWindow::updatePages()
{
    const Dashboard& d = m_dashboard;
    QHash<QString, DashboardTable> tables;
    for (const auto& t : d.tables()) {
        tables.insert(t.code, t);
    }
    for (auto& page : m_pages) {
        for (int i = 0; i < page.models.size(); ++i) {
            const QString code = page.views[i]->objectName().mid(int(qstrlen("table_")));
            page.models[i]->setTable(tables.value(code));
            if (auto* title = findChild<QLabel*>(QStringLiteral("title_") + code)) {
                title->setText(tables.value(code).title);
            }
            page.views[i]->resizeColumnsToContents();
        }
        BarChartSpec spec;
        if (page.code == QLatin1String("caseload")) {
            spec.title = tr("Active cases per caseworker (target: at most %1)").arg(Dashboard::kCaseTarget);
            spec.sets = {tr("Within the target"), tr("Above the target")};
            spec.stacked = true;
            spec.values.resize(2);
            spec.ids.resize(2);
            for (const auto& r : d.caseload) {
                spec.categories << (r.initials.isEmpty() ? tr("(none)") : r.initials);
                spec.values[0] << (r.overTarget ? 0 : r.active.count);
                spec.values[1] << (r.overTarget ? r.active.count : 0);
                spec.ids[0] << (r.overTarget ? QStringList() : r.active.citizenIds);
                spec.ids[1] << (r.overTarget ? r.active.citizenIds : QStringList());
            }
        } else if (page.code == QLatin1String("risk")) {
            spec = figureChart(tr("Citizens by decided risk"), d.risk, false);
        } else if (page.code == QLatin1String("tracks")) {
            spec = figureChart(tr("Citizens by intervention track (a citizen counts in each of their tracks)"), d.tracks, true);
        } else if (page.code == QLatin1String("next_steps")) {
            spec.title = tr("Next steps");
            spec.horizontal = true;
            spec.sets = {tr("Due in the period"), tr("Due today"), tr("Overdue")};
            spec.values.resize(3);
            spec.ids.resize(3);
            for (const auto& s : d.steps) {
                spec.categories << s.label;
                int i = 0;
                for (const Figure* f : {&s.dueInPeriod, &s.dueToday, &s.overdue}) {
                    spec.values[i] << f->count;
                    spec.ids[i] << f->citizenIds;
                    ++i;
                }
            }
        } else if (page.code == QLatin1String("outcomes")) {
            spec = figureChart(tr("Outcomes in the period"), d.outcomes, true);
        } else if (page.code == QLatin1String("weeks")) {
            spec.title = tr("Weeks on public support by entry quarter (all courses)");
            spec.horizontal = true;
            spec.sets = {tr("Median"), tr("Average")};
            spec.decimals = 1;
            spec.values.resize(2);
            spec.ids.resize(2);
            for (const auto& r : d.weeksByCohort) {
                spec.categories << r.label; // n beside each in the table
                spec.values[0] << r.all.median;
                spec.values[1] << r.all.average;
                spec.ids[0] << r.all.citizenIds;
                spec.ids[1] << r.all.citizenIds;
            }
        } else if (page.code == QLatin1String("team_day")) {
            spec = figureChart(tr("Moderate and high risk screened in the period: when was the team day?"),
                               {d.teamDaySameDay, d.teamDayLater, d.teamDayNone}, true);
        } else if (page.code == QLatin1String("progression")) {
            spec = figureChart(tr("Plan goals (a goal may both stagnate and diverge)"),
                               {d.goalsRising, d.goalsStagnating, d.goalsDiverging, d.goalsReached, d.goalsNotRated}, true);
        } else if (page.code == QLatin1String("companies")) {
            spec = figureChart(tr("Citizens placed per company in the period"), d.placementsByCompany, true);
        }
        page.chart->setSpec(spec);
    }
}

CitizenListDialog* DashboardWindow::showCitizens(const QString& what, const QStringList& citizenIds)
{
    auto* list = new CitizenListDialog(m_db, what, citizenIds, m_openCitizen, this);
    list->setAttribute(Qt::WA_DeleteOnClose);
    list->show();
    m_lastList = list;
    return list;
}

void DashboardWindow::showSelectedCell()
{
    auto* splitter = m_tabs->currentWidget();
    for (auto* view : splitter->findChildren<QTableView*>()) {
        const QModelIndex index = view->currentIndex();
        if (index.isValid()) {
            emit view->activated(index);
            return;
        }
    }
    showMessage(tr("Select a number in the table first."), false);
}

CitizenListDialog* DashboardWindow::lastList() const
{
    return m_lastList;
}

QStringList DashboardWindow::pageCodes() const
{
    QStringList codes;
    for (const auto& p : m_pages) {
        codes << p.code;
    }
    return codes;
}

DashboardChart* DashboardWindow::chart(const QString& code) const
{
    for (const auto& p : m_pages) {
        if (p.code == code) {
            return p.chart;
        }
    }
    return nullptr;
}

QTableView* DashboardWindow::tableView(const QString& code) const
{
    return findChild<QTableView*>(QStringLiteral("table_") + code);
}

bool DashboardWindow::exportCsv(const QString& path)
{
    const auto written = CsvWriter::writeFile(path, m_dashboard.toCsv(scopeText()));
    showMessage(written ? tr("The tables were saved as %1.").arg(path) : written.error(), !written);
    return written.ok();
}

bool DashboardWindow::exportChart(const QString& code, const QString& path)
{
    auto* c = chart(code);
    QString error;
    if (!c || !c->savePng(path, &error)) {
        showMessage(error.isEmpty() ? tr("There is no chart to save.") : error, true);
        return false;
    }
    showMessage(tr("The chart was saved as %1.").arg(path), false);
    return true;
}

void DashboardWindow::chooseCsvFile()
{
    const QString name = tr("overblik-%1-%2.csv").arg(formatDate(m_dashboard.from), formatDate(m_dashboard.to));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the tables as CSV"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportCsv(path);
    }
}

void DashboardWindow::chooseChartFile()
{
    const int i = m_tabs->currentIndex();
    if (i < 0 || i >= m_pages.size()) {
        return;
    }
    const QString name = QStringLiteral("%1-%2.png").arg(tr("overblik"), m_pages[i].code);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as PNG"), name, tr("PNG pictures (*.png)"));
    if (!path.isEmpty()) {
        exportChart(m_pages[i].code, path);
    }
}

} // namespace samspil::ui
