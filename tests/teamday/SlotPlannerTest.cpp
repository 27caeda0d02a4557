#include "core/teamday/SlotPlanner.h"
#include "tests/teamday/TeamDayFixture.h"

using namespace samspil;
using namespace samspil::test;

namespace {
QString hhmm(const QDateTime& t)
{
    return t.time().toString(QStringLiteral("HH:mm"));
}

SlotRequest request(const TeamDayFixture& f, const QDate& day)
{
    SlotRequest r;
    r.citizenId = f.citizen;
    r.day = day;
    return r;
}
} // namespace

TEST_CASE("An empty day: three 45-minute talks back to back from the start of working hours", "[teamday][slots]")
{
    TeamDayFixture f;
    auto p = SlotPlanner::propose(*f.t, request(f, f.monday));
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    CHECK(p->day == f.monday);
    CHECK_FALSE(p->late);
    REQUIRE(p->talks.size() == 3);
    CHECK(hhmm(p->talks[0].start) == QStringLiteral("08:00"));
    CHECK(hhmm(p->talks[1].start) == QStringLiteral("08:45"));
    CHECK(hhmm(p->talks[2].start) == QStringLiteral("09:30"));
    QSet<AppointmentKind> kinds;
    for (const auto& a : p->talks) {
        kinds.insert(a.kind);
        CHECK(a.citizenId == f.citizen);
        CHECK(a.end == a.start.addSecs(45 * 60));
    }
    CHECK(kinds.size() == 3);
    // The proposal books as it stands.
    auto booked = f.bookEarly(AppointmentRepository(*f.t), p->talks);
    INFO(booked.error().toStdString());
    REQUIRE(booked.ok());
    CHECK(booked->at(0).bookingId == booked->at(2).bookingId);
    CHECK(AppointmentRepository(*f.t).forCitizen(f.citizen).size() == 3);
}

TEST_CASE("A partly booked day: slots go around the staff's and the citizen's other appointments", "[teamday][slots]")
{
    TeamDayFixture f;
    AppointmentRepository repo(*f.t);
    const QString other = f.addCitizen(QStringLiteral("620202-2222"));
    // The only psychologist is busy until 11:00; the nurse from 12:00; the citizen 08:00–09:00.
    REQUIRE(f.bookEarly(repo, {f.talk(f.psych, AppointmentKind::FollowUp, 8, 0, 180, other)}).ok());
    REQUIRE(f.bookEarly(repo, {f.talk(f.nurse, AppointmentKind::FollowUp, 12, 0, 240, other)}).ok());
    REQUIRE(f.bookEarly(repo, {f.talk(f.caseworker, AppointmentKind::FirstConversation, 8, 0, 60)}).ok());

    auto p = SlotPlanner::propose(*f.t, request(f, f.monday));
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    CHECK_FALSE(p->late);
    QHash<AppointmentKind, QString> at;
    for (const auto& a : p->talks) {
        at.insert(a.kind, hhmm(a.start));
    }
    CHECK(at.value(AppointmentKind::PsychologistTalk) == QStringLiteral("11:00"));
    const QSet<QString> early{at.value(AppointmentKind::NurseTalk), at.value(AppointmentKind::PhysiotherapistTalk)};
    CHECK(early == QSet<QString>{QStringLiteral("09:00"), QStringLiteral("09:45")});
    REQUIRE(f.bookEarly(repo, p->talks).ok());
}

TEST_CASE("A full day: the proposal moves to the earliest day that works, flagged late with the reason", "[teamday][slots]")
{
    TeamDayFixture f;
    AppointmentRepository repo(*f.t);
    const QString other = f.addCitizen(QStringLiteral("620202-2222"));
    REQUIRE(f.bookEarly(repo, {f.talk(f.nurse, AppointmentKind::FollowUp, 8, 0, 8 * 60, other)}).ok());

    auto p = SlotPlanner::propose(*f.t, request(f, f.monday));
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    CHECK(p->late);
    CHECK(p->day == f.monday.addDays(1));
    CHECK(p->reason.contains(QStringLiteral("45 free minutes")));
    for (const auto& a : p->talks) {
        CHECK(a.start.date() == f.monday.addDays(1));
    }
}

