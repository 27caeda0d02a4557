#include "TeamDayModule.h"

#include "core/demo/DemoData.h"
#include "core/plan/Tracks.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/citizen/CitizenRepository.h"
#include "core/teamday/ConferenceRepository.h"
#include "core/teamday/ConsentRepository.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/teamday/NoteRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/teamday/TeamDayQueries.h"
#include "core/teamday/ConferenceBooking.h"
#include "core/teamday/SlotPlanner.h"
#include "core/workflow/PlanDraft.h"
#include "core/util/Dates.h"

#include <algorithm>
#include <array>
#include <memory>

namespace samspil {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamDayModule)
};

const QString kBooked = QStringLiteral("team_day_booked");
const QString kHeld = QStringLiteral("team_day_held");
const QString kNotes = QStringLiteral("notes_signed");
const QString kConference = QStringLiteral("conference_held");
const QString kConferenceBooked = QStringLiteral("conference_booked");
const QString kPlan = QStringLiteral("plan_drafted");

bool teamDayCitizen(const CitizenFacts& f)
{
    return f.screening && f.screening->risk != Risk::Low;
}

// --- workflow facts and rules ------------------------------------------------------------

/// Talks: booked when one is planned or held; held when each of the three kinds is held or its
/// newest talk is marked not needed (FlowRules::notNeeded: the flow does not wait for it).
/// Returns, per citizen, the professions whose talk is not needed.
QHash<QString, QSet<QString>> talkFacts(Database& db, QHash<QString, CitizenFacts>& facts, const QString& onlyCitizen)
{
    QHash<QString, QHash<AppointmentKind, TeamDayQueries::Talk>> newest;
    QHash<QString, QHash<AppointmentKind, QDate>> held;
    for (const auto& a : TeamDayQueries::talks(db, onlyCitizen)) {
        auto f = facts.find(a.citizenId);
        if (f == facts.end()) {
            continue;
        }
        if (!f->milestones.contains(kBooked) || a.day < f->milestones.value(kBooked)) {
            f->milestones.insert(kBooked, a.day);
        }
        if (a.status == AppointmentStatus::Held) {
            auto& h = held[a.citizenId];
            h.insert(a.kind, std::max(h.value(a.kind), a.day));
        }
        auto& n = newest[a.citizenId];
        if (!n.contains(a.kind) || n.value(a.kind).day <= a.day) {
            n.insert(a.kind, a);
        }
    }
    QHash<QString, QSet<QString>> notNeeded; // citizen -> professions whose talk is not needed
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        for (auto k = it->cbegin(); k != it->cend(); ++k) {
            newest[it.key()].remove(k.key()); // held: the talk took place, whatever came after
        }
    }
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        const auto heldKinds = held.value(it.key());
        QDate last;
        for (const auto& d : heldKinds) {
            last = std::max(last, d);
        }
        int done = int(heldKinds.size());
        for (const auto& t : *it) {
            if (t.status == AppointmentStatus::NotNeeded) {
                ++done;
                for (auto p : AppointmentKinds::teamDayProfessions()) {
                    if (AppointmentKinds::talkFor(p) == t.kind) {
                        notNeeded[it.key()].insert(Professions::code(p));
                    }
                }
            }
        }
        if (done == 3) {
            // Held the day of the last talk held (or, with none held, the day they were booked for).
            facts[it.key()].milestones.insert(kHeld, last.isValid() ? last : facts[it.key()].milestones.value(kBooked));
        }
    }
    return notNeeded;
}

