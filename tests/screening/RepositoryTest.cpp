#include "core/Modules.h"
#include "core/screening/InstrumentLoader.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Dump.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/workflow/NextStep.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>

using namespace samspil;
using namespace samspil::test;

namespace {

Instrument fixture()
{
    auto loaded = InstrumentLoader::loadFile(dataPath(QStringLiteral("screening/fixture.json")));
    REQUIRE(loaded.ok());
    return loaded.value();
}

struct World
{
    TempDb t;
    Instrument in = fixture();
    QString caseworker;
    QString citizen;

    World()
    {
        Staff s;
        s.name = QStringLiteral("Karen Sagsbehandler");
        s.initials = QStringLiteral("KS");
        auto staff = StaffRepository(*t).create(s);
        REQUIRE(staff.ok());
        caseworker = staff->id;
        citizen = addCitizen(QStringLiteral("610190-1234"), QDate(2026, 11, 10));
    }

    QString addCitizen(const QString& cpr, const QDate& benefitStart)
    {
        Citizen c;
        c.cpr = cpr;
        c.name = QStringLiteral("Åse Ærø");
        c.benefit = QStringLiteral("sygedagpenge");
        c.benefitStart = benefitStart;
        c.caseworkerId = caseworker;
        auto created = CitizenRepository(*t).create(c);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        return created->id;
    }

    /// Answers giving total = q4 (q1 = 0, q2 = 10 reversed, q3 = 0).
    ScreeningDraft draft(int total, std::optional<Risk> decided) const
    {
        ScreeningDraft d;
        d.citizenId = citizen;
        d.answers = {{QStringLiteral("q1"), 0}, {QStringLiteral("q2"), 10}, {QStringLiteral("q3"), 0}, {QStringLiteral("q4"), total}};
        d.decidedRisk = decided;
        d.screenedBy = caseworker;
        d.assessment = QStringLiteral("Første samtale holdt.");
        return d;
    }

    qint64 rows() { return scalar(*t, QStringLiteral("SELECT count(*) FROM screening")); }
    qint64 changes() { return scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")); }
};

} // namespace

TEST_CASE("A screening is saved with its scores, proposal and decision, and survives restart", "[screening][storage]")
{
    World w;
    auto saved = ScreeningRepository(*w.t).save(w.in, w.draft(55, Risk::Moderate));
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->proposedRisk == Risk::Moderate);
    CHECK(saved->instrumentId == QStringLiteral("test-fixture"));
    CHECK(saved->instrumentVersion == 3);
    CHECK(saved->screenedAt == w.t.clock.now());

    w.t.reopen();
    const auto got = ScreeningRepository(*w.t).get(saved->id);
    REQUIRE(got);
    CHECK(got->citizenId == w.citizen);
    CHECK(got->answers.value(QStringLiteral("q4")) == 55);
    CHECK(got->scores.value(QStringLiteral("total")) == 55);
    CHECK(got->scores.value(QStringLiteral("weighted")) == 55);
    CHECK(got->proposedRisk == Risk::Moderate);
    CHECK(got->decidedRisk == Risk::Moderate);
    CHECK(got->assessment == QStringLiteral("Første samtale holdt."));
    CHECK(got->screenedBy == w.caseworker);
    CHECK(got->screenedAt == w.t.clock.now());
    CHECK(got->supersedes.isEmpty());
    // It is replicated: the change log has it, and dump shows it.
    CHECK(scalar(*w.t, QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'screening'")) == 1);
    CHECK(dumpDatabase(*w.t).contains("\"decided_risk\":\"moderate\""));
}

TEST_CASE("A decision that differs from the proposal needs a reason", "[screening][storage]")
{
    World w;
    ScreeningRepository repo(*w.t);
    const qint64 before = w.changes();

    auto r = repo.save(w.in, w.draft(30, Risk::High)); // proposes low
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("reason")));
    auto d = w.draft(30, Risk::High);
    d.reason = QStringLiteral("   ");
    CHECK_FALSE(repo.save(w.in, d).ok());
    CHECK(w.rows() == 0);
    CHECK(w.changes() == before);

