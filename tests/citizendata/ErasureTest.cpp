// Retention and erasure on one PC: the list of closed cases past the period (with a mock clock),
// the refusals that change nothing, and an erasure that leaves nothing of the citizen in any
// table, in the file itself or in a migration backup beside it.
#include "core/storage/CitizenRecords.h"
#include "core/storage/Dump.h"
#include "core/citizen/RetentionRepository.h"
#include "core/storage/Erasure.h"
#include "tests/citizendata/CitizenWorld.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;

namespace {

int rowsOf(Database& db, const QString& citizen)
{
    int n = 0;
    for (const auto& ids : CitizenWorld::expectedRows(db, citizen)) {
        n += int(ids.size());
    }
    return n;
}

} // namespace

TEST_CASE("The retention list holds the closed cases past the period, by the clock", "[retention]")
{
    TempDb t; // the clock stands at 23-11-2026
    CitizenWorld w(*t);
    CitizenRepository citizens(*t);
    const QString recent = w.addCitizen(QStringLiteral("Carl Carlsen"), QStringLiteral("6303801236"), QDate(2019, 1, 1));
    const QString removed = w.addCitizen(QStringLiteral("Dorte Due"), QStringLiteral("6404751237"), QDate(2019, 1, 1));
    REQUIRE(citizens.closeCase(w.aase, QStringLiteral("ordinary_job"), QDate(2020, 1, 10)).ok());
    REQUIRE(citizens.closeCase(recent, QStringLiteral("education"), QDate(2022, 6, 30)).ok());
    REQUIRE(citizens.remove(removed).ok()); // removed from the caseload today
    // Bo's case is open: never on the list, however old.

    RetentionRepository erasure(*t);
    auto cprs = [](const QVector<RetentionCase>& cases) {
        QStringList out;
        for (const auto& c : cases) {
            out << c.citizen.cpr;
        }
        return out;
    };
    CHECK(cprs(erasure.pastRetention(5)) == QStringList{CitizenWorld::kAaseCpr});
    const auto aase = erasure.pastRetention(5).first();
    CHECK(aase.closedOn == QDate(2020, 1, 10));
    CHECK(aase.erasableFrom == QDate(2025, 1, 10));
    CHECK(aase.caseworkerName == QStringLiteral("Karen Koordinator"));
    // Four years: Carl (closed 30-06-2022) is past it too, longest past first.
    CHECK(cprs(erasure.pastRetention(4)) == QStringList{CitizenWorld::kAaseCpr, QStringLiteral("6303801236")});
    // Seven years: nobody yet; the day Åse's seven years are up, she is.
    CHECK(erasure.pastRetention(7).isEmpty());
    t.clock.set(QDateTime(QDate(2027, 1, 10), QTime(12, 0), Qt::UTC));
    CHECK(cprs(erasure.pastRetention(7)) == QStringList{CitizenWorld::kAaseCpr});
    // A citizen removed from the caseload counts from the day of removal.
    t.clock.set(QDateTime(QDate(2031, 11, 24), QTime(12, 0), Qt::UTC));
    CHECK(cprs(erasure.pastRetention(5)).contains(QStringLiteral("6404751237")));
    CHECK_FALSE(cprs(erasure.pastRetention(5)).contains(CitizenWorld::kBoCpr));
}

TEST_CASE("Erasure refuses what it may not do and then changes nothing", "[erasure]")
{
    TempDb t;
    CitizenWorld w(*t);
    w.fill();
    const QByteArray before = dumpDatabase(*t);
    RetentionRepository erasure(*t);
    auto refused = [&](const QString& citizen, int years, const QString& reason, const QString& says) {
        auto r = erasure.erase(citizen, years, reason);
        INFO(r.error().toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(says));
        CHECK(dumpDatabase(*t) == before);
    };
    refused(w.bo, 5, QString(), QStringLiteral("still open"));
    refused(w.aase, 7, QString(), QStringLiteral("kept until 10-01-2027"));
    refused(w.bo, 5, QStringLiteral("Bo Bjerre bad om det"), QStringLiteral("without the citizen's name or CPR number"));
    refused(w.bo, 5, QStringLiteral("Anmodning fra 620285-1235"), QStringLiteral("without the citizen's name"));
    refused(w.bo, 5, QString(400, QLatin1Char('x')), QStringLiteral("at most 300"));
    refused(newUuid(), 5, QStringLiteral("fejl"), QStringLiteral("does not exist"));
    // An open case may go before its time with a reason that names nobody.
    CHECK(erasure.check(w.bo, 5, QStringLiteral("Borgeren har bedt om sletning")).ok());
}

