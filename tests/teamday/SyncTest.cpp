#include "core/teamday/AppointmentRepository.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/teamday/NoteRepository.h"
#include "core/staff/StaffRepository.h"
#include "tests/sync/SyncHarness.h"

using namespace samspil;
using namespace samspil::test;

namespace {
Staff addStaff(Database& db, const QString& name, const QString& initials, Profession p)
{
    return addTestStaff(db, name, initials, p);
}

QString addCitizen(Database& db, const QString& cpr)
{
    Citizen c;
    c.cpr = cpr;
    c.name = QStringLiteral("Borger");
    c.benefit = QStringLiteral("sygedagpenge");
    c.benefitStart = QDate(2026, 11, 16);
    auto r = CitizenRepository(db).create(c);
    REQUIRE(r.ok());
    return r->id;
}

Appointment talk(const QString& citizen, const QString& staff, int hour)
{
    Appointment a;
    a.citizenId = citizen;
    a.staffId = staff;
    a.kind = AppointmentKind::PhysiotherapistTalk;
    a.start = QDateTime(QDate(2026, 11, 23), QTime(hour, 0));
    a.end = a.start.addSecs(45 * 60);
    return a;
}
} // namespace

TEST_CASE("Appointments, hours and notes sync between PCs, and the same time booked on two PCs is flagged by check",
          "[teamday][sync]")
{
    Team team(2);
    Database& a = *team[0];
    Database& b = *team[1];
    const Staff physio = addStaff(a, QStringLiteral("Frida Fysio"), QStringLiteral("FF"), Profession::Physiotherapist);
    REQUIRE(AppointmentRepository(a).setWorkingHours(physio.id, 1, QTime(8, 0), QTime(16, 0)).ok());
    const QString first = addCitizen(a, QStringLiteral("610190-1234"));
    const QString second = addCitizen(a, QStringLiteral("620202-2222"));
    team.syncUntilQuiet();
    CHECK(AppointmentRepository(b).workingHours(physio.id).size() == 1);

    // Both PCs book the physiotherapist at 10:00 before they sync: each is valid on its own PC.
    REQUIRE(AppointmentRepository(a).book({talk(first, physio.id, 10)}).ok());
    REQUIRE(AppointmentRepository(b).book({talk(second, physio.id, 10)}).ok());
    // A note written and signed on one PC, amended on the other after a sync.
    IcfNote n;
    n.citizenId = first;
    n.authorId = physio.id;
    n.findings = {{QStringLiteral("b280"), 2, false, {}}};
    auto saved = NoteRepository(a).saveDraft(n);
    REQUIRE(saved.ok());
    // Signed after a talk held that morning.
    BookingOptions early;
    early.bookedAt = QDateTime(QDate(2026, 11, 23), QTime(7, 0));
    auto morningTalk = AppointmentRepository(a).book({talk(first, physio.id, 8)}, early);
    REQUIRE(morningTalk.ok());
    REQUIRE(AppointmentRepository(a).setStatus(morningTalk->first().id, AppointmentStatus::Held).ok());
    REQUIRE(NoteRepository(a).sign(saved->id, physio.id).ok());
    team.syncUntilQuiet();
    auto amended = NoteRepository(b).amend(saved->id, physio.id);
    REQUIRE(amended.ok());
    REQUIRE(NoteRepository(b).sign(amended->id, physio.id).ok());
    team.syncUntilQuiet();

    // A lunch break set on the other PC replaces the Monday hours everywhere.
    WorkingHours morning{{}, physio.id, 1, QTime(8, 0), QTime(12, 0)};
    WorkingHours afternoon{{}, physio.id, 1, QTime(12, 30), QTime(16, 0)};
    REQUIRE(AppointmentRepository(b).replaceWorkingHours({{physio.id, {morning, afternoon}}}).ok());
    team.syncUntilQuiet();
    const auto hours = AppointmentRepository(a).workingHours(physio.id);
    REQUIRE(hours.size() == 2);
    CHECK(hours.at(0).to == QTime(12, 0));
    CHECK(hours.at(1).from == QTime(12, 30));

    CHECK(team.dump(0) == team.dump(1));
    CHECK(AppointmentRepository(a).onDay(QDate(2026, 11, 23)).size() == 3); // the two at 10:00 and the held talk at 08:00
    const auto current = NoteRepository(a).currentSigned(first);
    REQUIRE(current.size() == 1);
    CHECK(current.first().id == amended->id);
    CHECK(NoteRepository(a).forCitizen(first).size() == 2);

    const auto findings = ConsistencyCheck::run(a);
    CHECK(ConsistencyCheck::sound(findings)); // a warning, not an error
    bool flagged = false;
    for (const auto& f : findings) {
        flagged = flagged || (f.severity == CheckFinding::Severity::Warning && f.message.contains(QStringLiteral("overlap")));
    }
    CHECK(flagged);
}

TEST_CASE("A draft edited on one PC while it is signed on another: the note shows it was changed after signing", "[teamday][sync]")
{
    Team team(2);
    Database& a = *team[0];
    Database& b = *team[1];
    const Staff nurse = addStaff(a, QStringLiteral("Svend Sygeplejerske"), QStringLiteral("SS"), Profession::Nurse);
    const QString citizen = addCitizen(a, QStringLiteral("610190-1234"));
    IcfNote n;
    n.citizenId = citizen;
    n.authorId = nurse.id;
    n.jobMeaning = QStringLiteral("Kan arbejde om formiddagen.");
    auto draft = NoteRepository(a).saveDraft(n);
    REQUIRE(draft.ok());
    team.syncUntilQuiet();

    REQUIRE(AppointmentRepository(a).setWorkingHours(nurse.id, 1, QTime(8, 0), QTime(16, 0)).ok());
    Appointment held = talk(citizen, nurse.id, 8);
    held.kind = AppointmentKind::NurseTalk;
    BookingOptions then;
    then.bookedAt = QDateTime(QDate(2026, 11, 23), QTime(7, 0));
    auto booked = AppointmentRepository(a).book({held}, then);
    REQUIRE(booked.ok());
    REQUIRE(AppointmentRepository(a).setStatus(booked->first().id, AppointmentStatus::Held).ok());
    auto signedNote = NoteRepository(a).sign(draft->id, nurse.id);
    REQUIRE(signedNote.ok());
    CHECK(signedNote->intact());
    auto elsewhere = NoteRepository(b).get(draft->id);
    REQUIRE(elsewhere);
    elsewhere->jobMeaning = QStringLiteral("Kan ikke arbejde endnu.");
    REQUIRE(NoteRepository(b).saveDraft(*elsewhere).ok()); // b has not seen the signature yet
    team.syncUntilQuiet();

    CHECK(team.dump(0) == team.dump(1));
    const auto merged = NoteRepository(a).get(draft->id);
    REQUIRE(merged);
    CHECK(merged->signedOff());
    CHECK_FALSE(merged->intact());
    CHECK(NoteRepository(a).countChangedAfterSigning() == 1);
    bool flagged = false;
    for (const auto& f : ConsistencyCheck::run(b)) {
        flagged = flagged || f.message.contains(QStringLiteral("changed after signing"));
    }
    CHECK(flagged);
    // The author amends it: the new version is signed as it stands and is intact.
    auto amended = NoteRepository(a).amend(draft->id, nurse.id);
    REQUIRE(amended.ok());
    auto resigned = NoteRepository(a).sign(amended->id, nurse.id);
    REQUIRE(resigned.ok());
    CHECK(resigned->intact());
}
