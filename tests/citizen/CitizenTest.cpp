#include "core/util/Dates.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "tests/support/TestSupport.h"

#include <ctime>

using namespace samspil;
using namespace samspil::test;

namespace {

Citizen valid()
{
    Citizen c;
    c.cpr = QStringLiteral("610190-1234");
    c.name = QStringLiteral("Åse Ærø");
    c.benefit = QStringLiteral("kontanthjaelp");
    c.benefitStart = QDate(2026, 10, 1);
    return c;
}

bool hasIssue(const QVector<FieldIssue>& issues, const QString& field, bool blocking)
{
    return std::any_of(issues.begin(), issues.end(), [&](const FieldIssue& i) { return i.field == field && i.blocking == blocking; });
}

} // namespace

TEST_CASE("Citizen validation names the field that is wrong", "[citizen]")
{
    const QDate today(2026, 11, 23);
    const auto& cat = BenefitCatalogue::shipped();
    CHECK_FALSE(CitizenRules::hasBlocking(CitizenRules::validate(valid(), today, cat)));

    Citizen c = valid();
    c.cpr = QStringLiteral("320190-1234");
    CHECK(hasIssue(CitizenRules::validate(c, today, cat), QStringLiteral("cpr"), true));
    c = valid();
    c.name = QStringLiteral("  ");
    CHECK(hasIssue(CitizenRules::validate(c, today, cat), QStringLiteral("name"), true));
    c = valid();
    c.phone = QStringLiteral("call me");
    CHECK(hasIssue(CitizenRules::validate(c, today, cat), QStringLiteral("phone"), true));
    c = valid();
    c.email = QStringLiteral("aase@");
    CHECK(hasIssue(CitizenRules::validate(c, today, cat), QStringLiteral("email"), true));
    c = valid();
    c.benefit = QStringLiteral("folkepension");
    CHECK(hasIssue(CitizenRules::validate(c, today, cat), QStringLiteral("benefit"), true));
    c = valid();
    c.benefitStart = QDate();
    CHECK(hasIssue(CitizenRules::validate(c, today, cat), QStringLiteral("benefit_start"), true));
    c = valid();
    c.benefitStart = today.addDays(10);
    CHECK(hasIssue(CitizenRules::validate(c, today, cat), QStringLiteral("benefit_start"), false));
    c = valid();
    c.benefit = QStringLiteral("ressourceforloeb");
    CHECK(hasIssue(CitizenRules::validate(c, today, cat), QStringLiteral("benefit"), false)); // closed to new courses
    c.id = QStringLiteral("existing");
    CHECK_FALSE(hasIssue(CitizenRules::validate(c, today, cat), QStringLiteral("benefit"), false)); // running course
}

TEST_CASE("Weeks on benefit", "[citizen]")
{
    CHECK(CitizenRules::weeksBetween(QDate(2026, 11, 1), QDate(2026, 11, 7)) == 0);
    CHECK(CitizenRules::weeksBetween(QDate(2026, 11, 1), QDate(2026, 11, 8)) == 1);
    CHECK(CitizenRules::weeksBetween(QDate(2025, 11, 23), QDate(2026, 11, 23)) == 52);
    CHECK(CitizenRules::weeksBetween(QDate(2026, 11, 8), QDate(2026, 11, 1)) == 0);
}

