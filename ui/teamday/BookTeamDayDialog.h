#pragma once

#include "core/teamday/SlotPlanner.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// "Book team day": proposes the earliest free slots with a physiotherapist, a psychologist and
/// a nurse on the screening day, lets the caseworker change who, when and where, and books all
/// three at once. A day that is impossible is explained and the proposal is flagged late.
class BookTeamDayDialog : public QDialog
{
    Q_OBJECT
public:
    BookTeamDayDialog(Database& db, const QString& citizenId, QWidget* parent = nullptr);

    /// Asks the planner again for the day and length shown.
    void propose();
    /// Books the three talks as shown; false (with the reason shown) when nothing was booked.
    bool book();
    QString message() const;
    bool isLate() const { return m_late; }
    /// The talks as currently shown in the dialog.
    QVector<Appointment> talks() const;

private:
    struct Row
    {
        Profession profession;
        QComboBox* staff;
        QTimeEdit* time;
        QLineEdit* place;
    };
    QGridLayout* buildTalksGrid();
    void setMessage(const QString& text, bool error);

    Database& m_db;
    QString m_citizenId;
    QDate m_screeningDay;
    QDateEdit* m_day;
    QSpinBox* m_minutes;
    QVector<Row> m_rows;
    QLabel* m_message;
    QPushButton* m_book;
    bool m_late = false;
};

} // namespace samspil::ui
