#pragma once

#include "core/storage/Database.h"
#include "core/teamday/FlowRules.h"
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
    /// The appointments of all() whose status reads as planned (also one this version does not
    /// know), in its order.
    QVector<Appointment> planned() const;

    /// Problems with one appointment on its own: times and people. Timing (past, working hours)
    /// is timingProblems(), which an override may pass.
    QStringList validate(const Appointment& a) const;
    /// FlowRules::timingProblems for the appointment, with the staff member's working hours:
    /// before `bookedAt` (now when invalid), no working hours, outside them.
    QStringList timingProblems(const Appointment& a, const QDateTime& bookedAt = {}) const;
    /// No appointment runs past midnight (validate), so none lasts longer than a day of 25 hours
    /// (the day the clocks go back); the bound has a day to spare, for one booked on a PC in
    /// another time zone.
    static constexpr qint64 kLongestAppointmentSecs = 2 * 24 * 3600;

    /// The first clash of `a` with stored appointments or with `others` (booked together), as a
    /// message that names it; empty when there is none. When the stored appointments cannot be
    /// read, the database's error (a booking must not go ahead unchecked). Reads only the
    /// appointments that start from kLongestAppointmentSecs before `a` to its end.
    QString clash(const Appointment& a, const QVector<Appointment>& others = {}) const;

    /// Books the appointments all at once (e.g. the three talks of a team day): each gets an id,
    /// status planned and the same booking id. Nothing is stored if one of them fails. One that
    /// starts before the booking is made or lies outside its staff member's working hours is
    /// refused unless `options` gives a reason, which is stored on each appointment.
    Result<QVector<Appointment>> book(QVector<Appointment> appointments, const BookingOptions& options = {});
    /// Marking held or no-show waits for the start; a conference is marked held only once the
    /// three notes are signed (FlowRules::whyConferenceCannotBeHeld). Only a team-day talk that is
    /// not held can be marked not needed (any time); one whose time was freed (cancelled, not
    /// needed) takes it again only if nothing clashes.
    Status setStatus(const QString& id, AppointmentStatus status);
    /// The same for several appointments at once, all or nothing (e.g. the appointments of one
    /// conference, held together); what the checks read is read once per citizen.
    Status setStatus(const QStringList& ids, AppointmentStatus status);
    /// Moves an appointment (same checks as booking, the same override).
    Status reschedule(const QString& id, const QDateTime& start, const QDateTime& end, const QString& place,
                      const QString& overrideReason = {});

    /// Appointments of a missing citizen or staff member; -1 when they cannot be counted.
    int countWithMissingReferences() const;
    /// Pairs of appointments that overlap for the same staff member or the same citizen (two PCs
    /// that booked the same time before they synced); `check` reports them. -1 when they cannot
    /// be counted.
    int countDoubleBookings() const;

private:
    /// What one booking pass reads once, however many appointments it checks: whether each
    /// citizen exists, each staff member, and their working hours.
    struct Lookups;
    QStringList validate(const Appointment& a, Lookups& seen) const;
    QStringList timingProblems(const Appointment& a, const QDateTime& bookedAt, Lookups& seen) const;

    Database& m_db;
};

} // namespace samspil
