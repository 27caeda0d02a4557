#include "AppointmentRepository.h"

#include "core/citizen/CitizenRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Select.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"

#include <QSqlQuery>
#include <algorithm>

namespace samspil {

namespace {

const QString kColumns = QStringLiteral(
    "id, citizen_id, staff_id, kind, starts_at, ends_at, place, status, booking_id, late, booked_by, override_reason");

QDateTime readTime(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toLocalTime();
}

Appointment readAppointment(const QSqlQuery& q)
{
    Appointment a;
    a.id = q.value(0).toString();
    a.citizenId = q.value(1).toString();
    a.staffId = q.value(2).toString();
    a.kind = AppointmentKinds::fromCode(q.value(3).toString()).value_or(AppointmentKind::FollowUp);
    a.start = readTime(q.value(4));
    a.end = readTime(q.value(5));
    a.place = q.value(6).toString();
    a.status = AppointmentStatuses::fromCode(q.value(7).toString()).value_or(AppointmentStatus::Planned);
    a.bookingId = q.value(8).toString();
    a.late = q.value(9).toLongLong() != 0;
    a.bookedBy = q.value(10).toString();
    a.overrideReason = q.value(11).toString();
    return a;
}

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// The live appointments that match `where` (" AND …", then an order).
Result<QVector<Appointment>> readAppointments(Database& db, const QString& where, const QVariantList& binds)
{
    return select<Appointment>(db, QStringLiteral("SELECT %1 FROM appointment WHERE deleted_at IS NULL%2").arg(kColumns, where), binds,
                               readAppointment);
}

/// The live appointment with this id; nothing when there is none, an error when the read failed.
Result<std::optional<Appointment>> findAppointment(Database& db, const QString& id)
{
    return selectOne<Appointment>(db, QStringLiteral("SELECT %1 FROM appointment WHERE id = ? AND deleted_at IS NULL").arg(kColumns),
                                  {id}, readAppointment);
}

/// A time of day stored as "HH:mm"; invalid when it is not one.
QTime readHhmm(const QVariant& v)
{
    const QString s = v.toString();
    const auto digit = [&](int i) { return int(s.at(i).unicode()) - '0'; };
    const auto isDigit = [&](int i) { return digit(i) >= 0 && digit(i) <= 9; };
    if (s.size() != 5 || s.at(2) != QLatin1Char(':') || !isDigit(0) || !isDigit(1) || !isDigit(3) || !isDigit(4)) {
        return {};
    }
    return QTime(digit(0) * 10 + digit(1), digit(3) * 10 + digit(4)); // 25:00 is invalid, as fromString has it
}

WorkingHours readHours(const QSqlQuery& q)
{
    WorkingHours h;
    h.id = q.value(0).toString();
    h.staffId = q.value(1).toString();
    h.weekday = q.value(2).toInt();
    h.from = readHhmm(q.value(3));
    h.to = readHhmm(q.value(4));
    return h;
}

/// The live working hours of one staff member (by the index on staff), or of everyone when
/// `staffId` is empty.
Result<QVector<WorkingHours>> readWorkingHours(Database& db, const QString& staffId)
{
    if (staffId.isEmpty()) {
        return select<WorkingHours>(db,
                                    QStringLiteral("SELECT id, staff_id, weekday, time_from, time_to FROM working_hours "
                                                   "WHERE deleted_at IS NULL ORDER BY staff_id, weekday, time_from"),
                                    {}, readHours);
    }
    return select<WorkingHours>(db,
                                QStringLiteral("SELECT id, staff_id, weekday, time_from, time_to FROM working_hours "
                                               "WHERE deleted_at IS NULL AND staff_id = ? ORDER BY weekday, time_from"),
                                {staffId}, readHours);
}

QString hhmm(const QDateTime& t)
{
    return t.time().toString(QStringLiteral("HH:mm"));
}

} // namespace

QVector<WorkingHours> AppointmentRepository::workingHours(const QString& staffId) const
{
    return valueOrWarn(readWorkingHours(m_db, staffId), "AppointmentRepository::workingHours");
}

Status AppointmentRepository::setWorkingHours(const QString& staffId, int weekday, const QTime& from, const QTime& to)
{
    if (!StaffRepository(m_db).get(staffId)) {
        return fail(tr("The staff member does not exist."));
    }
    if (weekday < 1 || weekday > 7) {
        return fail(tr("The weekday must be 1 (Monday) to 7 (Sunday)."));
    }
    const bool remove = !from.isValid() && !to.isValid();
    if (!remove && (!from.isValid() || !to.isValid() || to <= from)) {
        return fail(tr("Working hours must end after they start, on the same day (hours across midnight are not "
                       "supported)."));
    }
    const auto stored = readWorkingHours(m_db, staffId);
    if (!stored) {
        return Error{stored.error()};
    }
    auto tx = m_db.transaction();
    for (const auto& h : stored.value()) {
        if (h.weekday == weekday) {
            if (auto s = m_db.softDelete(QStringLiteral("working_hours"), h.id); !s) {
                return s;
            }
        }
    }
    if (!remove) {
        auto w = m_db.write(QStringLiteral("working_hours"), newUuid(),
                            {{QStringLiteral("staff_id"), staffId},
                             {QStringLiteral("weekday"), weekday},
                             {QStringLiteral("time_from"), from.toString(QStringLiteral("HH:mm"))},
                             {QStringLiteral("time_to"), to.toString(QStringLiteral("HH:mm"))}});
        if (!w) {
            return Error{w.error()};
        }
    }
    return tx.commit();
}

Status AppointmentRepository::replaceWorkingHours(const QHash<QString, QVector<WorkingHours>>& weeks)
{
    StaffRepository staff(m_db);
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
        const auto s = staff.get(it.key());
        if (!s) {
            return fail(tr("The staff member does not exist."));
        }
        if (const auto p = WorkingHoursRules::problems(it.value()); !p.isEmpty()) {
            return fail(tr("The working hours of %1 are not saved: %2").arg(s->name, p.join(QLatin1Char(' '))));
        }
    }
    auto tx = m_db.transaction();
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
        QVector<WorkingHours> wanted = it.value();
        const auto stored = readWorkingHours(m_db, it.key());
        if (!stored) {
            return Error{stored.error()};
        }
        for (const auto& h : stored.value()) {
            const auto same
                = std::find_if(wanted.begin(), wanted.end(), [&](const WorkingHours& w) { return w.sameTimes(h); });
            if (same != wanted.end()) {
                wanted.erase(same); // kept as it is
            } else if (auto d = m_db.softDelete(QStringLiteral("working_hours"), h.id); !d) {
                return d;
            }
        }
        for (const auto& h : wanted) {
            auto w = m_db.insertNew(QStringLiteral("working_hours"),
                                    newUuid(),
                                    {{QStringLiteral("staff_id"), it.key()},
                                     {QStringLiteral("weekday"), h.weekday},
                                     {QStringLiteral("time_from"), h.from.toString(QStringLiteral("HH:mm"))},
                                     {QStringLiteral("time_to"), h.to.toString(QStringLiteral("HH:mm"))}});
            if (!w) {
                return Error{w.error()};
            }
        }
    }
    return tx.commit();
}