/// Notes: a signed note from each of the three professions whose talk was needed.
void noteFacts(Database& db, QHash<QString, CitizenFacts>& facts, const QString& onlyCitizen,
               const QHash<QString, QSet<QString>>& notNeeded)
{
    // A signed note from each of the three professions (a signed amendment replaces the
    // version it amends; the date counts from the first signature of each profession).
    QHash<QString, QHash<QString, QDate>> firstSigned;
    for (const auto& n : TeamDayQueries::signedNotes(db, onlyCitizen)) {
        if (!facts.contains(n.citizenId)) {
            continue;
        }
        auto& byProfession = firstSigned[n.citizenId];
        if (!byProfession.contains(n.profession) || n.signedOn < byProfession.value(n.profession)) {
            byProfession.insert(n.profession, n.signedOn);
        }
    }
    // A profession whose talk is not needed signs no note.
    QSet<QString> withNotes(notNeeded.keyBegin(), notNeeded.keyEnd());
    for (auto it = firstSigned.cbegin(); it != firstSigned.cend(); ++it) {
        withNotes.insert(it.key());
    }
    for (const QString& citizenId : withNotes) {
        const auto signedBy = firstSigned.value(citizenId);
        const auto skipped = notNeeded.value(citizenId);
        QDate last;
        bool all = true;
        for (auto p : AppointmentKinds::teamDayProfessions()) {
            const QString code = Professions::code(p);
            if (skipped.contains(code)) {
                continue;
            }
            all = all && signedBy.contains(code);
            last = std::max(last, signedBy.value(code));
        }
        auto f = facts.find(citizenId);
        if (all && f != facts.end() && (last.isValid() || f->milestones.contains(kHeld))) {
            f->milestones.insert(kNotes, last.isValid() ? last : f->milestones.value(kHeld));
        }
    }
}

void teamDayFacts(Database& db, QHash<QString, CitizenFacts>& facts, const QString& onlyCitizen, FactsByproducts*)
{
    noteFacts(db, facts, onlyCitizen, talkFacts(db, facts, onlyCitizen));
    // Conference booked: the day of the newest booked (or held) conference appointment.
    for (const auto& a : TeamDayQueries::conferenceAppointments(db, onlyCitizen)) {
        auto f = facts.find(a.citizenId);
        if (f != facts.end()
            && (!f->milestones.contains(kConferenceBooked) || a.day > f->milestones.value(kConferenceBooked))) {
            f->milestones.insert(kConferenceBooked, a.day);
        }
    }
    // Conference concluded, and the draft plan it created.
    for (const auto& c : TeamDayQueries::concludedConferences(db, onlyCitizen)) {
        auto f = facts.find(c.citizenId);
        if (f == facts.end()) {
            continue;
        }
        if (!f->milestones.contains(kConference) || c.heldOn > f->milestones.value(kConference)) {
            f->milestones.insert(kConference, c.heldOn);
        }
        if (c.planCreated && !f->milestones.contains(kPlan)) {
            f->milestones.insert(kPlan, c.concludedOn);
        }
    }
}

std::optional<NextStep> bookingRule(const CitizenFacts& f)
{
    if (!teamDayCitizen(f) || f.milestones.contains(kBooked) || f.milestones.contains(kHeld)) {
        return std::nullopt;
    }
    return NextStep{QStringLiteral("team_day_booking"), Tr::tr("Book team day"),
                    localDate(f.screening->screenedAt)};
}

std::optional<NextStep> talksRule(const CitizenFacts& f)
{
    if (!teamDayCitizen(f) || f.milestones.contains(kHeld) || !f.milestones.contains(kBooked)) {
        return std::nullopt;
    }
    return NextStep{QStringLiteral("team_day_talks"), Tr::tr("Team day talks"), f.milestones.value(kBooked)};
}

std::optional<NextStep> notesRule(const CitizenFacts& f)
{
    if (!teamDayCitizen(f) || !f.milestones.contains(kHeld) || f.milestones.contains(kNotes)
        || f.milestones.contains(kConference)) {
        return std::nullopt;
    }
    return NextStep{QStringLiteral("notes"), Tr::tr("Sign professional notes"),
                    f.milestones.value(kHeld).addDays(TeamDayDeadlines::kNotesDays)};
}

std::optional<NextStep> conferenceRule(const CitizenFacts& f)
{
    if (!teamDayCitizen(f) || !f.milestones.contains(kNotes) || f.milestones.contains(kConference)) {
        return std::nullopt;
    }
    if (f.milestones.contains(kConferenceBooked)) {
        // Booked: the step is due the day it is booked for.
        return NextStep{QStringLiteral("conference"),
                        Tr::tr("Interdisciplinary conference (booked)"),
                        f.milestones.value(kConferenceBooked)};
    }
    const QDate base = f.milestones.contains(kHeld) ? f.milestones.value(kHeld) : f.milestones.value(kNotes);
    return NextStep{QStringLiteral("conference"), Tr::tr("Interdisciplinary conference"),
                    base.addDays(TeamDayDeadlines::kConferenceDays)};
}

