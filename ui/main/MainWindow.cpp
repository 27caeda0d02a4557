#include "MainWindow.h"

#include "core/screening/Instrument.h"
#include "core/storage/AccessLog.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/Database.h"
#include "core/staff/StaffRepository.h"
#include "ui/common/StatusLine.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Settings.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/citizen/CloseCaseDialog.h"
#include "ui/citizen/NewCitizenDialog.h"
#include "ui/citizen/ImportDialog.h"
#include "ui/caseload/CaseloadFilter.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/staff/StaffDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {
QVector<MainWindow::Extension>& extensions()
{
    static QVector<MainWindow::Extension> e;
    return e;
}
const QString kMe = QStringLiteral("@me");
} // namespace

void MainWindow::registerExtension(Extension extension)
{
    extensions().append(std::move(extension));
}

MainWindow::MainWindow(Database& db, bool demo, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_demo(demo)
    , m_model(new CaseloadModel(db, this))
    , m_filter(new CaseloadFilter(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_user = db.principal().staffId;
    m_filter->setSourceModel(m_model);
    setCentralWidget(buildCentral());
    buildMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    StatusLine::install(statusBar()); // messages wrap instead of being cut off

    connect(m_model, &CaseloadModel::reloaded, this, [this] {
        fillCaseworkerFilter();
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);

    fillCaseworkerFilter();
    m_caseworkerFilter->setCurrentIndex(std::max(0, m_caseworkerFilter->findData(startFilter())));
    applyCaseworkerFilter();
    applyStatusFilter();
    m_table->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);

    resize(1100, 700);
    if (const QByteArray g = prefs::windowGeometry.get(); !g.isEmpty()) {
        restoreGeometry(g);
    }
    if (const QByteArray h = prefs::caseloadHeader.get(); !h.isEmpty()) {
        m_table->horizontalHeader()->restoreState(h);
    } else {
        // The next step is the widest text: it goes last, where the rest of the width is, and the
        // mostly empty status (closed or not) before it.
        auto* header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(CaseloadModel::Status), header->visualIndex(CaseloadModel::NextStep));
    }
    updateTitle();
    updateCount();
    updateActions();
    for (const auto& e : std::as_const(extensions())) {
        e(*this);
    }
    applyAccess(); // after the extensions: their menu entries follow what the user may do
    // Later, not inside the change: a sync applies the team's changes as the engine
    // (Database::EngineScope), which hands the database back to the user when it ends.
    connect(&m_db, &Database::tablesChanged, this, [this](const QSet<QString>& tables) {
        if (tables.contains(QStringLiteral("staff")) || tables.contains(QStringLiteral("staff_account"))) {
            QTimer::singleShot(0, this, [this, tables] { refreshSession(tables); });
        }
    });
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildCaseloadPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("caseloadPage"));
    buildFilters(page);
    QHBoxLayout* bar = buildFilterBar(page);
    buildCaseloadTable(page);

    m_empty = new QLabel(page);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(12, 24, 12, 24);
    m_empty->hide();

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    connectCaseloadPage();
    return page;
}

