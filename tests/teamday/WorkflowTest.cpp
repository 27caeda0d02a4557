#include "core/Modules.h"
#include "core/demo/DemoData.h"
#include "core/teamday/ConferenceRepository.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Dump.h"
#include "core/teamday/NoteRepository.h"
#include "core/teamday/ConferenceBooking.h"
#include "core/teamday/SlotPlanner.h"
#include "core/teamday/TeamDayModule.h"
#include "core/util/Dates.h"
#include "core/workflow/NextStep.h"
#include "tests/teamday/TeamDayFixture.h"

using namespace samspil;
using namespace samspil::test;

namespace {
QString stepCode(Database& db, const QString& citizen)
{
    const auto s = Workflow::nextStepFor(db, citizen);
    return s ? s->code : QString();
}
} // namespace

TEST_CASE("The next-step chain: book team day, talks, three signed notes, conference, draft plan", "[teamday][workflow]")
{
    registerCoreModules();
    FakePlanCreator plans;
    TeamDayFixture f;
    Database& db = *f.t;
    f.screen(f.citizen, Risk::High, QDateTime(f.monday, QTime(8, 30)));

    auto step = Workflow::nextStepFor(db, f.citizen);
    REQUIRE(step);
    CHECK(step->code == QStringLiteral("team_day_booking"));
    CHECK(step->due == f.monday);
    CHECK_FALSE(step->overdue(f.t.clock.today()));
    f.t.clock.advanceDays(1);
    CHECK(Workflow::nextStepFor(db, f.citizen)->overdue(f.t.clock.today())); // not booked the same day

    // Booked (late, on Tuesday): the talks are next, due on the day they are booked for.
    SlotRequest req{f.citizen, f.monday, 45, f.t.clock.now(), 60};
    auto p = SlotPlanner::propose(db, req);
    REQUIRE(p.ok());
    CHECK(p->late);
    auto booked = AppointmentRepository(db).book(p->talks);
    REQUIRE(booked.ok());
    step = Workflow::nextStepFor(db, f.citizen);
    CHECK(step->code == QStringLiteral("team_day_talks"));
    CHECK(step->due == p->day);
    MyTasks::forStaff(db, f.caseworker.id); // runs without the talks being the caseworker's
    CHECK(MyTasks::forStaff(db, f.caseworker.id).isEmpty());
    CHECK(MyTasks::forStaff(db, booked->first().staffId).size() == 1);

    // Two talks held, one not: still the talks. Nothing is held before it starts.
    AppointmentRepository repo(db);
    auto early = repo.setStatus(booked->at(2).id, AppointmentStatus::Held);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("has not started yet")));
    f.t.clock.set(QDateTime(p->day, QTime(17, 0)));
    REQUIRE(repo.setStatus(booked->at(0).id, AppointmentStatus::Held).ok());
    REQUIRE(repo.setStatus(booked->at(1).id, AppointmentStatus::Held).ok());
    CHECK(stepCode(db, f.citizen) == QStringLiteral("team_day_talks"));
    REQUIRE(repo.setStatus(booked->at(2).id, AppointmentStatus::Held).ok());
    step = Workflow::nextStepFor(db, f.citizen);
    CHECK(step->code == QStringLiteral("notes"));
    CHECK(step->due == p->day.addDays(TeamDayDeadlines::kNotesDays));

    // Notes: a step for each author until their own is signed.
    NoteRepository notes(db);
    QStringList noteIds;
    for (const auto* s : {&f.physio, &f.psych, &f.nurse}) {
        const auto talkOf = std::find_if(booked->cbegin(), booked->cend(),
                                         [&](const Appointment& a) { return a.staffId == s->id; });
        if (talkOf == booked->cend()) {
            continue; // the other physiotherapist may have the talk
        }
        CHECK(MyTasks::forStaff(db, s->id).size() == 1);
        IcfNote n;
        n.citizenId = f.citizen;
        n.authorId = s->id;
        n.findings = {{QStringLiteral("b130"), 2, false, {}}};
        n.tracks = {QStringLiteral("mild_mental")};
        auto saved = notes.saveDraft(n);
        REQUIRE(saved.ok());
        REQUIRE(notes.sign(saved->id, s->id).ok());
        noteIds << saved->id;
        CHECK(MyTasks::forStaff(db, s->id).isEmpty());
    }
    if (noteIds.size() < 3) { // the talk went to the second physiotherapist
        IcfNote n;
        n.citizenId = f.citizen;
        n.authorId = f.physio2.id;
        n.jobMeaning = QStringLiteral("Let arbejde.");
        auto saved = notes.saveDraft(n);
        REQUIRE(saved.ok());
        REQUIRE(notes.sign(saved->id, f.physio2.id).ok());
    }
    step = Workflow::nextStepFor(db, f.citizen);
    CHECK(step->code == QStringLiteral("conference"));
    CHECK(step->due == p->day.addDays(TeamDayDeadlines::kConferenceDays));
    CHECK(MyTasks::forStaff(db, f.caseworker.id).size() == 1);
    f.t.clock.advanceDays(TeamDayDeadlines::kConferenceDays + 1);
    CHECK(Workflow::nextStepFor(db, f.citizen)->overdue(f.t.clock.today()));

    // The conference: concluding it creates the draft plan with goal and tracks.
    ConferenceRepository conferences(db);
    Conference c;
    c.citizenId = f.citizen;
    c.heldOn = f.t.clock.today();
    c.participants = {f.caseworker.id, f.physio.id, f.psych.id, f.nurse.id};
    c.employmentGoal = QStringLiteral("Job som pædagogmedhjælper 25 timer");
    c.tracks = {QStringLiteral("mild_mental"), QStringLiteral("physical")};
    c.draftGoals = {QStringLiteral("Praktik 10 timer om ugen"), QStringLiteral(" ")};
    auto saved = conferences.save(c);
    REQUIRE(saved.ok());
    CHECK(saved->draftGoals == QStringList{QStringLiteral("Praktik 10 timer om ugen")});
    CHECK(stepCode(db, f.citizen) == QStringLiteral("conference")); // not concluded yet
    auto concluded = conferences.conclude(saved->id, f.caseworker.id);
    INFO(concluded.error().toStdString());
    REQUIRE(concluded.ok());
    REQUIRE(plans.requests.size() == 1);
    CHECK(plans.requests.first().citizenId == f.citizen);
    CHECK(plans.requests.first().conferenceId == saved->id);
    CHECK(plans.requests.first().caseworkerId == f.caseworker.id);
    CHECK(plans.requests.first().employmentGoal == c.employmentGoal);
    CHECK(plans.requests.first().tracks == QStringList{QStringLiteral("physical"), QStringLiteral("mild_mental")});
    CHECK(concluded->planId == QStringLiteral("plan-1"));
    // Plan drafted: this module's steps are done.
    step = Workflow::nextStepFor(db, f.citizen);
    CHECK((!step || !QStringList{QStringLiteral("team_day_booking"), QStringLiteral("team_day_talks"),
                                 QStringLiteral("notes"), QStringLiteral("conference"), QStringLiteral("plan_draft"),
                                 QStringLiteral("team_day")}
                         .contains(step->code)));
    CHECK_FALSE(conferences.save(concluded.value()).ok()); // concluded: no more changes
}

