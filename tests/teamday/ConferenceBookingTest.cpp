#include "core/teamday/ConferenceBooking.h"

#include "core/Modules.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/teamday/NoteRepository.h"
#include "core/teamday/SlotPlanner.h"
#include "core/teamday/TeamDayModule.h"
#include "core/workflow/NextStep.h"
#include "tests/teamday/TeamDayFixture.h"

using namespace samspil;
using namespace samspil::test;

namespace {
QString hhmm(const QDateTime& t)
{
    return t.toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

/// The fixture's team with the three talks booked Monday 08:00–10:15 and the clock at 07:00 local
/// time that morning.
struct Booked : TeamDayFixture
{
    QString other;
    QVector<Appointment> talks;
    Booked()
    {
        t.clock.set(QDateTime(monday, QTime(7, 0)));
        auto r = AppointmentRepository(*t).book({talk(physio, AppointmentKind::PhysiotherapistTalk, 8, 0),
                                                 talk(psych, AppointmentKind::PsychologistTalk, 8, 45),
                                                 talk(nurse, AppointmentKind::NurseTalk, 9, 30)});
        REQUIRE(r.ok());
        talks = r.value();
        other = addCitizen(QStringLiteral("620202-2222"));
        // The talks are over and held: the conference can be booked (FlowRules).
        t.clock.set(QDateTime(monday, QTime(10, 15)));
        for (const auto& a : talks) {
            REQUIRE(AppointmentRepository(*t).setStatus(a.id, AppointmentStatus::Held).ok());
        }
    }
    void busy(const Staff& s, int h, int m, int minutes)
    {
        auto a = talk(s, AppointmentKind::FollowUp, h, m, minutes, other);
        auto r = bookEarly(AppointmentRepository(*t), {a});
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
    }
    ConferenceRequest request() const
    {
        ConferenceRequest r;
        r.citizenId = citizen;
        r.place = QStringLiteral("Jobcenter, mødelokale 2");
        return r;
    }
};
} // namespace

TEST_CASE("Conference: the earliest slot after the talks when the three and the caseworker are all free",
          "[teamday][conference]")
{
    Booked f;
    // The caseworker has a follow-up until 11:00 and the psychologist another one until 11:20.
    f.busy(f.caseworker, 10, 0, 60);
    f.busy(f.psych, 11, 0, 20);

    const auto who = ConferenceBooking::defaultParticipants(*f.t, f.citizen);
    REQUIRE(who.ok());
    CHECK(who.value() == QStringList{f.physio.id, f.psych.id, f.nurse.id, f.caseworker.id});
    CHECK(hhmm(ConferenceBooking::talksEnd(*f.t, f.citizen)) == QStringLiteral("10:15"));

    auto p = ConferenceBooking::propose(*f.t, f.request());
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    CHECK(p->start.date() == f.monday);
    CHECK(hhmm(p->start) == QStringLiteral("11:20"));
    CHECK(hhmm(p->end) == QStringLiteral("11:50")); // 30 minutes by default
    REQUIRE(p->appointments.size() == 4);

    auto booked = ConferenceBooking::book(*f.t, p.value());
    INFO(booked.error().toStdString());
    REQUIRE(booked.ok());
    QSet<QString> staff;
    for (const auto& a : booked.value()) {
        CHECK(a.kind == AppointmentKind::Conference);
        CHECK(a.citizenId == f.citizen);
        CHECK(a.bookingId == booked->first().bookingId);
        CHECK(a.place == QStringLiteral("Jobcenter, mødelokale 2"));
        staff.insert(a.staffId);
    }
    CHECK(staff.size() == 4);
    CHECK(ConferenceBooking::booked(*f.t, f.citizen).size() == 4);
    // Each participant's day shows it; the four appointments of one citizen are no double booking.
    CHECK(AppointmentRepository(*f.t).forStaff(f.caseworker.id, f.monday, f.monday).size() == 2);
    CHECK(AppointmentRepository(*f.t).countDoubleBookings() == 0);

    // A second booking is refused while the first stands.
    auto again = ConferenceBooking::propose(*f.t, f.request());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already booked for 23-11-2026 11:20")));
}

TEST_CASE("Conference: the citizen does not attend, so the citizen's own appointments do not block it",
          "[teamday][conference]")
{
    Booked f;
    // The citizen has a follow-up right after the talks; the professionals are free.
    auto own = f.talk(f.caseworker, AppointmentKind::FollowUp, 10, 15, 30);
    own.staffId = f.physio2.id;
    REQUIRE(f.bookEarly(AppointmentRepository(*f.t), {own}).ok());
    auto p = ConferenceBooking::propose(*f.t, f.request());
    REQUIRE(p.ok());
    CHECK(hhmm(p->start) == QStringLiteral("10:15"));
    REQUIRE(ConferenceBooking::book(*f.t, p.value()).ok());
    CHECK(AppointmentRepository(*f.t).countDoubleBookings() == 0);
}

TEST_CASE("Conference: a clash is refused naming it, and nothing is booked", "[teamday][conference]")
{
    Booked f;
    f.busy(f.caseworker, 10, 0, 60);
    ConferenceRequest r = f.request();
    r.participants = ConferenceBooking::defaultParticipants(*f.t, f.citizen).value();
    // The caseworker chooses 10:30 by hand.
    auto booked = ConferenceBooking::book(*f.t, ConferenceBooking::at(r, QDateTime(f.monday, QTime(10, 30))));
    REQUIRE_FALSE(booked.ok());
    CHECK(booked.error()
          == QStringLiteral("Double booking: Karen Koordinator already has an appointment (follow-up) at 23-11-2026 "
                            "10:00–11:00."));
    CHECK(ConferenceBooking::booked(*f.t, f.citizen).isEmpty());
    // Outside working hours is refused too, naming who does not work then.
    booked = ConferenceBooking::book(*f.t, ConferenceBooking::at(r, QDateTime(f.monday, QTime(15, 45))));
    REQUIRE_FALSE(booked.ok());
    CHECK(booked.error().contains(QStringLiteral("does not work at 15:45–16:15 on 23-11-2026")));
    CHECK(ConferenceBooking::booked(*f.t, f.citizen).isEmpty());
}

TEST_CASE("Conference: no common time within the days allowed says who and when", "[teamday][conference]")
{
    Booked f;
    // The caseworker is busy the rest of Monday and does not work Tuesday and Wednesday.
    f.busy(f.caseworker, 10, 0, 6 * 60);
    REQUIRE(AppointmentRepository(*f.t).setWorkingHours(f.caseworker.id, 2, {}, {}).ok());
    REQUIRE(AppointmentRepository(*f.t).setWorkingHours(f.caseworker.id, 3, {}, {}).ok());
    auto p = ConferenceBooking::propose(*f.t, f.request());
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(QStringLiteral("there are not 30 minutes when Frida Fysio, Signe Psykolog, Svend "
                                            "Sygeplejerske, Karen Koordinator are all free")));
    CHECK(p.error().contains(QStringLiteral("25-11-2026")));
    // A wider window finds Thursday morning.
    ConferenceRequest wider = f.request();
    wider.withinDays = 3;
    auto later = ConferenceBooking::propose(*f.t, wider);
    INFO(later.error().toStdString());
    REQUIRE(later.ok());
    CHECK(later->start.date() == f.monday.addDays(3));
    CHECK(hhmm(later->start) == QStringLiteral("08:00"));
}

