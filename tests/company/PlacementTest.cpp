#include "core/company/Accommodations.h"
#include "core/company/Cvr.h"
#include "core/company/PlacementRules.h"
#include "core/demo/DemoData.h"
#include "core/stats/Dashboard.h"
#include "core/storage/AccessLog.h"
#include "core/storage/Erasure.h"
#include "core/teamday/TeamDayModule.h"
#include "core/workflow/NextStep.h"
#include "tests/company/CompanyFixture.h"

using namespace samspil;
using namespace samspil::test;

TEST_CASE("A placement is stored with its company's name and read back whole", "[company][placement]")
{
    CompanyFixture f;
    const QDate from = f.t.clock.today();
    Placement p = f.placement(f.citizen, from);
    p.accommodations = {QStringLiteral("no-heavy-lifting"), QStringLiteral("short-days")};
    p.followUps = {{from.addDays(7), false}, {from.addDays(21), false}};
    p.mentor = QStringLiteral("Henrik Mester");
    auto saved = PlacementRepository(*f.t).save(p);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->companyName == QStringLiteral("Byggemarked ApS"));
    CHECK(saved->consultantId == f.consultant.id); // the company's consultant by default
    CHECK(saved->accommodations == p.accommodations);
    CHECK(saved->followUps == p.followUps);
    CHECK(saved->nextFollowUp() == from.addDays(7));

    auto mine = PlacementRepository(*f.t).forCitizen(f.citizen);
    REQUIRE(mine.ok());
    CHECK(mine->size() == 1);
    auto others = PlacementRepository(*f.t).forCitizen(f.other);
    REQUIRE(others.ok());
    CHECK(others->isEmpty());
    // The change is audited for the citizen, as every change to their records.
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_table = 'placement' AND action = 'change'"))
          == 1);
}

TEST_CASE("A placement that makes no sense is refused with every reason and nothing is written", "[company][placement]")
{
    CompanyFixture f;
    const QDate today = f.t.clock.today();
    Placement p = f.placement(f.citizen, today);
    p.to = today.addDays(-3);
    p.hoursPerWeek = 80;
    p.accommodations = {QStringLiteral("no-such-thing")};
    p.outcome = PlacementOutcome::EndedEarly;
    auto refused = PlacementRepository(*f.t).save(p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("cannot end")));
    CHECK(refused.error().contains(QStringLiteral("between 0 and 60")));
    CHECK(refused.error().contains(QStringLiteral("no-such-thing")));
    CHECK(refused.error().contains(QStringLiteral("why the placement ended early")));

    Placement elsewhere = f.placement(f.citizen, today);
    elsewhere.contactId = QStringLiteral("someone-else");
    CHECK_FALSE(PlacementRepository(*f.t).save(elsewhere).ok());
    Placement noCompany = f.placement(f.citizen, today);
    noCompany.companyId = QStringLiteral("gone");
    CHECK_FALSE(PlacementRepository(*f.t).save(noCompany).ok());
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM placement")) == 0);
}

TEST_CASE("Only those who may change citizens' cases place a citizen or change a company", "[company][access]")
{
    CompanyFixture f;
    actAs(*f.t, f.leader.id);
    auto placed = PlacementRepository(*f.t).save(f.placement(f.citizen, f.t.clock.today()));
    REQUIRE_FALSE(placed.ok());
    Company c = f.company;
    c.name = QStringLiteral("Nyt navn");
    CHECK_FALSE(CompanyRepository(*f.t).save(c).ok());
    // The leader reads them (ReadCitizens) but changes nothing.
    CHECK(PlacementRepository(*f.t).forCitizen(f.citizen).ok());
    actAs(*f.t, f.consultant.id); // the virksomhedskonsulent may
    CHECK(PlacementRepository(*f.t).save(f.placement(f.citizen, f.t.clock.today())).ok());
}