TEST_CASE("Concluding without a plan module (or a failing plan) concludes nothing and says why", "[teamday][conference]")
{
    TeamDayFixture f;
    f.signTeamDayNotes();
    ConferenceRepository conferences(f.t.operator*());
    Conference c;
    c.citizenId = f.citizen;
    c.heldOn = f.t.clock.today();
    c.participants = {f.caseworker.id};
    auto saved = conferences.save(c);
    REQUIRE(saved.ok());

    auto missing = conferences.conclude(saved->id, f.caseworker.id);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("employment goal")));
    CHECK(missing.error().contains(QStringLiteral("intervention track")));

    c = saved.value();
    c.employmentGoal = QStringLiteral("Ordinært job");
    c.tracks = {QStringLiteral("social")};
    REQUIRE(conferences.save(c).ok());
    {
        registerCoreModules(); // first, so that the plan module's creator is not installed behind the test's back
        PlanDrafts::setCreator({});
        auto r = conferences.conclude(saved->id, f.caseworker.id);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("cannot create intervention plans")));
        CHECK_FALSE(conferences.get(saved->id)->concluded());
    }
    {
        FakePlanCreator plans;
        plans.refuse = true;
        auto r = conferences.conclude(saved->id, f.caseworker.id);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QStringLiteral("The plan could not be created."));
        CHECK_FALSE(conferences.get(saved->id)->concluded());
    }
}

