#include "tests/sync/SyncHarness.h"

#include "core/citizen/CitizenRepository.h"
#include "core/sync/BatchFile.h"
#include "core/util/Uuid.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace samspil;
using namespace samspil::test;

namespace {

QString addCitizen(TempDb& site, const QString& name)
{
    // These tests count changes and batches one for one; the audit row each change to a citizen
    // also writes is tested in ChangeAuditTest.
    Database::AuditPause noAudit(*site);
    const QString id = newUuid();
    REQUIRE(site->write(QStringLiteral("citizen"), id,
                        {{QStringLiteral("name"), name}, {QStringLiteral("cpr"), QStringLiteral("6101901234")}})
                .ok());
    return id;
}

QString field(TempDb& site, const QString& id, const QString& f)
{
    QSqlQuery q(site->sql());
    q.prepare(QStringLiteral("SELECT %1 FROM citizen WHERE id = ?").arg(f));
    q.addBindValue(id);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QStringLiteral("<missing>");
}

} // namespace

TEST_CASE("Joining sets up the share once and checks it after", "[sync]")
{
    Team team(2);
    auto parsed = TeamFile::parse(readFile(team.path(Share::teamFile())));
    REQUIRE(parsed.ok());
    CHECK(parsed->format == QLatin1String(TeamFile::kFormat));
    CHECK(isUuid(parsed->team));
    CHECK(SyncEngine(*team[0]).teamId() == parsed->team);
    CHECK(SyncEngine(*team[1]).teamId() == parsed->team);
    CHECK(SyncEngine(*team[1]).team().members.size() == 2);
    CHECK(SyncEngine(*team[0]).joined());
    CHECK(QFileInfo::exists(team.path(Share::stateFile(team[0]->siteId()))));

    SECTION("a database of another team is refused")
    {
        QTemporaryDir other;
        TempDb stranger;
        REQUIRE(SyncEngine(*stranger).join(other.path()).ok());
        const auto s = SyncEngine(*stranger).join(team.share());
        CHECK_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("another team")));
    }
    SECTION("a team file from a newer Samspil is refused and left alone")
    {
        QTemporaryDir newer;
        const QByteArray file = R"({"format": "samspil-team/3", "team": "x"})";
        writeFile(newer.filePath(QStringLiteral("samspil-team.json")), file);
        TempDb site;
        const auto s = SyncEngine(*site).join(newer.path());
        CHECK_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("newer version")));
        CHECK(readFile(newer.filePath(QStringLiteral("samspil-team.json"))) == file);
    }
}

TEST_CASE("Changes travel both ways and applying a batch twice changes nothing", "[sync]")
{
    Team team(2);
    const QString a = addCitizen(team[0], QStringLiteral("Åse Ærø"));
    const QString b = addCitizen(team[1], QStringLiteral("Bo Østergård"));
    team.syncUntilQuiet();
    CHECK(field(team[1], a, QStringLiteral("name")) == QStringLiteral("Åse Ærø"));
    CHECK(field(team[0], b, QStringLiteral("name")) == QStringLiteral("Bo Østergård"));
    CHECK(team.dump(0) == team.dump(1));

    // Forget how far site 1 got: it reads site 0's batches again.
    const QByteArray before = team.dump(1);
    REQUIRE(Replica(*team[1]).setAppliedSeq(team[0]->siteId(), 0).ok());
    const SyncReport again = Team::sync(team[1]);
    CHECK(again.imported > 0);
    CHECK(again.conflicts == 0);
    CHECK(team.dump(1) == before);
    CHECK(Replica(*team[1]).conflicts().isEmpty());
}