void MainWindow::buildFilters(QWidget* page)
{
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name or CPR number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);

    m_caseworkerFilter = new QComboBox(page);
    m_caseworkerFilter->setObjectName(QStringLiteral("caseworkerFilter"));
    m_caseworkerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_caseworkerFilter->setMinimumContentsLength(16); // "Alle sagsbehandlere" stays readable in a narrow window

    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Active cases"), CitizenRules::statusCode(CitizenStatus::Active));
    m_statusFilter->addItem(tr("Closed cases"), CitizenRules::statusCode(CitizenStatus::Closed));
    m_statusFilter->addItem(tr("All cases"), QString());

    m_riskFilter = new QComboBox(page);
    m_riskFilter->setObjectName(QStringLiteral("riskFilter"));
    m_riskFilter->setToolTip(tr("The latest risk the caseworker decided at screening"));
    m_riskFilter->addItem(tr("Any risk"), QStringList());
    m_riskFilter->addItem(tr("Moderate or high risk"), QStringList{QStringLiteral("moderate"), QStringLiteral("high")});
    m_riskFilter->addItem(tr("High risk"), QStringList{QStringLiteral("high")});
    m_riskFilter->addItem(tr("Moderate risk"), QStringList{QStringLiteral("moderate")});
    m_riskFilter->addItem(tr("Low risk"), QStringList{QStringLiteral("low")});
    m_riskFilter->addItem(tr("Not screened"), QStringList{QString()});

    m_overdueFilter = new QCheckBox(tr("Only &overdue"), page);
    m_overdueFilter->setObjectName(QStringLiteral("overdueFilter"));
    m_overdueFilter->setToolTip(tr("Only citizens whose next step is overdue"));
}

QHBoxLayout* MainWindow::buildFilterBar(QWidget* page)
{
    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("caseCountLabel"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);

    auto* newButton = new QPushButton(tr("New citizen…"), page);
    newButton->setObjectName(QStringLiteral("newCitizenButton"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newCitizen);

    auto* bar = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), page);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 2);
    bar->addSpacing(12);
    auto* cwLabel = new QLabel(tr("&Caseworker:"), page);
    cwLabel->setBuddy(m_caseworkerFilter);
    bar->addWidget(cwLabel);
    bar->addWidget(m_caseworkerFilter);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_riskFilter);
    bar->addWidget(m_overdueFilter);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(newButton);
    return bar;
}

void MainWindow::buildCaseloadTable(QWidget* page)
{
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    sizeCaseloadColumns();
}

void MainWindow::sizeCaseloadColumns()
{
    auto* header = m_table->horizontalHeader();
    // Wide enough for the header (with its sort arrow) and for typical content.
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics heads = header->fontMetrics();
    auto fit = [&](int column, const QString& sample) {
        const int head = heads.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 32;
        header->resizeSection(column, std::max(head, cells.horizontalAdvance(sample) + 16));
    };
    QString longestBenefit;
    for (const auto& b : BenefitCatalogue::shipped().benefits()) {
        if (b.label().size() > longestBenefit.size()) {
            longestBenefit = b.label();
        }
    }
    fit(CaseloadModel::Name, QStringLiteral("Camilla Kristensen Vinther Jensen"));
    fit(CaseloadModel::Cpr, QStringLiteral("000000-0000"));
    fit(CaseloadModel::Age, QStringLiteral("000"));
    fit(CaseloadModel::Benefit, longestBenefit);
    fit(CaseloadModel::Weeks, QStringLiteral("0000"));
    fit(CaseloadModel::Caseworker, QStringLiteral("MMMM"));
    fit(CaseloadModel::Risk, Risks::label(Risk::Moderate));
    {
        // Overdue steps are bold and carry a warning sign: measure the widest kind that way.
        QFont bold = m_table->font();
        bold.setBold(true);
        const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
        // Not shown: a sample as wide as the widest step in Danish, the longer language.
        const QString sample = QStringLiteral("Underskriv faglige notater · 00-00-0000");
        header->resizeSection(CaseloadModel::NextStep, QFontMetrics(bold).horizontalAdvance(sample) + icon + 16);
    }
    fit(CaseloadModel::Status, CitizenRules::statusLabel(CitizenStatus::Closed));
}

