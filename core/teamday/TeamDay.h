#pragma once

#include "core/staff/Staff.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVector>

#include <optional>

namespace samspil {

/// What an appointment is for.
enum class AppointmentKind {
    FirstConversation,
    PhysiotherapistTalk,
    PsychologistTalk,
    NurseTalk,
    Conference,
    FollowUp,
    PlanMeeting,
};

/// NotNeeded: a team-day talk the citizen does not need (e.g. no health issue for the
/// psychologist); the flow does not wait for it or its note (FlowRules), and it frees its time.
enum class AppointmentStatus { Planned, Held, Cancelled, NoShow, NotNeeded };

class AppointmentKinds
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentKinds)
public:
    static const QVector<AppointmentKind>& all();
    static QString code(AppointmentKind k);
    static std::optional<AppointmentKind> fromCode(const QString& code);
    static QString label(AppointmentKind k);
    /// The talk a profession holds on the team day (physiotherapist talk, …), if it holds one.
    static std::optional<AppointmentKind> talkFor(Profession p);
    /// The three professions of the team day, in the order they are proposed.
    static const QVector<Profession>& teamDayProfessions();
    /// The citizen takes part (and so cannot be booked twice at the time). The conference is the
    /// professionals' meeting about the citizen: the citizen does not attend it.
    static bool citizenAttends(AppointmentKind k) { return k != AppointmentKind::Conference; }
    /// A team-day talk (physiotherapist, psychologist or nurse).
    static bool isTalk(AppointmentKind k);
};

class AppointmentStatuses
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentStatuses)
public:
    static const QVector<AppointmentStatus>& all();
    static QString code(AppointmentStatus s);
    static std::optional<AppointmentStatus> fromCode(const QString& code);
    static QString label(AppointmentStatus s);
};

/// When a staff member works on one weekday (1 Monday … 7 Sunday). A working day ends on the day
/// it starts: hours across midnight are refused.
struct WorkingHours
{
    QString id;
    QString staffId;
    int weekday = 1;
    QTime from;
    QTime to;

    bool sameTimes(const WorkingHours& o) const { return weekday == o.weekday && from == o.from && to == o.to; }
};

/// The rules for a staff member's week: several intervals a day are allowed (e.g. 08:00–12:00
/// and 12:30–15:30), each ending after it starts on the same day, none overlapping another on
/// the same weekday.
class WorkingHoursRules
{
    Q_DECLARE_TR_FUNCTIONS(WorkingHoursRules)
public:
    /// Problems with a week of intervals, as messages that name the weekday and the times;
    /// empty when the week is sound.
    static QStringList problems(const QVector<WorkingHours>& week);
    /// The week sorted by weekday and start.
    static QVector<WorkingHours> sorted(QVector<WorkingHours> week);
};

struct Appointment
{
    QString id;
    QString citizenId;
    QString staffId;
    AppointmentKind kind = AppointmentKind::FollowUp;
    QDateTime start; ///< local time
    QDateTime end;   ///< local time, same day as start
    QString place;
    AppointmentStatus status = AppointmentStatus::Planned;
    /// The three talks of one team day share a booking id.
    QString bookingId;
    /// Booked on a later day than the screening because the screening day was impossible.
    bool late = false;
    QString bookedBy;
    /// Booked in the past or outside working hours on purpose: why (FlowRules, BookingOptions).
    /// `bookedBy` says who.
    QString overrideReason;

    /// Takes up time (cancelled appointments and talks not needed free their time).
    bool occupies() const { return status != AppointmentStatus::Cancelled && status != AppointmentStatus::NotNeeded; }
    bool overlaps(const QDateTime& s, const QDateTime& e) const { return start < e && s < end; }
};

/// Which professions a consent covers (stored as profession codes).
enum class ConsentForm { Written, Oral };

/// The citizen's consent to share health information among the team. Withdrawing keeps the
/// record with the date it was withdrawn.
struct Consent
{
    QString id;
    QString citizenId;
    QDate givenOn;
    QStringList scope; ///< profession codes the information may be shared with
    ConsentForm form = ConsentForm::Written;
    QDate withdrawnOn; ///< invalid while in force
    QString recordedBy;

    bool inForce(const QDate& day) const
    {
        return givenOn.isValid() && givenOn <= day && (!withdrawnOn.isValid() || withdrawnOn > day);
    }
    bool covers(const QString& professionCode) const { return scope.contains(professionCode); }
};

class ConsentForms
{
    Q_DECLARE_TR_FUNCTIONS(ConsentForms)
public:
    static QString code(ConsentForm f);
    static std::optional<ConsentForm> fromCode(const QString& code);
    static QString label(ConsentForm f);
};

} // namespace samspil