TEST_CASE("Outside working hours: nobody works on the day, or the day is too short", "[teamday][slots]")
{
    TeamDayFixture f;
    SECTION("a Saturday moves to Monday and says no physiotherapist works then")
    {
        auto p = SlotPlanner::propose(*f.t, request(f, QDate(2026, 11, 28)));
        REQUIRE(p.ok());
        CHECK(p->late);
        CHECK(p->day == QDate(2026, 11, 30));
        CHECK(p->reason.contains(QStringLiteral("No physiotherapist works on")));
        CHECK(hhmm(p->talks[0].start) == QStringLiteral("08:00"));
    }
    SECTION("hours too short for a talk are never used")
    {
        AppointmentRepository repo(*f.t);
        REQUIRE(repo.setWorkingHours(f.nurse.id, 1, QTime(15, 30), QTime(16, 0)).ok());
        auto p = SlotPlanner::propose(*f.t, request(f, f.monday));
        REQUIRE(p.ok());
        CHECK(p->late);
        CHECK(p->day == f.monday.addDays(1));
    }
    SECTION("booking outside a staff member's hours is refused")
    {
        auto r = f.bookEarly(AppointmentRepository(*f.t), {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 16, 0)});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("does not work at 16:00–16:45")));
    }
    SECTION("not before now: today's proposal starts after the clock")
    {
        auto req = request(f, f.monday);
        req.notBefore = QDateTime(f.monday, QTime(10, 2));
        auto p = SlotPlanner::propose(*f.t, req);
        REQUIRE(p.ok());
        CHECK(hhmm(p->talks[0].start) == QStringLiteral("10:05"));
    }
}

TEST_CASE("Across midnight is guarded: no hours, slot or appointment runs past midnight", "[teamday][slots]")
{
    TeamDayFixture f;
    AppointmentRepository repo(*f.t);
    auto hours = repo.setWorkingHours(f.nurse.id, 1, QTime(22, 0), QTime(2, 0));
    REQUIRE_FALSE(hours.ok());
    CHECK(hours.error().contains(QStringLiteral("midnight")));

    // Late-evening hours: a slot that would end the next day is never proposed.
    PlanningData data;
    data.staff = {f.physio, f.psych, f.nurse};
    for (const auto& s : data.staff) {
        data.hours.append({{}, s.id, 1, QTime(21, 0), QTime(23, 59)});
    }
    SlotRequest req = request(f, f.monday);
    req.searchDays = 0;
    Appointment busy = f.talk(f.caseworker, AppointmentKind::FollowUp, 21, 0, 120);
    data.appointments = {busy}; // the citizen is busy 21:00–23:00; 23:00 + 45 minutes is past 23:59
    auto p = SlotPlanner::propose(data, req);
    REQUIRE_FALSE(p.ok());
    data.appointments.clear();
    p = SlotPlanner::propose(data, req);
    REQUIRE(p.ok());
    for (const auto& a : p->talks) {
        CHECK(a.end.date() == f.monday);
    }
    auto over = f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 23, 30, 45);
    auto r = f.bookEarly(repo, {over});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("past midnight")));
}

TEST_CASE("Double booking is refused with a message that names the clash, and nothing is stored", "[teamday][slots]")
{
    TeamDayFixture f;
    AppointmentRepository repo(*f.t);
    REQUIRE(f.bookEarly(repo, {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 10, 0)}).ok());
    const QString other = f.addCitizen(QStringLiteral("620202-2222"));

    SECTION("the staff member is busy")
    {
        auto r = f.bookEarly(repo, {f.talk(f.psych, AppointmentKind::PsychologistTalk, 9, 0, 45, other),
                            f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 10, 30, 45, other)});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QStringLiteral("Double booking: Frida Fysio already has an appointment (physiotherapist talk) at "
                                          "23-11-2026 10:00–10:45."));
        CHECK(repo.forCitizen(other).isEmpty()); // all or nothing
    }
    SECTION("the citizen is busy")
    {
        auto r = f.bookEarly(repo, {f.talk(f.nurse, AppointmentKind::NurseTalk, 10, 15)});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("the citizen already has an appointment (physiotherapist talk) with Frida Fysio")));
    }
    SECTION("two talks of one booking overlap each other")
    {
        auto r = f.bookEarly(repo, {f.talk(f.nurse, AppointmentKind::NurseTalk, 12, 0, 45, other),
                            f.talk(f.psych, AppointmentKind::PsychologistTalk, 12, 30, 45, other)});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("the citizen already has an appointment (nurse talk)")));
    }
    SECTION("a cancelled appointment frees its time")
    {
        const auto first = repo.forCitizen(f.citizen).first();
        REQUIRE(repo.setStatus(first.id, AppointmentStatus::Cancelled).ok());
        CHECK(f.bookEarly(repo, {f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 10, 0, 45, other)}).ok());
    }
}