void MainWindow::connectCaseloadPage()
{
    connect(m_search, &QLineEdit::textChanged, m_filter, &CaseloadFilter::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateCount);
    // Enter in the search box opens the one match; with several, the first is chosen in the list,
    // where Enter opens it.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 1) {
            openCitizen(m_filter->index(0, 0).data(CaseloadModel::IdRole).toString());
        } else if (m_filter->rowCount() > 1) {
            m_table->setCurrentIndex(m_filter->index(0, 0));
            m_table->setFocus();
        }
    });
    connect(m_caseworkerFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyCaseworkerFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);
    connect(m_riskFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRisks(m_riskFilter->currentData().toStringList());
        updateCount();
    });
    connect(m_overdueFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOverdueOnly(on);
        updateCount();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        openCitizen(index.data(CaseloadModel::IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    auto* import = m_fileMenu->addAction(tr("&Import citizens…"), this, &MainWindow::importCitizens);
    import->setObjectName(QStringLiteral("importAction"));
    m_fileMenu->addSeparator();
    auto* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    m_citizenMenu = menuBar()->addMenu(tr("&Citizen"));
    auto* create = m_citizenMenu->addAction(tr("&New citizen…"), this, &MainWindow::newCitizen);
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("newCitizenAction"));
    m_openCitizen = m_citizenMenu->addAction(tr("&Open citizen"), this, [this] { openCitizen(currentCitizenId()); });
    m_openCitizen->setObjectName(QStringLiteral("openCitizenAction"));
    m_back = m_citizenMenu->addAction(tr("&Back to caseload"), this, &MainWindow::showCaseload);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setObjectName(QStringLiteral("backAction"));
    m_citizenMenu->addSeparator();
    m_closeCase = m_citizenMenu->addAction(tr("&Close case…"), this, &MainWindow::closeCase);
    m_closeCase->setObjectName(QStringLiteral("closeCaseAction"));
    m_reopenCase = m_citizenMenu->addAction(tr("&Reopen case"), this, &MainWindow::reopenCase);
    m_reopenCase->setObjectName(QStringLiteral("reopenCaseAction"));

    buildTeamMenu();

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(tr("&About Samspil"), this, &MainWindow::about)->setObjectName(QStringLiteral("aboutAction"));

    auto* focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        if (showCaseload()) {
            m_search->setFocus();
            m_search->selectAll();
        }
    });
    addAction(focusSearch);
}

QMenu* MainWindow::menu(MenuKey key) const
{
    switch (key) {
    case MenuKey::File: return m_fileMenu;
    case MenuKey::Citizen: return m_citizenMenu;
    case MenuKey::Team: return m_teamMenu;
    case MenuKey::Help: return m_helpMenu;
    }
    return nullptr;
}

void MainWindow::addStatusWidget(QWidget* widget)
{
    statusBar()->addPermanentWidget(widget);
}

void MainWindow::fillCaseworkerFilter()
{
    const QString current = m_caseworkerFilter->currentData().toString();
    const QSignalBlocker block(m_caseworkerFilter);
    m_caseworkerFilter->clear();
    if (!m_user.isEmpty()) {
        m_caseworkerFilter->addItem(tr("My caseload"), kMe);
    }
    m_caseworkerFilter->addItem(tr("All caseworkers"), QString());
    m_caseworkerFilter->addItem(tr("Without caseworker"), CaseloadFilter::noCaseworker());
    m_caseworkerFilter->insertSeparator(m_caseworkerFilter->count());
    for (const auto& s : StaffRepository(m_db).all(true)) {
        if (s.profession == Profession::Caseworker || m_model->activeCount(s.id) > 0) {
            m_caseworkerFilter->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.initials), s.id);
        }
    }
    const int index = m_caseworkerFilter->findData(current);
    m_caseworkerFilter->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0) {
        applyCaseworkerFilter();
    }
}

QString MainWindow::startFilter() const
{
    // A caseworker (or anyone with cases) starts on their own caseload; a physiotherapist, say, on everyone's.
    if (m_user.isEmpty()) {
        return {};
    }
    const auto me = StaffRepository(m_db).get(m_user);
    return (me && me->profession == Profession::Caseworker) || m_model->activeCount(m_user) > 0 ? kMe : QString();
}

