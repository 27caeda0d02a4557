#include "core/citizen/Cpr.h"
#include "tests/support/TestSupport.h"

using namespace samspil;

// Only synthetic numbers (day + 60) or numbers with impossible dates appear in tests:
// never a number that could belong to a real person.

TEST_CASE("CPR century table at every edge", "[cpr]")
{
    struct Row
    {
        int yy, d7, year;
    };
    const Row rows[] = {
        // 7th digit 0-3: always 1900s
        {0, 0, 1900}, {99, 0, 1999}, {0, 3, 1900}, {99, 3, 1999}, {36, 1, 1936}, {58, 2, 1958},
        // 4 and 9: 2000-2036 for 00-36, else 1900s
        {0, 4, 2000}, {36, 4, 2036}, {37, 4, 1937}, {99, 4, 1999},
        {0, 9, 2000}, {36, 9, 2036}, {37, 9, 1937}, {99, 9, 1999},
        // 5-8: 2000-2057 for 00-57, 1858-1899 for 58-99
        {0, 5, 2000}, {57, 5, 2057}, {58, 5, 1858}, {99, 5, 1899},
        {0, 8, 2000}, {57, 8, 2057}, {58, 8, 1858}, {99, 8, 1899},
        {57, 6, 2057}, {58, 7, 1858},
    };
    for (const auto& r : rows) {
        INFO("yy=" << r.yy << " d7=" << r.d7);
        CHECK(Cpr::birthYear(r.yy, r.d7) == r.year);
    }
    CHECK(Cpr::birthYear(100, 0) == -1);
    CHECK(Cpr::birthYear(10, 10) == -1);
}

TEST_CASE("CPR parsing: format, dates, synthetic numbers", "[cpr]")
{
    const QDate today(2026, 11, 23);

    SECTION("with and without dash give the same number")
    {
        auto a = Cpr::parse(QStringLiteral("610190-1235"), today);
        auto b = Cpr::parse(QStringLiteral("  6101901235 "), today);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(a->digits == QStringLiteral("6101901235"));
        CHECK(a->digits == b->digits);
        CHECK(a->formatted() == QStringLiteral("610190-1235"));
        CHECK(a->birthDate == QDate(1990, 1, 1));
        CHECK(a->synthetic);
        CHECK(a->sex == Sex::Male);
        CHECK(a->ageOn(today) == 36);
    }
    SECTION("day 61 and day 91 are synthetic; 60 and 92 are not dates")
    {
        auto first = Cpr::parse(QStringLiteral("610190-1234"), today);
        REQUIRE(first.ok());
        CHECK(first->synthetic);
        CHECK(first->sex == Sex::Female);
        auto last = Cpr::parse(QStringLiteral("910190-1234"), today);
        REQUIRE(last.ok());
        CHECK(last->birthDate == QDate(1990, 1, 31));
        CHECK_FALSE(Cpr::parse(QStringLiteral("600190-1234"), today).ok());
        CHECK_FALSE(Cpr::parse(QStringLiteral("920190-1234"), today).ok());
    }
    SECTION("the synthetic day must still be a real date")
    {
        CHECK_FALSE(Cpr::parse(QStringLiteral("910290-1234"), today).ok()); // 31 February
        CHECK(Cpr::parse(QStringLiteral("890200-4234"), today).ok());      // 29 February 2000
        CHECK_FALSE(Cpr::parse(QStringLiteral("890201-4234"), today).ok()); // 29 February 2001
        CHECK_FALSE(Cpr::parse(QStringLiteral("611390-1234"), today).ok()); // month 13
        CHECK_FALSE(Cpr::parse(QStringLiteral("610090-1234"), today).ok()); // month 0
    }
    SECTION("a birth date after today is refused")
    {
        CHECK(Cpr::parse(QStringLiteral("831126-4234"), today).ok());       // 23-11-2026: today
        CHECK_FALSE(Cpr::parse(QStringLiteral("841126-4234"), today).ok()); // 24-11-2026
        CHECK_FALSE(Cpr::parse(QStringLiteral("610136-4234"), today).ok()); // 2036
        CHECK(Cpr::parse(QStringLiteral("610137-4234"), today)->birthDate.year() == 1937);
    }
    SECTION("malformed text is refused with a message")
    {
        for (const char* bad : {"", "12345", "610190-123", "610190_1234", "61019O-1234", "610190--1234", "6101901234567"}) {
            INFO(bad);
            auto r = Cpr::parse(QString::fromLatin1(bad), today);
            CHECK_FALSE(r.ok());
            CHECK_FALSE(r.error().isEmpty());
        }
    }
    SECTION("modulus 11 is a warning, never a rejection")
    {
        // Find a synthetic number that passes and one that fails the check.
        QString passing;
        QString failing;
        for (int s = 0; s < 10000 && (passing.isEmpty() || failing.isEmpty()); ++s) {
            const QString n = QStringLiteral("610190%1").arg(s, 4, 10, QLatin1Char('0'));
            (Cpr::modulus11(n) ? passing : failing) = n;
        }
        auto p = Cpr::parse(passing, today);
        auto f = Cpr::parse(failing, today);
        REQUIRE(p.ok());
        REQUIRE(f.ok());
        CHECK(p->modulus11);
        CHECK_FALSE(f->modulus11);
        CHECK(p->warnings.size() == 1); // synthetic only
        CHECK(f->warnings.size() == 2); // synthetic and modulus 11
    }
}