TEST_CASE("Concurrent edits of one field: the later wins and the other waits for review", "[sync]")
{
    Team team(2);
    const QString id = addCitizen(team[0], QStringLiteral("Anna"));
    team.syncUntilQuiet();
    team[0].clock.advanceSeconds(10);
    team[1].clock.advanceSeconds(20);
    REQUIRE(team[0]->write(QStringLiteral("citizen"), id, {{QStringLiteral("phone"), QStringLiteral("00 00 00 01")}}).ok());
    REQUIRE(team[1]->write(QStringLiteral("citizen"), id, {{QStringLiteral("phone"), QStringLiteral("00 00 00 02")}}).ok());
    team.syncUntilQuiet();
    for (int i = 0; i < 2; ++i) {
        CHECK(field(team[i], id, QStringLiteral("phone")) == QStringLiteral("00 00 00 02"));
        const auto conflicts = Replica(*team[i]).conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts[0].otherValue.toString() == QStringLiteral("00 00 00 01"));
        CHECK(conflicts[0].field == QStringLiteral("phone"));
    }

    SECTION("putting the other value back is an edit that syncs and closes the conflict everywhere")
    {
        const auto c = Replica(*team[0]).conflicts().front();
        REQUIRE(Replica(*team[0]).resolve(c.id, true).ok());
        team.syncUntilQuiet();
        for (int i = 0; i < 2; ++i) {
            CHECK(field(team[i], id, QStringLiteral("phone")) == QStringLiteral("00 00 00 01"));
            CHECK(Replica(*team[i]).conflicts().isEmpty());
        }
    }
    SECTION("keeping the current value closes it everywhere too")
    {
        const auto c = Replica(*team[1]).conflicts().front();
        REQUIRE(Replica(*team[1]).resolve(c.id, false).ok());
        team.syncUntilQuiet();
        for (int i = 0; i < 2; ++i) {
            CHECK(field(team[i], id, QStringLiteral("phone")) == QStringLiteral("00 00 00 02"));
            CHECK(Replica(*team[i]).conflicts().isEmpty());
        }
    }
    SECTION("an ordinary edit elsewhere does not silently decide it")
    {
        REQUIRE(team[0]->write(QStringLiteral("citizen"), id, {{QStringLiteral("name"), QStringLiteral("Anne")}}).ok());
        team.syncUntilQuiet();
        CHECK(Replica(*team[1]).conflicts().size() == 1);
    }
}

TEST_CASE("A value superseded on one PC does not come back as a conflict when it arrives late elsewhere", "[sync]")
{
    // PC 2 writes X; PC 1 sees X and writes Y over it; PC 0 writes Z at the same time, and Z
    // wins over Y on PC 1; PC 1 then writes W over Z. W has seen Y, and Y had seen X. When X
    // reaches PC 0 last (its drive was slow), X is old news there, not a conflict.
    Team team(3);
    const QString id = addCitizen(team[0], QStringLiteral("Anna"));
    team.syncUntilQuiet();
    const QString slowDir = team.path(Share::siteDir(team[2]->siteId()));
    const QString hiddenDir = slowDir + QStringLiteral("-not-yet-copied");
    const QString phone = QStringLiteral("phone");

    REQUIRE(team[2]->write(QStringLiteral("citizen"), id, {{phone, QStringLiteral("00 00 00 0X")}}).ok());
    Team::sync(team[2]);
    Team::sync(team[1]);
    REQUIRE(field(team[1], id, phone) == QStringLiteral("00 00 00 0X"));
    REQUIRE(QDir().rename(slowDir, hiddenDir)); // PC 0 does not see PC 2's files for a while

    team[1].clock.advanceSeconds(10);
    REQUIRE(team[1]->write(QStringLiteral("citizen"), id, {{phone, QStringLiteral("00 00 00 0Y")}}).ok());
    team[0].clock.advanceSeconds(60); // PC 0's edit is later, so it wins over Y
    REQUIRE(team[0]->write(QStringLiteral("citizen"), id, {{phone, QStringLiteral("00 00 00 0Z")}}).ok());
    Team::sync(team[0]);
    Team::sync(team[1]);
    REQUIRE(field(team[1], id, phone) == QStringLiteral("00 00 00 0Z"));
    REQUIRE(Replica(*team[1]).conflicts().size() == 1); // Y lost to Z and waits for review

    team[1].clock.advanceSeconds(120);
    REQUIRE(team[1]->write(QStringLiteral("citizen"), id, {{phone, QStringLiteral("00 00 00 0W")}}).ok());
    Team::sync(team[1]);
    Team::sync(team[0]);
    REQUIRE(field(team[0], id, phone) == QStringLiteral("00 00 00 0W"));
    CHECK(Replica(*team[0]).conflicts().isEmpty()); // W has seen both Z and Y

    REQUIRE(QDir().rename(hiddenDir, slowDir));
    team.syncUntilQuiet();
    for (int i = 0; i < 3; ++i) {
        INFO("PC " << i);
        CHECK(field(team[i], id, phone) == QStringLiteral("00 00 00 0W"));
        QStringList others;
        for (const auto& c : Replica(*team[i]).conflicts()) {
            others << c.otherValue.toString();
        }
        CHECK(others.isEmpty());
    }
}

