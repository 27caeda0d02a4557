// A PC catching up: rows it has never seen go in whole (Replica's bulk path), rows it already
// holds are merged field by field, and a site's batches share a transaction. The result must be
// exactly what merging every change one by one gives.
#include "tests/sync/SyncHarness.h"

#include "core/storage/Erasure.h"
#include "core/util/Uuid.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace samspil;
using namespace samspil::test;

namespace {

QString addCitizen(TempDb& site, const QString& name)
{
    const QString id = newUuid();
    REQUIRE(site->write(QStringLiteral("citizen"), id,
                        {{QStringLiteral("name"), name}, {QStringLiteral("cpr"), QStringLiteral("6101901234")}})
                .ok());
    return id;
}

void setField(TempDb& site, const QString& id, const QString& field, const QString& value)
{
    REQUIRE(site->write(QStringLiteral("citizen"), id, {{field, value}}).ok());
}

qint64 count(TempDb& site, const QString& sql, const QString& id)
{
    QSqlQuery q(site->sql());
    q.prepare(sql);
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// A change as another PC's batch carries it.
RemoteChange change(const QString& site, qint64 hlc, const QString& table, const QString& rowId,
                    const QVector<QPair<QString, QVariant>>& fields)
{
    RemoteChange c;
    c.site = site;
    c.hlc = hlc;
    c.table = table;
    c.rowId = rowId;
    c.fields = fields;
    return c;
}

/// Enough citizens that their pages count (more than 4 MB), written and sent to the share; they
/// arrive at a new PC in no order of their keys.
void writeManyCitizensAndSync(TempDb& site)
{
    {
        Database::Transaction tx(*site);
        for (int i = 0; i < 2500; ++i) {
            REQUIRE(site->write(QStringLiteral("citizen"), newUuid(),
                                {{QStringLiteral("name"), QStringLiteral("Borger %1 ").arg(i) + QString(1200, QLatin1Char('x'))},
                                 {QStringLiteral("cpr"), QStringLiteral("6101901234")}})
                        .ok());
        }
        REQUIRE(tx.commit().ok());
    }
    Team::sync(site);
}

} // namespace

TEST_CASE("A joiner that already holds rows edited concurrently converges with the team", "[sync][join]")
{
    const bool compacted = GENERATE(false, true);
    INFO((compacted ? "from a snapshot" : "from batches"));
    Team team(2);
    SyncEngine::Options options;
    options.batchLimit = 2; // several batches per site, applied in one group
    options.compactAfter = compacted ? 1 : 0;
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        ids << addCitizen(team[0], QStringLiteral("Person %1").arg(i));
    }
    team.syncUntilQuiet(options);

    // Both PCs edit the same rows while apart; the second also adds one of its own and deletes one.
    team[0].clock.advanceSeconds(5);
    team[1].clock.advanceSeconds(9);
    setField(team[0], ids[0], QStringLiteral("phone"), QStringLiteral("00 00 00 0A"));
    setField(team[1], ids[0], QStringLiteral("phone"), QStringLiteral("00 00 00 0B"));
    setField(team[1], ids[1], QStringLiteral("name"), QStringLiteral("Renamed on the second PC"));
    setField(team[0], ids[2], QStringLiteral("email"), QStringLiteral("first@example.dk"));
    REQUIRE(team[1]->softDelete(QStringLiteral("citizen"), ids[3]).ok());
    setField(team[0], ids[3], QStringLiteral("phone"), QStringLiteral("00 00 00 0C")); // edited after delete
    const QString own = addCitizen(team[1], QStringLiteral("Added on the second PC"));

    // The newcomer asks to join while both PCs' edits are on the share: whichever site it reads
    // first, the rows of the other are partly there already (the second PC's edits of the first
    // PC's rows make rows of their own), so both the bulk path and the merge path run.
    Team::sync(team[0], options);
    Team::sync(team[1], options);
    TempDb& newcomer = team.addSite();
    team.syncUntilQuiet(options);
    team.syncUntilQuiet(options);

