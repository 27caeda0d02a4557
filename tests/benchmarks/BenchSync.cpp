// Sync benchmark: a database of 20,000 demo citizens with their history is exported to a share
// and imported into a fresh site (and, the other way in, a snapshot written and a fresh site
// started from it). The floor is plain SQLite inserting the same rows in one transaction.
// Prints a Markdown table; --quick uses 2,000 citizens (run by ctest so it cannot rot).

#include "tests/benchmarks/BenchSupport.h"
#include "core/Modules.h"
#include "core/demo/DemoData.h"
#include "core/storage/Dump.h"
#include "core/storage/Replica.h"
#include "core/sync/BatchFile.h"
#include "core/sync/Sealing.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace samspil;

namespace {

std::unique_ptr<Database> openDb(const QString& path, const Clock& clock)
{
    return bench::openDb("bench_sync", path, OpenOptions::Mode::CreateNew, &clock);
}

struct Rows
{
    QString table;
    QStringList columns;
    QVector<QVariantList> values;
};

QVector<Rows> replicatedRows(Database& db)
{
    QVector<Rows> out;
    for (const TableSpec& spec : Schema::tables()) {
        Rows rows;
        rows.table = spec.name;
        rows.columns = QStringList{QStringLiteral("id")} + spec.replicatedColumnNames();
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT %1 FROM %2").arg(rows.columns.join(QLatin1Char(',')), spec.name));
        while (q.next()) {
            QVariantList v;
            for (int i = 0; i < rows.columns.size(); ++i) {
                v << q.value(i);
            }
            rows.values << v;
        }
        out << rows;
    }
    return out;
}

/// Plain SQLite: the same rows into the same tables, one transaction, one prepared statement per table.
double floorMs(const QString& path, const QVector<Rows>& tables)
{
    QElapsedTimer t;
    t.start();
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const Rows& rows : tables) {
        const QString create = QStringLiteral("CREATE TABLE %1 (%2 TEXT PRIMARY KEY, %3)")
                                   .arg(rows.table, rows.columns.first(), rows.columns.mid(1).join(QLatin1Char(',')));
        sqlite3_exec(db, create.toUtf8().constData(), nullptr, nullptr, nullptr);
        QStringList marks;
        for (int i = 0; i < rows.columns.size(); ++i) {
            marks << QStringLiteral("?");
        }
        const QByteArray insert = QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(rows.table, marks.join(QLatin1Char(','))).toUtf8();
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, insert.constData(), -1, &stmt, nullptr);
        for (const QVariantList& v : rows.values) {
            for (int i = 0; i < v.size(); ++i) {
                if (v[i].isNull()) {
                    sqlite3_bind_null(stmt, i + 1);
                } else {
                    const QByteArray text = v[i].toString().toUtf8();
                    sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                }
            }
            sqlite3_step(stmt);
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return t.nsecsElapsed() / 1e6;
}

qint64 shareBytes(const QString& root, int* files)
{
    qint64 total = 0;
    *files = 0;
    QDirIterator it(root, {QStringLiteral("*.chg")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        total += QFileInfo(it.next()).size();
        ++*files;
    }
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    bench::setUpProcess();
    QCoreApplication app(argc, argv);
    registerCoreModules();
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int citizens = quick ? 2000 : 20000;
    const int activity = citizens / 10;
    QTemporaryDir dir;
    SystemClock clock;
    const QString share = dir.filePath(QStringLiteral("share"));
    QDir().mkpath(share);

    auto source = openDb(dir.filePath(QStringLiteral("source.db")), clock);
    if (!DemoData::populate(*source, {citizens, 7}) || !DemoData::activity(*source, activity, 7)) {
        std::fprintf(stderr, "demo data failed\n");
        return 1;
    }
    const qint64 changes = Replica(*source).lastLocalSeq();
    SyncEngine exporter(*source);
    // The export itself is measured: with enough batches for compaction (20) the first sync
    // would also write a snapshot and remove the batches, which is another piece of work.
    SyncEngine::Options noCompaction;
    noCompaction.compactAfter = 0;
    exporter.setOptions(noCompaction);
    if (!exporter.join(share)) {
        return 1;
    }
    QElapsedTimer t;
    t.start();
    qint64 crypto = Sealing::nanosecondsSpent();
    auto exported = exporter.sync();
    const double exportMs = t.nsecsElapsed() / 1e6;
    const double exportCryptoMs = (Sealing::nanosecondsSpent() - crypto) / 1e6;

    // A new PC asks to join; the first admits it by its code; the new PC then catches up.
    auto target = openDb(dir.filePath(QStringLiteral("target.db")), clock);
    SyncEngine importer(*target);
    auto asked = importer.join(share);
    if (!exported || !asked || asked->joined || !exporter.admit(asked->code) || !importer.join(share)) {
        std::fprintf(stderr, "joining by admission failed\n");
        return 1;
    }
    t.restart();
    crypto = Sealing::nanosecondsSpent();
    auto imported = importer.sync();
    const double importMs = t.nsecsElapsed() / 1e6;
    const double importCryptoMs = (Sealing::nanosecondsSpent() - crypto) / 1e6;
    if (!imported || imported->imported != changes || dumpDatabase(*source) != dumpDatabase(*target)) {
        std::fprintf(stderr, "the fresh site does not hold the same data\n");
        return 1;
    }
    // The other way in: a PC that compacted leaves a snapshot, and a joiner starts from it. Both
    // halves are measured here without the rest of a sync: the sealed snapshot made and written
    // to memory, then opened, checked and applied in one transaction.
    const auto sign = Sealing::newSigningKeys();
    const QByteArray teamKey = Sealing::newTeamKey();
    BatchFile::Snapshot snap;
    snap.team = QStringLiteral("bench");
    snap.site = source->siteId();
    snap.position = changes;
    snap.maxHlc = source->hlc().last();
    t.restart();
    auto tables = Replica(*source).makeSnapshot();
    if (tables) {
        snap.tablesJson = tables.value();
    }
    const QByteArray sealed =
        BatchFile::encodeSnapshot(snap, {snap.team, snap.site, Sealing::keyId(teamKey), teamKey, sign.secretKey});
    const double snapshotWriteMs = t.nsecsElapsed() / 1e6;
    auto fromSnapshot = openDb(dir.filePath(QStringLiteral("snapshot.db")), clock);
    SealedFile::Expect expect;
    expect.kind = SealedFile::Kind::Snapshot;
    expect.team = snap.team;
    expect.site = snap.site;
    expect.signPublic = sign.publicKey;
    expect.teamKey = [&](const QString& id) { return id == Sealing::keyId(teamKey) ? teamKey : QByteArray(); };
    t.restart();
    auto opened = BatchFile::decodeSnapshot(sealed, expect);
    Status snapshotApplied = opened ? Status{} : Status{Error{opened.error()}};
    if (snapshotApplied) {
        Database::EngineScope engine(*fromSnapshot);
        auto tx = fromSnapshot->transaction();
        Replica::SnapshotTrust trust;
        trust.knows = [](const QString&) { return true; };
        auto applied = Replica(*fromSnapshot).applySnapshot(opened->tablesJson, trust);
        snapshotApplied = applied ? tx.commit() : Status{Error{applied.error()}};
    }
    const double snapshotJoinMs = t.nsecsElapsed() / 1e6;
    if (!snapshotApplied || dumpDatabase(*source) != dumpDatabase(*fromSnapshot)) {
        std::fprintf(stderr, "the site that started from the snapshot does not hold the same data: %s\n",
                     qPrintable(snapshotApplied ? QString() : snapshotApplied.error()));
        return 1;
    }

    const QVector<Rows> rows = replicatedRows(*source);
    qint64 rowCount = 0;
    for (const Rows& r : rows) {
        rowCount += r.values.size();
    }
    const double floor = floorMs(dir.filePath(QStringLiteral("floor.db")), rows);
    int files = 0;
    const qint64 bytes = shareBytes(share, &files);

    std::printf("Sync benchmark: %d citizens, %lld rows, %lld changes in the history\n\n", citizens,
                static_cast<long long>(rowCount), static_cast<long long>(changes));
    std::printf("| Work | Samspil (ms) | Plain SQLite floor (ms) | Ratio | Throughput |\n");
    std::printf("|---|---:|---:|---:|---:|\n");
    std::printf("| Export to the share | %.0f | %.0f | %.2fx | %.0f changes/s |\n", exportMs, floor, exportMs / floor,
                changes / (exportMs / 1000));
    std::printf("| Import into a fresh site | %.0f | %.0f | %.2fx | %.0f changes/s |\n", importMs, floor,
                importMs / floor, changes / (importMs / 1000));
    std::printf("| Write a snapshot (compaction) | %.0f | %.0f | %.2fx | %.0f rows/s |\n", snapshotWriteMs, floor,
                snapshotWriteMs / floor, rowCount / (snapshotWriteMs / 1000));
    std::printf("| Join from the snapshot | %.0f | %.0f | %.2fx | %.0f rows/s |\n", snapshotJoinMs, floor,
                snapshotJoinMs / floor, rowCount / (snapshotJoinMs / 1000));
    std::printf("\nSealing (encrypt, sign, verify, decrypt; libsodium), within the totals above:\n\n");
    std::printf("| Work | Total (ms) | Of which sealing (ms) | Share |\n|---|---:|---:|---:|\n");
    std::printf("| Export | %.0f | %.1f | %.1f%% |\n", exportMs, exportCryptoMs, 100 * exportCryptoMs / exportMs);
    std::printf("| Join (import) | %.0f | %.1f | %.1f%% |\n", importMs, importCryptoMs, 100 * importCryptoMs / importMs);
    std::printf("\nBatches on the share: %d files, %.1f MB (%.0f bytes per change)\n", files, bytes / 1e6,
                double(bytes) / double(changes));
    std::printf("The snapshot: %.1f MB of JSON, %.1f MB sealed (packed and encrypted) on the share\n",
                snap.tablesJson.size() / 1e6, sealed.size() / 1e6);
    return 0;
}