std::optional<NextStep> planRule(const CitizenFacts& f)
{
    if (!teamDayCitizen(f) || !f.milestones.contains(kConference) || f.milestones.contains(kPlan)) {
        return std::nullopt;
    }
    return NextStep{QStringLiteral("plan_draft"), Tr::tr("Draft intervention plan"), f.milestones.value(kConference)};
}

// --- demo ----------------------------------------------------------------------------------

const std::array<const char*, 4> kJobMeaning = {
    "Kan ikke vende tilbage til tungt fysisk arbejde nu; lettere opgaver på nedsat tid er realistiske.",
    "Behov for gradvis optrapning og faste pauser; arbejdspladsen bør kende planen.",
    "Uddannelse er en mulighed, men søvn og energi skal stabiliseres først.",
    "Borgeren kan arbejde i en virksomhedspraktik med mentor fra første uge.",
};
const std::array<const char*, 3> kPersonal = {
    "Motiveret, vil gerne tilbage; bekymret for økonomien.",
    "Har tidligere klaret svære perioder; ønsker selv at styre tempoet.",
    "Usikker på egne kræfter efter længere tids sygdom.",
};
const std::array<const char*, 4> kGoals = {
    "Job som lagermedarbejder 25 timer om ugen",
    "Ordinært job inden for pleje på nedsat tid",
    "Påbegynde erhvervsuddannelse",
    "Tilbage til eget job med gradvis optrapning",
};
const std::array<const char*, 4> kDraftGoals = {
    "Virksomhedspraktik 12 timer om ugen",
    "Forløb hos fysioterapeut to gange om ugen",
    "Samtaleforløb om stress og søvn",
    "Fast mentor de første tre måneder",
};

QVector<IcfFinding> demoFindings(Profession p, DemoRandom& rnd)
{
    static const QStringList physio = {QStringLiteral("b280"), QStringLiteral("b455"), QStringLiteral("b710"),
                                       QStringLiteral("b730"), QStringLiteral("s760"), QStringLiteral("d415"),
                                       QStringLiteral("d430"), QStringLiteral("d850")};
    static const QStringList psych = {QStringLiteral("b130"), QStringLiteral("b134"), QStringLiteral("b152"),
                                      QStringLiteral("b164"), QStringLiteral("d240"), QStringLiteral("d720"),
                                      QStringLiteral("d845"), QStringLiteral("e310")};
    static const QStringList nurse = {QStringLiteral("b130"), QStringLiteral("b134"), QStringLiteral("b280"),
                                      QStringLiteral("d230"), QStringLiteral("d570"), QStringLiteral("d850"),
                                      QStringLiteral("e580"), QStringLiteral("e310")};
    const QStringList& pool = p == Profession::Physiotherapist ? physio : p == Profession::Psychologist ? psych : nurse;
    QVector<IcfFinding> out;
    for (const auto& code : pool) {
        if (!rnd.chance(0.6)) {
            continue;
        }
        IcfFinding f;
        f.code = code;
        f.qualifier = rnd.uniform(0, 4);
        if (f.isEnvironmental()) {
            f.facilitator = rnd.chance(0.5);
        }
        out.append(f);
    }
    if (out.isEmpty()) {
        out.append(IcfFinding{pool.first(), 2, false, {}});
    }
    return out;
}

QStringList demoTracks(DemoRandom& rnd)
{
    QStringList t;
    t << rnd.pick(Tracks::all()).code;
    if (rnd.chance(0.5)) {
        t << rnd.pick(Tracks::all()).code;
    }
    return t;
}

Status ensureWorkingHours(Database& db)
{
    AppointmentRepository repo(db);
    if (!repo.workingHours().isEmpty()) {
        return {};
    }
    for (const auto& s : StaffRepository(db).all(false)) {
        for (int wd = 1; wd <= 5; ++wd) {
            const QTime to = wd == 5 ? QTime(13, 0) : QTime(15, 30);
            if (auto r = repo.setWorkingHours(s.id, wd, QTime(8, 0), to); !r) {
                return r;
            }
        }
    }
    return {};
}