TEST_CASE("Low risk needs no team day", "[teamday][workflow]")
{
    registerCoreModules();
    TeamDayFixture f;
    f.screen(f.citizen, Risk::Low, f.t.clock.now());
    CHECK(stepCode(*f.t, f.citizen) == QStringLiteral("standard_course"));
}

TEST_CASE("Demo: team days, notes and conferences for moderate and high risk, in dump, passing check", "[teamday][demo]")
{
    FakePlanCreator plans;
    TempDb t;
    auto r = DemoData::populate(*t, {80, 3});
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM working_hours")) > 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM appointment WHERE kind = 'nurse_talk'")) > 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM icf_note WHERE signed_at IS NOT NULL")) > 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM conference WHERE plan_id IS NOT NULL")) > 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM consent")) > 0);
    // Only moderate- and high-risk citizens have team days.
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM appointment a JOIN screening s ON s.citizen_id = a.citizen_id "
                                    "WHERE s.decided_risk = 'low' AND NOT EXISTS (SELECT 1 FROM screening n WHERE "
                                    "n.supersedes = s.id)")) == 0);
    // No double bookings in the demo (the citizen does not attend the conference).
    CHECK(
        scalar(*t,
               QStringLiteral("SELECT count(*) FROM appointment a JOIN appointment b ON a.id < b.id AND "
                              "(a.staff_id = b.staff_id OR (a.citizen_id = b.citizen_id AND a.kind <> 'conference' "
                              "AND b.kind <> 'conference')) AND a.starts_at < b.ends_at "
                              "AND b.starts_at < a.ends_at WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'"))
        == 0);
    // Conferences are booked as appointments, one per participant sharing a booking.
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM appointment WHERE kind = 'conference'")) > 0);
    CHECK(scalar(*t,
                 QStringLiteral("SELECT count(*) FROM (SELECT booking_id FROM appointment WHERE kind = 'conference' "
                                "GROUP BY booking_id HAVING count(*) < 3)"))
          == 0);

    // Notes are written at the talk and signed the same day or the next; conferences are held a
    // few days after the talks on the day they were booked, and concluded that day.
    int signedNotes = 0;
    int concluded = 0;
    AppointmentRepository appointments(*t);
    for (const auto& citizen : CitizenRepository(*t).all()) {
        for (const auto& n : NoteRepository(*t).forCitizen(citizen.id)) {
            if (!n.signedOff()) {
                continue;
            }
            const auto talk = appointments.get(n.appointmentId);
            REQUIRE(talk);
            const QDate talkDay = talk->start.date();
            const QDate signedOn = n.signedAt.toLocalTime().date();
            INFO(formatDate(talkDay).toStdString() << " signed " << formatDate(signedOn).toStdString());
            CHECK(n.signedAt >= talk->end);
            CHECK(n.createdAt <= n.signedAt);
            CHECK((signedOn == talkDay || signedOn == talkDay.addDays(1)));
            ++signedNotes;
        }
        for (const auto& c : ConferenceRepository(*t).forCitizen(citizen.id)) {
            if (!c.concluded()) {
                continue;
            }
            const auto booking = ConferenceBooking::booked(*t, citizen.id);
            REQUIRE_FALSE(booking.isEmpty());
            const QDate talksDay = ConferenceBooking::talksEnd(*t, citizen.id).date();
            INFO(formatDate(talksDay).toStdString() << " conference " << formatDate(c.heldOn).toStdString());
            CHECK(c.heldOn == booking.first().start.date());
            CHECK(c.heldOn >= talksDay.addDays(2));
            CHECK(c.concludedAt.toLocalTime().date() == c.heldOn);
            CHECK(c.concludedAt <= t.clock.now());
            ++concluded;
        }
    }
    CHECK(signedNotes > 0);
    CHECK(concluded > 0);
    // `check` finds nothing at all on fresh demo data.
    for (const auto& f : ConsistencyCheck::run(*t)) {
        FAIL_CHECK(f.message.toStdString());
    }

    auto a = DemoData::activity(*t, 40, 5);
    INFO(a.error().toStdString());
    REQUIRE(a.ok());
    CHECK(ConsistencyCheck::sound(ConsistencyCheck::run(*t)));
    const QByteArray dump = dumpDatabase(*t);
    for (const char* table : {"\"appointment\"", "\"working_hours\"", "\"consent\"", "\"icf_note\"", "\"conference\""}) {
        INFO(table);
        CHECK(dump.contains(table));
    }
}