    d.reason = QStringLiteral("Borgeren fortalte om lange sygeforløb.");
    auto ok = repo.save(w.in, d);
    REQUIRE(ok.ok());
    CHECK(ok->proposedRisk == Risk::Low);
    CHECK(ok->decidedRisk == Risk::High);
    CHECK(ok->reason == d.reason);
    // The same decision as the proposal needs no reason.
    CHECK(repo.save(w.in, w.draft(60, Risk::High)).ok());
}

TEST_CASE("Bad screenings are refused with a message naming the problem, and nothing is written", "[screening][storage]")
{
    World w;
    ScreeningRepository repo(*w.t);
    const qint64 before = w.changes();

    auto d = w.draft(30, std::nullopt);
    CHECK(repo.save(w.in, d).error().contains(QStringLiteral("decided risk")));

    d = w.draft(30, Risk::Low);
    d.answers.remove(QStringLiteral("q3"));
    CHECK(repo.save(w.in, d).error().contains(QStringLiteral("q3")));

    d = w.draft(101, Risk::Low);
    CHECK(repo.save(w.in, d).error().contains(QStringLiteral("q4")));

    d = w.draft(30, Risk::Low);
    d.citizenId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    CHECK(repo.save(w.in, d).error().contains(QStringLiteral("citizen")));

    d = w.draft(30, Risk::Low);
    d.screenedBy.clear();
    CHECK(repo.save(w.in, d).error().contains(QStringLiteral("who carried out")));

    d = w.draft(30, Risk::Low);
    d.screenedAt = w.t.clock.now().addDays(2);
    CHECK(repo.save(w.in, d).error().contains(QStringLiteral("future")));

    CHECK(w.rows() == 0);
    CHECK(w.changes() == before);

    const auto issues = repo.validate(w.in, w.draft(30, Risk::Moderate));
    REQUIRE(issues.size() == 1);
    CHECK(issues.front().field == QStringLiteral("reason"));
}

TEST_CASE("A correction is a new record pointing at the old one, which stays unchanged", "[screening][storage]")
{
    registerCoreModules(); // the screening module's demo step and check
    World w;
    ScreeningRepository repo(*w.t);
    auto first = repo.save(w.in, w.draft(30, Risk::Low));
    REQUIRE(first.ok());
    w.t.clock.advanceDays(1);

    auto corrected = repo.correct(first->id, w.in, w.draft(62, Risk::High));
    INFO(corrected.error().toStdString());
    REQUIRE(corrected.ok());
    CHECK(corrected->supersedes == first->id);
    CHECK(w.rows() == 2);

    const auto old = repo.get(first->id);
    REQUIRE(old);
    CHECK(old->decidedRisk == Risk::Low);
    CHECK(old->answers.value(QStringLiteral("q4")) == 30);
    CHECK(old->supersededBy == corrected->id);

    const auto history = repo.history(w.citizen);
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == corrected->id); // newest first
    CHECK(history[1].id == first->id);

    const auto latest = repo.latestDecided(w.citizen);
    REQUIRE(latest);
    CHECK(latest->id == corrected->id);
    CHECK(latest->decidedRisk == Risk::High);

    // The stored record itself cannot be changed.
    auto overwrite = w.t->write(QStringLiteral("screening"), first->id, {{QStringLiteral("decided_risk"), QStringLiteral("high")}});
    CHECK_FALSE(overwrite.ok());
    // A corrected screening cannot be corrected again; the newest can.
    CHECK(repo.correct(first->id, w.in, w.draft(30, Risk::Low)).error().contains(QStringLiteral("already been corrected")));
    CHECK(repo.correct(QStringLiteral("00000000-0000-4000-8000-000000000000"), w.in, w.draft(30, Risk::Low)).error().contains(
        QStringLiteral("does not exist")));
    CHECK(repo.correct(corrected->id, w.in, w.draft(30, Risk::Low)).ok());
    CHECK(w.rows() == 3);
    CHECK(ConsistencyCheck::sound(ConsistencyCheck::run(*w.t)));
}