    CHECK(team.dump(2) == team.dump(0));
    CHECK(team.dump(1) == team.dump(0));
    for (int i = 0; i < 3; ++i) {
        INFO("site " << i);
        const auto conflicts = Replica(*team[i]).conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts[0].rowId == ids[0]);
        CHECK(conflicts[0].otherValue.toString() == QStringLiteral("00 00 00 0A"));
    }
    const QString live = QStringLiteral("SELECT count(*) FROM citizen WHERE id = ? AND deleted_at IS NULL");
    CHECK(count(newcomer, live, own) == 1);
    CHECK(count(newcomer, live, ids[3]) == 1); // the edit after the delete keeps the row

}

TEST_CASE("A row the joiner has never seen goes in whole, and one it holds is merged", "[sync][join]")
{
    TempDb joiner;
    const QString other = newUuid();
    const QString third = newUuid();
    const QString id = newUuid();
    Replica replica(*joiner);
    Database::Transaction tx(*joiner);

    // New: inserted with its clock, and counted as a change.
    auto first = replica.apply(change(other, 100, QStringLiteral("citizen"), id,
                                      {{QStringLiteral("name"), QStringLiteral("Ny borger")},
                                       {QStringLiteral("phone"), QStringLiteral("11 11 11 11")}}));
    REQUIRE(first.ok());
    CHECK(first->changed);
    // The same change again changes nothing (the row is there: merged, and already known).
    auto again = replica.apply(change(other, 100, QStringLiteral("citizen"), id,
                                      {{QStringLiteral("name"), QStringLiteral("Ny borger")},
                                       {QStringLiteral("phone"), QStringLiteral("11 11 11 11")}}));
    REQUIRE(again.ok());
    CHECK_FALSE(again->changed);
    // A concurrent edit from a third PC with a later stamp wins and the first value is kept.
    auto concurrent = replica.apply(change(third, 200, QStringLiteral("citizen"), id,
                                           {{QStringLiteral("phone"), QStringLiteral("22 22 22 22")}}));
    REQUIRE(concurrent.ok());
    CHECK(concurrent->changed);
    CHECK(concurrent->newConflicts == 1);
    REQUIRE(tx.commit().ok());
    CHECK(count(joiner, QStringLiteral("SELECT count(*) FROM citizen WHERE id = ? AND phone = '22 22 22 22'"), id) == 1);
    const auto conflicts = replica.conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].otherValue.toString() == QStringLiteral("11 11 11 11"));
    CHECK(conflicts[0].otherSite == other);
}

