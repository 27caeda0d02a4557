#pragma once

#include "ui/citizen/CitizenPage.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace samspil {
class Database;
}

namespace samspil::ui {

class CaseloadFilter;
class CaseloadModel;

/// The main window: the caseload ("Min sagsstamme" by default) with search and filters, and the
/// citizen's page in its place when a row is opened. Later modules add menus, actions and
/// status-bar widgets through registerExtension() or menu(); the right side of the status bar is
/// left for them (e.g. the sync status).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Called at the end of every MainWindow's construction.
    using Extension = std::function<void(MainWindow&)>;
    static void registerExtension(Extension extension);

    enum class MenuKey { File, Citizen, Team, Help };

    /// `demo`: the database holds demo data; the title says so.
    explicit MainWindow(Database& db, bool demo = false, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return m_db; }
    QMenu* menu(MenuKey key) const;
    /// Adds a widget on the right of the status bar (e.g. the sync status).
    void addStatusWidget(QWidget* widget);

    CaseloadModel* caseloadModel() const { return m_model; }
    CaseloadFilter* caseloadFilter() const { return m_filter; }
    QTableView* caseloadView() const { return m_table; }

    /// The user's staff id in this database (empty until chosen).
    QString currentUser() const { return m_user; }
    void setCurrentUser(const QString& staffId);
    /// Asks "who are you?" when this database does not know yet. Returns whether a user is set.
    bool ensureIdentity();

    /// Shows the citizen's page in place of the caseload.
    void openCitizen(const QString& citizenId);
    /// Back to the caseload (asks about unsaved changes first). False when the user stays.
    bool showCaseload();
    /// Back to the caseload and the citizen's page closed, e.g. before the citizen is erased
    /// (asks about unsaved changes first unless `ask` is false). False when the user stays.
    bool closeCitizenPage(bool ask = true);
    CitizenPage* citizenPage() const { return m_page; }
    /// The citizen the case actions work on: the open page, or the selected row.
    QString currentCitizenId() const;

    /// The menu actions, also callable directly (tests).
    void newCitizen();
    bool closeCase();
    bool reopenCase();
    void importCitizens();
    void manageStaff();
    void chooseIdentity();
    void about();

    /// "32 of 40 cases" or how many are shown.
    QString countText() const;
    void saveLayout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildCaseloadPage();
    void buildFilters(QWidget* page);
    QHBoxLayout* buildFilterBar(QWidget* page);
    void buildCaseloadTable(QWidget* page);
    void sizeCaseloadColumns();
    void connectCaseloadPage();
    void buildMenus();
    void fillCaseworkerFilter();
    void applyCaseworkerFilter();
    void applyStatusFilter();
    void updateCount();
    void updateTitle();
    void updateActions();
    bool setCaseStatus(bool close);

    Database& m_db;
    bool m_demo;
    QString m_user;
    CaseloadModel* m_model;
    CaseloadFilter* m_filter;
    QStackedWidget* m_stack;
    QWidget* m_caseloadPage = nullptr;
    QPointer<CitizenPage> m_page;
    QLineEdit* m_search = nullptr;
    QComboBox* m_caseworkerFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_riskFilter = nullptr;
    QCheckBox* m_overdueFilter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_citizenMenu = nullptr;
    QMenu* m_teamMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_closeCase = nullptr;
    QAction* m_reopenCase = nullptr;
    QAction* m_openCitizen = nullptr;
    QAction* m_back = nullptr;
};

} // namespace samspil::ui