TEST_CASE("A correction at the same moment still counts as the newest", "[screening][storage]")
{
    World w;
    ScreeningRepository repo(*w.t);
    auto first = repo.save(w.in, w.draft(62, Risk::High));
    REQUIRE(first.ok());
    auto d = w.draft(20, Risk::Low);
    d.screenedAt = first->screenedAt; // the original's date kept
    auto fixed = repo.correct(first->id, w.in, d);
    REQUIRE(fixed.ok());
    CHECK(repo.latestDecided(w.citizen)->id == fixed->id);
    CHECK(repo.history(w.citizen).front().id == fixed->id);
    CHECK(repo.latestDecidedForAll().value(w.citizen).screeningId == fixed->id);
}

TEST_CASE("The latest decided risk of every citizen in one query", "[screening][storage]")
{
    World w;
    ScreeningRepository repo(*w.t);
    const QString other = w.addCitizen(QStringLiteral("620202-2222"), QDate(2026, 11, 1));
    const QString unscreened = w.addCitizen(QStringLiteral("630303-3333"), QDate(2026, 11, 1));
    REQUIRE(repo.save(w.in, w.draft(10, Risk::Low)).ok());
    w.t.clock.advanceSeconds(60);
    REQUIRE(repo.save(w.in, w.draft(61, Risk::High)).ok());
    auto d = w.draft(52, Risk::Moderate);
    d.citizenId = other;
    auto o = repo.save(w.in, d);
    REQUIRE(o.ok());

    const auto all = repo.latestDecidedForAll();
    CHECK(all.size() == 2);
    CHECK(all.value(w.citizen).risk == Risk::High);
    CHECK(all.value(other).risk == Risk::Moderate);
    CHECK(all.value(other).screenedAt == o->screenedAt);
    CHECK_FALSE(all.contains(unscreened));
}

TEST_CASE("Consistency check finds screenings of missing citizens and corrections of missing screenings", "[screening][check]")
{
    registerCoreModules(); // the screening module's demo step and check
    World w;
    ScreeningRepository repo(*w.t);
    REQUIRE(repo.save(w.in, w.draft(10, Risk::Low)).ok());
    CHECK(ConsistencyCheck::sound(ConsistencyCheck::run(*w.t)));
    // As sync could deliver them: rows whose references have not arrived.
    REQUIRE(w.t->write(QStringLiteral("screening"), QStringLiteral("11111111-1111-4111-8111-111111111111"),
                       {{QStringLiteral("citizen_id"), QStringLiteral("22222222-2222-4222-8222-222222222222")}})
                .ok());
    REQUIRE(w.t->write(QStringLiteral("screening"), QStringLiteral("33333333-3333-4333-8333-333333333333"),
                       {{QStringLiteral("citizen_id"), w.citizen},
                        {QStringLiteral("supersedes"), QStringLiteral("44444444-4444-4444-8444-444444444444")}})
                .ok());
    const auto findings = ConsistencyCheck::run(*w.t);
    CHECK_FALSE(ConsistencyCheck::sound(findings));
    const QString text = QString::fromUtf8(QJsonDocument(ConsistencyCheck::toJson(findings)).toJson());
    CHECK(text.contains(QStringLiteral("1 screening(s) belong to a citizen who does not exist")));
    CHECK(text.contains(QStringLiteral("1 screening correction(s) point at a screening that does not exist")));
}

TEST_CASE("A write that changes nothing inside a larger unit of work does not spoil it", "[screening][storage]")
{
    World w;
    const auto c = CitizenRepository(*w.t).get(w.citizen);
    REQUIRE(c);
    Database::Transaction tx(*w.t);
    REQUIRE(CitizenRepository(*w.t).update(*c).ok()); // the same values: nothing to write
    REQUIRE(ScreeningRepository(*w.t).save(w.in, w.draft(10, Risk::Low)).ok());
    CHECK(tx.commit().ok());
    CHECK(w.rows() == 1);
}