TEST_CASE("An edit made while another PC deleted the row keeps the row and flags it", "[sync]")
{
    Team team(2);
    const QString id = addCitizen(team[0], QStringLiteral("Carl"));
    team.syncUntilQuiet();
    REQUIRE(team[0]->softDelete(QStringLiteral("citizen"), id).ok());
    REQUIRE(team[1]->write(QStringLiteral("citizen"), id, {{QStringLiteral("phone"), QStringLiteral("00 00 11 22")}}).ok());
    team.syncUntilQuiet();
    for (int i = 0; i < 2; ++i) {
        CHECK(field(team[i], id, QStringLiteral("deleted_at")).isEmpty());
        CHECK(field(team[i], id, QStringLiteral("phone")) == QStringLiteral("00 00 11 22"));
        const auto flags = Replica(*team[i]).flags();
        REQUIRE(flags.size() == 1);
        CHECK(flags[0].rowId == id);
        CHECK(flags[0].kind == QStringLiteral("edited_after_delete"));
    }
    CHECK(team.dump(0) == team.dump(1));
}

TEST_CASE("A bad batch is skipped with a reason, the rest still applies, and it is retried", "[sync]")
{
    Team team(3);
    const QString a = addCitizen(team[0], QStringLiteral("From A"));
    const QString b = addCitizen(team[1], QStringLiteral("From B"));
    Team::sync(team[0]);
    Team::sync(team[1]);
    const QString file = team.batchFiles().filter(team[0]->siteId()).front();
    const QByteArray good = readFile(file);

    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* reason;
    };
    QByteArray otherTeam = good;
    otherTeam.replace(SyncEngine(*team[0]).teamId().toUtf8(), newUuid().toUtf8());
    QByteArray flipped = good;
    flipped[flipped.size() - 5] = char(flipped[flipped.size() - 5] ^ 0x11);
    QByteArray newer = good;
    newer.replace("SAMSPIL-SEALED 1", "SAMSPIL-SEALED 9");
    // Generators are evaluated once; the damaged bytes depend on this run's team, so pick by number.
    const Case cases[] = {{"truncated", good.left(int(good.size()) - 10), "not signed"},
                          {"corrupt", flipped, "not signed"},
                          {"unknown team", otherTeam, "another team"},
                          {"newer format", newer, "newer version"}};
    const Case& c = cases[GENERATE(0, 1, 2, 3)];
    INFO(c.name);
    writeFile(file, c.bytes);
    const QByteArray before = team.dump(2);
    const SyncReport r = Team::sync(team[2]);
    REQUIRE(r.skipped.size() == 1);
    // Named with its folder, so a person can tell which PC's file it is.
    CHECK(r.skipped[0].file.contains(team[0]->siteId()));
    CHECK(r.skipped[0].file.endsWith(QFileInfo(file).fileName()));
    INFO(r.skipped[0].reason.toStdString());
    CHECK(r.skipped[0].reason.contains(QString::fromLatin1(c.reason)));
    CHECK(field(team[2], b, QStringLiteral("name")) == QStringLiteral("From B"));
    CHECK(field(team[2], a, QStringLiteral("name")) == QStringLiteral("<missing>"));
    CHECK(SyncEngine(*team[2]).status().lastProblem.contains(QFileInfo(file).fileName()));

    writeFile(file, good);
    const SyncReport retry = Team::sync(team[2]);
    CHECK(retry.skipped.isEmpty());
    CHECK(field(team[2], a, QStringLiteral("name")) == QStringLiteral("From A"));
    CHECK(SyncEngine(*team[2]).status().lastProblem.isEmpty());
    (void)before;
}

TEST_CASE("A batch stamped far in the future is held back until the clocks agree", "[sync]")
{
    Team team(2);
    team[0].clock.advanceSeconds(10 * 60); // site 0's clock runs ten minutes fast
    const QString id = addCitizen(team[0], QStringLiteral("Dorte"));
    Team::sync(team[0]);
    const SyncReport held = Team::sync(team[1]);
    CHECK(held.imported == 0);
    REQUIRE(held.waiting.size() == 1);
    CHECK(held.waiting[0].contains(QStringLiteral("ahead of this PC's clock")));
    CHECK(field(team[1], id, QStringLiteral("name")) == QStringLiteral("<missing>"));

    team[1].clock.advanceSeconds(6 * 60);
    const SyncReport later = Team::sync(team[1]);
    CHECK(later.imported == 1);
    CHECK(field(team[1], id, QStringLiteral("name")) == QStringLiteral("Dorte"));
}

