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
/// (working hours, double booking); a refusal is shown in place and nothing changes.
class MoveAppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    MoveAppointmentDialog(Database& db, const QString& appointmentId, QWidget* parent = nullptr);
    QDateTimeEdit* start() const { return m_start; }
    QLineEdit* place() const { return m_place; }
    bool apply();
    QString message() const;

private:
    Database& m_db;
    QString m_id;
    QDateTimeEdit* m_start;
    QSpinBox* m_minutes;
    QLineEdit* m_place;
    QLabel* m_message;
};

} // namespace samspil::ui