/// The citizen's consent to share with the team-day professionals, most often given.
Status demoConsent(Database& db, DemoRandom& rnd, const QString& citizenId, const Screening& screening)
{
    if (!rnd.chance(0.85)) {
        return {};
    }
    Consent c;
    c.citizenId = citizenId;
    c.givenOn = std::min(db.clock().today(), screening.screenedAt.toLocalTime().date());
    c.scope = QStringList{QStringLiteral("caseworker"), QStringLiteral("physiotherapist"),
                          QStringLiteral("psychologist"), QStringLiteral("nurse")};
    c.form = rnd.chance(0.7) ? ConsentForm::Written : ConsentForm::Oral;
    if (auto r = ConsentRepository(db).give(c); !r) {
        return Error{r.error()};
    }
    return {};
}

/// The talks of a past team day held, their notes written and signed; returns the signed notes,
/// and adds each talk's professional to `participants`. A note may still be missing or unsigned
/// only when the notes fell due lately (DemoData::mayLeaveOpen).
Result<QStringList> demoHoldTalks(Database& db, DemoRandom& rnd, const QString& citizenId,
                                  const QVector<Appointment>& talks, const QDate& teamDay, QStringList& participants)
{
    AppointmentRepository appointments(db);
    StaffRepository staff(db);
    NoteRepository notes(db);
    const QDate today = db.clock().today();
    const QDateTime now = db.clock().now();
    // Now and then one note of a recent team day lags behind: not written or not signed yet.
    const bool open = DemoData::mayLeaveOpen(teamDay.addDays(TeamDayDeadlines::kNotesDays), today);
    const int lagging = open && rnd.chance(0.1) ? rnd.uniform(0, int(talks.size()) - 1) : -1;
    QStringList held;
    for (const auto& t : talks) {
        held << t.id;
    }
    if (auto s = appointments.setStatus(held, AppointmentStatus::Held); !s) {
        return Error{s.error()};
    }
    int index = -1;
    QStringList signedNotes;
    for (const auto& t : talks) {
        ++index;
        participants << t.staffId;
        const auto author = staff.get(t.staffId);
        if (!author || (index == lagging && rnd.chance(0.3))) {
            continue;
        }
        IcfNote n;
        n.citizenId = citizenId;
        n.authorId = author->id;
        n.appointmentId = t.id;
        n.createdAt = std::min(t.end, now); // written right after the talk
        n.findings = demoFindings(author->profession, rnd);
        n.personalFactors = QString::fromUtf8(rnd.pick(kPersonal));
        n.jobMeaning = QString::fromUtf8(rnd.pick(kJobMeaning));
        n.tracks = demoTracks(rnd);
        auto saved = notes.saveDraft(n);
        if (!saved) {
            return Error{saved.error()};
        }
        if (teamDay.daysTo(today) >= 1 && index != lagging) {
            // Signed the afternoon of the talk, or the next morning.
            const QDate day = rnd.chance(0.7) ? t.end.date() : t.end.date().addDays(1);
            QDateTime at(day, QTime(rnd.uniform(9, 15), rnd.uniform(0, 59)));
            at = std::max(at, t.end.addSecs(15 * 60));
            at = std::min(at, now.toLocalTime());
            auto s = notes.sign(saved->id, author->id, std::max(at, saved->createdAt.toLocalTime()));
            if (!s) {
                return Error{s.error()};
            }
            signedNotes << s->id;
        }
    }
    return signedNotes;
}