TEST_CASE("An unreachable share makes sync wait and say so and the work goes out later", "[sync]")
{
    Team team(2);
    const QString moved = team.share() + QStringLiteral("-away");
    REQUIRE(QDir().rename(team.share(), moved));
    const QString id = addCitizen(team[0], QStringLiteral("Erik"));
    auto r = SyncEngine(*team[0]).sync();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("cannot be reached")));
    const SyncStatus status = SyncEngine(*team[0]).status();
    CHECK(status.pending == 1);
    CHECK(status.lastProblem.contains(QStringLiteral("cannot be reached")));
    // Work goes on offline.
    REQUIRE(team[0]->write(QStringLiteral("citizen"), id, {{QStringLiteral("phone"), QStringLiteral("00 00 33 44")}}).ok());

    REQUIRE(QDir().rename(moved, team.share()));
    team.syncUntilQuiet();
    CHECK(field(team[1], id, QStringLiteral("phone")) == QStringLiteral("00 00 33 44"));
    CHECK(SyncEngine(*team[0]).status().pending == 0);
}

TEST_CASE("A gap in a site's batches makes the later ones wait", "[sync]")
{
    Team team(2);
    SyncEngine::Options small;
    small.batchLimit = 1;
    const QString first = addCitizen(team[0], QStringLiteral("First"));
    const QString second = addCitizen(team[0], QStringLiteral("Second"));
    Team::sync(team[0], small);
    const QStringList files = team.batchFiles().filter(team[0]->siteId());
    REQUIRE(files.size() == 2);
    const QByteArray bytes = readFile(files[0]);
    REQUIRE(QFile::remove(files[0]));
    const SyncReport r = Team::sync(team[1]);
    CHECK(r.imported == 0);
    CHECK(r.waiting.size() == 1);
    CHECK(field(team[1], second, QStringLiteral("name")) == QStringLiteral("<missing>"));
    writeFile(files[0], bytes);
    Team::sync(team[1]);
    CHECK(field(team[1], first, QStringLiteral("name")) == QStringLiteral("First"));
    CHECK(field(team[1], second, QStringLiteral("name")) == QStringLiteral("Second"));
}

TEST_CASE("Batches every site applied are compacted, and a new PC starts from the snapshot", "[sync]")
{
    Team team(2);
    SyncEngine::Options options;
    options.batchLimit = 2;
    options.compactAfter = 2;
    for (int i = 0; i < 9; ++i) {
        addCitizen(team[0], QStringLiteral("Person %1").arg(i));
        Team::sync(team[0], options);
    }
    const QString conflicted = addCitizen(team[1], QStringLiteral("Shared"));
    team.syncUntilQuiet(options);
    team[0].clock.advanceSeconds(5);
    team[1].clock.advanceSeconds(9);
    REQUIRE(team[0]->write(QStringLiteral("citizen"), conflicted, {{QStringLiteral("phone"), QStringLiteral("00 00 00 0A")}}).ok());
    REQUIRE(team[1]->write(QStringLiteral("citizen"), conflicted, {{QStringLiteral("phone"), QStringLiteral("00 00 00 0B")}}).ok());
    team.syncUntilQuiet(options);
    team.syncUntilQuiet(options); // the state files now show everything applied

    FolderStore store(team.share());
    const Share share(store);
    const auto remaining = share.batches(team[0]->siteId());
    CHECK(remaining.size() < 5);
    REQUIRE(share.snapshots(team[0]->siteId()).size() == 1);

    TempDb& newcomer = team.addSite();
    team.syncUntilQuiet(options);
    CHECK(team.dump(2) == team.dump(0));
    CHECK(team.dump(1) == team.dump(0));
    REQUIRE(Replica(newcomer.db.operator*()).conflicts().size() == 1);
    CHECK(Replica(*newcomer).conflicts()[0].otherValue.toString() == QStringLiteral("00 00 00 0A"));
}

TEST_CASE("Changes every PC has applied leave the change log, and sync goes on after", "[sync]")
{
    Team team(2);
    SyncEngine::Options options;
    options.batchLimit = 3;
    for (int i = 0; i < 7; ++i) {
        addCitizen(team[0], QStringLiteral("Person %1").arg(i));
    }
    const qint64 last = Replica(*team[0]).lastLocalSeq();
    const qint64 newest = scalar(*team[0], QStringLiteral("SELECT max(hlc) FROM change_log"));
    // The first PC's first sync sends them; it keeps them until the other PC has them too.
    Team::sync(team[0], options);
    CHECK(scalar(*team[0], QStringLiteral("SELECT count(*) FROM change_log")) == 7);
    team.syncUntilQuiet(options);
    CHECK(scalar(*team[0], QStringLiteral("SELECT count(*) FROM change_log")) == 0);
    CHECK(Replica(*team[0]).lastLocalSeq() == last);
    CHECK(team.dump(1) == team.dump(0));

    // After a restart, numbering and the clock go on after the pruned entries, and the next
    // change reaches the other PC.
    team[0].reopen();
    const QString later = addCitizen(team[0], QStringLiteral("Later"));
    CHECK(scalar(*team[0], QStringLiteral("SELECT min(seq) FROM change_log")) == last + 1);
    CHECK(scalar(*team[0], QStringLiteral("SELECT min(hlc) FROM change_log")) > newest);
    team.syncUntilQuiet(options);
    CHECK(field(team[1], later, QStringLiteral("name")) == QStringLiteral("Later"));
    CHECK(team.dump(1) == team.dump(0));
}

