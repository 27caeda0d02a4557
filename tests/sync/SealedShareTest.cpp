// The shared drive as hostile ground: what someone with write access to the share (but no PC of
// the team) can try, what a member's stolen PC can try, and what a misbehaving drive does. In
// every case nothing forged is applied, every PC converges, and nothing personal is readable.

#include "tests/sync/SyncHarness.h"

#include "core/citizen/CitizenRepository.h"
#include "core/sync/BatchFile.h"
#include "core/sync/SealedFile.h"
#include "core/util/Hlc.h"
#include "core/util/Uuid.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <zlib.h>

using namespace samspil;
using namespace samspil::test;

namespace {

const QString kName = QStringLiteral("Søren Hemmelighed");
const QString kCpr = QStringLiteral("6205901237");

QString addCitizen(TempDb& site, const QString& name, const QString& cpr = QStringLiteral("6101901234"))
{
    Database::AuditPause noAudit(*site);
    const QString id = newUuid();
    REQUIRE(site->write(QStringLiteral("citizen"), id, {{QStringLiteral("name"), name}, {QStringLiteral("cpr"), cpr}})
                .ok());
    return id;
}

QString nameOf(TempDb& site, const QString& id)
{
    QSqlQuery q(site->sql());
    q.prepare(QStringLiteral("SELECT name FROM citizen WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QStringLiteral("<missing>");
}

qint64 citizens(TempDb& site)
{
    return scalar(*site, QStringLiteral("SELECT count(*) FROM citizen"));
}

/// What a PC's keys can make: a sealed file signed by it, with any header and body.
QByteArray sealAs(TempDb& pc, SealedFile::Kind kind, const QJsonObject& header, const QByteArray& body,
                  const QString& siteInHeader = {})
{
    TeamKeys keys(*pc);
    const TeamState team = keys.trusted();
    const QString id = team.currentKeyId();
    return SealedFile::seal(kind, header, body,
                            {team.team, siteInHeader.isEmpty() ? pc->siteId() : siteInHeader, id,
                             keys.teamKeys().value(id), keys.signing()->secretKey});
}

/// A batch body with one change that renames a citizen; `stamp` its clock stamp.
QByteArray renameBody(const QString& row, const QString& name, qint64 stamp, const QString& clockSite = {})
{
    QJsonArray change{1, QString::number(stamp), QStringLiteral("x"), QStringLiteral("citizen"), row,
                      QJsonObject{{QStringLiteral("name"), name}}};
    if (clockSite.isEmpty()) {
        change.append(QJsonValue());
    } else {
        change.append(QJsonObject{{QStringLiteral("name"), QJsonObject{{clockSite, QString::number(stamp)}}}});
    }
    return QJsonDocument(QJsonArray{change}).toJson(QJsonDocument::Compact);
}

QJsonObject batchHeader(qint64 from, qint64 to, int count, qint64 maxHlc)
{
    return {{QStringLiteral("from"), QString::number(from)},
            {QStringLiteral("to"), QString::number(to)},
            {QStringLiteral("count"), count},
            {QStringLiteral("max_hlc"), QString::number(maxHlc)}};
}

QString batchPath(Team& team, const QString& site, qint64 from, qint64 to)
{
    return team.path(Share::batchesDir(site) + QLatin1Char('/') + BatchFile::batchName(from, to));
}

qint64 stampNow(TempDb& pc)
{
    return Hlc::make(pc.clock.now().toMSecsSinceEpoch(), 0);
}

bool anySkipped(const SyncReport& r, const QString& fileOrFolder, const QString& reason)
{
    for (const auto& s : r.skipped) {
        if (s.file.contains(fileOrFolder) && s.reason.contains(reason)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("A batch forged in a new folder is never applied", "[sync][sealed]")
{
    Team team(2);
    const QString id = addCitizen(team[0], QStringLiteral("Anna"));
    team.syncUntilQuiet();

    // Someone with access to the share makes up a PC and a batch, with a correct-looking clock.
    const QString stranger = newUuid();
    const QByteArray forged = QByteArrayLiteral("SAMSPIL-BATCH 1\n{}\n") + renameBody(id, QStringLiteral("Forged"), stampNow(team[1]));
    writeFile(batchPath(team, stranger, 1, 1), forged);
    const SyncReport r = Team::sync(team[1]);
    CHECK(nameOf(team[1], id) == QStringLiteral("Anna"));
    CHECK(anySkipped(r, stranger, QStringLiteral("not admitted")));
    CHECK(SyncEngine(*team[1]).status().lastProblem.contains(stranger));
}

TEST_CASE("A member's real batch copied into another member's folder is refused", "[sync][sealed]")
{
    Team team(3);
    const QString id = addCitizen(team[0], QStringLiteral("Bent"));
    Team::sync(team[0]);
    const QString real = team.batchFiles().filter(team[0]->siteId()).front();
    // Copied as if PC 1 had written it: its header and signature name PC 0.
    writeFile(batchPath(team, team[1]->siteId(), 1, 1), readFile(real));
    QFile::remove(real);
    const SyncReport r = Team::sync(team[2]);
    CHECK(nameOf(team[2], id) == QStringLiteral("<missing>"));
    CHECK(anySkipped(r, team[1]->siteId(), QStringLiteral("names another PC")));
}

TEST_CASE("A file planted in a PC's own folder is not adopted, and its real changes still go out", "[sync][sealed]")
{
    Team team(2);
    team.syncUntilQuiet();
    const QString real = addCitizen(team[0], QStringLiteral("Rigtig"));
    // The planted file takes the name the PC's next batch will have.
    const qint64 next = Replica(*team[0]).exportedSeq() + 1;
    const QString planted = batchPath(team, team[0]->siteId(), next, next);
    QTemporaryDir elsewhere; // the outsider's own team: keys of its own, not this team's
    TempDb outsider;
    joinTeam(*outsider, elsewhere.path());
    writeFile(planted, sealAs(outsider, SealedFile::Kind::Batch, batchHeader(next, next, 1, stampNow(team[0])),
                              renameBody(real, QStringLiteral("Forged"), stampNow(team[0])), team[0]->siteId()));
    const SyncReport own = Team::sync(team[0]);
    CHECK(own.exported == 1);
    CHECK(own.notices.join(QLatin1Char(' ')).contains(QStringLiteral("not written by this PC")));
    team.syncUntilQuiet();
    CHECK(nameOf(team[1], real) == QStringLiteral("Rigtig"));
    CHECK(team.dump(0) == team.dump(1));
}

TEST_CASE("A forged snapshot and a forged team file are refused", "[sync][sealed]")
{
    Team team(2);
    const QString id = addCitizen(team[0], QStringLiteral("Clara"));
    team.syncUntilQuiet();
    QTemporaryDir elsewhere; // the outsider's own team: keys of its own, not this team's
    TempDb outsider;
    joinTeam(*outsider, elsewhere.path());

    SECTION("a snapshot signed by a key outside the team")
    {
        // A new PC would start from it: it must not.
        const QString snap = team.path(Share::snapshotsDir(team[0]->siteId()) + QStringLiteral("/") +
                                       BatchFile::snapshotName(99));
        writeFile(snap, sealAs(outsider, SealedFile::Kind::Snapshot,
                               {{QStringLiteral("position"), QStringLiteral("99")}, {QStringLiteral("max_hlc"), QStringLiteral("1")}},
                               "{}", team[0]->siteId()));
        TempDb& newcomer = team.addSite();
        team.syncUntilQuiet();
        CHECK(nameOf(newcomer, id) == QStringLiteral("Clara"));
        CHECK_FALSE(QFile::exists(snap)); // its owner removed it from its folder
    }
    SECTION("a team file that admits the forger, signed by the forger")
    {
        TeamState forged = SyncEngine(*team[0]).team();
        forged.members.append({outsider->siteId(), TeamKeys(*outsider).signing()->publicKey,
                               TeamKeys(*outsider).box()->publicKey, QStringLiteral("evil"), {}});
        forged.revision += 10;
        writeFile(team.path(Share::teamFile()), TeamFile::write(forged, outsider->siteId(), TeamKeys(*outsider).signing()->secretKey));
        const SyncReport r = Team::sync(team[1]);
        CHECK(anySkipped(r, Share::teamFile(), QStringLiteral("not signed by a member")));
        CHECK(SyncEngine(*team[1]).team().members.size() == 2);
        // The member put the genuine team file back.
        auto parsed = TeamFile::parse(readFile(team.path(Share::teamFile())));
        REQUIRE(parsed.ok());
        CHECK(parsed->signer == team[1]->siteId());
    }
}

TEST_CASE("Changes stamped far ahead hold the batch back, whatever its header says", "[sync][sealed]")
{
    Team team(2);
    const QString id = addCitizen(team[0], QStringLiteral("Dorte"));
    team.syncUntilQuiet();
    // A member's PC (stolen, or its clock wrong) writes a change stamped in the year 6429 under
    // a header that looks like now.
    const qint64 ahead = Hlc::make(QDateTime(QDate(6429, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), 0);
    const qint64 next = Replica(*team[0]).exportedSeq() + 1;
    writeFile(batchPath(team, team[0]->siteId(), next, next),
              sealAs(team[0], SealedFile::Kind::Batch, batchHeader(next, next, 1, stampNow(team[0])),
                     renameBody(id, QStringLiteral("Future"), ahead)));
    const SyncReport r = Team::sync(team[1]);
    CHECK(nameOf(team[1], id) == QStringLiteral("Dorte"));
    REQUIRE(r.waiting.size() == 1);
    CHECK(r.waiting[0].contains(QStringLiteral("ahead of this PC's clock")));

    SECTION("and a version clock that names a PC outside the team is refused")
    {
        writeFile(batchPath(team, team[0]->siteId(), next, next),
                  sealAs(team[0], SealedFile::Kind::Batch, batchHeader(next, next, 1, stampNow(team[0])),
                         renameBody(id, QStringLiteral("Foreign"), stampNow(team[0]), newUuid())));
        const SyncReport again = Team::sync(team[1]);
        CHECK(nameOf(team[1], id) == QStringLiteral("Dorte"));
        CHECK(anySkipped(again, team[0]->siteId(), QStringLiteral("not in the team")));
    }
}

TEST_CASE("A decompression bomb and an oversize file are refused without unpacking them", "[sync][sealed]")
{
    Team team(2);
    team.syncUntilQuiet();
    const qint64 next = Replica(*team[0]).exportedSeq() + 1;
    const QString path = batchPath(team, team[0]->siteId(), next, next);

    SECTION("a body that declares 3 GB")
    {
        QByteArray bytes = sealAs(team[0], SealedFile::Kind::Batch, batchHeader(next, next, 1, stampNow(team[0])),
                                  QByteArray(1024 * 1024, ' '));
        // Only a member could sign one; declared sizes are checked before anything is unpacked.
        const QByteArray small = QByteArray::number(1024 * 1024);
        TeamKeys keys(*team[0]);
        const int first = int(bytes.indexOf('\n'));
        const int second = int(bytes.indexOf('\n', first + 1));
        QJsonObject header = QJsonDocument::fromJson(bytes.mid(first + 1, second - first - 1)).object();
        CHECK(header.value(QStringLiteral("raw")).toString().toUtf8() == small);
        header.insert(QStringLiteral("raw"), QString::number(3LL * 1024 * 1024 * 1024));
        QByteArray head = bytes.left(first + 1) + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
        QByteArray signedPart = head + bytes.mid(second + 1, bytes.size() - second - 1 - Sealing::kSignatureBytes);
        writeFile(path, signedPart + Sealing::sign(signedPart, keys.signing()->secretKey));
        const SyncReport r = Team::sync(team[1]);
        CHECK(anySkipped(r, team[0]->siteId(), QStringLiteral("larger than Samspil allows")));
    }
    SECTION("a 1 MB body of zeros that says it unpacks to 1 KB")
    {
        // zlib packs 1 MB of zeros to about 1 KB; only the declared size is ever allocated, and a
        // body that unpacks to more is damaged. Sealed by hand, as a member's stolen keys could.
        const QByteArray zeros(1024 * 1024, '\0');
        uLongf size = compressBound(uLong(zeros.size()));
        QByteArray packed(qsizetype(size), '\0');
        REQUIRE(compress2(reinterpret_cast<Bytef*>(packed.data()), &size,
                          reinterpret_cast<const Bytef*>(zeros.constData()), uLong(zeros.size()), 9) == Z_OK);
        packed.truncate(qsizetype(size));
        TeamKeys keys(*team[0]);
        const TeamState state = keys.trusted();
        QJsonObject header = batchHeader(next, next, 1, stampNow(team[0]));
        header.insert(QStringLiteral("kind"), QStringLiteral("batch"));
        header.insert(QStringLiteral("team"), state.team);
        header.insert(QStringLiteral("site"), team[0]->siteId());
        header.insert(QStringLiteral("key"), state.currentKeyId());
        header.insert(QStringLiteral("raw"), QStringLiteral("1024"));
        header.insert(QStringLiteral("length"),
                      QString::number(Sealing::kNonceBytes + packed.size() + Sealing::kTagBytes));
        QByteArray out = "SAMSPIL-SEALED 1\n" + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
        out += Sealing::encrypt(packed, out, keys.teamKeys().value(state.currentKeyId()));
        out += Sealing::sign(out, keys.signing()->secretKey);
        writeFile(path, out);
        const SyncReport r = Team::sync(team[1]);
        CHECK(r.imported == 0);
        CHECK(anySkipped(r, team[0]->siteId(), QStringLiteral("cannot be unpacked")));
    }
    SECTION("a file larger than any Samspil writes is not read at all")
    {
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile big(path);
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(SealedFile::limits(SealedFile::Kind::Batch).maxFile + 1)); // sparse: costs no disk
        big.close();
        const SyncReport r = Team::sync(team[1]);
        CHECK(anySkipped(r, team[0]->siteId(), QStringLiteral("larger than any file Samspil writes")));
    }
}

TEST_CASE("A PC that is not admitted reads nothing and adds nothing", "[sync][sealed]")
{
    Team team(1);
    addCitizen(team[0], kName, kCpr);
    Team::sync(team[0]);
    TempDb waiting;
    SyncEngine engine(*waiting);
    auto joined = engine.join(team.share());
    REQUIRE(joined.ok());
    REQUIRE_FALSE(joined->joined);
    CHECK(joined->code.size() == 14);
    CHECK(engine.waiting());
    auto r = engine.sync();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(joined->code));
    CHECK(citizens(waiting) == 0);
    CHECK(TeamKeys(*waiting).teamKeys().isEmpty());
    // A wrong code admits nobody.
    CHECK_FALSE(SyncEngine(*team[0]).admit(QStringLiteral("1111 2222 3333")).ok());
    CHECK_FALSE(SyncEngine(*team[0]).admit(QStringLiteral("12")).ok());
    REQUIRE(SyncEngine(*team[0]).requests().ok());
    CHECK(SyncEngine(*team[0]).requests()->size() == 1);
    // Once admitted by its code it catches up.
    REQUIRE(SyncEngine(*team[0]).admit(joined->code).ok());
    REQUIRE(engine.sync().ok());
    // The new PC names the member that admitted it by that member's own code, to compare.
    CHECK(engine.admittedBy().code == SyncEngine(*team[0]).admissionCode());
    CHECK(SyncEngine(*team[0]).admittedBy().code.isEmpty()); // it made the team
    CHECK(CitizenRepository(*waiting).findByCpr(kCpr).has_value());
    CHECK(SyncEngine(*team[0]).requests()->isEmpty());
}

TEST_CASE("A retired PC's later files are refused and it cannot read what the team writes after", "[sync][sealed]")
{
    Team team(3);
    const QString before = addCitizen(team[2], QStringLiteral("Before"));
    team.syncUntilQuiet();
    const QString oldKey = SyncEngine(*team[0]).team().currentKeyId();
    REQUIRE(SyncEngine(*team[0]).retire(team[2]->siteId()).ok());
    const QString newKey = SyncEngine(*team[0]).team().currentKeyId();
    CHECK(newKey != oldKey);

    // The retired PC goes on writing (a stolen laptop): its sync is refused...
    const QString after = addCitizen(team[2], QStringLiteral("After"));
    auto refused = SyncEngine(*team[2]).sync();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("retired")));
    // ...and a file it writes by hand with its old keys is not applied.
    const qint64 next = Replica(*team[2]).exportedSeq() + 1;
    writeFile(batchPath(team, team[2]->siteId(), next, next),
              sealAs(team[2], SealedFile::Kind::Batch, batchHeader(next, next, 1, stampNow(team[2])),
                     renameBody(before, QStringLiteral("Changed by the thief"), stampNow(team[2]))));
    for (int round = 0; round < 3; ++round) { // the two that remain
        Team::sync(team[0]);
        Team::sync(team[1]);
    }
    for (int i = 0; i < 2; ++i) {
        CHECK(nameOf(team[i], before) == QStringLiteral("Before"));
        CHECK(nameOf(team[i], after) == QStringLiteral("<missing>"));
        CHECK(SyncEngine(*team[i]).team().currentKeyId() == newKey);
    }
    // The remaining PCs now write with the new key, which the retired PC does not hold.
    addCitizen(team[0], kName, kCpr);
    Team::sync(team[0]);
    int opened = 0;
    int unopened = 0;
    const QByteArray seenByThief = shareText(team.path(Share::siteDir(team[0]->siteId())), *team[2], &opened, &unopened);
    CHECK_FALSE(seenByThief.contains(kCpr.toUtf8()));
    CHECK(unopened > 0);
    CHECK_FALSE(TeamKeys(*team[2]).teamKeys().contains(newKey));
}

TEST_CASE("A full drive makes sync say so, and what it could not send goes next time", "[sync][sealed]")
{
    Team team(2);
    team.syncUntilQuiet();
    const QString id = addCitizen(team[0], QStringLiteral("Fuld Disk"));
    const qint64 exportedBefore = Replica(*team[0]).exportedSeq();
    SyncEngine engine(*team[0]);
    engine.setStoreFactory([](const QString& root) {
        return std::make_unique<FlakyStore>(root, [](const QString&) { return false; });
    });
    auto r = engine.sync();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("did not keep")));
    CHECK(Replica(*team[0]).exportedSeq() == exportedBefore);
    CHECK(SyncEngine(*team[0]).status().pending == 1);
    CHECK_FALSE(SyncEngine(*team[0]).status().lastProblem.isEmpty());
    team.syncUntilQuiet();
    CHECK(nameOf(team[1], id) == QStringLiteral("Fuld Disk"));
}

TEST_CASE("A batch deleted or damaged on the share is written again by its PC", "[sync][sealed]")
{
    Team team(2);
    team.syncUntilQuiet();
    const QString id = addCitizen(team[0], QStringLiteral("Genskrevet"));
    Team::sync(team[0]);
    const QString file = team.batchFiles().filter(team[0]->siteId()).last();
    const QByteArray original = readFile(file);

    SECTION("deleted")
    {
        REQUIRE(QFile::remove(file));
    }
    SECTION("overwritten with garbage of the same size, its time put back")
    {
        const QDateTime modified = QFileInfo(file).lastModified();
        writeFile(file, QByteArray(original.size(), 'x'));
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    team.syncUntilQuiet();
    CHECK(nameOf(team[1], id) == QStringLiteral("Genskrevet"));
    // A PC that joins later catches up too.
    TempDb& late = team.addSite();
    team.syncUntilQuiet();
    CHECK(nameOf(late, id) == QStringLiteral("Genskrevet"));
    CHECK(team.dump(2) == team.dump(0));
}

TEST_CASE("A share emptied or made again says what happened and the team carries on", "[sync][sealed]")
{
    Team team(2);
    const QString id = addCitizen(team[0], QStringLiteral("Tømt"));
    team.syncUntilQuiet();
    REQUIRE(QDir(team.share()).removeRecursively());
    REQUIRE(QDir().mkpath(team.share()));
    const SyncReport r = Team::sync(team[0]);
    REQUIRE(r.notices.size() == 1);
    CHECK(r.notices[0].contains(QStringLiteral("emptied")));
    CHECK_FALSE(r.notices[0].contains(QStringLiteral("another team")));
    team.syncUntilQuiet();
    TempDb& late = team.addSite();
    team.syncUntilQuiet();
    CHECK(nameOf(late, id) == QStringLiteral("Tømt"));
    CHECK(team.dump(2) == team.dump(1));
}

TEST_CASE("Nothing personal is readable in any file on the share", "[sync][sealed]")
{
    Team team(2);
    SyncEngine::Options options;
    options.batchLimit = 2;
    options.compactAfter = 2;
    for (int i = 0; i < 5; ++i) {
        addCitizen(team[i % 2], kName + QString::number(i), QStringLiteral("620590") + QString::number(i) + QStringLiteral("237"));
        team.syncUntilQuiet(options);
    }
    team.syncUntilQuiet(options);
    QByteArray raw;
    int files = 0;
    QDirIterator it(team.share(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        raw += readFile(it.next());
        ++files;
    }
    CHECK(files > 4);
    CHECK_FALSE(raw.contains(kName.toUtf8()));
    CHECK_FALSE(raw.contains("6205900237"));
    CHECK_FALSE(raw.contains("Hemmelighed"));
    // The same files, opened with a member's keys, hold them (the search above can find them).
    CHECK(shareText(team.share(), *team[0]).contains("6205900237"));
}

TEST_CASE("A team in the unsealed format moves over: the first PC seals it, the others are admitted", "[sync][sealed]")
{
    QTemporaryDir share;
    const QString teamId = newUuid();
    writeFile(share.filePath(QStringLiteral("samspil-team.json")),
              QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("samspil-team/1")},
                                        {QStringLiteral("team"), teamId}})
                  .toJson());
    // Two PCs of that team, each with its own changes already sent in the old format.
    TempDb a;
    TempDb b;
    const QString fromA = addCitizen(a, QStringLiteral("Fra A"));
    const QString fromB = addCitizen(b, QStringLiteral("Fra B"));
    for (TempDb* pc : {&a, &b}) {
        REQUIRE((*pc)->setMeta(QStringLiteral("sync.team"), teamId).ok());
        REQUIRE((*pc)->setMeta(QStringLiteral("sync.share"), share.path()).ok());
        REQUIRE(Replica(**pc).setExportedSeq(Replica(**pc).lastLocalSeq()).ok());
        const QString folder = share.filePath(QStringLiteral("sites/") + (*pc)->siteId());
        writeFile(folder + QStringLiteral("/changes/000000000001-000000000001.chg"), "SAMSPIL-BATCH 1\n{}\n");
        writeFile(folder + QStringLiteral("/state.json"), R"({"format": "samspil-state/1"})");
    }
    const QString oldFile = share.filePath(QStringLiteral("sites/") + a->siteId() + QStringLiteral("/changes/000000000001-000000000001.chg"));