TEST_CASE("The bulk path does not bring back an erased citizen's rows", "[sync][join][erasure]")
{
    TempDb source;
    const QString citizen = addCitizen(source, QStringLiteral("Slettet Borger"));
    const QString kept = addCitizen(source, QStringLiteral("Bliver Borger"));
    auto erased = Erasure(*source).eraseCitizen(citizen, Erasure::kReason, QStringLiteral("Borgerens anmodning"));
    INFO(erased.error().toStdString());
    REQUIRE(erased.ok());

    // A new PC starts from the erasing PC's snapshot: it knows the erasure.
    TempDb joiner;
    Replica replica(*joiner);
    {
        Database::Transaction tx(*joiner);
        REQUIRE(replica.applySnapshot(Replica(*source).snapshot()).ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(joiner->erasedCitizens().contains(citizen));

    // A PC that had not heard of it sends the citizen's row and a new row about her: rows the
    // joiner has never seen, that the bulk path would otherwise insert.
    const QString late = newUuid();
    const QString rating = newUuid();
    Database::Transaction tx(*joiner);
    auto row = replica.apply(change(late, joiner->nextStamp(), QStringLiteral("citizen"), citizen,
                                    {{QStringLiteral("name"), QStringLiteral("Slettet Borger")},
                                     {QStringLiteral("phone"), QStringLiteral("33 33 33 33")}}));
    REQUIRE(row.ok());
    CHECK_FALSE(row->changed);
    auto about = replica.apply(change(late, joiner->nextStamp(), QStringLiteral("plan_rating"), rating,
                                      {{QStringLiteral("citizen_id"), citizen},
                                       {QStringLiteral("rater"), QStringLiteral("caseworker")},
                                       {QStringLiteral("score"), 4},
                                       {QStringLiteral("rated_on"), QStringLiteral("2026-11-02")},
                                       {QStringLiteral("comment"), QStringLiteral("Sen kommentar")}}));
    REQUIRE(about.ok());
    CHECK_FALSE(about->changed);
    // A new row about another citizen still goes in.
    auto other = replica.apply(change(late, joiner->nextStamp(), QStringLiteral("plan_rating"), newUuid(),
                                      {{QStringLiteral("citizen_id"), kept},
                                       {QStringLiteral("rater"), QStringLiteral("caseworker")},
                                       {QStringLiteral("score"), 3},
                                       {QStringLiteral("rated_on"), QStringLiteral("2026-11-02")}}));
    REQUIRE(other.ok());
    CHECK(other->changed);
    REQUIRE(tx.commit().ok());

    CHECK(count(joiner, QStringLiteral("SELECT count(*) FROM citizen WHERE id = ?"), citizen) == 0);
    CHECK(count(joiner, QStringLiteral("SELECT count(*) FROM plan_rating WHERE citizen_id = ?"), citizen) == 0);
    CHECK(count(joiner, QStringLiteral("SELECT count(*) FROM plan_rating WHERE citizen_id = ?"), kept) == 1);
    CHECK_FALSE(dumpDatabase(*joiner).contains("Slettet Borger"));
}

TEST_CASE("A snapshot taken before an erasure does not bring the erased citizen back", "[sync][join][erasure]")
{
    TempDb source;
    const QString citizen = addCitizen(source, QStringLiteral("Slettet Borger"));
    const QString kept = addCitizen(source, QStringLiteral("Bliver Borger"));
    for (const QString& who : {citizen, kept}) {
        REQUIRE(source->write(QStringLiteral("plan_rating"), newUuid(),
                              {{QStringLiteral("citizen_id"), who},
                               {QStringLiteral("rater"), QStringLiteral("caseworker")},
                               {QStringLiteral("score"), 4},
                               {QStringLiteral("rated_on"), QStringLiteral("2026-11-02")}})
                    .ok());
    }
    // A slow PC's snapshot, made before the erasure: the citizen and her rating are in it.
    const QJsonObject before = Replica(*source).snapshot();
    REQUIRE(Erasure(*source).eraseCitizen(citizen, Erasure::kReason, QStringLiteral("Borgerens anmodning")).ok());

    TempDb joiner;
    Replica replica(*joiner);
    for (const QJsonObject& snapshot : {Replica(*source).snapshot(), before}) {
        Database::Transaction tx(*joiner);
        REQUIRE(replica.applySnapshot(snapshot).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(count(joiner, QStringLiteral("SELECT count(*) FROM citizen WHERE id = ?"), citizen) == 0);
    CHECK(count(joiner, QStringLiteral("SELECT count(*) FROM plan_rating WHERE citizen_id = ?"), citizen) == 0);
    CHECK(count(joiner, QStringLiteral("SELECT count(*) FROM plan_rating WHERE citizen_id = ?"), kept) == 1);
    CHECK_FALSE(dumpDatabase(*joiner).contains("Slettet Borger"));
}

TEST_CASE("A new PC that caught up with the team has its file rebuilt with full pages, and keeps every row", "[sync][join]")
{
    Team team(1);
    writeManyCitizensAndSync(team[0]);
    TempDb& joiner = team.addSite();
    const qint64 pagesBefore = joiner->pageCount();
    team.syncUntilQuiet();
    CHECK(dumpDatabase(*joiner) == dumpDatabase(*team[0]));
    const qint64 pages = joiner->pageCount();
    CHECK(pages > 2 * pagesBefore);
    // As small as a rebuild of it can make it: VACUUM INTO writes the same data packed.
    QTemporaryDir dir;
    const QString packed = dir.filePath(QStringLiteral("packed.db"));
    {
        QSqlQuery q(joiner->sql());
        REQUIRE(q.prepare(QStringLiteral("VACUUM INTO ?")));
        q.addBindValue(packed);
        REQUIRE(q.exec());
    }
    const qint64 packedPages = QFileInfo(packed).size() / scalar(*joiner, QStringLiteral("PRAGMA page_size"));
    CHECK(pages <= packedPages + packedPages / 50);
    CHECK(scalar(*joiner, QStringLiteral("PRAGMA freelist_count")) == 0);
}

TEST_CASE("A snapshot is written as the JSON QJsonDocument would write, and reads back to every row, value and kept conflict", "[sync][join]")
{
    Team team(2);
    const QString id = addCitizen(team[0], QStringLiteral("Åse \"Bølle\" Østergaard\n\tback\\slash \u0001 ✓"));
    const QString staffId = newUuid();
    REQUIRE(team[0]->write(QStringLiteral("staff"), staffId,
                           {{QStringLiteral("name"), QStringLiteral("Søren")}, {QStringLiteral("active"), true}})
                .ok());
    team.syncUntilQuiet();
    // Two PCs change the same field before they hear of each other: one value wins, the other is kept.
    setField(team[0], id, QStringLiteral("phone"), QStringLiteral("11 11 11 11"));
    setField(team[1], id, QStringLiteral("phone"), QStringLiteral("22 22 22 22"));
    team.syncUntilQuiet();
    REQUIRE(Replica(*team[0]).conflicts().size() == 1);
    REQUIRE(team[0]->softDelete(QStringLiteral("staff"), staffId).ok());

    const auto text = Replica(*team[0]).makeSnapshot();
    REQUIRE(text.ok());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.value(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    CHECK(doc.toJson(QJsonDocument::Compact) == text.value());

    TempDb fresh;
    {
        Database::EngineScope engine(*fresh);
        Database::Transaction tx(*fresh);
        REQUIRE(Replica(*fresh).applySnapshot(doc.object()).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(dumpDatabase(*fresh) == dumpDatabase(*team[0]));
    const auto kept = Replica(*fresh).conflicts();
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].otherValue == Replica(*team[0]).conflicts()[0].otherValue);
    CHECK(count(fresh, QStringLiteral("SELECT count(*) FROM staff WHERE id = ? AND deleted_at IS NOT NULL"), staffId) == 1);
}

TEST_CASE("A new PC's catch-up goes through while another connection of its own is reading, and keeps every row", "[sync][join]")
{
    // The window's background work (the caseload's next steps, the dashboard) reads on a
    // connection of its own; the rebuild at the end of the sync may then have to wait for
    // another time, but the sync and its data do not.
    Team team(1);
    writeManyCitizensAndSync(team[0]);
    TempDb& joiner = team.addSite();
    auto beside = Database::openBeside(joiner.path(), &joiner->clock(), joiner->principal());
    REQUIRE(beside.ok());
    QSqlQuery reading(beside.value()->sql());
    REQUIRE(reading.exec(QStringLiteral("SELECT name FROM sqlite_master")));
    REQUIRE(reading.next()); // a read left open, as a background read in progress

    team.syncUntilQuiet();
    CHECK(dumpDatabase(*joiner) == dumpDatabase(*team[0]));
    reading.finish();
    CHECK(scalar(*beside.value(), QStringLiteral("SELECT count(*) FROM citizen")) == 2500);
}