TEST_CASE("A company's CVR number is checked and never registered twice", "[company][cvr]")
{
    CompanyFixture f;
    Company twin;
    twin.cvr = QStringLiteral("99 00 20 26");
    twin.name = QStringLiteral("Tvilling ApS");
    auto refused = CompanyRepository(*f.t).save(twin);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Byggemarked ApS")));
    twin.cvr = QStringLiteral("99002027");
    refused = CompanyRepository(*f.t).save(twin);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("check digit")));
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM company")) == 1);
    // Search as you type: by name, CVR digits or contact.
    auto byName = CompanyRepository(*f.t).search(QStringLiteral("bygge"));
    REQUIRE(byName.ok());
    CHECK(byName->size() == 1);
    auto byContact = CompanyRepository(*f.t).search(QStringLiteral("henrik"));
    REQUIRE(byContact.ok());
    CHECK(byContact->size() == 1);
    auto none = CompanyRepository(*f.t).search(QStringLiteral("bygge fisk"));
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("The company learns of the citizen's health only what the citizen consented to, for that company", "[company][consent]")
{
    CompanyFixture f;
    const QDate today = f.t.clock.today();
    CompanyConsentRepository consents(*f.t);
    auto none = consents.current(f.citizen, f.company.id);
    REQUIRE(none.ok());
    CHECK(PlacementRules::healthForCompany(*none, f.company.id, today).isEmpty());

    CompanyConsent c;
    c.citizenId = f.citizen;
    c.companyId = f.company.id;
    c.givenOn = today;
    c.sharedHealth = QStringLiteral("  ");
    CHECK_FALSE(consents.give(c).ok()); // nothing to share is no consent
    c.givenOn = today.addDays(1);
    c.sharedHealth = QStringLiteral("Må ikke løfte over ti kilo");
    CHECK_FALSE(consents.give(c).ok()); // not ahead of today
    c.givenOn = today.addDays(-10);
    REQUIRE(consents.give(c).ok());

    auto given = consents.current(f.citizen, f.company.id);
    REQUIRE(given.ok());
    CHECK(PlacementRules::healthForCompany(*given, f.company.id, today) == QStringLiteral("Må ikke løfte over ti kilo"));
    // Another company, or the day before it was given: nothing.
    CHECK(PlacementRules::healthForCompany(*given, QStringLiteral("another"), today).isEmpty());
    CHECK(PlacementRules::healthForCompany(*given, f.company.id, today.addDays(-11)).isEmpty());
    // Another citizen's consent is not this one's.
    auto bo = consents.current(f.other, f.company.id);
    REQUIRE(bo.ok());
    CHECK_FALSE(bo->has_value());

    REQUIRE(consents.withdraw(f.citizen, f.company.id, today).ok());
    auto withdrawn = consents.current(f.citizen, f.company.id);
    REQUIRE(withdrawn.ok());
    CHECK(PlacementRules::healthForCompany(*withdrawn, f.company.id, today).isEmpty());
    CHECK_FALSE(consents.withdraw(f.citizen, f.company.id, today).ok());
}

TEST_CASE("Erasing a citizen removes their placements and company consents, not the company or others' placements", "[company][erasure]")
{
    CompanyFixture f;
    const QDate today = f.t.clock.today();
    REQUIRE(PlacementRepository(*f.t).save(f.placement(f.citizen, today)).ok());
    REQUIRE(PlacementRepository(*f.t).save(f.placement(f.other, today)).ok());
    CompanyConsent c;
    c.citizenId = f.citizen;
    c.companyId = f.company.id;
    c.givenOn = today;
    c.sharedHealth = QStringLiteral("Korte dage");
    REQUIRE(CompanyConsentRepository(*f.t).give(c).ok());

    actAs(*f.t, f.leader.id);
    auto erased = Erasure(*f.t).eraseCitizen(f.citizen, Erasure::kReason, QStringLiteral("Borgerens anmodning"));
    INFO(erased.error().toStdString());
    REQUIRE(erased.ok());
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM placement")) == 1);
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM company_consent")) == 0);
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM company WHERE deleted_at IS NULL")) == 1);
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM company_contact WHERE deleted_at IS NULL")) == 1);
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM erased_row WHERE tbl = 'placement'")) == 1);
}

TEST_CASE("Follow-ups come due and an ended placement without an outcome is a step", "[company][placement]")
{
    Placement p;
    p.from = QDate(2026, 11, 2);
    p.to = QDate(2026, 11, 29);
    p.followUps = {{QDate(2026, 11, 9), true}, {QDate(2026, 11, 23), false}, {QDate(2026, 11, 30), false}};
    CHECK(PlacementRules::dueFollowUps(p, QDate(2026, 11, 22)).isEmpty());
    CHECK(PlacementRules::dueFollowUps(p, QDate(2026, 11, 23)) == QVector<QDate>{QDate(2026, 11, 23)});
    CHECK_FALSE(PlacementRules::endedWithoutOutcome(p, QDate(2026, 11, 29)));
    CHECK(PlacementRules::endedWithoutOutcome(p, QDate(2026, 11, 30)));
    p.outcome = PlacementOutcome::Job;
    CHECK(PlacementRules::dueFollowUps(p, QDate(2026, 12, 1)).isEmpty());
    CHECK_FALSE(PlacementRules::endedWithoutOutcome(p, QDate(2026, 12, 1)));
    CHECK(PlacementRules::parseHours(QStringLiteral("7,5")) == 7.5);
    CHECK_FALSE(PlacementRules::parseHours(QStringLiteral("nan")));
    CHECK_FALSE(PlacementRules::parseHours(QStringLiteral("61")));
    CHECK_FALSE(PlacementRules::parseHours(QStringLiteral("-1")));
}