std::optional<Appointment> AppointmentRepository::get(const QString& id) const
{
    return valueOrWarn(findAppointment(m_db, id), "AppointmentRepository::get");
}

QVector<Appointment> AppointmentRepository::onDay(const QDate& day) const
{
    return valueOrWarn(readAppointments(m_db, QStringLiteral(" AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, staff_id, id"),
                                        {utc(QDateTime(day, QTime(0, 0))), utc(QDateTime(day.addDays(1), QTime(0, 0)))}),
                       "AppointmentRepository::onDay");
}

QVector<Appointment> AppointmentRepository::forCitizen(const QString& citizenId) const
{
    return valueOrWarn(readAppointments(m_db, QStringLiteral(" AND citizen_id = ? ORDER BY starts_at, id"), {citizenId}),
                       "AppointmentRepository::forCitizen");
}

QVector<Appointment> AppointmentRepository::forStaff(const QString& staffId, const QDate& from, const QDate& to) const
{
    return valueOrWarn(readAppointments(m_db, QStringLiteral(" AND staff_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id"),
                                        {staffId, utc(QDateTime(from, QTime(0, 0))), utc(QDateTime(to.addDays(1), QTime(0, 0)))}),
                       "AppointmentRepository::forStaff");
}

QVector<Appointment> AppointmentRepository::all() const
{
    return valueOrWarn(readAppointments(m_db, QStringLiteral(" ORDER BY starts_at, id"), {}), "AppointmentRepository::all");
}

