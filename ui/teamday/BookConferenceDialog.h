#pragma once

#include "core/teamday/ConferenceBooking.h"

#include <QDialog>

class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// "Book conference…": proposes the earliest time after the three talks when the
/// physiotherapist, the psychologist and the nurse who held them and the coordinating
/// caseworker are all free within their working hours (30 minutes, within two days, both
/// configurable), lets the caseworker change it, and books one appointment per participant.
/// A clash is refused in place with a message that names it. When no time could be proposed,
/// "Book conference" waits until the caseworker chooses a day or time; a time in the past or
/// outside someone's working hours is booked only with a reason written in the dialog, which is
/// stored with the booking (FlowRules).
class BookConferenceDialog : public QDialog
{
    Q_OBJECT
public:
    BookConferenceDialog(Database& db, const QString& citizenId, QWidget* parent = nullptr);

    /// Asks for the earliest time again with the participants, length and days shown.
    void propose();
    /// Books the conference as shown; false (with the reason shown) when nothing was booked.
    bool book();
    QString message() const;
    QStringList participants() const;
    QDateTime start() const;

private:
    QListWidget* buildParticipants(const Result<QStringList>& defaults);
    QHBoxLayout* buildSearchRow();
    QHBoxLayout* buildWhenRow();
    ConferenceRequest request() const;
    void setMessage(const QString& text, bool error);
    QWidget* buildReasonRow();

    Database& m_db;
    QString m_citizenId;
    QListWidget* m_participants;
    QDateEdit* m_day;
    QTimeEdit* m_time;
    QSpinBox* m_minutes;
    QSpinBox* m_days;
    QLineEdit* m_place;
    QLabel* m_message;
    QWidget* m_reasonRow;
    QLineEdit* m_reason;
    QPushButton* m_book;
};

} // namespace samspil::ui
