#pragma once

#include "core/staff/Session.h"
#include "ui/citizen/CitizenPage.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

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

class AccessPage;
class CaseloadFilter;
class CaseloadModel;

/// The main window: the caseload ("Min sagsstamme" by default) with search and filters, and the
/// citizen's page in its place when a row is opened. Later modules add menus, actions and
/// status-bar widgets through registerExtension() or menu(); the right side of the status bar is
/// left for them (e.g. the sync status).
///
/// The user is whoever the database acts for (Database::principal(), set by core/staff/Session
/// from the operating-system account): never chosen in a window. An account that may not see
/// citizens gets a page that says why (AccessPage) in place of the caseload, and the menus that
/// need citizen data are disabled.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Called at the end of every MainWindow's construction.
    using Extension = std::function<void(MainWindow&)>;
    static void registerExtension(Extension extension);

    enum class MenuKey { File, Citizen, Team, Help };

    /// `demo`: the database holds demo data; the title says so. The user is db.principal().
    explicit MainWindow(Database& db, bool demo = false, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return m_db; }
    QMenu* menu(MenuKey key) const;
    /// Adds a widget on the right of the status bar (e.g. the sync status).
    void addStatusWidget(QWidget* widget);

    CaseloadModel* caseloadModel() const { return m_model; }
    CaseloadFilter* caseloadFilter() const { return m_filter; }
    QTableView* caseloadView() const { return m_table; }

    /// The user's staff id in this database: db.principal().staffId (empty for an account that
    /// is no one's, or for the engine in tests).
    QString currentUser() const { return m_user; }
    /// The session of the account that runs Samspil (main.cpp). The window follows it: a member
    /// sees the caseload, anyone else the refusal page. Without one (tests), the window follows
    /// db.principal() alone.
    void setSession(const Session& session);
    const std::optional<Session>& session() const { return m_session; }
    /// Whether the user may see citizens (the caseload is shown, not the refusal page).
    bool member() const;
    AccessPage* accessPage() const { return m_accessPage; }

    /// A database where no account is bound yet: asks for the first leader's name and initials
    /// (FirstAccountDialog). True when the user is now the team's leader.
    bool startFirstAccount();
    /// Demo databases only: act as another demo staff member, for training (Session::actInTraining);
    /// the window is marked while it lasts. False with a message when refused.
    bool trainAs(const QString& staffId);
    /// Back to oneself after training.
    bool stopTraining();
    /// The banner shown while training ("Training: you act as …").
    QLabel* trainingBanner() const { return m_trainingBanner; }

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
    void chooseTrainingPerson();
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
    void buildTeamMenu();
    QWidget* buildCentral();
    /// The window after the user changed (a new session, training, a staff change synced in).
    void applyUser();
    /// Enables what the user may do and shows the caseload or the refusal page.
    void applyAccess();
    /// Looks the account up again when the staff or their accounts changed (a leader added it,
    /// a sync brought it, it was deactivated).
    void refreshSession(const QSet<QString>& tables);
    void fillCaseworkerFilter();
    /// The caseworker filter's value a user starts on.
    QString startFilter() const;
    void applyCaseworkerFilter();
    void applyStatusFilter();
    void updateCount();
    void updateTitle();
    void updateActions();
    bool setCaseStatus(bool close);

    Database& m_db;
    bool m_demo;
    QString m_user;
    std::optional<Session> m_session;
    bool m_sessionBusy = false;
    AccessPage* m_accessPage = nullptr;
    QLabel* m_trainingBanner = nullptr;
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
    QAction* m_staffAction = nullptr;
    QAction* m_trainingAction = nullptr;
    QAction* m_stopTrainingAction = nullptr;
};

} // namespace samspil::ui