TEST_CASE("A long appointment clashes for the whole of its length, however early it started", "[teamday][slots]")
{
    TeamDayFixture f;
    AppointmentRepository repo(*f.t);
    const QString other = f.addCitizen(QStringLiteral("620202-2222"));
    // A whole day for the physiotherapist, from midnight to midnight (outside working hours, so
    // with a reason), and an earlier, shorter one that is over before the clash asked about.
    BookingOptions early;
    early.bookedAt = QDateTime(f.monday.addDays(-7), QTime(7, 0));
    early.overrideReason = QStringLiteral("Kursus hele dagen");
    Appointment course = f.talk(f.physio, AppointmentKind::FollowUp, 0, 0, 24 * 60, other);
    REQUIRE(course.end == QDateTime(f.monday.addDays(1), QTime(0, 0)));
    auto booked = repo.book({course}, early);
    INFO(booked.error().toStdString());
    REQUIRE(booked.ok());
    const QString third = f.addCitizen(QStringLiteral("630303-3333"));
    REQUIRE(f.bookEarly(repo, {f.talk(f.psych, AppointmentKind::FollowUp, 8, 0, 8 * 60, third)}).ok());

    // Found at the end of the day, 23 hours after it started.
    Appointment late = f.talk(f.physio, AppointmentKind::PhysiotherapistTalk, 23, 0);
    CHECK(repo.clash(late).contains(QStringLiteral("Frida Fysio already has an appointment (follow-up) at 23-11-2026 00:00–00:00")));
    // The psychologist's 08:00–16:00 is found at 15:30, for the staff member and for the citizen.
    CHECK(repo.clash(f.talk(f.psych, AppointmentKind::PsychologistTalk, 15, 30)).contains(QStringLiteral("Signe Psykolog")));
    CHECK(repo.clash(f.talk(f.nurse, AppointmentKind::NurseTalk, 15, 30, 45, third))
              .contains(QStringLiteral("the citizen already has an appointment (follow-up) with Signe Psykolog")));
    // Back to back is no clash: the next morning, and the psychologist from 16:00.
    Appointment tuesday = late;
    tuesday.start = QDateTime(f.monday.addDays(1), QTime(0, 0));
    tuesday.end = tuesday.start.addSecs(45 * 60);
    CHECK(repo.clash(tuesday).isEmpty());
    CHECK(repo.clash(f.talk(f.psych, AppointmentKind::PsychologistTalk, 16, 0)).isEmpty());
}

TEST_CASE("Planning many citizens: a day found full is remembered and passed over, for the same proposal", "[teamday][slots]")
{
    TeamDayFixture f;
    AppointmentRepository repo(*f.t);
    const QString other = f.addCitizen(QStringLiteral("620202-2222"));
    QSet<QDate> full;
    SECTION("a day with no nurse free is full for anyone")
    {
        REQUIRE(f.bookEarly(repo, {f.talk(f.nurse, AppointmentKind::FollowUp, 8, 0, 8 * 60, other)}).ok());
        auto req = request(f, f.monday);
        req.fullDays = &full;
        auto first = SlotPlanner::propose(*f.t, req);
        REQUIRE(first.ok());
        CHECK(first->day == f.monday.addDays(1));
        CHECK(full == QSet<QDate>{f.monday});
        // The next citizen's search passes over Monday and gets what it would get without it.
        const QString third = f.addCitizen(QStringLiteral("630303-3333"));
        auto next = request(f, f.monday);
        next.citizenId = third;
        auto without = SlotPlanner::propose(*f.t, next);
        next.fullDays = &full;
        auto with = SlotPlanner::propose(*f.t, next);
        REQUIRE(without.ok());
        REQUIRE(with.ok());
        CHECK(with->day == without->day);
        CHECK(with->late == without->late);
        CHECK(with->reason == without->reason);
        REQUIRE(with->talks.size() == 3);
        for (int i = 0; i < 3; ++i) {
            CHECK(with->talks[i].staffId == without->talks[i].staffId);
            CHECK(with->talks[i].start == without->talks[i].start);
        }
    }
    SECTION("a day when each profession is free at the same time only is full too")
    {
        const QStringList cprs = {QStringLiteral("640404-4444"), QStringLiteral("650505-5555"),
                                  QStringLiteral("660606-6666"), QStringLiteral("670707-7777")};
        int i = 0;
        for (const Staff* s : {&f.physio, &f.physio2, &f.psych, &f.nurse}) {
            const QString someone = f.addCitizen(cprs.at(i++));
            REQUIRE(f.bookEarly(repo, {f.talk(*s, AppointmentKind::FollowUp, 8, 0, 120, someone),
                                       f.talk(*s, AppointmentKind::FollowUp, 10, 45, 315, someone)})
                        .ok());
        }
        auto req = request(f, f.monday);
        req.fullDays = &full;
        auto p = SlotPlanner::propose(*f.t, req);
        REQUIRE(p.ok());
        CHECK(p->day == f.monday.addDays(1));
        CHECK(full == QSet<QDate>{f.monday});
    }
    SECTION("a day the citizen's own appointments fill is not full for others")
    {
        REQUIRE(f.bookEarly(repo, {f.talk(f.caseworker, AppointmentKind::FollowUp, 8, 0, 8 * 60)}).ok());
        auto req = request(f, f.monday);
        req.fullDays = &full;
        auto p = SlotPlanner::propose(*f.t, req);
        REQUIRE(p.ok());
        CHECK(p->day == f.monday.addDays(1));
        CHECK(full.isEmpty());
    }
    SECTION("a day the caller knows to be full is not tried")
    {
        full.insert(f.monday);
        auto req = request(f, f.monday);
        req.fullDays = &full;
        auto p = SlotPlanner::propose(*f.t, req);
        REQUIRE(p.ok());
        CHECK(p->day == f.monday.addDays(1));
        CHECK(p->late);
    }
}