TEST_CASE("Erasing a citizen leaves nothing of them in the database, its file or its backups", "[erasure]")
{
    TempDb t;
    CitizenWorld w(*t);
    w.fill();
    // Something sync keeps about Åse's rows too: a conflict kept for review and a flag.
    const QString aasePlan = CitizenWorld::expectedRows(*t, w.aase).value(QStringLiteral("plan")).first();
    {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO sync_conflict (tbl, row_id, field, value, clock, site, hlc, detected_at) "
                                      "VALUES ('citizen', '%1', 'phone', '99 99 99 99', '1:1', 'x', 1, 'now')")
                           .arg(w.aase)));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO sync_flag (tbl, row_id, kind, detected_at) VALUES ('plan', '%1', "
                                      "'edited_after_delete', 'now')")
                           .arg(aasePlan)));
    }
    const QStringList aaseTraces = CitizenWorld::traces(*t, w);
    const int boRows = rowsOf(*t, w.bo);
    const int aaseRows = rowsOf(*t, w.aase);
    REQUIRE(CitizenWorld::leftovers(*t, aaseTraces).size() > 20); // the scan finds her before
    // A backup as a migration makes it (FILE.before-vN.bak).
    const QString backup = t.path() + QStringLiteral(".before-v99.bak");
    {
        QSqlQuery q(t->sql());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        REQUIRE(q.exec());
    }
    REQUIRE(readFile(backup).contains(CitizenWorld::kAaseName.toUtf8()));

    auto erased = RetentionRepository(*t).erase(w.aase, 5, QString());
    INFO(erased.error().toStdString());
    REQUIRE(erased.ok());
    CHECK(erased->records == aaseRows);
    CHECK(erased->problems.isEmpty());
    CHECK(erased->backupsCleaned == QStringList{backup});

    // Every table, local bookkeeping included: change log, conflicts, flags, audit, sync log …
    CHECK(CitizenWorld::leftovers(*t, aaseTraces, {QStringLiteral("erased_row"), QStringLiteral("erasure")}) == QStringList{});
    // What remains: the record of the erasure (no name, no CPR) and the ids of the rows removed.
    const auto records = Erasure(*t).records();
    REQUIRE(records.size() == 1);
    CHECK(records[0].basis == Erasure::kRetention);
    CHECK(records[0].by == w.caseworker.id);
    CHECK(records[0].records == aaseRows);
    CHECK(records[0].at == t.clock.now());
    CHECK(CitizenWorld::leftovers(*t, {CitizenWorld::kAaseName, CitizenWorld::kAaseCpr, QStringLiteral("Østergaard")}) == QStringList{});
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM erased_row")) == aaseRows);
    // Bo is untouched.
    CHECK(rowsOf(*t, w.bo) == boRows);
    CHECK(CitizenRepository(*t).findByCpr(CitizenWorld::kBoCpr).has_value());
    // The file itself and its write-ahead log hold no copy in free pages.
    for (const QString& file : {t.path(), t.path() + QStringLiteral("-wal")}) {
        if (QFile::exists(file)) {
            const QByteArray bytes = readFile(file);
            CHECK_FALSE(bytes.contains(CitizenWorld::kAaseName.toUtf8()));
            CHECK_FALSE(bytes.contains(CitizenWorld::kAaseCpr.toUtf8()));
            CHECK_FALSE(bytes.contains("Kan løfte ti kilo"));
        }
    }
    CHECK(readFile(t.path()).contains(CitizenWorld::kBoName.toUtf8()));
    // The backup beside it: cleaned the same way, Bo still in it.
    const QByteArray cleaned = readFile(backup);
    CHECK_FALSE(cleaned.contains(CitizenWorld::kAaseName.toUtf8()));
    CHECK_FALSE(cleaned.contains(CitizenWorld::kAaseCpr.toUtf8()));
    CHECK(cleaned.contains(CitizenWorld::kBoName.toUtf8()));

    SECTION("the erased citizen cannot be written again, and is gone from the retention list and the audit")
    {
        auto w1 = t->write(QStringLiteral("citizen"), w.aase, {{QStringLiteral("name"), QStringLiteral("Genopstået")}});
        CHECK_FALSE(w1.ok());
        auto w2 = t->write(QStringLiteral("plan_rating"), newUuid(), {{QStringLiteral("citizen_id"), w.aase}, {QStringLiteral("score"), 3}});
        CHECK_FALSE(w2.ok());
        CHECK(w2.error().contains(QStringLiteral("erased")));
        CHECK(RetentionRepository(*t).pastRetention(5).isEmpty());
        CHECK(AccessLog(*t).forCitizen(w.aase).isEmpty());
        CHECK(CitizenWorld::leftovers(*t, aaseTraces, {QStringLiteral("erased_row"), QStringLiteral("erasure")}) == QStringList{});
        CHECK_FALSE(RetentionRepository(*t).erase(w.aase, 5, QString()).ok());
    }
    SECTION("an open case erased with a reason says so in the record, and survives a restart")
    {
        auto bo = RetentionRepository(*t).erase(w.bo, 5, QStringLiteral("Borgeren har bedt om sletning"));
        INFO(bo.error().toStdString());
        REQUIRE(bo.ok());
        t.reopen();
        const auto after = Erasure(*t).records();
        REQUIRE(after.size() == 2);
        QStringList bases;
        for (const auto& r : after) {
            bases << r.basis + QLatin1Char(':') + r.reason;
        }
        CHECK(bases.contains(QStringLiteral("reason:Borgeren har bedt om sletning")));
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM citizen")) == 0);
        CHECK(t->erasedCitizens().size() == 2);
    }
}
