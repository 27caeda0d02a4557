#pragma once

#include "core/staff/Staff.h"
#include "core/teamday/TeamDay.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSet>

namespace samspil {

class Database;

/// What the planner looks at: the team, when they work, and what is booked already.
struct PlanningData
{
    QVector<Staff> staff;
    QVector<WorkingHours> hours;
    QVector<Appointment> appointments;
};

struct SlotRequest
{
    QString citizenId;
    QDate day;                  ///< the screening day
    int minutes = 45;           ///< per talk
    QDateTime notBefore;        ///< nothing is proposed before this (now)
    int searchDays = 60;        ///< how far ahead to look when the day is impossible
    /// Days on which no team day of `minutes` fits for anyone (whatever the citizen's own
    /// appointments): the search passes over them without reading them, and adds each such day
    /// it finds. For planning many citizens one after another (the demo), while nothing booked
    /// is cancelled or moved in between; the proposal is the same as without it. May be null.
    QSet<QDate>* fullDays = nullptr;
};

/// A proposed team day: one talk each with a physiotherapist, a psychologist and a nurse.
struct SlotProposal
{
    QDate day;
    QVector<Appointment> talks; ///< not yet booked (no ids)
    /// The proposal is for a later day than asked for; `reason` says why the day was impossible.
    bool late = false;
    QString reason;
};

/// A meeting of several staff members (the conference): one time when all of them are free.
struct MeetingRequest
{
    QStringList staffIds;
    int minutes = 30;
    QDateTime notBefore; ///< nothing starts earlier (the end of the talks, now)
    QDate lastDay;       ///< the last day tried
};

struct MeetingSlot
{
    QDateTime start; ///< local time
    QDateTime end;
};

/// Proposes the earliest free slots for the team day: within each staff member's working hours,
/// never overlapping another appointment of the staff member or the citizen, and never running
/// past midnight. Tries the screening day first; if that is impossible, says why and proposes
/// the earliest day that works (flagged late).
class SlotPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SlotPlanner)
public:
    static Result<SlotProposal> propose(const PlanningData& data, const SlotRequest& request);
    /// The same with data read from the database (active staff, hours, appointments near the day).
    static Result<SlotProposal> propose(Database& db, const SlotRequest& request);

    /// Why no team day fits on this day (empty if one does).
    static QString whyNot(const PlanningData& data, const SlotRequest& request, const QDate& day);

    /// The earliest start, in 5-minute steps, from `notBefore` to the end of `lastDay`, when every
    /// staff member of the meeting is within working hours and has no other appointment. A staff
    /// member without working hours on a day is not available that day.
    static Result<MeetingSlot> proposeMeeting(const PlanningData& data, const MeetingRequest& request);
    /// The same with data read from the database.
    static Result<MeetingSlot> proposeMeeting(Database& db, const MeetingRequest& request);
};

} // namespace samspil