/// The conference a few days after the talks: booked, and held and saved if it is past.
Status demoConference(Database& db, DemoRandom& rnd, const QString& citizenId, const std::optional<Citizen>& citizen,
                      QStringList participants, const QDate& teamDay, const QStringList& signedNotes)
{
    // The three and the coordinating caseworker, a few days after the talks.
    if (citizen && !citizen->caseworkerId.isEmpty()) {
        participants << citizen->caseworkerId;
    }
    participants.removeDuplicates();
    const QDate wanted = teamDay.addDays(rnd.uniform(2, 5));
    MeetingRequest meeting{participants, 30, QDateTime(wanted, QTime(0, 0)), wanted.addDays(14)};
    auto slot = SlotPlanner::proposeMeeting(db, meeting);
    if (!slot) {
        return {}; // no room: the conference step stays open in the caseload
    }
    ConferenceRequest request;
    request.citizenId = citizenId;
    request.participants = participants;
    request.place = QStringLiteral("Jobcenter, mødelokale %1").arg(rnd.uniform(1, 4));
    // Booked once the talks were over (the demo types in a week that has already happened).
    BookingOptions when;
    when.bookedAt = std::min(ConferenceBooking::talksEnd(db, citizenId), db.clock().now().toLocalTime());
    auto conference = ConferenceBooking::book(db, ConferenceBooking::at(request, slot->start), when);
    if (!conference) {
        return Error{conference.error()};
    }
    if (slot->end > db.clock().now().toLocalTime()) {
        return {}; // booked, still ahead
    }
    QStringList held;
    for (const auto& a : conference.value()) {
        held << a.id;
    }
    if (auto s = AppointmentRepository(db).setStatus(held, AppointmentStatus::Held); !s) {
        return s;
    }
    Conference c;
    c.citizenId = citizenId;
    c.heldOn = slot->start.date();
    c.caseworkerId = citizen ? citizen->caseworkerId : QString();
    c.participants = participants;
    c.employmentGoal = QString::fromUtf8(rnd.pick(kGoals));
    QStringList tracks;
    for (const auto& n : NoteRepository(db).currentSigned(citizenId)) {
        tracks += n.tracks;
    }
    c.tracks = Tracks::split(Tracks::join(tracks));
    c.draftGoals = {QString::fromUtf8(rnd.pick(kDraftGoals)), QString::fromUtf8(rnd.pick(kDraftGoals))};
    c.noteIds = signedNotes;
    ConferenceRepository conferences(db);
    auto saved = conferences.save(c);
    if (!saved) {
        return Error{saved.error()};
    }
    // Concluding drafts the plan, which a closed case does not get (it is read-only). Only a
    // recent conference may still wait for it.
    const bool conclude = !DemoData::mayLeaveOpen(c.heldOn, db.clock().today()) || rnd.chance(0.92);
    if (PlanDrafts::available() && conclude && !(citizen && citizen->status == CitizenStatus::Closed)) {
        // Concluded at the end of the meeting.
        auto concluded = conferences.conclude(saved->id, c.caseworkerId, slot->end);
        if (!concluded) {
            return Error{concluded.error()};
        }
    }
    return {};
}

/// What the team-day step keeps from one citizen to the next within a run.
struct DemoTeamDayRun
{
    /// The working hours are there (set by this run or before; the demo never removes any).
    bool hoursEnsured = false;
    /// The days a team day found without room (SlotRequest::fullDays; the demo only books, so a
    /// full day stays full).
    QSet<QDate> fullDays;
};

/// The team day and what follows, as far as the days since the screening allow.
Status demoTeamDay(Database& db, DemoRandom& rnd, const QString& citizenId, DemoTeamDayRun& run)
{
    const auto screening = ScreeningRepository(db).latestDecided(citizenId);
    if (!screening || screening->decidedRisk == Risk::Low) {
        return {};
    }
    // Not booked yet: only a recent screening (the step is due the day of the screening).
    const QDate screened = screening->screenedAt.toLocalTime().date();
    if (DemoData::mayLeaveOpen(screened, db.clock().today()) && rnd.chance(0.04)) {
        return {};
    }
    if (!run.hoursEnsured) {
        if (auto s = ensureWorkingHours(db); !s) {
            return s;
        }
        run.hoursEnsured = true;
    }
    SlotRequest req;
    req.citizenId = citizenId;
    // The team day: the day of the screening or one of the next few working days, so a citizen
    // screened late last week or this morning has the talks ahead in the coming days.
    req.day = screened.addDays(rnd.uniform(0, 3));
    while (req.day.dayOfWeek() > 5) {
        req.day = req.day.addDays(1);
    }
    // Booked at the screening, for the time after it (the demo types in what has happened).
    BookingOptions when;
    when.bookedAt = std::min(screening->screenedAt.toLocalTime(), db.clock().now().toLocalTime());
    req.notBefore = when.bookedAt;
    req.fullDays = &run.fullDays;
    auto proposal = SlotPlanner::propose(db, req);
    if (!proposal) {
        return {}; // no room: the step stays open (and overdue) in the caseload
    }
    for (auto& t : proposal->talks) {
        t.late = proposal->late;
        t.place = QStringLiteral("Jobcenter, mødelokale %1").arg(rnd.uniform(1, 4));
    }
    auto booked = AppointmentRepository(db).book(proposal->talks, when);
    if (!booked) {
        return Error{booked.error()};
    }
    const auto citizen = CitizenRepository(db).get(citizenId);
    if (auto s = demoConsent(db, rnd, citizenId, *screening); !s) {
        return s;
    }
    if (proposal->day >= db.clock().today()) {
        return {}; // still ahead
    }
    QStringList participants;
    auto signedNotes = demoHoldTalks(db, rnd, citizenId, booked.value(), proposal->day, participants);
    if (!signedNotes) {
        return Error{signedNotes.error()};
    }
    // The conference not booked yet: only when it fell due lately (a week after the talks).
    const QDate conferenceDue = proposal->day.addDays(TeamDayDeadlines::kConferenceDays);
    if (signedNotes->size() < 3 || (DemoData::mayLeaveOpen(conferenceDue, db.clock().today()) && rnd.chance(0.08))) {
        return {};
    }
    return demoConference(db, rnd, citizenId, citizen, participants, proposal->day, signedNotes.value());
}

