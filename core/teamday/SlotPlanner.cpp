#include "SlotPlanner.h"

#include "core/teamday/AppointmentRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <array>
#include <functional>
#include <optional>

namespace samspil {

namespace {

constexpr int kStepMinutes = 5;
constexpr int kMinutesPerDay = 24 * 60;

int minuteOfDay(const QTime& t)
{
    return t.hour() * 60 + t.minute();
}

QDateTime at(const QDate& day, int minute)
{
    return QDateTime(day, QTime(minute / 60, minute % 60));
}

/// A busy stretch within one day, in minutes since midnight (local time). The planner works in
/// whole minutes: converting local times is costly and it tries many candidate slots.
struct Busy
{
    int from;
    int to;
};

bool overlapsAny(const QVector<Busy>& busy, int from, int to)
{
    return std::any_of(busy.cbegin(), busy.cend(), [&](const Busy& b) { return b.from < to && from < b.to; });
}

/// The part of an appointment that falls on `day`, if any.
std::optional<Busy> busyOn(const Appointment& a, const QDate& day)
{
    if (!a.occupies()) {
        return std::nullopt;
    }
    const QDate startDay = a.start.date();
    const QDate endDay = a.end.date();
    if (startDay > day || endDay < day) {
        return std::nullopt;
    }
    const int from = startDay < day ? 0 : minuteOfDay(a.start.time());
    const int to = endDay > day ? kMinutesPerDay : minuteOfDay(a.end.time());
    return to > from ? std::optional<Busy>(Busy{from, to}) : std::nullopt;
}

struct Candidate
{
    QString staffId;
    Profession profession;
    QVector<Busy> busy;
    QVector<Busy> hours; ///< working hours that day, as stretches
};

struct Found
{
    bool ok = false;
    QString staffId;
    int from = 0;
};

/// The earliest slot with any staff member of the profession, given the citizen's busy times.
Found earliest(const QVector<Candidate>& staff, Profession p, int minutes, int firstMinute, const QVector<Busy>& citizenBusy)
{
    Found best;
    for (const auto& s : staff) {
        if (s.profession != p) {
            continue;
        }
        for (const auto& h : s.hours) {
            for (int m = std::max(h.from, firstMinute); m + minutes <= h.to; m += kStepMinutes) {
                if (best.ok && m >= best.from) {
                    break;
                }
                if (overlapsAny(s.busy, m, m + minutes) || overlapsAny(citizenBusy, m, m + minutes)) {
                    continue;
                }
                best = {true, s.staffId, m};
                break;
            }
        }
    }
    return best;
}

/// The active staff of the team-day professions who work on `day`, with their hours and busy
/// times that day.
QVector<Candidate> talkStaffOn(const PlanningData& data, const QDate& day)
{
    QVector<Candidate> staff;
    for (const auto& s : data.staff) {
        if (!s.active || !AppointmentKinds::talkFor(s.profession)) {
            continue;
        }
        Candidate c{s.id, s.profession, {}, {}};
        for (const auto& h : data.hours) {
            // Hours across midnight are never stored; guarded here all the same.
            if (h.staffId == s.id && h.weekday == day.dayOfWeek() && h.from.isValid() && h.to.isValid() && h.from < h.to) {
                c.hours.append({minuteOfDay(h.from), std::min(minuteOfDay(h.to), kMinutesPerDay)});
            }
        }
        if (c.hours.isEmpty()) {
            continue;
        }
        for (const auto& a : data.appointments) {
            if (a.staffId == s.id) {
                if (const auto b = busyOn(a, day)) {
                    c.busy.append(*b);
                }
            }
        }
        staff.append(c);
    }
    return staff;
}

/// The best team day on `day`: tries every order of the three professions and keeps the one
/// that ends earliest. Sets `full` when the day has no room for anyone: none from the start of
/// the day, and the citizen has nothing else that day (another citizen's appointments only take
/// more time away).
QVector<Appointment> bestOnDay(const PlanningData& data, const SlotRequest& req, const QDate& day, bool* full = nullptr)
{
    if (req.notBefore.isValid() && day < req.notBefore.toLocalTime().date()) {
        return {};
    }
    int firstMinute = 0;
    if (req.notBefore.isValid() && req.notBefore.toLocalTime().date() == day) {
        const int now = minuteOfDay(req.notBefore.toLocalTime().time());
        firstMinute = ((now + kStepMinutes - 1) / kStepMinutes) * kStepMinutes;
    }
    const QVector<Candidate> staff = talkStaffOn(data, day);
    QVector<Busy> citizenBusy;
    for (const auto& a : data.appointments) {
        if (a.citizenId == req.citizenId && AppointmentKinds::citizenAttends(a.kind)) {
            if (const auto b = busyOn(a, day)) {
                citizenBusy.append(*b);
            }
        }
    }
    // A profession with no free time at all that day rules the day out in every order (a full
    // day is the common case in a late search, and trying six orders on it is the cost).
    // No room for a citizen with nothing else that day, from its start: no room for anyone.
    const auto noRoom = [&] {
        if (full && firstMinute == 0 && citizenBusy.isEmpty()) {
            *full = true;
        }
        return QVector<Appointment>{};
    };
    for (auto p : AppointmentKinds::teamDayProfessions()) {
        if (!earliest(staff, p, req.minutes, firstMinute, citizenBusy).ok) {
            return noRoom();
        }
    }
    std::array<int, 3> order = {0, 1, 2};
    QVector<Found> best;
    int bestEnd = 0;
    do {
        QVector<Busy> busy = citizenBusy;
        QVector<Found> talks;
        int end = 0;
        for (int i : order) {
            const auto found = earliest(staff, AppointmentKinds::teamDayProfessions().at(i), req.minutes, firstMinute, busy);
            if (!found.ok) {
                break;
            }
            talks.append(found);
            busy.append({found.from, found.from + req.minutes});
            end = std::max(end, found.from + req.minutes);
        }
        if (talks.size() == 3 && (best.isEmpty() || end < bestEnd)) {
            best = talks;
            bestEnd = end;
        }
    } while (std::next_permutation(order.begin(), order.end()));
    if (best.isEmpty()) {
        return noRoom(); // each profession has time, but never one after another
    }
    std::sort(best.begin(), best.end(), [](const Found& a, const Found& b) { return a.from < b.from; });
    QHash<QString, Profession> professionOf;
    for (const auto& c : staff) {
        professionOf.insert(c.staffId, c.profession);
    }
    QVector<Appointment> out;
    for (const auto& f : best) {
        Appointment a;
        a.citizenId = req.citizenId;
        a.staffId = f.staffId;
        a.kind = *AppointmentKinds::talkFor(professionOf.value(f.staffId));
        a.start = at(day, f.from);
        a.end = at(day, f.from + req.minutes);
        out.append(a);
    }
    return out;
}

} // namespace

QString SlotPlanner::whyNot(const PlanningData& data, const SlotRequest& req, const QDate& day)
{
    if (req.notBefore.isValid() && day < req.notBefore.toLocalTime().date()) {
        return tr("%1 has passed.").arg(formatDate(day));
    }
    const QString weekday = QLocale().dayName(day.dayOfWeek());
    for (auto p : AppointmentKinds::teamDayProfessions()) {
        const QString who = Professions::label(p).toLower();
        const bool any = std::any_of(data.staff.cbegin(), data.staff.cend(),
                                     [&](const Staff& s) { return s.active && s.profession == p; });
        if (!any) {
            return tr("There is no active %1 on the team.").arg(who);
        }
        const bool works = std::any_of(data.hours.cbegin(), data.hours.cend(), [&](const WorkingHours& h) {
            if (h.weekday != day.dayOfWeek()) {
                return false;
            }
            return std::any_of(data.staff.cbegin(), data.staff.cend(), [&](const Staff& s) {
                return s.id == h.staffId && s.active && s.profession == p;
            });
        });
        if (!works) {
            return tr("No %1 works on %2 %3.").arg(who, weekday, formatDate(day));
        }
    }
    if (bestOnDay(data, req, day).isEmpty()) {
        return tr("On %1 %2 there are not %3 free minutes with a physiotherapist, a psychologist and a nurse one "
                  "after another within their working hours, without overlapping the citizen's other appointments.")
            .arg(weekday, formatDate(day))
            .arg(req.minutes);
    }
    return {};
}

namespace {
using DataFor = std::function<PlanningData(const QDate&)>;

Result<SlotProposal> proposeWith(const DataFor& dataFor, const SlotRequest& req)
{
    if (req.minutes < 5 || req.minutes > 8 * 60) {
        return fail(SlotPlanner::tr("A talk lasts from 5 minutes to 8 hours."));
    }
    if (!req.day.isValid()) {
        return fail(SlotPlanner::tr("Choose the day of the team day."));
    }
    SlotProposal out;
    QDate day = req.day;
    if (req.notBefore.isValid() && day < req.notBefore.toLocalTime().date()) {
        day = req.notBefore.toLocalTime().date();
    }
    for (int i = 0; i <= req.searchDays; ++i, day = day.addDays(1)) {
        if (req.fullDays && req.fullDays->contains(day)) {
            continue;
        }
        bool full = false;
        auto talks = bestOnDay(dataFor(day), req, day, &full);
        if (full && req.fullDays) {
            req.fullDays->insert(day);
        }
        if (!talks.isEmpty()) {
            if (day != req.day) {
                out.late = true;
                out.reason = SlotPlanner::whyNot(dataFor(req.day), req, req.day);
            }
            out.day = day;
            out.talks = talks;
            return out;
        }
    }
    return fail(SlotPlanner::tr("No day in the next %1 days has room for the team day. %2")
                    .arg(req.searchDays)
                    .arg(SlotPlanner::whyNot(dataFor(req.day), req, req.day)));
}
} // namespace

namespace {
/// A participant's working hours and busy times on one day (minutes of the day).
struct Who
{
    QVector<Busy> hours;
    QVector<Busy> busy;
};

/// The participants on one day, in the order asked for; adds their names to `names` and those
/// with working hours that day to `workedSomeDay`. Clears `everyoneWorks` if one has none.
Result<QVector<Who>> participantsOn(const PlanningData& data, const MeetingRequest& req, const QDate& day,
                                    QStringList& names, QSet<QString>& workedSomeDay, bool& everyoneWorks)
{
    QVector<Who> people;
    for (const auto& id : req.staffIds) {
        const auto s = std::find_if(data.staff.cbegin(), data.staff.cend(), [&](const Staff& st) { return st.id == id; });
        if (s == data.staff.cend() || !s->active) {
            return fail(SlotPlanner::tr("A participant is not an active member of the team."));
        }
        names << s->name;
        Who w;
        for (const auto& h : data.hours) {
            if (h.staffId == id && h.weekday == day.dayOfWeek() && h.from.isValid() && h.to.isValid() && h.from < h.to) {
                w.hours.append({minuteOfDay(h.from), minuteOfDay(h.to)});
            }
        }
        if (w.hours.isEmpty()) {
            everyoneWorks = false;
        } else {
            workedSomeDay.insert(id);
        }
        for (const auto& a : data.appointments) {
            if (a.staffId == id) {
                if (const auto b = busyOn(a, day)) {
                    w.busy.append(*b);
                }
            }
        }
        people.append(w);
    }
    return people;
}

/// The first minute from `first` (on the step grid) when all are within their hours and free.
std::optional<int> firstCommonMinute(const QVector<Who>& people, int first, int minutes)
{
    for (int m = first; m + minutes <= kMinutesPerDay; m += kStepMinutes) {
        const bool free = std::all_of(people.cbegin(), people.cend(), [&](const Who& w) {
            const bool inHours = std::any_of(w.hours.cbegin(), w.hours.cend(), [&](const Busy& h) {
                return h.from <= m && m + minutes <= h.to;
            });
            return inHours && !overlapsAny(w.busy, m, m + minutes);
        });
        if (free) {
            return m;
        }
    }
    return std::nullopt;
}

/// Why no meeting time was found: who was asked for, and who had no working hours at all.
QString whyNoMeeting(const PlanningData& data, const MeetingRequest& req, const QDateTime& from,
                     const QStringList& names, const QSet<QString>& workedSomeDay)
{
    QStringList absent;
    for (const auto& s : data.staff) {
        if (req.staffIds.contains(s.id) && !workedSomeDay.contains(s.id)) {
            absent << s.name;
        }
    }
    QString why
        = SlotPlanner::tr("From %1 to %2 there are not %3 minutes when %4 are all free within their working hours.")
              .arg(formatDateTime(from), formatDate(req.lastDay))
              .arg(req.minutes)
              .arg(names.join(QStringLiteral(", ")));
    if (!absent.isEmpty()) {
        why += QLatin1Char(' ')
            + SlotPlanner::tr("No working hours on those days: %1.").arg(absent.join(QStringLiteral(", ")));
    }
    return why;
}

Result<MeetingSlot> meetingWith(const DataFor& dataFor, const MeetingRequest& req)
{
    if (req.minutes < 5 || req.minutes > 8 * 60) {
        return fail(SlotPlanner::tr("A meeting lasts from 5 minutes to 8 hours."));
    }
    if (req.staffIds.isEmpty()) {
        return fail(SlotPlanner::tr("Choose the participants of the meeting."));
    }
    if (!req.notBefore.isValid() || !req.lastDay.isValid()) {
        return fail(SlotPlanner::tr("Choose the days to look for a time in."));
    }
    const QDateTime from = req.notBefore.toLocalTime();
    QStringList names;
    QSet<QString> workedSomeDay;
    for (QDate day = from.date(); day <= req.lastDay; day = day.addDays(1)) {
        names.clear();
        bool everyoneWorks = true;
        auto people = participantsOn(dataFor(day), req, day, names, workedSomeDay, everyoneWorks);
        if (!people) {
            return Error{people.error()};
        }
        if (!everyoneWorks) {
            continue;
        }
        int first = 0;
        if (day == from.date()) {
            const int now = minuteOfDay(from.time()) + (from.time().second() > 0 ? 1 : 0);
            first = ((now + kStepMinutes - 1) / kStepMinutes) * kStepMinutes;
        }
        if (const auto m = firstCommonMinute(people.value(), first, req.minutes)) {
            return MeetingSlot{at(day, *m), at(day, *m + req.minutes)};
        }
    }
    return fail(whyNoMeeting(dataFor(from.date()), req, from, names, workedSomeDay));
}
} // namespace

Result<MeetingSlot> SlotPlanner::proposeMeeting(const PlanningData& data, const MeetingRequest& request)
{
    return meetingWith([&](const QDate&) { return data; }, request);
}

namespace {
/// The active staff and their hours, read once, and one day's appointments at a time: a search
/// nearly always ends on the first day tried.
DataFor fromDatabase(Database& db)
{
    PlanningData base;
    base.staff = StaffRepository(db).all(false);
    base.hours = AppointmentRepository(db).workingHours();
    return [&db, base](const QDate& day) {
        PlanningData d = base;
        d.appointments = AppointmentRepository(db).onDay(day);
        return d;
    };
}
} // namespace

Result<MeetingSlot> SlotPlanner::proposeMeeting(Database& db, const MeetingRequest& request)
{
    // Only the participants' appointments matter: a few rows each instead of the whole team's day.
    PlanningData base;
    base.staff = StaffRepository(db).all(false);
    base.hours = AppointmentRepository(db).workingHours();
    return meetingWith(
        [&db, &base, &request](const QDate& day) {
            PlanningData d = base;
            AppointmentRepository repo(db);
            for (const auto& id : request.staffIds) {
                d.appointments += repo.forStaff(id, day, day);
            }
            return d;
        },
        request);
}

Result<SlotProposal> SlotPlanner::propose(const PlanningData& data, const SlotRequest& req)
{
    return proposeWith([&](const QDate&) { return data; }, req);
}

Result<SlotProposal> SlotPlanner::propose(Database& db, const SlotRequest& request)
{
    return proposeWith(fromDatabase(db), request);
}

} // namespace samspil
