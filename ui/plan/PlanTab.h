#pragma once

#include "core/staff/Staff.h"
#include "core/plan/Plan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QUndoStack;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace samspil {
class Database;
struct DataChange;
}

namespace samspil::ui {

class ChangeWatcher;
class PlanEditorPanel;
class PlanVersionsPanel;
class ProgressionPanel;

/// The "Plan" tab of a citizen's page: the indsatsplan editor (every edit undoable, saved with
/// Save), the versions and what changed between them, agreement with the citizen, progression
/// ratings and charts, the signals, print preview and "Save as PDF". The tab holds the plan, its
/// undo history and the buttons above the pages; each page is a panel (PlanEditorPanel,
/// ProgressionPanel, PlanVersionsPanel) that shows what the tab gives it and asks the tab to change it.
class PlanTab : public QWidget
{
    Q_OBJECT
public:
    PlanTab(Database& db, const QString& citizenId, QWidget* parent = nullptr);
    ~PlanTab() override;

    /// Asks what to do with unsaved changes; false when the user wants to stay.
    Q_INVOKABLE bool maybeLeave();

    QUndoStack* undoStack() const { return m_undo; }
    /// The plan as edited (unsaved changes included).
    const Plan& plan() const { return m_plan; }
    bool hasPlan() const { return !m_plan.id.isEmpty(); }
    bool isModified() const;

    // The operations behind the buttons (one undo step each).
    void edit(const QString& text, const std::function<void(Plan&)>& change);
    void addGoal(PlanGoal goal);
    void replaceGoal(const PlanGoal& goal);
    void removeGoal(const QString& lineage);
    void addIntervention(PlanIntervention item);
    void replaceIntervention(const PlanIntervention& item);
    void removeIntervention(const QString& lineage);

    bool createPlan();
    bool save();
    bool startNewVersion();
    bool agree(const Agreement& agreement);
    /// Records the agreement; what stopped it, or empty when it was recorded (the agree dialog
    /// shows the refusal in itself).
    QString agreeOrSayWhy(const Agreement& agreement);
    bool addRating(const Rating& rating);
    /// The current signals' messages.
    QStringList signalMessages() const;
    /// The charts on the progression page (one for the employment goal, one per goal).
    QVector<QChart*> charts() const;
    QString message() const;
    /// Whether the citizen's case is closed: the plan is then only read (no signals, no new
    /// version, no rating) until the case is reopened.
    bool caseClosed() const { return m_caseClosed; }

private:
    void reload(const QString& planId = {});
    /// Stored data changed (the conference, another window, a sync): show it, keeping unsaved edits.
    void onStoreChanged(const DataChange& change);
    /// Reads whether the case is closed and shows the tab accordingly.
    void readCaseStatus();
    void showStaffNames();
    void reloadStaff();
    void applyPlan(const Plan& plan);
    void refreshProgression();
    void refreshVersions();
    void updateButtons();
    void setMessage(const QString& text, bool error);
    void buildLayout();
    void wire();
    void editGoalDialog(bool subGoal, bool existing);
    void editInterventionDialog(bool existing);
public:
    /// Print preview (printing is logged in the access log) and "Save as PDF" (logged too).
    void printPreview();
    void savePdf();

private:

    Database& m_db;
    QString m_citizenId;
    Plan m_plan;
    QVector<Staff> m_staff;
    QUndoStack* m_undo;
    bool m_caseClosed = false;
    ChangeWatcher* m_watcher = nullptr;
    QLabel* m_title;
    QLabel* m_closedNote;
    QLabel* m_signals;
    QScrollArea* m_signalsArea = nullptr;
    QLabel* m_message;
    QPushButton* m_create;
    QPushButton* m_save;
    QPushButton* m_newVersion;
    QPushButton* m_agree;
    QPushButton* m_undoButton;
    QPushButton* m_redoButton;
    QPushButton* m_preview;
    QPushButton* m_pdf;
    QTabWidget* m_pages;
    PlanEditorPanel* m_editor;
    ProgressionPanel* m_progression;
    PlanVersionsPanel* m_versions;
};

/// Registers the Plan tab on every citizen page.
void registerPlanUi();

} // namespace samspil::ui