    const SyncReport sealed = Team::sync(a);
    CHECK(sealed.notices.join(QLatin1Char(' ')).contains(QStringLiteral("sealed")));
    auto parsed = TeamFile::parse(readFile(share.filePath(QStringLiteral("samspil-team.json"))));
    REQUIRE(parsed.ok());
    CHECK(parsed->format == QLatin1String(TeamFile::kFormat));
    CHECK(parsed->team == teamId);
    CHECK(QFile::exists(oldFile)); // B has not moved yet

    // B, updated, asks to join; A admits it; both then hold both PCs' data.
    auto waiting = SyncEngine(*b).sync();
    REQUIRE_FALSE(waiting.ok());
    REQUIRE(SyncEngine(*b).waiting());
    REQUIRE(SyncEngine(*a).admit(SyncEngine(*b).admissionCode()).ok());
    for (int round = 0; round < 3; ++round) {
        Team::sync(b);
        Team::sync(a);
    }
    CHECK(nameOf(b, fromA) == QStringLiteral("Fra A"));
    CHECK(nameOf(a, fromB) == QStringLiteral("Fra B"));
    CHECK(dumpDatabase(*a) == dumpDatabase(*b));
    // Every PC has moved: the unsealed files are gone.
    CHECK_FALSE(QFile::exists(oldFile));
    CHECK_FALSE(QFile::exists(share.filePath(QStringLiteral("sites/") + b->siteId() + QStringLiteral("/state.json"))));
}
