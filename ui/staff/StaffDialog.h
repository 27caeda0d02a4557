#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace samspil {
class Database;
}

namespace samspil::ui {

class StaffModel;

/// Manage the team (Team ▸ Staff, leaders only; core refuses anyone else): add staff, edit name,
/// initials, profession and the leader's role, bind and unbind the operating-system accounts a
/// member logs on with, deactivate and reactivate. Staff are never deleted here: their names stay
/// on the notes and plans they wrote, and a deactivated member keeps their history but reads
/// nothing. What core refuses is shown in the dialog.
class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StaffDialog(Database& db, QWidget* parent = nullptr);

    StaffModel* model() const { return m_model; }
    /// Selects a staff member for editing (empty: a new one).
    void select(const QString& staffId);
    QString selectedId() const { return m_currentId; }
    /// Saves the form (creates a new staff member when none is selected). False: the message says why.
    bool saveCurrent();
    /// Deactivates or reactivates the selected staff member.
    bool toggleActive();
    /// Binds the account typed in the account field to the selected staff member.
    bool bindAccount();
    /// Unbinds the account chosen in the selected staff member's list.
    bool unbindAccount();
    QString message() const;

private:
    void setUpTable();
    QGroupBox* buildEditGroup();
    QGroupBox* buildAccountsGroup();
    void load(const QString& staffId);
    void loadAccounts();
    /// Whether the selected member has working hours (without them nothing can be booked with them).
    void showWorkingHours();
    void setMessage(const QString& text, bool error);

    Database& m_db;
    StaffModel* m_model;
    QTableView* m_table;
    QLineEdit* m_name;
    QLineEdit* m_initials;
    QComboBox* m_profession;
    QCheckBox* m_leader;
    QLabel* m_state;
    QLabel* m_hours;
    QListWidget* m_accounts;
    QLineEdit* m_newAccount;
    QPushButton* m_bind;
    QPushButton* m_unbind;
    QPushButton* m_save;
    QPushButton* m_toggle;
    QLabel* m_message;
    QString m_currentId;
};

} // namespace samspil::ui