TEST_CASE("Conference: needs the booked talks and a coordinating caseworker", "[teamday][conference]")
{
    TeamDayFixture f;
    auto none = ConferenceBooking::propose(*f.t, ConferenceRequest{f.citizen, {}, 30, 2, {}});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().contains(QStringLiteral("Book the team day first")));
}

TEST_CASE("Conference booked: the next step shows the booked day, the participants see it in my tasks",
          "[teamday][conference][workflow]")
{
    registerCoreModules();
    Booked f;
    f.screen(f.citizen, Risk::High, QDateTime(f.monday, QTime(7, 0)));
    f.t.clock.set(QDateTime(f.monday, QTime(11, 0)));
    AppointmentRepository repo(*f.t);
    NoteRepository notes(*f.t);
    for (const auto& t : f.talks) {
        REQUIRE(repo.setStatus(t.id, AppointmentStatus::Held).ok());
        IcfNote n;
        n.citizenId = f.citizen;
        n.authorId = t.staffId;
        n.appointmentId = t.id;
        n.findings = {{QStringLiteral("b130"), 2, false, {}}};
        auto saved = notes.saveDraft(n);
        REQUIRE(saved.ok());
        REQUIRE(notes.sign(saved->id, t.staffId).ok());
    }
    auto step = Workflow::nextStepFor(*f.t, f.citizen);
    REQUIRE(step);
    CHECK(step->code == QStringLiteral("conference"));
    CHECK(step->due == f.monday.addDays(TeamDayDeadlines::kConferenceDays));

    ConferenceRequest r = f.request();
    r.participants = ConferenceBooking::defaultParticipants(*f.t, f.citizen).value();
    const QDateTime wednesday(f.monday.addDays(2), QTime(13, 0));
    REQUIRE(ConferenceBooking::book(*f.t, ConferenceBooking::at(r, wednesday)).ok());
    step = Workflow::nextStepFor(*f.t, f.citizen);
    REQUIRE(step);
    CHECK(step->code == QStringLiteral("conference"));
    CHECK(step->label.contains(QStringLiteral("booked")));
    CHECK(step->due == wednesday.date());
    bool nurseHasIt = false;
    for (const auto& task : MyTasks::forStaff(*f.t, f.nurse.id)) {
        nurseHasIt = nurseHasIt || (task.citizenId == f.citizen && task.step.code == QStringLiteral("conference"));
    }
    CHECK(nurseHasIt);
    // Thursday without a concluded conference: overdue since the booked day.
    f.t.clock.set(QDateTime(f.monday.addDays(3), QTime(9, 0)));
    CHECK(Workflow::nextStepFor(*f.t, f.citizen)->overdue(f.t.clock.today()));
}

