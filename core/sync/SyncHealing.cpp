// This PC's own folder: writing files so that they count only once the drive kept them, proving
// what is there, writing again what is missing or damaged, compacting (docs/sync.md, "One sync").

#include "SyncEngine.h"

#include "core/storage/Erasure.h"
#include "core/storage/Replica.h"
#include "core/sync/BatchFile.h"
#include "core/sync/SyncContext.h"
#include "core/util/Hlc.h"
#include "core/util/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSysInfo>

#include <algorithm>

namespace samspil {

using namespace syncdetail;

Status SyncEngine::writeVerified(Context& ctx, const QString& path, const QByteArray& bytes)
{
    if (auto s = ctx.store->write(path, bytes); !s) {
        return s;
    }
    if (interrupted(QStringLiteral("write:after-write"))) {
        return interruption(QStringLiteral("write:after-write"));
    }
    // Read it back before anything counts it as sent: a full or failing drive may accept a write
    // and keep less (or nothing).
    auto back = ctx.store->read(path, bytes.size());
    if (!back || back.value() != bytes) {
        bestEffort(ctx.store->remove(path));
        return fail(tr("The shared drive did not keep %1 whole (it may be full or failing). The changes stay on "
                       "this PC and are sent at the next sync.")
                        .arg(shown(path)));
    }
    QJsonObject written = QJsonDocument::fromJson(m_db.meta(kWrittenKey).toUtf8()).object();
    const QString folder = path.section(QLatin1Char('/'), 0, -2);
    const QString name = path.section(QLatin1Char('/'), -1);
    for (const auto& entry : ctx.store->files(folder)) {
        if (entry.name == name) {
            written.insert(path, QStringLiteral("%1:%2:%3")
                                     .arg(entry.size)
                                     .arg(entry.modified.toMSecsSinceEpoch())
                                     .arg(fingerprint(bytes)));
        }
    }
    return m_db.setMeta(kWrittenKey, QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact)));
}

SyncEngine::OwnFiles SyncEngine::checkOwnFolder(Context& ctx, SyncReport& report, const QSet<QString>& suspects)
{
    OwnFiles good;
    QJsonObject written = QJsonDocument::fromJson(m_db.meta(kWrittenKey).toUtf8()).object();
    QJsonObject kept;
    auto check = [&](const Share::FileRef& f, SealedFile::Kind kind) {
        const QString record = written.value(f.path).toString();
        const QStringList parts = record.split(QLatin1Char(':'));
        if (!suspects.contains(f.path) && parts.size() == 3 && parts[0].toLongLong() == f.size
            && parts[1].toLongLong() == f.modified.toMSecsSinceEpoch()) {
            kept.insert(f.path, record);
            return true;
        }
        // Changed since this PC wrote it, or never written by it: read it and prove it.
        auto bytes = ctx.store->read(f.path, SealedFile::limits(kind).maxFile);
        bool ok = false;
        if (bytes) {
            if (kind == SealedFile::Kind::Batch) {
                auto batch = BatchFile::decode(bytes.value(), ctx.expect(kind, ctx.me));
                ok = batch && batch->header.from == f.from && batch->header.to == f.to;
            } else {
                auto snap = BatchFile::decodeSnapshot(bytes.value(), ctx.expect(kind, ctx.me));
                ok = snap && snap->position == f.from;
            }
        }
        if (ok) {
            kept.insert(f.path, QStringLiteral("%1:%2:%3")
                                    .arg(f.size)
                                    .arg(f.modified.toMSecsSinceEpoch())
                                    .arg(fingerprint(bytes.value())));
            return true;
        }
        // This PC's folder is its own: what it cannot prove it wrote goes (and is written again
        // by healing when another PC still needs it).
        report.notices << tr("%1 is in this PC's own folder but was not written by this PC, or was damaged; it was "
                             "removed (and is written again when another PC needs it).")
                              .arg(shown(f.path));
        bestEffort(ctx.store->remove(f.path));
        return false;
    };
    for (const auto& f : ctx.share->batches(ctx.me)) {
        if (check(f, SealedFile::Kind::Batch)) {
            good.batches.append(f);
        }
    }
    for (const auto& f : ctx.share->snapshots(ctx.me)) {
        if (check(f, SealedFile::Kind::Snapshot)) {
            good.snapshots.append(f);
        }
    }
    bestEffort(m_db.setMeta(kWrittenKey, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact))));
    return good;
}