QVector<Appointment> AppointmentRepository::planned() const
{
    // readAppointment reads a status it does not know (or none) as planned: so does this.
    QVariantList others;
    QStringList marks;
    for (const AppointmentStatus s : AppointmentStatuses::all()) {
        if (s != AppointmentStatus::Planned) {
            others << AppointmentStatuses::code(s);
            marks << QStringLiteral("?");
        }
    }
    return valueOrWarn(readAppointments(m_db,
                                        QStringLiteral(" AND (status IS NULL OR status NOT IN (%1)) ORDER BY starts_at, id")
                                            .arg(marks.join(QLatin1String(", "))),
                                        others),
                       "AppointmentRepository::planned");
}

struct AppointmentRepository::Lookups
{
    QHash<QString, bool> citizenExists;
    QHash<QString, std::optional<Staff>> staff;
    QHash<QString, QVector<WorkingHours>> hours;

    bool citizen(Database& db, const QString& id)
    {
        auto it = citizenExists.find(id);
        if (it == citizenExists.end()) {
            it = citizenExists.insert(id, CitizenRepository(db).get(id).has_value());
        }
        return it.value();
    }
    const std::optional<Staff>& member(Database& db, const QString& id)
    {
        auto it = staff.find(id);
        if (it == staff.end()) {
            it = staff.insert(id, StaffRepository(db).get(id));
        }
        return it.value();
    }
    const QVector<WorkingHours>& hoursOf(const AppointmentRepository& repo, const QString& staffId)
    {
        auto it = hours.find(staffId);
        if (it == hours.end()) {
            it = hours.insert(staffId, repo.workingHours(staffId));
        }
        return it.value();
    }
};

QStringList AppointmentRepository::validate(const Appointment& a) const
{
    Lookups seen;
    return validate(a, seen);
}

QStringList AppointmentRepository::validate(const Appointment& a, Lookups& seen) const
{
    QStringList out;
    if (!seen.citizen(m_db, a.citizenId)) {
        out << tr("The citizen does not exist.");
    }
    const auto& staff = seen.member(m_db, a.staffId);
    if (!staff) {
        out << tr("Choose a staff member for the appointment.");
    }
    if (!a.start.isValid() || !a.end.isValid()) {
        out << tr("The appointment needs a start and an end time.");
        return out;
    }
    if (a.end <= a.start) {
        out << tr("The appointment must end after it starts.");
        return out;
    }
    if (a.end.date() != a.start.date() && a.end.time() != QTime(0, 0)) {
        out << tr("An appointment cannot run past midnight.");
        return out;
    }
    return out;
}

QStringList AppointmentRepository::timingProblems(const Appointment& a, const QDateTime& bookedAt) const
{
    Lookups seen;
    return timingProblems(a, bookedAt, seen);
}

QStringList AppointmentRepository::timingProblems(const Appointment& a, const QDateTime& bookedAt, Lookups& seen) const
{
    const auto& staff = seen.member(m_db, a.staffId);
    if (!staff) {
        return {};
    }
    const QDateTime when = bookedAt.isValid() ? bookedAt : m_db.clock().now();
    return FlowRules::timingProblems(a, staff->name, seen.hoursOf(*this, staff->id), when.toLocalTime());
}

QString AppointmentRepository::clash(const Appointment& a, const QVector<Appointment>& others) const
{
    QVector<Appointment> candidates = others;
    // Only appointments that start at most kLongestAppointmentSecs before this one can reach it:
    // the bound keeps the read to the days around it (the indexes on staff and citizen are by
    // start), however many appointments came before.
    const auto stored = readAppointments(m_db, QStringLiteral(" AND (staff_id = ? OR citizen_id = ?) AND starts_at >= ? AND starts_at < ?"
                                                              " AND ends_at > ? ORDER BY starts_at, id"),
                                         {a.staffId, a.citizenId, utc(a.start.addSecs(-kLongestAppointmentSecs)),
                                          utc(a.end), utc(a.start)});
    if (!stored) {
        return stored.error(); // refused: whether it clashes is not known
    }
    candidates += stored.value();
    StaffRepository staff(m_db);
    for (const auto& o : candidates) {
        if ((!a.id.isEmpty() && o.id == a.id) || !o.occupies() || !o.overlaps(a.start, a.end)) {
            continue;
        }
        const auto when = tr("%1 %2–%3").arg(formatDate(o.start.date()), hhmm(o.start), hhmm(o.end));
        if (o.staffId == a.staffId) {
            const auto s = staff.get(o.staffId);
            return tr("Double booking: %1 already has an appointment (%2) at %3.")
                .arg(s ? s->name : tr("the staff member"), AppointmentKinds::label(o.kind).toLower(), when);
        }
        if (o.citizenId == a.citizenId && AppointmentKinds::citizenAttends(a.kind)
            && AppointmentKinds::citizenAttends(o.kind)) {
            const auto s = staff.get(o.staffId);
            return tr("Double booking: the citizen already has an appointment (%1) with %2 at %3.")
                .arg(AppointmentKinds::label(o.kind).toLower(), s ? s->name : tr("a staff member"), when);
        }
    }
    return {};
}

