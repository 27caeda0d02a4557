#include "core/citizen/CitizenRepository.h"
#include "core/company/CompanyRepository.h"
#include "core/company/PlacementRepository.h"
#include "core/storage/ConsistencyCheck.h"
#include "tests/sync/SyncHarness.h"

using namespace samspil;
using namespace samspil::test;

TEST_CASE("Companies, offers, placements and company consents sync between PCs", "[company][sync]")
{
    Team team(2);
    Database& a = *team[0];
    Database& b = *team[1];
    const Staff cw = addTestStaff(a, QStringLiteral("Karen Koordinator"), QStringLiteral("KK"));
    const QString citizen = addTestCitizen(a, QStringLiteral("Aase Andersen"), QStringLiteral("610190-1234"));
    Company c;
    c.cvr = QStringLiteral("99002026");
    c.name = QStringLiteral("Byggemarked ApS");
    c.contacts.append({{}, {}, QStringLiteral("Henrik Mester"), {}, {}, {}});
    c.offers.append({{}, {}, PlacementKind::Loentilskud, QStringLiteral("Butik"), 25, {}, 1, {}});
    auto company = CompanyRepository(a).save(c);
    REQUIRE(company.ok());
    Placement p;
    p.citizenId = citizen;
    p.companyId = company->id;
    p.kind = PlacementKind::Loentilskud;
    p.from = team[0].clock.today();
    p.followUps = {{p.from.addDays(14), false}};
    REQUIRE(PlacementRepository(a).save(p).ok());
    CompanyConsent consent;
    consent.citizenId = citizen;
    consent.companyId = company->id;
    consent.givenOn = team[0].clock.today();
    consent.sharedHealth = QStringLiteral("Korte dage i starten");
    REQUIRE(CompanyConsentRepository(a).give(consent).ok());
    team.syncUntilQuiet();

    auto there = CompanyRepository(b).byCvr(QStringLiteral("99002026"));
    REQUIRE(there.ok());
    REQUIRE(there->has_value());
    CHECK((*there)->contacts.size() == 1);
    REQUIRE((*there)->offers.size() == 1);
    CHECK((*there)->offers.front().kind == PlacementKind::Loentilskud);
    auto placements = PlacementRepository(b).forCitizen(citizen);
    REQUIRE(placements.ok());
    REQUIRE(placements->size() == 1);
    CHECK(placements->front().companyName == QStringLiteral("Byggemarked ApS"));
    CHECK(placements->front().followUps == p.followUps);
    auto shared = CompanyConsentRepository(b).current(citizen, company->id);
    REQUIRE(shared.ok());
    REQUIRE(shared->has_value());
    CHECK((*shared)->sharedHealth == QStringLiteral("Korte dage i starten"));

    // A change on the second PC comes back to the first.
    Company renamed = **there;
    renamed.name = QStringLiteral("Byggemarked A/S");
    REQUIRE(CompanyRepository(b).save(renamed).ok());
    team.syncUntilQuiet();
    auto back = CompanyRepository(a).byCvr(QStringLiteral("99002026"));
    REQUIRE(back.ok());
    REQUIRE(back->has_value());
    CHECK((*back)->name == QStringLiteral("Byggemarked A/S"));
    CHECK(team.dump(0) == team.dump(1));
    (void)cw;
}

TEST_CASE("The same company created on two PCs before they sync is flagged by check, and both placements stay", "[company][sync]")
{
    Team team(2);
    const QString citizen = addTestCitizen(*team[0], QStringLiteral("Aase Andersen"), QStringLiteral("610190-1234"));
    team.syncUntilQuiet();
    for (int i = 0; i < 2; ++i) {
        Company c;
        c.cvr = QStringLiteral("99002026");
        c.name = i == 0 ? QStringLiteral("Byggemarked ApS") : QStringLiteral("Byggemarkedet");
        auto saved = CompanyRepository(*team[i]).save(c);
        REQUIRE(saved.ok());
        Placement p;
        p.citizenId = citizen;
        p.companyId = saved->id;
        p.from = team[i].clock.today();
        REQUIRE(PlacementRepository(*team[i]).save(p).ok());
    }
    auto before = ConsistencyCheck::run(*team[0]);
    CHECK(ConsistencyCheck::sound(before));
    team.syncUntilQuiet();
    auto placements = PlacementRepository(*team[0]).forCitizen(citizen);
    REQUIRE(placements.ok());
    CHECK(placements->size() == 2);
    const auto findings = ConsistencyCheck::run(*team[0]);
    bool flagged = false;
    for (const auto& f : findings) {
        flagged = flagged || f.message.contains(QStringLiteral("more than one company"));
    }
    CHECK(flagged);
}