TEST_CASE("A PC that needs pruned changes again is given a snapshot, never a batch that leaves some out", "[sync]")
{
    Team team(2);
    SyncEngine::Options options;
    options.batchLimit = 2;
    options.compactAfter = 0;
    TempDb& first = team[0];
    const QString second = team[1]->siteId();
    // The other PC's state before it applied anything, signed by it (a drive can put back any
    // older file it once held).
    Team::sync(team[1], options);
    const QString stateFile = team.path(Share::stateFile(second));
    const QByteArray oldState = readFile(stateFile);
    REQUIRE_FALSE(oldState.isEmpty());
    for (int i = 0; i < 5; ++i) {
        addCitizen(first, QStringLiteral("Person %1").arg(i));
    }
    team.syncUntilQuiet(options);
    const qint64 pruned = first->prunedChangeSeq();
    REQUIRE(pruned == Replica(*first).lastLocalSeq());
    REQUIRE(scalar(*first, QStringLiteral("SELECT count(*) FROM change_log")) == 0);

    // The drive loses the first PC's batches and shows the old state of the other.
    for (const QString& f : team.batchFiles()) {
        REQUIRE(QFile::remove(f));
    }
    writeFile(stateFile, oldState);
    Team::sync(first, options);
    FolderStore store(team.share());
    const Share share(store);
    CHECK(share.snapshots(first->siteId()).size() == 1);
    for (const auto& b : share.batches(first->siteId())) {
        CHECK(b.from > pruned);
    }
    // A new PC catches up from it.
    team.addSite();
    team.syncUntilQuiet(options);
    CHECK(team.dump(2) == team.dump(0));
    CHECK(team.dump(1) == team.dump(0));
}

TEST_CASE("A batch file reads back exactly what was written", "[sync]")
{
    LocalChange c;
    c.seq = 7;
    c.hlc = (qint64(1764000000000) << 16) | 3;
    c.actor = QStringLiteral("AB \"quoted\"");
    c.table = QStringLiteral("citizen");
    c.rowId = newUuid();
    c.fieldsJson = R"({"name":"Åse","status":"active"})";
    BatchFile::Header h;
    h.team = QStringLiteral("team");
    h.site = newUuid();
    h.from = 5;
    h.to = 7;
    const auto sign = Sealing::newSigningKeys();
    const QByteArray key = Sealing::newTeamKey();
    const QByteArray bytes = BatchFile::encode(h, {c}, {h.team, h.site, Sealing::keyId(key), key, sign.secretKey});
    SealedFile::Expect expect;
    expect.team = h.team;
    expect.site = h.site;
    expect.signPublic = sign.publicKey;
    expect.teamKey = [&](const QString& id) { return id == Sealing::keyId(key) ? key : QByteArray(); };
    auto back = BatchFile::decode(bytes, expect);
    REQUIRE(back.ok());
    // Nothing of the body is readable in the file.
    CHECK_FALSE(bytes.contains("citizen"));
    CHECK_FALSE(bytes.contains(c.actor.toUtf8()));
    CHECK(back->header.from == 5);
    CHECK(back->header.to == 7);
    CHECK(back->header.maxHlc == c.hlc);
    REQUIRE(back->changes.size() == 1);
    CHECK(back->changes[0].actor == c.actor);
    CHECK(back->changes[0].hlc == c.hlc);
    CHECK(back->changes[0].fields.size() == 2);
    CHECK(back->changes[0].fields[0].second.toString() == QStringLiteral("Åse"));

    qint64 from = 0, to = 0;
    CHECK(BatchFile::parseBatchName(BatchFile::batchName(5, 7), &from, &to));
    CHECK((from == 5 && to == 7));
    CHECK_FALSE(BatchFile::parseBatchName(BatchFile::batchName(5, 7) + QStringLiteral(".tmp"), &from, &to));
}