Result<bool> bookTeamDayAction(Database& db, DemoRandom& rnd)
{
    const auto steps = Workflow::nextStepsForAll(db);
    QStringList waiting;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (it->code == QLatin1String("team_day_booking")) {
            waiting << it.key();
        }
    }
    if (waiting.isEmpty()) {
        return false;
    }
    std::sort(waiting.begin(), waiting.end());
    if (auto s = ensureWorkingHours(db); !s) {
        return Error{s.error()};
    }
    SlotRequest req;
    req.citizenId = rnd.pick(waiting);
    req.day = db.clock().today();
    req.notBefore = db.clock().now();
    auto proposal = SlotPlanner::propose(db, req);
    if (!proposal) {
        return false;
    }
    for (auto& t : proposal->talks) {
        t.late = proposal->late;
    }
    auto booked = AppointmentRepository(db).book(proposal->talks);
    if (!booked) {
        return Error{booked.error()};
    }
    return true;
}

Result<bool> holdTalkAction(Database& db, DemoRandom& rnd)
{
    AppointmentRepository repo(db);
    const QDateTime now = db.clock().now().toLocalTime();
    QVector<Appointment> due;
    for (const auto& a : repo.planned()) {
        if (a.end <= now) {
            due.append(a);
        }
    }
    if (due.isEmpty()) {
        return false;
    }
    const auto& a = rnd.pick(due);
    if (auto s = repo.setStatus(a.id, rnd.chance(0.9) ? AppointmentStatus::Held : AppointmentStatus::NoShow); !s) {
        return Error{s.error()};
    }
    return true;
}

// --- checks ----------------------------------------------------------------------------------

QVector<CheckFinding> teamDayChecks(Database& db)
{
    QVector<CheckFinding> out;
    if (const int n = AppointmentRepository(db).countWithMissingReferences(); n > 0) {
        out.append({CheckFinding::Severity::Error,
                    Tr::tr("%n appointment(s) refer to a citizen or staff member who does not exist.", nullptr, n)});
    } else if (n < 0) {
        out.append(ConsistencyCheck::couldNotRun());
    }
    if (const int n = AppointmentRepository(db).countDoubleBookings(); n > 0) {
        out.append({CheckFinding::Severity::Warning,
                    Tr::tr("%n pair(s) of appointments overlap for the same staff member or citizen (booked on "
                           "different PCs before they synced); move or cancel one of each.",
                           nullptr, n)});
    } else if (n < 0) {
        out.append(ConsistencyCheck::couldNotRun());
    }
    if (const int n = NoteRepository(db).countWithMissingReferences(); n > 0) {
        out.append({CheckFinding::Severity::Error,
                    Tr::tr("%n professional note(s) refer to a citizen, author or earlier version that does not exist.",
                           nullptr, n)});
    } else if (n < 0) {
        out.append(ConsistencyCheck::couldNotRun());
    }
    if (const int n = NoteRepository(db).countChangedAfterSigning(); n > 0) {
        out.append({CheckFinding::Severity::Warning,
                    Tr::tr("%n signed note(s) were changed after signing (a draft edited on another PC before the "
                           "signature arrived); the author should read and amend them.",
                           nullptr, n)});
    }
    if (const int n = ConferenceRepository(db).countWithMissingReferences(); n > 0) {
        out.append({CheckFinding::Severity::Error,
                    Tr::tr("%n conference(s) belong to a citizen who does not exist.", nullptr, n)});
    } else if (n < 0) {
        out.append(ConsistencyCheck::couldNotRun());
    }
    return out;
}

} // namespace

