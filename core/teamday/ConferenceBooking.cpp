#include "ConferenceBooking.h"

#include "core/teamday/AppointmentRepository.h"
#include "core/citizen/CitizenRepository.h"
#include "core/teamday/ConferenceRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/teamday/SlotPlanner.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"

#include <algorithm>

namespace samspil {

namespace {
/// Per team-day profession, the newest talk that is planned, held or marked not needed.
QHash<Profession, Appointment> latestTalks(Database& db, const QString& citizenId)
{
    QHash<Profession, Appointment> out;
    for (const auto& a : AppointmentRepository(db).forCitizen(citizenId)) {
        if (!AppointmentKinds::isTalk(a.kind)
            || (a.status != AppointmentStatus::Planned && a.status != AppointmentStatus::Held
                && a.status != AppointmentStatus::NotNeeded)) {
            continue;
        }
        for (auto p : AppointmentKinds::teamDayProfessions()) {
            if (AppointmentKinds::talkFor(p) == a.kind && (!out.contains(p) || out.value(p).start <= a.start)) {
                out.insert(p, a);
            }
        }
    }
    return out;
}
/// The participants with no working hours at all, as a message that says where to set them;
/// empty when everyone has some.
QString withoutWorkingHours(Database& db, const QStringList& staffIds)
{
    AppointmentRepository appointments(db);
    StaffRepository staff(db);
    QStringList names;
    for (const auto& id : staffIds) {
        if (appointments.workingHours(id).isEmpty()) {
            const auto s = staff.get(id);
            names << (s ? s->name : id);
        }
    }
    if (names.isEmpty()) {
        return {};
    }
    return ConferenceBooking::tr("No time can be proposed: %1 has no working hours. Set them in Team ▸ Working "
                                 "hours…, or untick them.")
        .arg(names.join(QStringLiteral(", ")));
}
} // namespace

Result<QStringList> ConferenceBooking::defaultParticipants(Database& db, const QString& citizenId)
{
    const auto citizen = CitizenRepository(db).get(citizenId);
    if (!citizen) {
        return fail(tr("The citizen does not exist."));
    }
    const auto talks = latestTalks(db, citizenId);
    QStringList out;
    for (auto p : AppointmentKinds::teamDayProfessions()) {
        if (!talks.contains(p)) {
            return fail(tr("Book the team day first: the conference follows the talks with the physiotherapist, the "
                           "psychologist and the nurse."));
        }
        if (talks.value(p).status != AppointmentStatus::NotNeeded) {
            out << talks.value(p).staffId; // a profession whose talk was not needed has nothing to bring
        }
    }
    if (citizen->caseworkerId.isEmpty()) {
        return fail(tr("The citizen has no coordinating caseworker. Choose one on the citizen's page first."));
    }
    out << citizen->caseworkerId;
    out.removeDuplicates();
    return out;
}

QDateTime ConferenceBooking::talksEnd(Database& db, const QString& citizenId)
{
    QDateTime end;
    for (const auto& a : latestTalks(db, citizenId)) {
        if (a.status == AppointmentStatus::NotNeeded) {
            continue;
        }
        if (!end.isValid() || a.end > end) {
            end = a.end;
        }
    }
    return end;
}

ConferenceProposal ConferenceBooking::at(const ConferenceRequest& request, const QDateTime& start)
{
    ConferenceProposal p;
    p.start = start;
    p.end = start.addSecs(qint64(request.minutes) * 60);
    p.participants = request.participants;
    for (const auto& staffId : request.participants) {
        Appointment a;
        a.citizenId = request.citizenId;
        a.staffId = staffId;
        a.kind = AppointmentKind::Conference;
        a.start = p.start;
        a.end = p.end;
        a.place = request.place;
        p.appointments.append(a);
    }
    return p;
}

Result<ConferenceProposal> ConferenceBooking::propose(Database& db, const ConferenceRequest& request)
{
    if (request.withinDays < 0 || request.withinDays > 14) {
        return fail(tr("Look for a time within 0 to 14 days after the talks."));
    }
    if (const auto already = booked(db, request.citizenId); !already.isEmpty()) {
        return fail(tr("The conference is already booked for %1. Move or cancel it first.")
                        .arg(formatDateTime(already.first().start)));
    }
    const auto conferences = ConferenceRepository(db).forCitizen(request.citizenId);
    if (std::any_of(conferences.cbegin(), conferences.cend(), [](const Conference& c) { return c.concluded(); })) {
        return fail(tr("The conference has already been held and concluded."));
    }
    ConferenceRequest req = request;
    if (req.participants.isEmpty()) {
        auto who = defaultParticipants(db, req.citizenId);
        if (!who) {
            return Error{who.error()};
        }
        req.participants = who.value();
    }
    if (const auto why = FlowRules::whyNoConferenceYet(AppointmentRepository(db).forCitizen(req.citizenId));
        !why.isEmpty()) {
        return fail(why);
    }
    if (const auto why = withoutWorkingHours(db, req.participants); !why.isEmpty()) {
        return fail(why);
    }
    const QDateTime talksDone = talksEnd(db, req.citizenId);
    const QDateTime now = db.clock().now().toLocalTime();
    const QDateTime notBefore = talksDone.isValid() && talksDone > now ? talksDone : now;
    MeetingRequest meeting;
    meeting.staffIds = req.participants;
    meeting.minutes = req.minutes;
    meeting.notBefore = notBefore;
    meeting.lastDay = notBefore.date().addDays(req.withinDays);
    auto slot = SlotPlanner::proposeMeeting(db, meeting);
    if (!slot) {
        return Error{slot.error()};
    }
    ConferenceProposal p = at(req, slot->start);
    p.talksEnd = talksDone;
    return p;
}

Result<QVector<Appointment>> ConferenceBooking::book(Database& db, const ConferenceProposal& proposal,
                                                     const BookingOptions& options)
{
    if (proposal.appointments.isEmpty()) {
        return fail(tr("Choose the participants of the conference."));
    }
    if (const auto why
        = FlowRules::whyNoConferenceYet(AppointmentRepository(db).forCitizen(proposal.appointments.first().citizenId));
        !why.isEmpty()) {
        return fail(why);
    }
    if (const auto already = booked(db, proposal.appointments.first().citizenId); !already.isEmpty()) {
        return fail(tr("The conference is already booked for %1. Move or cancel it first.")
                        .arg(formatDateTime(already.first().start)));
    }
    QVector<Appointment> list = proposal.appointments;
    const QString bookingId = newUuid();
    for (auto& a : list) {
        a.kind = AppointmentKind::Conference;
        a.bookingId = bookingId;
    }
    return AppointmentRepository(db).book(list, options);
}

QVector<Appointment> ConferenceBooking::booked(Database& db, const QString& citizenId)
{
    QHash<QString, QVector<Appointment>> byBooking;
    QString newest;
    QDateTime newestStart;
    for (const auto& a : AppointmentRepository(db).forCitizen(citizenId)) {
        if (a.kind != AppointmentKind::Conference
            || (a.status != AppointmentStatus::Planned && a.status != AppointmentStatus::Held)) {
            continue;
        }
        const QString key = a.bookingId.isEmpty() ? a.id : a.bookingId;
        byBooking[key].append(a);
        if (!newestStart.isValid() || a.start >= newestStart) {
            newestStart = a.start;
            newest = key;
        }
    }
    auto out = byBooking.value(newest);
    std::sort(out.begin(), out.end(), [](const Appointment& a, const Appointment& b) { return a.staffId < b.staffId; });
    return out;
}

} // namespace samspil
