// The order of the flow (issue 17, item 2): bookings, notes and the conference follow the talks.
#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/ConferenceBooking.h"
#include "core/teamday/ConferenceRepository.h"
#include "core/teamday/FlowRules.h"
#include "core/teamday/NoteRepository.h"
#include "core/teamday/TeamDayModule.h"
#include "core/workflow/NextStep.h"
#include "tests/teamday/TeamDayFixture.h"

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;

namespace {
QString stepOf(Database& db, const QString& citizen)
{
    const auto s = Workflow::nextStepFor(db, citizen);
    return s ? s->code : QString();
}
} // namespace

TEST_CASE("A booking is never in the past or outside working hours, unless a reason is given and stored",
          "[teamday][flow]")
{
    TeamDayFixture f;
    f.t.clock.set(QDateTime(f.monday, QTime(10, 0)));
    AppointmentRepository repo(*f.t);

    auto past = repo.book({f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 8, 0)});
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().contains(QStringLiteral("has already passed")));

    auto late = repo.book({f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 15, 30)});
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().contains(QStringLiteral("does not work at 15:30–16:15")));

    const auto nobody = f.addStaff(QStringLiteral("Nina Nytimer"), QStringLiteral("NN"), Profession::Nurse);
    auto noHours = repo.book({f.talk(nobody, AppointmentKind::NurseTalk, 11, 0)});
    REQUIRE_FALSE(noHours.ok());
    CHECK(noHours.error().contains(QStringLiteral("has no working hours")));
    CHECK(noHours.error().contains(QStringLiteral("Working hours")));

    BookingOptions blank;
    blank.overrideReason = QStringLiteral("   ");
    CHECK_FALSE(repo.book({f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 8, 0)}, blank).ok());

    BookingOptions why;
    why.overrideReason = QStringLiteral("Samtalen blev holdt; registreret bagefter.");
    auto overridden = repo.book({f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 8, 0)}, why);
    INFO(overridden.error().toStdString());
    REQUIRE(overridden.ok());
    const auto stored = repo.get(overridden->first().id);
    REQUIRE(stored);
    CHECK(stored->overrideReason == why.overrideReason);
    CHECK(stored->bookedBy == f.t->actor());

    // Within the rules nothing is stored as overridden, even with a reason at hand.
    auto fine = repo.book({f.talk(f.psych, AppointmentKind::PsychologistTalk, 11, 0)}, why);
    REQUIRE(fine.ok());
    CHECK(repo.get(fine->first().id)->overrideReason.isEmpty());

    // Moving follows the same rules.
    CHECK_FALSE(repo.reschedule(fine->first().id, QDateTime(f.monday, QTime(9, 0)), QDateTime(f.monday, QTime(9, 45)),
                                QString())
                    .ok());
    REQUIRE(repo.reschedule(fine->first().id, QDateTime(f.monday, QTime(9, 0)), QDateTime(f.monday, QTime(9, 45)),
                            QString(), why.overrideReason)
                .ok());
    CHECK(repo.get(fine->first().id)->overrideReason == why.overrideReason);
}

TEST_CASE("A note is signed only after its talk is held", "[teamday][flow]")
{
    TeamDayFixture f;
    f.t.clock.set(QDateTime(f.monday, QTime(7, 0)));
    AppointmentRepository repo(*f.t);
    auto talk = repo.book({f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 8, 0)});
    REQUIRE(talk.ok());
    f.t.clock.set(QDateTime(f.monday, QTime(9, 0)));
    NoteRepository notes(*f.t);

    IcfNote n;
    n.citizenId = f.citizen;
    n.authorId = f.physio.id;
    n.jobMeaning = QStringLiteral("Kan løfte let.");
    SECTION("a note that names its talk waits for that talk")
    {
        n.appointmentId = talk->first().id;
        auto draft = notes.saveDraft(n);
        REQUIRE(draft.ok());
        auto refused = notes.sign(draft->id, f.physio.id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("after its talk is held")));
        REQUIRE(repo.setStatus(talk->first().id, AppointmentStatus::Held).ok());
        CHECK(notes.sign(draft->id, f.physio.id).ok());
    }
    SECTION("a note without a talk waits for a held talk between its author and the citizen")
    {
        auto draft = notes.saveDraft(n);
        REQUIRE(draft.ok());
        auto refused = notes.sign(draft->id, f.physio.id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("no talk between its author and the citizen")));
        REQUIRE(repo.setStatus(talk->first().id, AppointmentStatus::NoShow).ok());
        CHECK_FALSE(notes.sign(draft->id, f.physio.id).ok());
        f.holdTalk(f.physio);
        CHECK(notes.sign(draft->id, f.physio.id).ok());
    }
}