Status SyncEngine::writeBatch(Context& ctx, qint64 from, qint64 to, const QVector<LocalChange>& changes)
{
    BatchFile::Header header;
    header.team = ctx.state.team;
    header.site = ctx.me;
    header.from = from;
    header.to = to;
    const QByteArray bytes = BatchFile::encode(header, changes, ctx.writer());
    if (interrupted(QStringLiteral("export:before-write"))) {
        return interruption(QStringLiteral("export:before-write"));
    }
    return writeVerified(ctx, Share::batchesDir(ctx.me) + QLatin1Char('/') + BatchFile::batchName(from, to), bytes);
}

Status SyncEngine::writeSnapshot(Context& ctx)
{
    Replica replica(m_db);
    BatchFile::Snapshot snapshot;
    snapshot.team = ctx.state.team;
    snapshot.site = ctx.me;
    snapshot.position = replica.exportedSeq();
    snapshot.maxHlc = m_db.hlc().last();
    auto tables = replica.makeSnapshot();
    if (!tables) {
        return Error{tables.error()};
    }
    snapshot.tablesJson = tables.value();
    return writeVerified(ctx, Share::snapshotsDir(ctx.me) + QLatin1Char('/') + BatchFile::snapshotName(snapshot.position),
                         BatchFile::encodeSnapshot(snapshot, ctx.writer()));
}

/// What the other members have applied of this PC's changes, and which of its files they could
/// not use at their last sync.
void SyncEngine::readOthers(const Context& ctx, QHash<QString, qint64>& appliedBy, QSet<QString>& suspects) const
{
    for (const auto& m : ctx.state.members) {
        if (m.site == ctx.me) {
            continue;
        }
        auto state = readState(ctx, m.site);
        appliedBy.insert(m.site, state ? state->applied.value(ctx.me, 0) : 0);
        if (state) {
            for (const QString& path : state->unreadable) {
                if (path.startsWith(Share::siteDir(ctx.me) + QLatin1Char('/'))) {
                    suspects.insert(path);
                }
            }
        }
    }
}

namespace {

/// The position of the newest own snapshot at or before `exported` (0: none).
qint64 newestSnapshotAt(const QVector<Share::FileRef>& snapshots, qint64 exported)
{
    qint64 at = 0;
    for (const auto& s : snapshots) {
        if (s.from <= exported) {
            at = std::max(at, s.from);
        }
    }
    return at;
}

/// Where the unbroken run of own batches that ends at `exported` starts (`exported` + 1: none).
qint64 chainStartOf(const QVector<Share::FileRef>& batches, qint64 exported)
{
    qint64 start = exported + 1;
    for (auto it = batches.rbegin(); it != batches.rend(); ++it) {
        if (it->to + 1 >= start) {
            start = std::min(start, it->from);
        }
    }
    return start;
}

} // namespace

Status SyncEngine::heal(Context& ctx, SyncReport& report)
{
    Replica replica(m_db);
    const qint64 exported = replica.exportedSeq();
    if (exported == 0) {
        return {};
    }
    QHash<QString, qint64> appliedBy;
    QSet<QString> suspects;
    readOthers(ctx, appliedBy, suspects);
    const OwnFiles own = checkOwnFolder(ctx, report, suspects);
    const qint64 snapshotAt = newestSnapshotAt(own.snapshots, exported); // a PC behind it starts from it
    // The lowest position any member still needs batches from.
    qint64 need = exported;
    for (auto it = appliedBy.begin(); it != appliedBy.end(); ++it) {
        need = std::min(need, std::max(it.value(), snapshotAt));
    }
    // The ranges in (need, exported] no good batch covers are written again from the change log;
    // a range whose entries were pruned from it (every member had applied them) is covered by a
    // new snapshot instead, which a member behind it starts from.
    int rewritten = 0;
    bool snapshotNeeded = false;
    const qint64 pruned = m_db.prunedChangeSeq();
    qint64 next = need + 1;
    auto fill = [&](qint64 from, qint64 to) -> Status {
        if (from <= pruned) {
            snapshotNeeded = true;
            return {};
        }
        qint64 after = from - 1;
        while (after < to) {
            const auto changes = replica.localChanges(after, to, m_options.batchLimit);
            const qint64 end = changes.size() < m_options.batchLimit ? to : changes.last().seq;
            if (auto s = writeBatch(ctx, after + 1, end, changes); !s) {
                return s;
            }
            ++rewritten;
            after = end;
        }
        return {};
    };
    for (const auto& b : own.batches) {
        if (b.to < next) {
            continue;
        }
        if (b.from > next) {
            if (auto s = fill(next, std::min(b.from - 1, exported)); !s) {
                return s;
            }
        }
        next = std::max(next, b.to + 1);
    }
    if (next <= exported) {
        if (auto s = fill(next, exported); !s) {
            return s;
        }
    }
    // A PC that joins later starts from a snapshot or from the first batch.
    qint64 chainStart = chainStartOf(own.batches, exported);
    if (rewritten > 0) {
        chainStart = std::min(chainStart, need + 1);
    }
    if (snapshotNeeded || (chainStart > 1 && snapshotAt + 1 < chainStart)) {
        if (auto s = writeSnapshot(ctx); !s) {
            return s;
        }
        ++rewritten;
    }
    report.rewritten += rewritten;
    if (rewritten > 0) {
        bestEffort(replica.log(QStringLiteral("info"),
                               tr("Wrote %1 of this PC's files on the shared drive again (they were missing or "
                                  "damaged).")
                                   .arg(rewritten)));
    }
    return {};
}

