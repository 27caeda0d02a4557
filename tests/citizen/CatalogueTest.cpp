#include "core/citizen/Catalogue.h"
#include "core/util/Language.h"
#include "tests/support/TestSupport.h"

using namespace samspil;

TEST_CASE("The shipped benefit catalogue", "[catalogue]")
{
    const auto& c = BenefitCatalogue::shipped();
    QStringList codes;
    for (const auto& b : c.benefits()) {
        codes << b.code;
        CHECK_FALSE(b.da.isEmpty());
        CHECK_FALSE(b.en.isEmpty());
    }
    CHECK(codes == QStringList{QStringLiteral("kontanthjaelp"), QStringLiteral("sygedagpenge"),
                               QStringLiteral("jobafklaringsforloeb"), QStringLiteral("ledighedsydelse"),
                               QStringLiteral("ressourceforloeb"), QStringLiteral("revalidering"),
                               QStringLiteral("a_dagpenge"), QStringLiteral("other")});
    CHECK(c.benefit(QStringLiteral("ressourceforloeb"))->closedToNew);
    CHECK(c.benefit(QStringLiteral("revalidering"))->closedToNew);
    CHECK_FALSE(c.benefit(QStringLiteral("kontanthjaelp"))->closedToNew);
    CHECK(c.targetGroups().size() == 3);

    SECTION("benefits resolve by code or label in any case")
    {
        CHECK(c.resolveBenefit(QStringLiteral("KONTANTHJÆLP"))->code == QStringLiteral("kontanthjaelp"));
        CHECK(c.resolveBenefit(QStringLiteral("sygedagpenge"))->code == QStringLiteral("sygedagpenge"));
        CHECK(c.resolveBenefit(QStringLiteral(" Sickness benefit "))->code == QStringLiteral("sygedagpenge"));
        CHECK(c.resolveBenefit(QStringLiteral("a_dagpenge"))->warning.isEmpty());
        CHECK_FALSE(c.resolveBenefit(QStringLiteral("folkepension")).ok());
        CHECK_FALSE(c.resolveBenefit(QString()).ok());
    }
    SECTION("uddannelseshjælp maps to kontanthjælp with a warning")
    {
        auto r = c.resolveBenefit(QStringLiteral("Uddannelseshjælp"));
        REQUIRE(r.ok());
        CHECK(r->code == QStringLiteral("kontanthjaelp"));
        CHECK(r->warning.contains(QStringLiteral("2025")));
    }
    SECTION("labels follow the language")
    {
        Language::setCurrent(QStringLiteral("da"));
        CHECK(c.benefitLabel(QStringLiteral("kontanthjaelp")) == QStringLiteral("Kontanthjælp"));
        Language::setCurrent(QStringLiteral("en"));
        CHECK(c.benefitLabel(QStringLiteral("kontanthjaelp")) == QStringLiteral("Cash benefit"));
    }
    SECTION("target groups")
    {
        CHECK(c.resolveTargetGroup(QStringLiteral("Aktivitetsparat"))->code == QStringLiteral("aktivitetsparat"));
        CHECK(c.resolveTargetGroup(QString())->code.isEmpty());
        CHECK_FALSE(c.resolveTargetGroup(QStringLiteral("sygemeldt")).ok());
    }
}

TEST_CASE("A broken catalogue file is refused with a reason", "[catalogue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.json"));
    test::writeFile(path, "{\"format\": \"samspil-catalogue/1\", \"benefits\": [], \"target_groups\": []}");
    CHECK_FALSE(BenefitCatalogue::load(path).ok());
    test::writeFile(path, "not json");
    CHECK_FALSE(BenefitCatalogue::load(path).ok());
    test::writeFile(path, "{\"format\": \"samspil-catalogue/1\", \"benefits\": [{\"code\": \"a\", \"da\": \"A\"}],"
                          " \"legacy\": [{\"label\": \"x\", \"code\": \"missing\"}]}");
    auto r = BenefitCatalogue::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("missing")));
}