void MainWindow::applyCaseworkerFilter()
{
    const QString value = m_caseworkerFilter->currentData().toString();
    m_filter->setCaseworker(value == kMe ? m_user : value);
    updateCount();
}

void MainWindow::applyStatusFilter()
{
    const QString code = m_statusFilter->currentData().toString();
    m_filter->setStatus(code.isEmpty() ? std::nullopt : std::optional(CitizenRules::statusFromCode(code)));
    updateCount();
}

QString MainWindow::countText() const
{
    return m_count->text();
}

void MainWindow::updateCount()
{
    if (!m_count) {
        return;
    }
    const QString cw = m_filter->caseworker();
    const int shown = m_filter->rowCount();
    if (!cw.isEmpty() && cw != CaseloadFilter::noCaseworker()) {
        const int active = m_model->activeCount(cw);
        const int target = prefs::caseloadTarget.get();
        // "1 af 40 sager" read as a list position; say what the numbers are.
        QString text = tr("Active cases: %1 · target: at most %2").arg(active).arg(target);
        if (shown != active) {
            // Search, risk or overdue filters narrow the list: say how many are on the screen too.
            text = tr("%n shown", nullptr, shown) + QStringLiteral(" · ") + text;
        }
        m_count->setText(text);
        m_count->setToolTip(tr("Active cases against the team's target of %1 cases per caseworker").arg(target));
        m_count->setStyleSheet(active > target ? QStringLiteral("color: #b00020;") : QString());
    } else {
        m_count->setText(tr("%n citizen(s) shown", nullptr, shown));
        m_count->setToolTip({});
        m_count->setStyleSheet({});
    }
    if (shown == 0) {
        if (m_model->rowCount() == 0) {
            m_empty->setText(tr("There are no citizens yet. Create one with Citizen ▸ New citizen, or import the "
                                "caseload from the case system with File ▸ Import citizens."));
        } else if (!m_filter->searchText().trimmed().isEmpty()) {
            m_empty->setText(tr("No citizen matches “%1” here. Try “All caseworkers” and “All cases”.")
                                 .arg(m_filter->searchText().trimmed()));
        } else {
            m_empty->setText(tr("No cases match the chosen caseworker and status."));
        }
    }
    m_empty->setVisible(shown == 0);
}

void MainWindow::applyUser()
{
    m_user = m_db.principal().staffId;
    m_model->reload(); // what this user may see (nothing at all for an account that is no one's)
    fillCaseworkerFilter();
    m_caseworkerFilter->setCurrentIndex(std::max(0, m_caseworkerFilter->findData(startFilter())));
    applyCaseworkerFilter();
    applyAccess();
}

void MainWindow::updateActions()
{
    if (!member()) {
        return; // applyAccess() disabled every citizen action
    }
    const bool onPage = m_stack->currentWidget() != m_caseloadPage;
    const QString id = currentCitizenId();
    const auto c = id.isEmpty() ? std::nullopt : CitizenRepository(m_db).get(id);
    m_openCitizen->setEnabled(!onPage && c.has_value());
    m_back->setEnabled(onPage);
    m_closeCase->setEnabled(c && c->status == CitizenStatus::Active);
    m_reopenCase->setEnabled(c && c->status == CitizenStatus::Closed);
}

QString MainWindow::currentCitizenId() const
{
    if (m_page && m_stack->currentWidget() == m_page) {
        return m_page->citizenId();
    }
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CaseloadModel::IdRole).toString() : QString();
}