Status SyncEngine::compact(Context& ctx, bool rewrite)
{
    Replica replica(m_db);
    const QString me = ctx.me;
    qint64 appliedByAll = replica.exportedSeq();
    if (!rewrite) {
        auto everyone = appliedByEveryMember(ctx);
        if (!everyone) {
            return Error{everyone.error()};
        }
        appliedByAll = everyone.value();
    }
    // After an erasure every batch and snapshot of this site's that is on the share may hold the
    // erased data: all of them go, whether or not the other sites have applied them (they catch
    // up from the new snapshot, which no longer holds it).
    QVector<Share::FileRef> removable;
    for (const auto& f : ctx.share->batches(me)) {
        if (f.to <= appliedByAll) {
            removable.append(f);
        }
    }
    if (!rewrite && removable.size() < m_options.compactAfter) {
        return {};
    }
    // A new PC must still be able to start: first a snapshot that covers every batch removed.
    const auto older = ctx.share->snapshots(me);
    if (auto s = writeSnapshot(ctx); !s) {
        return s;
    }
    const qint64 position = replica.exportedSeq();
    if (interrupted(QStringLiteral("compact:after-snapshot"))) {
        return interruption(QStringLiteral("compact:after-snapshot"));
    }
    for (const auto& f : removable) {
        if (auto s = ctx.store->remove(f.path); !s) {
            return s;
        }
    }
    for (const auto& f : older) {
        if (f.from < position) {
            if (auto s = ctx.store->remove(f.path); !s && rewrite) {
                return s;
            }
        }
    }
    if (rewrite) {
        bestEffort(replica.log(QStringLiteral("info"),
                               tr("Rewrote this PC's folder on the shared drive after an erasure (%1 batches replaced by "
                                  "a snapshot).")
                                   .arg(removable.size())));
        return Erasure(m_db).setShareRewritten();
    }
    bestEffort(replica.log(QStringLiteral("info"), tr("Removed %1 batches from the shared drive that every PC has applied.")
                                            .arg(removable.size())));
    return {};
}

Result<qint64> SyncEngine::appliedByEveryMember(const Context& ctx) const
{
    qint64 all = Replica(m_db).exportedSeq();
    for (const auto& m : ctx.state.members) {
        if (m.site == ctx.me) {
            continue;
        }
        // A member that has not yet said how far it is (no state file) has applied nothing.
        auto state = readState(ctx, m.site);
        if (!state) {
            return Error{state.error()};
        }
        all = std::min(all, state->applied.value(ctx.me, 0));
    }
    return all;
}

Status SyncEngine::pruneChangeLog(const Context& ctx)
{
    auto everyone = appliedByEveryMember(ctx);
    if (!everyone) {
        return Error{everyone.error()};
    }
    if (everyone.value() <= m_db.prunedChangeSeq()) {
        return {};
    }
    return m_db.pruneChangeLog(everyone.value());
}

void SyncEngine::removeUnsealed(Context& ctx)
{
    const QStringList own = ctx.share->unsealedFiles(ctx.me);
    if (own.isEmpty()) {
        return;
    }
    // Kept while a PC of the team still runs the unsealed format: it may still read them.
    for (const QString& site : ctx.share->sites()) {
        if (site != ctx.me && isUuid(site) && ctx.share->onlyUnsealed(site) && !ctx.state.retiredSite(site)) {
            return;
        }
    }
    for (const QString& path : own) {
        bestEffort(ctx.store->remove(path));
    }
    bestEffort(Replica(m_db).log(QStringLiteral("info"),
                                 tr("Removed this PC's files of the unsealed format from the shared drive: every PC "
                                    "of the team has moved to the sealed format.")));
}

} // namespace samspil
