#include "FlowRules.h"

#include "core/util/Dates.h"

#include <algorithm>

namespace samspil {

namespace {

QString hhmm(const QDateTime& t)
{
    return t.time().toString(QStringLiteral("HH:mm"));
}

/// The newest talk of this profession that is planned, held or marked not needed (a rebooked
/// talk replaces a cancelled or missed one); nothing when none is.
std::optional<Appointment> newestTalk(const QVector<Appointment>& appointments, Profession p)
{
    std::optional<Appointment> out;
    for (const auto& a : appointments) {
        if (AppointmentKinds::talkFor(p) == a.kind
            && (a.status == AppointmentStatus::Planned || a.status == AppointmentStatus::Held
                || a.status == AppointmentStatus::NotNeeded)
            && (!out || out->start <= a.start)) {
            out = a;
        }
    }
    return out;
}

} // namespace

QStringList FlowRules::timingProblems(const Appointment& a, const QString& staffName,
                                      const QVector<WorkingHours>& staffHours, const QDateTime& bookedAt)
{
    QStringList out;
    if (!a.start.isValid() || !a.end.isValid()) {
        return out;
    }
    if (bookedAt.isValid() && a.start < bookedAt) {
        out << tr("%1 %2 has already passed; an appointment is booked ahead.")
                   .arg(formatDate(a.start.date()), hhmm(a.start));
    }
    if (staffHours.isEmpty()) {
        out << tr("%1 has no working hours, so nothing can be booked with them. Set them in Team ▸ Working "
                  "hours….")
                   .arg(staffName);
        return out;
    }
    const int wd = a.start.date().dayOfWeek();
    const bool inside = std::any_of(staffHours.cbegin(), staffHours.cend(), [&](const WorkingHours& h) {
        return h.weekday == wd && h.from <= a.start.time() && a.end.date() == a.start.date() && a.end.time() <= h.to;
    });
    if (!inside) {
        out << tr("%1 does not work at %2–%3 on %4.")
                   .arg(staffName, hhmm(a.start), hhmm(a.end), formatDate(a.start.date()));
    }
    return out;
}

QString FlowRules::whyNotSignable(const IcfNote& note, const QVector<Appointment>& citizenAppointments)
{
    if (!note.appointmentId.isEmpty()) {
        const auto talk = std::find_if(citizenAppointments.cbegin(), citizenAppointments.cend(),
                                       [&](const Appointment& a) { return a.id == note.appointmentId; });
        if (talk != citizenAppointments.cend()) {
            if (talk->status == AppointmentStatus::Held) {
                return {};
            }
            return tr("The note is signed after its talk is held: the talk on %1 %2 is marked \"%3\". Mark it held "
                      "on the Team day tab once it has taken place.")
                .arg(formatDate(talk->start.date()), hhmm(talk->start), AppointmentStatuses::label(talk->status));
        }
    }
    const bool held = std::any_of(citizenAppointments.cbegin(), citizenAppointments.cend(), [&](const Appointment& a) {
        return a.staffId == note.authorId && a.status == AppointmentStatus::Held
            && AppointmentKinds::citizenAttends(a.kind);
    });
    if (held) {
        return {};
    }
    return tr("The note is signed after the talk: no talk between its author and the citizen is marked held yet. "
              "Mark the talk held on the Team day tab once it has taken place.");
}

bool FlowRules::notNeeded(const QVector<Appointment>& citizenAppointments, Profession p)
{
    const auto talk = newestTalk(citizenAppointments, p);
    return talk && talk->status == AppointmentStatus::NotNeeded;
}

QString FlowRules::whyNoConferenceYet(const QVector<Appointment>& citizenAppointments)
{
    QStringList missing;
    for (auto p : AppointmentKinds::teamDayProfessions()) {
        const auto talk = newestTalk(citizenAppointments, p);
        if (!talk) {
            missing << tr("%1: not booked").arg(Professions::label(p));
        } else if (talk->status != AppointmentStatus::Held && talk->status != AppointmentStatus::NotNeeded) {
            missing << tr("%1: %2 %3, %4")
                           .arg(Professions::label(p), formatDate(talk->start.date()), hhmm(talk->start),
                                AppointmentStatuses::label(talk->status).toLower());
        }
    }
    if (missing.isEmpty()) {
        return {};
    }
    return tr("The conference follows the three talks, and not all are held yet (%1). Mark each talk held on the "
              "Team day tab once it has taken place.")
        .arg(missing.join(QStringLiteral("; ")));
}

QString FlowRules::whyConferenceCannotBeHeld(const QVector<Appointment>& citizenAppointments,
                                             const QVector<IcfNote>& currentSigned)
{
    if (const auto talks = whyNoConferenceYet(citizenAppointments); !talks.isEmpty()) {
        return talks;
    }
    QStringList missing;
    for (auto p : AppointmentKinds::teamDayProfessions()) {
        const QString code = Professions::code(p);
        if (notNeeded(citizenAppointments, p)) {
            continue; // no talk, so no note
        }
        if (std::none_of(currentSigned.cbegin(), currentSigned.cend(),
                         [&](const IcfNote& n) { return n.profession == code; })) {
            missing << Professions::label(p).toLower();
        }
    }
    if (missing.isEmpty()) {
        return {};
    }
    return tr("The conference is held on the three signed notes, and these are not signed yet: %1.")
        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace samspil