TEST_CASE("Skånehensyn are proposed from signed ICF notes the reader may see, never from drafts", "[company][accommodations]")
{
    IcfNote physio;
    physio.profession = QStringLiteral("physiotherapist");
    physio.signedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0));
    physio.findings = {{QStringLiteral("b455"), 2, false, {}}, {QStringLiteral("b710"), 1, false, {}},
                       {QStringLiteral("e310"), 3, true, {}}};
    IcfNote psych;
    psych.profession = QStringLiteral("psychologist");
    psych.findings = {{QStringLiteral("b152"), 3, false, {}}}; // a draft: proposes nothing

    const auto proposals = Accommodations::propose({physio, psych});
    QStringList codes;
    for (const auto& p : proposals) {
        codes << p.code;
    }
    CHECK(codes == QStringList{QStringLiteral("no-heavy-lifting"), QStringLiteral("short-days")});
    CHECK(proposals.front().because.contains(QStringLiteral("b455.2")));

    psych.signedAt = physio.signedAt;
    psych.contentHidden = true; // the consent rule: the reader may not see it
    CHECK(Accommodations::propose({psych}).isEmpty());
    psych.contentHidden = false;
    const auto both = Accommodations::propose({physio, psych});
    CHECK(both.size() == 4); // + quiet workplace, low time pressure

    CHECK(Accommodations::clashes(QStringLiteral("no-heavy-lifting"), QStringLiteral("Tunge løft på lageret")).size() >= 1);
    CHECK(Accommodations::clashes(QStringLiteral("no-heavy-lifting"), QStringLiteral("Stille kontor")).isEmpty());
}

TEST_CASE("A follow-up with the company coming due is the next step, for the caseworker and the company consultant", "[company][workflow]")
{
    CompanyFixture f;
    const QDate today = f.t.clock.today();
    Placement p = f.placement(f.citizen, today.addDays(-10));
    p.followUps = {{today.addDays(-3), true}, {today.addDays(5), false}};
    auto saved = PlacementRepository(*f.t).save(p);
    REQUIRE(saved.ok());
    CHECK(saved->consultantId == f.consultant.id);

    auto step = Workflow::nextStepFor(*f.t, f.citizen);
    REQUIRE(step);
    CHECK(step->code == QStringLiteral("company_follow_up"));
    CHECK(step->due == today.addDays(5));
    CHECK_FALSE(step->overdue(today));
    CHECK(Workflow::nextStepsForAll(*f.t).value(f.citizen).code == QStringLiteral("company_follow_up"));

    // Mine opgaver: the responsible virksomhedskonsulent has it, naming the company.
    const auto consultantTasks = MyTasks::forStaff(*f.t, f.consultant.id);
    REQUIRE(consultantTasks.size() == 1);
    CHECK(consultantTasks.front().citizenId == f.citizen);
    CHECK(consultantTasks.front().step.label.contains(QStringLiteral("Byggemarked ApS")));

    // Held: no longer a step. Past its end without an outcome: recording the ending is.
    REQUIRE(PlacementRepository(*f.t).followUpHeld(saved->id, today.addDays(5)).ok());
    step = Workflow::nextStepFor(*f.t, f.citizen);
    CHECK((!step || step->code != QStringLiteral("company_follow_up")));
    f.t.clock.set(QDateTime(today.addDays(30), QTime(9, 0)));
    step = Workflow::nextStepFor(*f.t, f.citizen);
    REQUIRE(step);
    CHECK(step->code == QStringLiteral("placement_ended"));
    CHECK(step->due == p.to);
    CHECK(Workflow::nextStepsForAll(*f.t).value(f.citizen).code == QStringLiteral("placement_ended"));
    REQUIRE(PlacementRepository(*f.t).end(saved->id, PlacementOutcome::Job, p.to, {}).ok());
    step = Workflow::nextStepFor(*f.t, f.citizen);
    CHECK((!step || step->code != QStringLiteral("placement_ended")));
    CHECK(Workflow::nextStepsForAll(*f.t).value(f.citizen).code != QStringLiteral("placement_ended"));
    // The other citizen, with no placement, has no such step.
    auto other = Workflow::nextStepFor(*f.t, f.other);
    CHECK((!other || !other->code.startsWith(QStringLiteral("company"))));
}