namespace {
std::vector<MyTasks::Source>& taskSources()
{
    static std::vector<MyTasks::Source> sources;
    return sources;
}
} // namespace

void MyTasks::registerSource(Source source)
{
    taskSources().push_back(std::move(source));
}

QVector<MyTask> MyTasks::forStaff(Database& db, const QString& staffId)
{
    QVector<MyTask> out;
    for (const auto& source : taskSources()) {
        for (const MyTask& t : source(db, staffId)) {
            out.append(t);
        }
    }
    const auto steps = Workflow::nextStepsForAll(db);
    QHash<QString, QString> caseworkerOf;
    for (const auto& c : CitizenRepository(db).all()) {
        caseworkerOf.insert(c.id, c.caseworkerId);
    }
    QSet<QString> talkCitizens;
    QSet<QString> conferenceCitizens;
    for (const auto& a : AppointmentRepository(db).all()) {
        if (a.staffId == staffId && AppointmentKinds::isTalk(a.kind) && a.occupies()) {
            talkCitizens.insert(a.citizenId);
        }
        if (a.staffId == staffId && a.kind == AppointmentKind::Conference && a.occupies()) {
            conferenceCitizens.insert(a.citizenId);
        }
    }
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        const bool talkStep = it->code == QLatin1String("team_day_talks") || it->code == QLatin1String("notes");
        bool mine = talkStep ? talkCitizens.contains(it.key()) : caseworkerOf.value(it.key()) == staffId;
        // A booked conference is also on the list of every professional taking part.
        mine = mine || (it->code == QLatin1String("conference") && conferenceCitizens.contains(it.key()));
        if (it->code == QLatin1String("notes") && mine) {
            // Not mine any more once my own note is signed.
            for (const auto& n : NoteRepository(db).currentSigned(it.key())) {
                mine = mine && n.authorId != staffId;
            }
        }
        const bool listed = std::any_of(out.cbegin(), out.cend(), [&](const MyTask& t) {
            return t.citizenId == it.key() && t.step.code == it->code;
        });
        if (mine && !listed && it->code != QLatin1String("standard_course")) {
            out.append({it.key(), *it});
        }
    }
    std::sort(out.begin(), out.end(), [](const MyTask& a, const MyTask& b) {
        if (a.step.due.isValid() != b.step.due.isValid()) {
            return a.step.due.isValid();
        }
        return a.step.due != b.step.due ? a.step.due < b.step.due : a.citizenId < b.citizenId;
    });
    return out;
}

void registerTeamDayModule()
{
    Workflow::registerFacts(teamDayFacts);
    Workflow::registerRule(190, QStringLiteral("team_day_booking"), bookingRule);
    Workflow::registerRule(195, QStringLiteral("team_day_talks"), talksRule);
    Workflow::registerRule(300, QStringLiteral("notes"), notesRule);
    Workflow::registerRule(400, QStringLiteral("conference"), conferenceRule);
    Workflow::registerRule(500, QStringLiteral("plan_draft"), planRule);
    DemoData::registerCitizenStepMaker([] {
        auto run = std::make_shared<DemoTeamDayRun>();
        return [run](Database& db, DemoRandom& rnd, const QString& citizenId) {
            return demoTeamDay(db, rnd, citizenId, *run);
        };
    });
    DemoData::registerAction(QStringLiteral("book-team-day"), 2, bookTeamDayAction);
    DemoData::registerAction(QStringLiteral("hold-talk"), 2, holdTalkAction);
    ConsistencyCheck::registerCheck(teamDayChecks);
}

} // namespace samspil