TEST_CASE("The conference is booked after the three talks and held after their notes", "[teamday][flow]")
{
    TeamDayFixture f;
    FakePlanCreator plans;
    ConferenceRequest request;
    request.citizenId = f.citizen;

    // Nothing booked: the proposal says the talks come first.
    auto none = ConferenceBooking::propose(*f.t, request);
    REQUIRE_FALSE(none.ok());

    // Two of three held: not yet, and the message names the one that is not.
    f.holdTalk(f.physio);
    f.holdTalk(f.psych);
    f.t.clock.set(QDateTime(f.monday, QTime(7, 0)));
    auto nurseTalk = AppointmentRepository(*f.t).book({f.talk(f.nurse, AppointmentKind::NurseTalk, 8, 0)});
    REQUIRE(nurseTalk.ok());
    auto early = ConferenceBooking::propose(*f.t, request);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("not all are held yet")));
    CHECK(early.error().contains(Professions::label(Profession::Nurse)));
    request.participants = {f.physio.id, f.psych.id, f.nurse.id, f.caseworker.id};
    CHECK_FALSE(ConferenceBooking::book(*f.t, ConferenceBooking::at(request, QDateTime(f.monday, QTime(13, 0)))).ok());

    // All three held: it can be booked, but not held before the notes are signed.
    f.t.clock.set(QDateTime(f.monday, QTime(9, 0)));
    REQUIRE(AppointmentRepository(*f.t).setStatus(nurseTalk->first().id, AppointmentStatus::Held).ok());
    auto proposal = ConferenceBooking::propose(*f.t, request);
    INFO(proposal.error().toStdString());
    REQUIRE(proposal.ok());
    auto booked = ConferenceBooking::book(*f.t, proposal.value());
    REQUIRE(booked.ok());
    f.t.clock.set(booked->first().end.addSecs(60));
    auto held = AppointmentRepository(*f.t).setStatus(booked->first().id, AppointmentStatus::Held);
    REQUIRE_FALSE(held.ok());
    CHECK(held.error().contains(QStringLiteral("not signed yet")));

    Conference c;
    c.citizenId = f.citizen;
    c.heldOn = booked->first().start.date();
    c.participants = request.participants;
    c.employmentGoal = QStringLiteral("Job som lagermedarbejder, 25 timer om ugen");
    c.tracks = {QStringLiteral("physical")};
    ConferenceRepository conferences(*f.t);
    auto saved = conferences.save(c);
    REQUIRE(saved.ok());
    auto concluded = conferences.conclude(saved->id, f.caseworker.id);
    REQUIRE_FALSE(concluded.ok());
    CHECK(concluded.error().contains(QStringLiteral("not signed yet")));
}

TEST_CASE("A conference with a participant without working hours says so and where to set them", "[teamday][flow]")
{
    TeamDayFixture f;
    f.holdTeamDay();
    REQUIRE(AppointmentRepository(*f.t).replaceWorkingHours({{f.caseworker.id, {}}}).ok());
    ConferenceRequest request;
    request.citizenId = f.citizen;
    auto p = ConferenceBooking::propose(*f.t, request);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(f.caseworker.name));
    CHECK(p.error().contains(QStringLiteral("has no working hours")));
    CHECK(p.error().contains(QStringLiteral("Team ▸ Working hours")));
}

TEST_CASE("Once the talks are held the next step is the notes, not the talks", "[teamday][flow][workflow]")
{
    TeamDayFixture f;
    f.screen(f.citizen, Risk::High, QDateTime(f.monday.addDays(-3), QTime(7, 30)));
    f.holdTeamDay();
    auto step = Workflow::nextStepFor(*f.t, f.citizen);
    REQUIRE(step);
    CHECK(step->code == QStringLiteral("notes"));
}