TEST_CASE("A placement ended with an outcome gives no follow-up step, whatever follow-ups were left", "[company][workflow]")
{
    CompanyFixture f;
    const QDate today = f.t.clock.today();
    Placement p = f.placement(f.citizen, today.addDays(-10));
    p.followUps = {{today.addDays(2), false}};
    auto saved = PlacementRepository(*f.t).save(p);
    REQUIRE(saved.ok());
    CHECK(Workflow::nextStepsForAll(*f.t).value(f.citizen).code == QStringLiteral("company_follow_up"));
    REQUIRE(PlacementRepository(*f.t).end(saved->id, PlacementOutcome::Job, today, {}).ok());
    for (const auto& step : {Workflow::nextStepFor(*f.t, f.citizen), std::optional(Workflow::nextStepsForAll(*f.t).value(f.citizen))}) {
        CHECK((!step || !step->code.startsWith(QStringLiteral("company"))));
        CHECK((!step || step->code != QStringLiteral("placement_ended")));
    }
}

TEST_CASE("The dashboard counts company attachment, placements per company, endings and weeks to the first placement", "[company][dashboard]")
{
    CompanyFixture f;
    const QDate today = f.t.clock.today();
    const QString third = addTestCitizen(*f.t, QStringLiteral("Carl Carlsen"), QStringLiteral("640475-1237"));
    Placement now = f.placement(f.citizen, today.addDays(-10));
    REQUIRE(PlacementRepository(*f.t).save(now).ok());
    Placement ended = f.placement(f.other, today.addDays(-20));
    ended.to = today.addDays(-2);
    auto saved = PlacementRepository(*f.t).save(ended);
    REQUIRE(saved.ok());
    REQUIRE(PlacementRepository(*f.t).end(saved->id, PlacementOutcome::Job, today.addDays(-2), {}).ok());

    auto d = Dashboard::compute(*f.t, {QDate(2026, 10, 1), today, {}}, f.t.clock);
    INFO(d.error().toStdString());
    REQUIRE(d.ok());
    CHECK(d->companyBase.count == 3);
    CHECK(d->companyAttached.count == 2);
    CHECK_FALSE(d->companyAttached.citizenIds.contains(third));
    REQUIRE(d->placementsByCompany.size() == 1);
    CHECK(d->placementsByCompany.front().label == QStringLiteral("Byggemarked ApS"));
    CHECK(d->placementsByCompany.front().count == 2);
    int job = -1;
    for (const auto& e : d->placementEndings) {
        if (e.code == QStringLiteral("job")) {
            job = e.count;
        }
    }
    CHECK(job == 1);
    // Benefit from 01-10-2026 (addTestCitizen); weeks to each first placement.
    CHECK(d->attachmentTotal.all.n == 2);
    const int w1 = CitizenRules::weeksBetween(QDate(2026, 10, 1), today.addDays(-10));
    const int w2 = CitizenRules::weeksBetween(QDate(2026, 10, 1), today.addDays(-20));
    CHECK(d->attachmentTotal.all.median == (w1 + w2) / 2.0);
    const QJsonObject j = d->toJson().value(QStringLiteral("companies")).toObject();
    CHECK(j.value(QStringLiteral("attached")).toInt() == 2);
    CHECK(j.value(QStringLiteral("share_attached")).toDouble() > 0.6);
    QStringList codes;
    for (const auto& t : d->tables()) {
        codes << t.code;
    }
    CHECK(codes.contains(QStringLiteral("placements_by_company")));
    CHECK(codes.contains(QStringLiteral("weeks_to_attachment")));
}

TEST_CASE("Demo companies are marked as demo, pass the CVR check, have offers, and some demo citizens are placed", "[company][demo]")
{
    TempDb t;
    auto populated = DemoData::populate(*t, {60, 1});
    INFO(populated.error().toStdString());
    REQUIRE(populated.ok());
    auto companies = CompanyRepository(*t).search();
    REQUIRE(companies.ok());
    REQUIRE(companies->size() == 6);
    for (const Company& c : *companies) {
        INFO(c.name.toStdString());
        CHECK(c.name.endsWith(QStringLiteral("(demo)")));
        CHECK(Cvr::modulus11(c.cvr));
        CHECK(c.cvr.startsWith(QStringLiteral("99")));
        CHECK_FALSE(c.offers.isEmpty());
        CHECK(c.contacts.size() == 1);
    }
    auto placements = PlacementRepository(*t).all();
    REQUIRE(placements.ok());
    CHECK_FALSE(placements->isEmpty());
    for (const Placement& p : *placements) {
        CHECK(PlacementRules::problems(p, t.clock.today()).isEmpty());
    }
    // Run again: nothing doubles.
    REQUIRE(DemoData::populate(*t, {0, 2}).ok());
    auto again = CompanyRepository(*t).search();
    REQUIRE(again.ok());
    CHECK(again->size() == 6);
}
