#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QTableWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// A day's appointments for the team or one staff member: who talks to whom, when and where.
/// Printable as a list.
class DayView : public QDialog
{
    Q_OBJECT
public:
    DayView(Database& db, const QDate& day, QWidget* parent = nullptr);

    void setDay(const QDate& day);
    /// Empty: the whole team.
    void setStaff(const QString& staffId);
    QTableWidget* table() const { return m_table; }
    /// The day's list as HTML, as printed.
    QString html() const;
    /// Print preview; printing is logged in the access log of every citizen on the list.
    void print();
    /// The citizens on the list as shown.
    QStringList shownCitizens() const { return m_shown; }

private:
    void refresh();

    Database& m_db;
    QDateEdit* m_day;
    QComboBox* m_staff;
    QTableWidget* m_table;
    QStringList m_shown;
};

} // namespace samspil::ui
