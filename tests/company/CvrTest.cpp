#include "core/company/Cvr.h"

#include <catch2/catch.hpp>

using namespace samspil;

TEST_CASE("A CVR number passes the modulus-11 check with the weights 2 7 6 5 4 3 2 1", "[company][cvr]")
{
    // 9*2+9*7+0*6+0*5+2*4+0*3+2*2+6*1 = 18+63+8+4+6 = 99 = 9*11
    CHECK(Cvr::modulus11(QStringLiteral("99002026")));
    CHECK(Cvr::modulus11(QStringLiteral("10110866")));
    CHECK_FALSE(Cvr::modulus11(QStringLiteral("99002027")));
    CHECK_FALSE(Cvr::modulus11(QStringLiteral("12345678")));
    auto ok = Cvr::parse(QStringLiteral("99002026"));
    REQUIRE(ok.ok());
    CHECK(*ok == QStringLiteral("99002026"));
    CHECK(Cvr::format(*ok) == QStringLiteral("99 00 20 26"));
}

TEST_CASE("A CVR number may be written with spaces, dashes and DK in front", "[company][cvr]")
{
    for (const char* text : {"99 00 20 26", "DK-99002026", "dk 99-00-20-26", "  99002026  "}) {
        auto r = Cvr::parse(QString::fromLatin1(text));
        INFO(text);
        REQUIRE(r.ok());
        CHECK(*r == QStringLiteral("99002026"));
    }
}

TEST_CASE("Hostile or mistyped CVR numbers are refused with the reason", "[company][cvr]")
{
    struct Case
    {
        QString text;
        QString reason;
    };
    const QVector<Case> cases = {
        {QString(), QStringLiteral("missing")},
        {QStringLiteral("   "), QStringLiteral("missing")},
        {QStringLiteral("9900202"), QStringLiteral("8 digits")},
        {QStringLiteral("990020260"), QStringLiteral("8 digits")},
        {QStringLiteral("99002027"), QStringLiteral("check digit")},
        {QStringLiteral("9900202a"), QStringLiteral("only digits")},
        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("only digits")},
        {QStringLiteral("99002026; DROP TABLE company"), QStringLiteral("only digits")},
        {QString(40, QLatin1Char('9')), QStringLiteral("too long")},
        {QStringLiteral("09002026"), QStringLiteral("never begins with 0")},
        // Arabic-Indic and full-width digits look like digits but are not the ASCII ones.
        {QString::fromUtf8("\u0669\u0669\u0660\u0660\u0662\u0660\u0662\u0666"), QStringLiteral("only digits")},
        {QString::fromUtf8("\uFF19\uFF19\uFF10\uFF10\uFF12\uFF10\uFF12\uFF16"), QStringLiteral("only digits")},
        {QStringLiteral("99002026\n"), QString()}, // trimmed: fine
        {QStringLiteral("9900\t2026"), QStringLiteral("only digits")},
    };
    for (const Case& c : cases) {
        auto r = Cvr::parse(c.text);
        INFO(c.text.toStdString());
        if (c.reason.isEmpty()) {
            CHECK(r.ok());
            continue;
        }
        REQUIRE_FALSE(r.ok());
        INFO(r.error().toStdString());
        CHECK(r.error().contains(c.reason));
    }
}