TEST_CASE("Working hours: several intervals a day, overlaps refused naming them, nothing half stored",
          "[teamday][hours]")
{
    TeamDayFixture f;
    AppointmentRepository repo(*f.t);
    const auto at = [](int wd, int h1, int m1, int h2, int m2) {
        WorkingHours w;
        w.weekday = wd;
        w.from = QTime(h1, m1);
        w.to = QTime(h2, m2);
        return w;
    };
    // The nurse works 08:00–12:00 and 12:30–15:30 on Monday, the psychologist changes too.
    const QVector<WorkingHours> nurseWeek = {at(1, 8, 0, 12, 0), at(1, 12, 30, 15, 30), at(2, 9, 0, 14, 0)};
    REQUIRE(repo.replaceWorkingHours({{f.nurse.id, nurseWeek}, {f.psych.id, {at(1, 8, 0, 16, 0)}}}).ok());
    CHECK(repo.workingHours(f.nurse.id).size() == 3);
    CHECK(repo.workingHours(f.psych.id).size() == 1);

    // A nurse talk across the lunch break is outside working hours; one after it is fine.
    CHECK_FALSE(f.bookEarly(repo, {f.talk(f.nurse, AppointmentKind::NurseTalk, 11, 45)}).ok());
    CHECK(f.bookEarly(repo, {f.talk(f.nurse, AppointmentKind::NurseTalk, 12, 30)}).ok());

    SECTION("overlapping intervals on one weekday are refused, and neither staff member changes")
    {
        auto r = repo.replaceWorkingHours(
            {{f.physio.id, {at(1, 8, 0, 12, 0)}}, {f.nurse.id, {at(1, 8, 0, 12, 0), at(1, 11, 0, 15, 0)}}});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("Svend Sygeplejerske")));
        CHECK(r.error().contains(QStringLiteral("08:00–12:00 and 11:00–15:00 overlap")));
        CHECK(repo.workingHours(f.nurse.id).size() == 3);
        CHECK(repo.workingHours(f.physio.id).size() == 5);
    }
    SECTION("an interval that ends before it starts is refused")
    {
        const auto problems = WorkingHoursRules::problems({at(3, 15, 0, 9, 0)});
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QStringLiteral("15:00–09:00 must end after it starts")));
        CHECK_FALSE(repo.replaceWorkingHours({{f.nurse.id, {at(3, 15, 0, 9, 0)}}}).ok());
    }
    SECTION("unchanged intervals are kept, not rewritten")
    {
        const auto before = repo.workingHours(f.nurse.id);
        REQUIRE(repo.replaceWorkingHours({{f.nurse.id, nurseWeek + QVector<WorkingHours>{at(5, 8, 0, 12, 0)}}}).ok());
        const auto after = repo.workingHours(f.nurse.id);
        CHECK(after.size() == 4);
        int kept = 0;
        for (const auto& h : after) {
            kept += std::any_of(before.cbegin(), before.cend(), [&](const WorkingHours& b) { return b.id == h.id; })
                ? 1
                : 0;
        }
        CHECK(kept == 3);
    }
}