Result<QVector<Appointment>> AppointmentRepository::book(QVector<Appointment> appointments, const BookingOptions& options)
{
    if (appointments.isEmpty()) {
        return fail(tr("There is nothing to book."));
    }
    const QDateTime now = m_db.clock().now();
    if (options.bookedAt.isValid() && options.bookedAt > now) {
        return fail(tr("A booking is made now or was made earlier, never in the future."));
    }
    const QString reason = options.overrideReason.trimmed();
    QStringList problems;
    QStringList timing;
    Lookups seen; // the citizen, the staff members and their hours, read once for the whole booking
    for (int i = 0; i < appointments.size(); ++i) {
        for (const auto& p : validate(appointments[i], seen)) {
            if (!problems.contains(p)) {
                problems << p;
            }
        }
        for (const auto& p : timingProblems(appointments[i], options.bookedAt, seen)) {
            if (!timing.contains(p)) {
                timing << p;
            }
        }
    }
    if (!problems.isEmpty()) {
        return fail(problems.join(QLatin1Char('\n')));
    }
    if (!timing.isEmpty() && reason.isEmpty()) {
        return fail(timing.join(QLatin1Char('\n')));
    }
    for (int i = 0; i < appointments.size(); ++i) {
        const auto earlier = appointments.mid(0, i);
        if (const auto c = clash(appointments[i], earlier); !c.isEmpty()) {
            return fail(c);
        }
    }
    const QString bookingId = appointments.size() > 1 ? newUuid() : QString();
    auto tx = m_db.transaction();
    for (auto& a : appointments) {
        a.id = newUuid();
        a.status = AppointmentStatus::Planned;
        if (a.bookingId.isEmpty()) {
            a.bookingId = bookingId;
        }
        if (a.bookedBy.isEmpty()) {
            a.bookedBy = m_db.actor();
        }
        a.overrideReason = timing.isEmpty() ? QString() : reason;
        auto w = m_db.insertNew(QStringLiteral("appointment"), a.id,
                                {{QStringLiteral("citizen_id"), a.citizenId},
                                 {QStringLiteral("staff_id"), a.staffId},
                                 {QStringLiteral("kind"), AppointmentKinds::code(a.kind)},
                                 {QStringLiteral("starts_at"), a.start},
                                 {QStringLiteral("ends_at"), a.end},
                                 {QStringLiteral("place"), a.place.trimmed()},
                                 {QStringLiteral("status"), AppointmentStatuses::code(a.status)},
                                 {QStringLiteral("booking_id"), a.bookingId},
                                 {QStringLiteral("late"), a.late},
                                 {QStringLiteral("booked_by"), a.bookedBy},
                                 {QStringLiteral("booked_at"), options.bookedAt.isValid() ? options.bookedAt.toUTC() : now},
                                 {QStringLiteral("override_reason"), a.overrideReason}});
        if (!w) {
            return Error{w.error()};
        }
    }
    if (auto c = tx.commit(); !c) {
        return Error{c.error()};
    }
    return appointments;
}

Status AppointmentRepository::setStatus(const QString& id, AppointmentStatus status)
{
    return setStatus(QStringList{id}, status);
}

