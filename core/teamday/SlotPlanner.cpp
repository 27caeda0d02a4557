#include "core/teamday/SlotPlanner.h"

#include "core/storage/AppointmentRepository.h"
#include "core/storage/StaffRepository.h"
#include "core/util/Dates.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <functional>

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
    return QDateTime(day, QTime(0, 0)).addSecs(qint64(minute) * 60);
}

struct Busy
{
    QDateTime start;
    QDateTime end;
};

bool overlapsAny(const QVector<Busy>& busy, const QDateTime& s, const QDateTime& e)
{
    return std::any_of(busy.cbegin(), busy.cend(), [&](const Busy& b) { return b.start < e && s < b.end; });
}

struct Found
{
    bool ok = false;
    Appointment talk;
};

/// The earliest slot with any staff member of the profession on `day`, given the citizen's busy times.
Found earliest(const PlanningData& data, const SlotRequest& req, const QDate& day, Profession p,
               const QVector<Busy>& citizenBusy)
{
    Found best;
    const int firstMinute = (req.notBefore.isValid() && req.notBefore.toLocalTime().date() == day)
        ? ((minuteOfDay(req.notBefore.toLocalTime().time()) + kStepMinutes - 1) / kStepMinutes) * kStepMinutes
        : 0;
    if (req.notBefore.isValid() && day < req.notBefore.toLocalTime().date()) {
        return best;
    }
    for (const auto& s : data.staff) {
        if (!s.active || s.profession != p) {
            continue;
        }
        QVector<Busy> staffBusy;
        for (const auto& a : data.appointments) {
            if (a.staffId == s.id && a.occupies()) {
                staffBusy.append({a.start, a.end});
            }
        }
        for (const auto& h : data.hours) {
            if (h.staffId != s.id || h.weekday != day.dayOfWeek() || !h.from.isValid() || !h.to.isValid()
                || h.to <= h.from) {
                continue; // hours across midnight are never stored; guarded here all the same
            }
            const int to = std::min(minuteOfDay(h.to), kMinutesPerDay);
            for (int m = std::max(minuteOfDay(h.from), firstMinute); m + req.minutes <= to; m += kStepMinutes) {
                const QDateTime start = at(day, m);
                const QDateTime end = at(day, m + req.minutes);
                if (best.ok && start >= best.talk.start) {
                    break;
                }
                if (overlapsAny(staffBusy, start, end) || overlapsAny(citizenBusy, start, end)) {
                    continue;
                }
                best.ok = true;
                best.talk.citizenId = req.citizenId;
                best.talk.staffId = s.id;
                best.talk.kind = *AppointmentKinds::talkFor(p);
                best.talk.start = start;
                best.talk.end = end;
                break;
            }
        }
    }
    return best;
}

/// The best team day on `day`: tries every order of the three professions and keeps the one
/// that ends earliest.
QVector<Appointment> bestOnDay(const PlanningData& data, const SlotRequest& req, const QDate& day)
{
    QVector<Busy> citizenBusy;
    for (const auto& a : data.appointments) {
        if (a.citizenId == req.citizenId && a.occupies()) {
            citizenBusy.append({a.start, a.end});
        }
    }
    std::array<int, 3> order = {0, 1, 2};
    QVector<Appointment> best;
    QDateTime bestEnd;
    do {
        QVector<Busy> busy = citizenBusy;
        QVector<Appointment> talks;
        for (int i : order) {
            const auto found = earliest(data, req, day, AppointmentKinds::teamDayProfessions().at(i), busy);
            if (!found.ok) {
                break;
            }
            talks.append(found.talk);
            busy.append({found.talk.start, found.talk.end});
        }
        if (talks.size() == 3) {
            QDateTime end;
            for (const auto& t : talks) {
                end = std::max(end, t.end);
            }
            if (best.isEmpty() || end < bestEnd) {
                best = talks;
                bestEnd = end;
            }
        }
    } while (std::next_permutation(order.begin(), order.end()));
    std::sort(best.begin(), best.end(), [](const Appointment& a, const Appointment& b) { return a.start < b.start; });
    return best;
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
        auto talks = bestOnDay(dataFor(day), req, day);
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

Result<SlotProposal> SlotPlanner::propose(const PlanningData& data, const SlotRequest& req)
{
    return proposeWith([&](const QDate&) { return data; }, req);
}

Result<SlotProposal> SlotPlanner::propose(Database& db, const SlotRequest& request)
{
    PlanningData base;
    base.staff = StaffRepository(db).all(false);
    AppointmentRepository repo(db);
    base.hours = repo.workingHours();
    // One day's appointments at a time: the search nearly always ends on the first day tried.
    return proposeWith(
        [&](const QDate& day) {
            PlanningData d = base;
            d.appointments = repo.onDay(day);
            return d;
        },
        request);
}

} // namespace samspil
