#pragma once

#include "core/storage/Database.h"
#include "core/teamday/TeamDay.h"

#include <optional>

namespace samspil {

/// Staff working hours and appointments (team-day talks, conferences, follow-ups …).
class AppointmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)
public:
    explicit AppointmentRepository(Database& db)
        : m_db(db)
    {
    }

    // --- working hours
    /// Working hours of one staff member, or of everyone when staffId is empty.
    QVector<WorkingHours> workingHours(const QString& staffId = {}) const;
    /// Replaces a staff member's hours for one weekday (an invalid from/to removes them).
    Status setWorkingHours(const QString& staffId, int weekday, const QTime& from, const QTime& to);
    /// Replaces whole weeks of working hours, several staff members at once and all or nothing:
    /// each week is checked by WorkingHoursRules (several intervals a day, none overlapping).
    /// Unchanged intervals are kept as they are; removed ones are deleted (replicated).
    Status replaceWorkingHours(const QHash<QString, QVector<WorkingHours>>& weeks);

    // --- appointments
    std::optional<Appointment> get(const QString& id) const;
    /// Appointments that start on this day (local time), ordered by start; cancelled ones too.
    QVector<Appointment> onDay(const QDate& day) const;
    QVector<Appointment> forCitizen(const QString& citizenId) const;
    QVector<Appointment> forStaff(const QString& staffId, const QDate& from, const QDate& to) const;
    /// All appointments (for the workflow facts and checks).
    QVector<Appointment> all() const;

    /// Problems with one appointment on its own: times, people, working hours.
    QStringList validate(const Appointment& a) const;
    /// The first clash of `a` with stored appointments or with `others` (booked together), as a
    /// message that names it; empty when there is none. When the stored appointments cannot be
    /// read, the database's error (a booking must not go ahead unchecked).
    QString clash(const Appointment& a, const QVector<Appointment>& others = {}) const;

    /// Books the appointments all at once (e.g. the three talks of a team day): each gets an id,
    /// status planned and the same booking id. Nothing is stored if one of them fails.
    Result<QVector<Appointment>> book(QVector<Appointment> appointments);
    Status setStatus(const QString& id, AppointmentStatus status);
    /// Moves an appointment (same checks as booking).
    Status reschedule(const QString& id, const QDateTime& start, const QDateTime& end, const QString& place);

    /// Appointments of a missing citizen or staff member; -1 when they cannot be counted.
    int countWithMissingReferences() const;
    /// Pairs of appointments that overlap for the same staff member or the same citizen (two PCs
    /// that booked the same time before they synced); `check` reports them. -1 when they cannot
    /// be counted.
    int countDoubleBookings() const;

private:
    Database& m_db;
};

} // namespace samspil