Status AppointmentRepository::setStatus(const QStringList& ids, AppointmentStatus status)
{
    // Read once per citizen for a conference marked held: their appointments and signed notes.
    QHash<QString, QString> whyNotHeld;
    QVector<Appointment> retaken; // freed ones taking their time again, so far in this call
    for (const auto& id : ids) {
        const auto found = findAppointment(m_db, id);
        if (!found) {
            return Error{found.error()};
        }
        const auto& a = found.value();
        if (!a) {
            return fail(tr("The appointment does not exist."));
        }
        if (status == AppointmentStatus::NotNeeded) {
            if (!AppointmentKinds::isTalk(a->kind)) {
                return fail(tr("Only a team-day talk (physiotherapist, psychologist, nurse) can be marked not needed."));
            }
            if (a->status == AppointmentStatus::Held) {
                return fail(tr("The talk is marked held, so it was needed; it cannot be marked not needed."));
            }
        }
        if (!a->occupies() && status != AppointmentStatus::Cancelled && status != AppointmentStatus::NotNeeded) {
            // Its time was freed: taking it again must not clash with what was booked since.
            Appointment again = *a;
            again.status = status;
            if (const auto c = clash(again, retaken); !c.isEmpty()) {
                return fail(c);
            }
            retaken.append(again);
        }
        if ((status == AppointmentStatus::Held || status == AppointmentStatus::NoShow)
            && a->start > m_db.clock().now().toLocalTime()) {
            return fail(tr("The appointment %1 has not started yet; it can be marked held or no-show from then on.")
                            .arg(formatDateTime(a->start)));
        }
        if (status == AppointmentStatus::Held && a->kind == AppointmentKind::Conference) {
            if (!whyNotHeld.contains(a->citizenId)) {
                whyNotHeld.insert(a->citizenId,
                                  FlowRules::whyConferenceCannotBeHeld(forCitizen(a->citizenId),
                                                                       NoteRepository(m_db).currentSigned(a->citizenId)));
            }
            if (const auto why = whyNotHeld.value(a->citizenId); !why.isEmpty()) {
                return fail(why);
            }
        }
    }
    auto tx = m_db.transaction();
    for (const auto& id : ids) {
        auto w = m_db.write(QStringLiteral("appointment"), id, {{QStringLiteral("status"), AppointmentStatuses::code(status)}});
        if (!w) {
            return Error{w.error()};
        }
    }
    return tx.commit();
}

Status AppointmentRepository::reschedule(const QString& id, const QDateTime& start, const QDateTime& end, const QString& place,
                                         const QString& overrideReason)
{
    auto found = findAppointment(m_db, id);
    if (!found) {
        return Error{found.error()};
    }
    auto& a = found.value();
    if (!a) {
        return fail(tr("The appointment does not exist."));
    }
    a->start = start;
    a->end = end;
    a->place = place;
    Lookups seen;
    if (const auto p = validate(*a, seen); !p.isEmpty()) {
        return fail(p.join(QLatin1Char('\n')));
    }
    const auto timing = timingProblems(*a, {}, seen);
    if (!timing.isEmpty() && overrideReason.trimmed().isEmpty()) {
        return fail(timing.join(QLatin1Char('\n')));
    }
    if (const auto c = clash(*a); !c.isEmpty()) {
        return fail(c);
    }
    auto tx = m_db.transaction();
    auto w = m_db.write(QStringLiteral("appointment"), id,
                        {{QStringLiteral("starts_at"), start},
                         {QStringLiteral("ends_at"), end},
                         {QStringLiteral("place"), place.trimmed()},
                         {QStringLiteral("override_reason"), timing.isEmpty() ? QString() : overrideReason.trimmed()}});
    if (!w) {
        return Error{w.error()};
    }
    return tx.commit();
}

int AppointmentRepository::countWithMissingReferences() const
{
    return int(valueOrWarn(selectNumber(m_db, QStringLiteral("SELECT count(*) FROM appointment a WHERE a.deleted_at IS NULL AND ("
                                                             " NOT EXISTS (SELECT 1 FROM citizen c WHERE c.id = a.citizen_id) OR"
                                                             " NOT EXISTS (SELECT 1 FROM staff s WHERE s.id = a.staff_id))")),
                           "AppointmentRepository::countWithMissingReferences", qint64(-1)));
}

int AppointmentRepository::countDoubleBookings() const
{
    // The citizen does not attend the conference (AppointmentKinds::citizenAttends), so the four
    // conference appointments of one citizen are no double booking of the citizen.
    int total = 0;
    for (const char* who : {"staff_id", "citizen_id"}) {
        const bool citizen = QLatin1String(who) == QLatin1String("citizen_id");
        const QString sql
            = QStringLiteral("SELECT count(*) FROM appointment a JOIN appointment b ON b.%1 = a.%1 AND b.id > a.id"
                             " AND b.starts_at < a.ends_at AND a.starts_at < b.ends_at"
                             " WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL"
                             " AND a.status <> 'cancelled' AND b.status <> 'cancelled'%2")
                  .arg(QLatin1String(who),
                       citizen ? QStringLiteral(" AND a.kind <> 'conference' AND b.kind <> 'conference'") : QString());
        const auto pairs = valueOrWarn(selectNumber(m_db, sql), "AppointmentRepository::countDoubleBookings", qint64(-1));
        if (pairs < 0) {
            return -1;
        }
        total += int(pairs);
    }
    return total;
}

} // namespace samspil
