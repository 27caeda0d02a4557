#include "core/company/Matching.h"

#include <catch2/catch.hpp>

using namespace samspil;

namespace {
Company company(const QString& id, const QString& name, QVector<CompanyOffer> offers)
{
    Company c;
    c.id = id;
    c.name = name;
    c.offers = std::move(offers);
    return c;
}

CompanyOffer offer(PlacementKind kind, double hours, const QString& demands)
{
    CompanyOffer o;
    o.kind = kind;
    o.hoursPerWeek = hours;
    o.demands = demands;
    return o;
}
} // namespace

TEST_CASE("Matching suggests offers that fit the goal's kind and hours and do not clash with the skånehensyn", "[company][matching]")
{
    const QDate today(2026, 11, 23);
    const QVector<Company> companies = {
        company(QStringLiteral("a"), QStringLiteral("Byggemarked"),
                {offer(PlacementKind::Praktik, 20, QStringLiteral("Tunge løft på lageret")),
                 offer(PlacementKind::Loentilskud, 25, QStringLiteral("Kundekontakt"))}),
        company(QStringLiteral("b"), QStringLiteral("Kontorservice"), {offer(PlacementKind::Praktik, 15, QStringLiteral("Stille kontor"))}),
        company(QStringLiteral("c"), QStringLiteral("Fiskeindustri"), {offer(PlacementKind::Ordinaert, 37, QStringLiteral("Højt tempo"))}),
        company(QStringLiteral("d"), QStringLiteral("Plejecenter"), {offer(PlacementKind::Fleksjob, 15, QStringLiteral("Let arbejde"))}),
    };
    Plan plan;
    plan.goalKind = EmploymentGoalKind::OrdinaryJob;
    plan.hoursPerWeek = 25;

    const auto matches = Matching::forCitizen(companies, plan, {QStringLiteral("no-heavy-lifting")}, today);
    QStringList found;
    for (const auto& m : matches) {
        found << m.companyName + QLatin1Char('/') + PlacementKinds::code(m.offer.kind);
    }
    // Not the lifting praktik (clash), not 37 hours (over the goal), not the flex job (another goal).
    CHECK(found == QStringList{QStringLiteral("Byggemarked/loentilskud"), QStringLiteral("Kontorservice/praktik")});
    CHECK(matches.front().explanation.contains(QStringLiteral("Byggemarked")));
    CHECK(matches.front().explanation.contains(QStringLiteral("25")));
    CHECK(matches.front().explanation.endsWith(QLatin1Char('.')));

    plan.goalKind = EmploymentGoalKind::FlexJob;
    const auto flex = Matching::forCitizen(companies, plan, {}, today);
    QStringList kinds;
    for (const auto& m : flex) {
        kinds << PlacementKinds::code(m.offer.kind);
    }
    CHECK(kinds.contains(QStringLiteral("fleksjob")));
    CHECK_FALSE(kinds.contains(QStringLiteral("loentilskud")));
    // Without a plan every offer is a candidate; the skånehensyn still rule out a clash.
    CHECK(Matching::forCitizen(companies, std::nullopt, {QStringLiteral("no-heavy-lifting")}, today).size() == 4);
}

TEST_CASE("Matching the other way: for an offer, the citizens whose plan points there", "[company][matching]")
{
    QHash<QString, Plan> plans;
    Plan ordinary;
    ordinary.goalKind = EmploymentGoalKind::OrdinaryJob;
    ordinary.hoursPerWeek = 30;
    Plan flex;
    flex.goalKind = EmploymentGoalKind::FlexJob;
    flex.hoursPerWeek = 12;
    Plan few = ordinary;
    few.hoursPerWeek = 10;
    plans.insert(QStringLiteral("a"), ordinary);
    plans.insert(QStringLiteral("b"), flex);
    plans.insert(QStringLiteral("c"), few);
    plans.insert(QStringLiteral("d"), ordinary);
    const CompanyOffer shop = offer(PlacementKind::Loentilskud, 25, QStringLiteral("Tunge løft"));
    const QHash<QString, QStringList> accommodations{{QStringLiteral("d"), {QStringLiteral("no-heavy-lifting")}}};
    const auto found = Matching::forOffer(shop, plans, accommodations);
    // b: a flex job is not served by løntilskud; c: 25 hours are more than 10; d: lifting clashes.
    REQUIRE(found.size() == 1);
    CHECK(found.front().citizenId == QStringLiteral("a"));
    CHECK(found.front().explanation.contains(QStringLiteral("30")));
    CHECK(found.front().explanation.endsWith(QLatin1Char('.')));
}