TEST_CASE("Citizens: create, find, update, close, caseload", "[citizen]")
{
    TempDb t;
    StaffRepository staff(*t);
    Staff cw;
    cw.name = QStringLiteral("Jonas Vestergaard");
    cw.initials = QStringLiteral("JV");
    auto jv = staff.create(cw);
    REQUIRE(jv.ok());
    CitizenRepository citizens(*t);
    Citizen c = valid();
    c.caseworkerId = jv->id;
    QStringList warnings;
    auto created = citizens.create(c, &warnings);
    REQUIRE(created.ok());
    CHECK(warnings.size() >= 1); // synthetic number
    CHECK(created->createdAt == t.clock.now());

    SECTION("the same CPR number cannot be created twice")
    {
        Citizen twin = valid();
        twin.cpr = QStringLiteral("6101901234");
        auto again = citizens.create(twin);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("already exists")));
        CHECK(citizens.all().size() == 1);
    }
    SECTION("a bad update changes nothing")
    {
        Citizen edited = created.value();
        edited.name = QString();
        edited.phone = QStringLiteral("00 00 11 22");
        CHECK_FALSE(citizens.update(edited).ok());
        CHECK(citizens.get(created->id)->phone.isEmpty());
    }
    SECTION("close and reopen")
    {
        REQUIRE(citizens.setStatus(created->id, CitizenStatus::Closed).ok());
        CHECK(citizens.get(created->id)->status == CitizenStatus::Closed);
        CHECK(citizens.countForCaseworker(jv->id) == 0);
        REQUIRE(citizens.setStatus(created->id, CitizenStatus::Active).ok());
        CHECK(citizens.countForCaseworker(jv->id) == 1);
    }
    SECTION("the caseload carries the caseworker's initials")
    {
        const auto load = citizens.caseload();
        REQUIRE(load.size() == 1);
        CHECK(load[0].caseworkerInitials == QStringLiteral("JV"));
        CHECK(load[0].citizen.name == QStringLiteral("Åse Ærø"));
    }
    SECTION("data survives a restart")
    {
        t.reopen();
        CitizenRepository again(*t);
        CHECK(again.findByCpr(QStringLiteral("610190-1234"))->name == QStringLiteral("Åse Ærø"));
    }
}

TEST_CASE("Staff initials are unique and well-formed", "[staff]")
{
    TempDb t;
    StaffRepository staff(*t);
    Staff s;
    s.name = QStringLiteral("Søren Mikkelsen");
    s.initials = QStringLiteral("sm");
    auto sm = staff.create(s);
    REQUIRE(sm.ok());
    CHECK(sm->initials == QStringLiteral("SM"));
    Staff other;
    other.name = QStringLiteral("Signe Mortensen");
    other.initials = QStringLiteral("SM");
    auto clash = staff.create(other);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().contains(QStringLiteral("Søren Mikkelsen")));
    other.initials = QStringLiteral("S");
    CHECK_FALSE(staff.create(other).ok());
    other.initials = QStringLiteral("SMØ");
    CHECK(staff.create(other).ok());
    CHECK(staff.byInitials(QStringLiteral("smø")).has_value());
    Staff renamed = sm.value();
    renamed.name = QStringLiteral("Søren Mikkelsen Lund");
    CHECK(staff.update(renamed).ok()); // keeping its own initials is fine
}

TEST_CASE("Stored dates and times are read back exactly, in the fast layout and any other ISO form", "[dates]")
{
    using samspil::parseStoredDate;
    using samspil::parseStoredDateTime;
    CHECK(parseStoredDate(u"2026-11-22") == QDate(2026, 11, 22));
    CHECK(parseStoredDate(u"1999-02-30").isValid() == false);
    CHECK(parseStoredDate(u"").isValid() == false);
    CHECK(parseStoredDate(u"22-11-2026").isValid() == false);
    const QDateTime t(QDate(2026, 11, 22), QTime(14, 5, 7, 123), Qt::UTC);
    CHECK(parseStoredDateTime(t.toString(Qt::ISODateWithMs)) == t);
    CHECK(parseStoredDateTime(u"2026-11-22T14:05:07Z") == QDateTime(QDate(2026, 11, 22), QTime(14, 5, 7), Qt::UTC));
    CHECK(parseStoredDateTime(u"2026-11-22T15:05:07.123+01:00") == t);
    CHECK(parseStoredDateTime(u"2026-11-22T25:05:07.123Z").isValid() == false);
    CHECK(parseStoredDateTime(u"").isValid() == false);

    // Written exactly as Qt writes them, so old and new rows compare equal.
    for (const QDate d : {QDate(2026, 1, 2), QDate(1999, 12, 31), QDate(33, 7, 9)}) {
        CHECK(samspil::formatStoredDate(d) == d.toString(Qt::ISODate));
    }
    for (const QDateTime& when : {t, QDateTime(QDate(2026, 1, 2), QTime(0, 0, 0, 5), Qt::UTC),
                                  QDateTime(QDate(2026, 6, 1), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, 7200)}) {
        CHECK(samspil::formatStoredDateTime(when) == when.toUTC().toString(Qt::ISODateWithMs));
    }
    CHECK(samspil::formatStoredDate(QDate()).isEmpty());
}

