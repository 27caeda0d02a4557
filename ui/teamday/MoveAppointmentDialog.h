#pragma once

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// Moves a booked appointment to another time or place, with the same checks as booking
/// (working hours, double booking); a refusal is shown in place and nothing changes. A time in
/// the past or outside working hours is moved only with a reason, asked for in place as the Book
/// conference dialog does and stored on the appointment (FlowRules, docs/teamday.md).
class MoveAppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    MoveAppointmentDialog(Database& db, const QString& appointmentId, QWidget* parent = nullptr);
    QDateTimeEdit* start() const { return m_start; }
    QLineEdit* place() const { return m_place; }
    /// "Reason to move anyway", shown once a time is refused for being past or outside working hours.
    QLineEdit* reason() const { return m_reason; }
    bool reasonShown() const;
    bool apply();
    QString message() const;

private:
    Database& m_db;
    QString m_id;
    QDateTimeEdit* m_start;
    QSpinBox* m_minutes;
    QLineEdit* m_place;
    QWidget* m_reasonRow;
    QLineEdit* m_reason;
    QLabel* m_message;
};

} // namespace samspil::ui