TEST_CASE("Conference held: its appointments are marked together, all or nothing", "[teamday][conference]")
{
    Booked f;
    AppointmentRepository repo(*f.t);
    ConferenceRequest r = f.request();
    r.participants = ConferenceBooking::defaultParticipants(*f.t, f.citizen).value();
    const QDateTime at(f.monday, QTime(13, 0));
    auto booked = ConferenceBooking::book(*f.t, ConferenceBooking::at(r, at));
    INFO(booked.error().toStdString());
    REQUIRE(booked.ok());
    REQUIRE(booked->size() == 4);
    QStringList ids;
    for (const auto& a : booked.value()) {
        ids << a.id;
    }
    const auto statuses = [&] {
        QSet<AppointmentStatus> s;
        for (const auto& id : ids) {
            s.insert(repo.get(id)->status);
        }
        return s;
    };
    f.t.clock.set(at.addSecs(31 * 60));
    // Not before the three notes are signed: none of the four is marked.
    auto early = repo.setStatus(ids, AppointmentStatus::Held);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("not signed yet")));
    CHECK(statuses() == QSet<AppointmentStatus>{AppointmentStatus::Planned});
    NoteRepository notes(*f.t);
    for (const auto& t : f.talks) {
        IcfNote n;
        n.citizenId = f.citizen;
        n.authorId = t.staffId;
        n.appointmentId = t.id;
        n.findings = {{QStringLiteral("b130"), 2, false, {}}};
        auto saved = notes.saveDraft(n);
        REQUIRE(saved.ok());
        REQUIRE(notes.sign(saved->id, t.staffId).ok());
    }
    // One that has not started yet spoils the lot.
    auto later = f.bookEarly(repo, {f.talk(f.caseworker, AppointmentKind::FollowUp, 15, 0)});
    REQUIRE(later.ok());
    auto mixed = repo.setStatus(QStringList(ids) << later->first().id, AppointmentStatus::Held);
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().contains(QStringLiteral("has not started yet")));
    CHECK(statuses() == QSet<AppointmentStatus>{AppointmentStatus::Planned});
    // Signed: all four at once.
    REQUIRE(repo.setStatus(ids, AppointmentStatus::Held).ok());
    CHECK(statuses() == QSet<AppointmentStatus>{AppointmentStatus::Held});
}