TEST_CASE("The local day of a moment is the one Qt gives, also on the nights the clocks change", "[dates]")
{
    // Danish time: summer time starts 29-03-2026 at 01:00 UTC and ends 25-10-2026 at 01:00 UTC.
    qputenv("TZ", "Europe/Copenhagen");
    tzset();
    for (const QDate day : {QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 10, 24), QDate(2026, 10, 25), QDate(2026, 11, 22)}) {
        for (int minute = 0; minute < 24 * 60; minute += 7) {
            const QDateTime t(day, QTime(minute / 60, minute % 60), Qt::UTC);
            INFO(t.toString(Qt::ISODate).toStdString());
            CHECK(samspil::localDate(t) == t.toLocalTime().date());
        }
    }
    // 23:30 UTC in winter is already the next day in Denmark.
    CHECK(samspil::localDate(QDateTime(QDate(2026, 11, 22), QTime(23, 30), Qt::UTC)) == QDate(2026, 11, 23));
    CHECK_FALSE(samspil::localDate(QDateTime()).isValid());
}

TEST_CASE("Closing a course records its outcome and the date weeks on support end", "[citizen][outcome]")
{
    TempDb t;
    Citizen c;
    c.name = QStringLiteral("Karen Mikkelsen");
    c.cpr = QStringLiteral("6505901238");
    c.benefit = QStringLiteral("sygedagpenge");
    c.benefitStart = QDate(2026, 8, 3);
    auto created = CitizenRepository(*t).create(c);
    REQUIRE(created.ok());
    const QString id = created->id;
    CitizenRepository repo(*t);
    const QDate today = t.clock.today();
    REQUIRE(today == QDate(2026, 11, 23));
    CHECK(CitizenRules::weeksOnSupport(*repo.get(id), today) == 16);

    SECTION("bad closings are refused with a reason, and nothing changes")
    {
        const qint64 before = scalar(*t, QStringLiteral("SELECT count(*) FROM change_log"));
        const auto unknown = repo.closeCase(id, QStringLiteral("lottery"), QDate(2026, 11, 1));
        CHECK(unknown.error() == QStringLiteral("Choose how the course ended."));
        const auto future = repo.closeCase(id, QStringLiteral("flex_job"), QDate(2026, 11, 24));
        CHECK(future.error().contains(QStringLiteral("future")));
        const auto early = repo.closeCase(id, QStringLiteral("flex_job"), QDate(2026, 8, 2));
        CHECK(early.error().contains(QStringLiteral("03-08-2026")));
        CHECK_FALSE(repo.closeCase(id, QStringLiteral("flex_job"), QDate()).ok());
        CHECK(repo.get(id)->status == CitizenStatus::Active);
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == before);
    }
    SECTION("a closed course counts weeks to its end, survives restart, and reopening clears it")
    {
        REQUIRE(repo.closeCase(id, QStringLiteral("flex_job"), QDate(2026, 10, 12)).ok());
        t.reopen();
        const auto closed = CitizenRepository(*t).get(id);
        REQUIRE(closed);
        CHECK(closed->status == CitizenStatus::Closed);
        CHECK(closed->outcome == QStringLiteral("flex_job"));
        CHECK(closed->outcomeDate == QDate(2026, 10, 12));
        CHECK(CitizenRules::weeksOnSupport(*closed, today) == 10);
        CHECK(Outcomes::label(closed->outcome) == QStringLiteral("Flex job"));

        REQUIRE(CitizenRepository(*t).reopenCase(id).ok());
        const auto open = CitizenRepository(*t).get(id);
        CHECK(open->status == CitizenStatus::Active);
        CHECK(open->outcome.isEmpty());
        CHECK_FALSE(open->outcomeDate.isValid());
        CHECK(CitizenRules::weeksOnSupport(*open, today) == 16);
    }
}
