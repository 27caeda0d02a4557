#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace samspil::ui {

class SyncController;

/// Sync for a person: the team's shared folder (choose it to join), when this PC last synced,
/// what waits, the last problem in plain words; conflicts to settle (keep the current value or
/// put the other back); rows edited on one PC after another deleted them; and the sync log.
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { StatusTab, TeamTab, ConflictsTab, LogTab };

    explicit SyncDialog(SyncController& controller, QWidget* parent = nullptr);

    /// Joins this folder (what "Choose folder…" does after the file dialog).
    bool joinFolder(const QString& path);
    /// Settles the conflict in the given row of the conflict table.
    bool settleConflict(int row, bool takeOther);
    bool dismissFlag(int row);
    /// Admits the waiting PC whose code was typed (what "Admit" does).
    bool admitCode(const QString& code);
    /// Retires the PC in the given row of the member table (after asking).
    bool retireMember(int row);

    QTableWidget* conflictTable() const { return m_conflicts; }
    QTableWidget* flagTable() const { return m_flags; }
    QTabWidget* tabs() const { return m_tabs; }
    QString statusText() const;
    QString problemText() const;
    QString logText() const;

public slots:
    void refresh();
    void syncNow();
    void chooseFolder();

private:
    QWidget* buildStatusPage();
    QWidget* buildConflictPage();
    QWidget* buildTeamPage();
    void refreshTeam();
    QString describeRow(const QString& table, const QString& rowId) const;
    QString describeValue(const QString& field, const QVariant& value) const;
    QString fieldLabel(const QString& table, const QString& field) const;
    void settleSelected(bool takeOther);

    SyncController& m_controller;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_share = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_outcome = nullptr;
    QSpinBox* m_interval = nullptr;
    QPushButton* m_syncNow = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_flags = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_takeOther = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QLabel* m_standing = nullptr;
    QWidget* m_memberPart = nullptr;
    QTableWidget* m_requests = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_admit = nullptr;
    QTableWidget* m_members = nullptr;
    QPushButton* m_retire = nullptr;
    QStringList m_memberSites;
    QVector<qint64> m_conflictIds;
    QVector<QStringList> m_flagKeys; ///< table, row id, kind
};

} // namespace samspil::ui
