#pragma once

#include "core/teamday/TeamDay.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// Team ▸ Working hours…: each staff member's working hours per weekday, several intervals a day
/// (e.g. 08:00–12:00 and 12:30–15:30). Problems (an interval that ends before it starts, two that
/// overlap) are shown in the dialog as they are typed. Save stores every staff member changed,
/// all or nothing; Cancel changes nothing.
class WorkingHoursDialog : public QDialog
{
    Q_OBJECT
public:
    WorkingHoursDialog(Database& db, QWidget* parent = nullptr);

    /// Shows this staff member's week (keeps what was typed for the one shown before).
    void showStaff(const QString& staffId);
    QString shownStaff() const { return m_shown; }
    /// Adds an interval to the week shown (Monday 08:00–16:00, or the day after the last row).
    void addInterval();
    /// Removes the selected interval (or the last one).
    void removeInterval();
    /// The week of a staff member as currently edited.
    QVector<WorkingHours> week(const QString& staffId) const;
    /// Problems of every edited week; empty when all can be saved.
    QStringList problems() const;
    /// Stores the changed weeks; false (with the reason shown) when nothing was stored.
    bool save();
    QString message() const;
    QTableWidget* table() const { return m_table; }

private:
    QListWidget* buildStaffList();
    QVBoxLayout* buildHoursSide();
    void readTable();
    void fillTable();
    void validate();

    Database& m_db;
    QHash<QString, QVector<WorkingHours>> m_weeks; ///< as edited
    QHash<QString, QVector<WorkingHours>> m_original; ///< as stored
    QHash<QString, QString> m_names;
    QString m_shown;
    bool m_filling = false;
    QListWidget* m_staff;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace samspil::ui