void MainWindow::openCitizen(const QString& citizenId)
{
    if (citizenId.isEmpty() || !member() || !CitizenRepository(m_db).get(citizenId)) {
        return;
    }
    if (m_page) {
        if (m_page->citizenId() == citizenId) {
            m_stack->setCurrentWidget(m_page);
            updateActions();
            return;
        }
        if (!m_page->maybeLeave()) {
            return;
        }
        m_stack->removeWidget(m_page);
        m_page->deleteLater();
    }
    // Data protection: who opened whose record is logged (and synced to the team).
    if (const auto logged = AccessLog(m_db).record(AccessLog::Action::Open, citizenId, QStringLiteral("page")); !logged) {
        statusBar()->showMessage(logged.error(), 8000);
    }
    m_page = new CitizenPage(m_db, citizenId, m_stack);
    connect(m_page, &CitizenPage::backRequested, this, &MainWindow::showCaseload);
    connect(m_page, &CitizenPage::saved, this, [this] {
        statusBar()->showMessage(tr("Saved."), 4000);
        updateActions();
    });
    m_stack->addWidget(m_page);
    m_stack->setCurrentWidget(m_page);
    updateActions();
}

bool MainWindow::closeCitizenPage(bool ask)
{
    if (!m_page) {
        return true;
    }
    if (ask && !m_page->maybeLeave()) {
        return false;
    }
    m_stack->setCurrentWidget(m_caseloadPage);
    m_stack->removeWidget(m_page);
    m_page->deleteLater();
    m_page = nullptr;
    m_table->setFocus();
    updateActions();
    return true;
}

bool MainWindow::showCaseload()
{
    if (m_page && m_stack->currentWidget() == m_page) {
        if (!m_page->maybeLeave()) {
            return false;
        }
        const QString id = m_page->citizenId();
        m_stack->setCurrentWidget(m_caseloadPage);
        // Keep the citizen selected in the table, so the keyboard user is where they left off.
        const int source = m_model->rowOf(id);
        if (source >= 0) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(source, 0));
            if (index.isValid()) {
                m_table->setCurrentIndex(index);
                m_table->scrollTo(index);
            }
        }
        m_table->setFocus();
    }
    updateActions();
    return true;
}

void MainWindow::newCitizen()
{
    const QString cw = [&] {
        const auto me = StaffRepository(m_db).get(m_user);
        return me && me->profession == Profession::Caseworker ? me->id : QString();
    }();
    NewCitizenDialog dialog(m_db, cw, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString id = dialog.createdId();
    if (!dialog.warnings().isEmpty()) {
        statusBar()->showMessage(dialog.warnings().join(QLatin1Char(' ')), 8000);
    }
    openCitizen(id);
}

bool MainWindow::setCaseStatus(bool close)
{
    const QString id = currentCitizenId();
    const auto c = CitizenRepository(m_db).get(id);
    if (!c) {
        return false;
    }
    if (close) {
        CloseCaseDialog dialog(m_db, id, this);
        if (dialog.exec() != QDialog::Accepted) {
            return false;
        }
    } else if (const auto r = CitizenRepository(m_db).reopenCase(id); !r) {
        MessageBox::warning(this, tr("Reopen case"), r.error());
        return false;
    }
    if (m_page && m_page->citizenId() == id) {
        m_page->revert();
    }
    statusBar()->showMessage(close ? tr("The case of %1 was closed.").arg(c->name)
                                   : tr("The case of %1 was reopened.").arg(c->name),
                             6000);
    updateActions();
    return true;
}

bool MainWindow::closeCase()
{
    return setCaseStatus(true);
}

bool MainWindow::reopenCase()
{
    return setCaseStatus(false);
}

void MainWindow::importCitizens()
{
    ImportDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About Samspil"),
        tr("Samspil %1\n\nCross-disciplinary employment work after the Hjørring model: screening, the team day, "
           "professional notes, the conference, the intervention plan and progression measurement.\n\n"
           "Database: %2\nLicensed under the Mozilla Public License 2.0.")
            .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_db.path())));
}

void MainWindow::saveLayout()
{
    prefs::windowGeometry.set(saveGeometry());
    prefs::caseloadHeader.set(m_table->horizontalHeader()->saveState());
    Settings::store().sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_page && m_stack->currentWidget() == m_page && !m_page->maybeLeave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace samspil::ui