TEST_CASE("A talk the citizen does not need: the flow waits neither for it nor for its note", "[teamday][flow][workflow]")
{
    TeamDayFixture f;
    f.screen(f.citizen, Risk::High, QDateTime(f.monday.addDays(-3), QTime(7, 30)));
    const Appointment physioTalk = f.holdTalk(f.physio);
    f.holdTalk(f.nurse);
    AppointmentRepository repo(*f.t);
    auto psychTalk = f.bookEarly(repo, {f.talk(f.psych, AppointmentKind::PsychologistTalk, 13, 0)});
    REQUIRE(psychTalk.ok());
    const QString psychId = psychTalk->first().id;
    CHECK(stepOf(*f.t, f.citizen) == QStringLiteral("team_day_talks"));
    CHECK_FALSE(FlowRules::whyNoConferenceYet(repo.forCitizen(f.citizen)).isEmpty());

    // Only a team-day talk can be not needed, and not one that was held.
    auto followUp = f.bookEarly(repo, {f.talk(f.caseworker, AppointmentKind::FollowUp, 14, 0)});
    REQUIRE(followUp.ok());
    auto refused = repo.setStatus(followUp->first().id, AppointmentStatus::NotNeeded);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Only a team-day talk")));
    auto wasHeld = repo.setStatus(physioTalk.id, AppointmentStatus::NotNeeded);
    REQUIRE_FALSE(wasHeld.ok());
    CHECK(wasHeld.error().contains(QStringLiteral("marked held")));

    // The citizen has no health issue for the psychologist: not needed, before its time.
    REQUIRE(repo.setStatus(psychId, AppointmentStatus::NotNeeded).ok());
    CHECK(repo.get(psychId)->status == AppointmentStatus::NotNeeded);
    CHECK(FlowRules::notNeeded(repo.forCitizen(f.citizen), Profession::Psychologist));
    CHECK(FlowRules::whyNoConferenceYet(repo.forCitizen(f.citizen)).isEmpty());
    CHECK(stepOf(*f.t, f.citizen) == QStringLiteral("notes"));
    // The conference is proposed without the psychologist.
    const auto who = ConferenceBooking::defaultParticipants(*f.t, f.citizen);
    REQUIRE(who.ok());
    CHECK_FALSE(who->contains(f.psych.id));
    CHECK(who->contains(f.physio.id));
    CHECK(who->contains(f.nurse.id));

    // Two notes signed (physiotherapist, nurse): the conference is next, not a third note.
    for (const Staff* s : {&f.physio, &f.nurse}) {
        IcfNote n;
        n.citizenId = f.citizen;
        n.authorId = s->id;
        n.jobMeaning = QStringLiteral("Kan arbejde med skånehensyn.");
        auto draft = NoteRepository(*f.t).saveDraft(n);
        REQUIRE(draft.ok());
        REQUIRE(NoteRepository(*f.t).sign(draft->id, s->id).ok());
    }
    CHECK(stepOf(*f.t, f.citizen) == QStringLiteral("conference"));
    CHECK(FlowRules::whyConferenceCannotBeHeld(repo.forCitizen(f.citizen), NoteRepository(*f.t).currentSigned(f.citizen))
              .isEmpty());

    // Its time was freed: someone else is booked then; needed after all only once that time is free.
    const QString other = f.addCitizen(QStringLiteral("620190-2222"));
    auto otherTalk = f.bookEarly(repo, {f.talk(f.psych, AppointmentKind::PsychologistTalk, 13, 0, 45, other)});
    REQUIRE(otherTalk.ok());
    auto again = repo.setStatus(psychId, AppointmentStatus::Planned);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("Double booking")));
    REQUIRE(repo.setStatus(otherTalk->first().id, AppointmentStatus::Cancelled).ok());
    REQUIRE(repo.setStatus(psychId, AppointmentStatus::Planned).ok());
    CHECK_FALSE(FlowRules::whyConferenceCannotBeHeld(repo.forCitizen(f.citizen), NoteRepository(*f.t).currentSigned(f.citizen))
                    .isEmpty());
    CHECK(stepOf(*f.t, f.citizen) == QStringLiteral("team_day_talks"));
}
