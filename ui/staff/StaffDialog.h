#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace samspil {
class Database;
}

namespace samspil::ui {

class StaffModel;

/// Manage the team: add staff, edit name, initials and profession, deactivate and reactivate.
/// Staff are never deleted here: their names stay on the notes and plans they wrote.
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
    QString message() const;

private:
    void setUpTable();
    QGroupBox* buildEditGroup();
    void load(const QString& staffId);
    void setMessage(const QString& text, bool error);

    Database& m_db;
    StaffModel* m_model;
    QTableView* m_table;
    QLineEdit* m_name;
    QLineEdit* m_initials;
    QComboBox* m_profession;
    QLabel* m_state;
    QPushButton* m_save;
    QPushButton* m_toggle;
    QLabel* m_message;
    QString m_currentId;
};

} // namespace samspil::ui
