#include "SyncEngine.h"

#include "core/storage/Erasure.h"
#include "core/storage/Replica.h"
#include "core/sync/BatchFile.h"
#include "core/util/Hlc.h"
#include "core/util/Uuid.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace samspil {

namespace {
const QString kTeamKey = QStringLiteral("sync.team");
const QString kShareKey = QStringLiteral("sync.share");
const QString kLastSyncKey = QStringLiteral("sync.last_at");
const QString kLastProblemKey = QStringLiteral("sync.last_problem");

// Bookkeeping whose failure must not stop a sync (the sync log, the status line).
void bestEffort(const Status&) {}

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}
} // namespace

QJsonObject SyncReport::toJson() const
{
    QJsonArray skippedJson;
    for (const auto& s : skipped) {
        skippedJson.append(QJsonObject{{QStringLiteral("file"), s.file}, {QStringLiteral("reason"), s.reason}});
    }
    QJsonObject o{{QStringLiteral("exported"), exported},
                  {QStringLiteral("imported"), imported},
                  {QStringLiteral("conflicts"), conflicts},
                  {QStringLiteral("skipped"), skippedJson}};
    if (!waiting.isEmpty()) {
        o.insert(QStringLiteral("waiting"), QJsonArray::fromStringList(waiting));
    }
    return o;
}

bool SyncEngine::joined() const
{
    return !teamId().isEmpty() && !sharePath().isEmpty();
}

QString SyncEngine::sharePath() const
{
    return m_db.meta(kShareKey);
}

QString SyncEngine::teamId() const
{
    return m_db.meta(kTeamKey);
}

Status SyncEngine::join(const QString& sharePath)
{
    if (auto allowed = m_db.require(Capability::Sync); !allowed) {
        return Error{allowed.error()};
    }
    Database::EngineScope engine(m_db); // applying the team's changes is the engine's work
    const QString root = QDir::cleanPath(QFileInfo(sharePath).absoluteFilePath());
    const Share share(root);
    if (auto s = share.checkReachable(); !s) {
        return s;
    }
    auto team = share.readTeam();
    if (!team) {
        return Error{team.error()};
    }
    QString teamId = team.value();
    if (teamId.isEmpty()) {
        teamId = this->teamId().isEmpty() ? newUuid() : this->teamId();
        if (auto s = share.createTeam(teamId); !s) {
            return s;
        }
        // Two PCs may set up the same empty folder at once: the file that stands decides.
        auto standing = share.readTeam();
        if (!standing) {
            return Error{standing.error()};
        }
        teamId = standing.value();
    }
    if (!this->teamId().isEmpty() && this->teamId() != teamId) {
        return fail(tr("This database already belongs to another team. A database can only sync with its own "
                       "team's shared folder."));
    }
    if (auto s = share.createSiteFolders(m_db.siteId()); !s) {
        return s;
    }
    auto tx = m_db.transaction();
    if (auto s = m_db.setMeta(kTeamKey, teamId); !s) {
        return s;
    }
    if (auto s = m_db.setMeta(kShareKey, root); !s) {
        return s;
    }
    if (auto s = tx.commit(); !s) {
        return s;
    }
    bestEffort(Replica(m_db).log(QStringLiteral("info"), tr("Joined the team on %1.").arg(QDir::toNativeSeparators(root))));
    return publishState(share);
}

bool SyncEngine::interrupted(const QString& step)
{
    return m_fault && m_fault(step);
}

Status SyncEngine::interruption(const QString& step)
{
    return fail(tr("Sync was interrupted (%1).").arg(step));
}

void SyncEngine::progress(int done, int total)
{
    if (m_progress) {
        m_progress(done, total);
    }
}

Result<SyncReport> SyncEngine::sync(const QString& shareOverride)
{
    if (auto allowed = m_db.require(Capability::Sync); !allowed) {
        return Error{allowed.error()};
    }
    Database::EngineScope engine(m_db); // applying the team's changes is the engine's work
    const QString root = shareOverride.isEmpty() ? sharePath() : QDir::cleanPath(QFileInfo(shareOverride).absoluteFilePath());
    if (root.isEmpty() || teamId().isEmpty()) {
        return fail(tr("This database has not joined a shared folder yet. Choose the team's shared folder first."));
    }
    Replica replica(m_db);
    const Share share(root);
    auto problem = [&](const QString& message) -> Error {
        bestEffort(m_db.setMeta(kLastProblemKey, message));
        bestEffort(replica.log(QStringLiteral("error"), message));
        return fail(message);
    };
    if (auto s = share.checkReachable(); !s) {
        return problem(s.error());
    }
    auto team = share.readTeam();
    if (!team) {
        return problem(team.error());
    }
    if (team.value() != teamId()) {
        return problem(tr("The folder %1 belongs to another team than this database.")
                           .arg(QDir::toNativeSeparators(root)));
    }
    if (auto s = share.createSiteFolders(m_db.siteId()); !s) {
        return problem(s.error());
    }

    SyncReport report;
    if (auto s = exportChanges(share, teamId(), report); !s) {
        return problem(s.error());
    }
    const QStringList sites = share.sites();
    int done = 0;
    for (const QString& site : sites) {
        if (site == m_db.siteId() || !isUuid(site)) {
            continue;
        }
        if (auto s = importSite(share, teamId(), site, report); !s) {
            return problem(s.error());
        }
        progress(++done, int(sites.size()));
    }
    // An erasure applied from another PC: the file is rebuilt without the data (and the
    // migration backups cleaned) outside the transactions of the import.
    for (const QString& p : Erasure(m_db).finishPending()) {
        bestEffort(replica.log(QStringLiteral("warning"), p));
    }
    if (auto s = publishState(share); !s) {
        return problem(s.error());
    }
    const bool rewrite = Erasure(m_db).shareRewritePending();
    if (m_options.compactAfter > 0 || rewrite) {
        if (auto s = compact(share, teamId(), rewrite); !s) {
            // Compaction only saves space; the sync itself went through. (A rewrite after an
            // erasure stays pending and is tried again at the next sync.)
            bestEffort(replica.log(QStringLiteral("warning"), s.error()));
        }
    }

    QStringList problems;
    for (const auto& skipped : report.skipped) {
        problems << tr("%1 skipped: %2").arg(skipped.file, skipped.reason);
    }
    problems << report.waiting;
    bestEffort(m_db.setMeta(kLastSyncKey, m_db.clock().now().toString(Qt::ISODateWithMs)));
    bestEffort(m_db.setMeta(kLastProblemKey, problems.join(QLatin1Char('\n'))));
    bestEffort(replica.log(QStringLiteral("info"),
                tr("Synchronised: %1 changes sent, %2 received, %3 new conflicts.")
                    .arg(report.exported)
                    .arg(report.imported)
                    .arg(report.conflicts)));
    for (const QString& p : problems) {
        bestEffort(replica.log(QStringLiteral("warning"), p));
    }
    return report;
}

Status SyncEngine::exportChanges(const Share& share, const QString& team, SyncReport& report)
{
    Replica replica(m_db);
    const qint64 last = replica.lastLocalSeq();
    qint64 exported = replica.exportedSeq();
    while (exported < last) {
        // A batch written before an interruption but not recorded: adopt it rather than write it again.
        const auto own = share.batches(m_db.siteId());
        bool adopted = false;
        for (auto it = own.rbegin(); it != own.rend(); ++it) {
            if (it->from != exported + 1 || it->to > last) {
                continue;
            }
            auto bytes = share.readFile(it->path);
            if (bytes && BatchFile::decode(bytes.value(), team)) {
                if (auto s = replica.setExportedSeq(it->to); !s) {
                    return s;
                }
                report.exported += int(it->to - exported);
                exported = it->to;
                adopted = true;
                break;
            }
        }
        if (adopted) {
            continue;
        }
        const QVector<LocalChange> changes = replica.localChanges(exported, last, m_options.batchLimit);
        if (changes.isEmpty()) {
            break;
        }
        BatchFile::Header header;
        header.team = team;
        header.site = m_db.siteId();
        header.from = exported + 1;
        header.to = changes.last().seq;
        const QByteArray bytes = BatchFile::encode(header, changes);
        if (interrupted(QStringLiteral("export:before-write"))) {
            return interruption(QStringLiteral("export:before-write"));
        }
        if (auto s = share.writeFile(share.changesDir(m_db.siteId()) + QLatin1Char('/')
                                         + BatchFile::batchName(header.from, header.to),
                                     bytes);
            !s) {
            return s;
        }
        if (interrupted(QStringLiteral("export:after-write"))) {
            return interruption(QStringLiteral("export:after-write"));
        }
        if (auto s = replica.setExportedSeq(header.to); !s) {
            return s;
        }
        report.exported += int(changes.size());
        exported = header.to;
    }
    return {};
}

Status SyncEngine::applySnapshotIfNeeded(const Share& share, const QString& team, const QString& site,
                                         qint64 firstBatch, SyncReport& report, bool* applied)
{
    *applied = false;
    Replica replica(m_db);
    const qint64 position = replica.appliedSeq(site);
    const auto snapshots = share.snapshots(site);
    for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it) {
        // Usable when it reaches the first batch still on the share (or there are none).
        if (it->from <= position || (firstBatch > 0 && it->from + 1 < firstBatch)) {
            continue;
        }
        auto bytes = share.readFile(it->path);
        if (!bytes) {
            report.skipped.append({fileName(it->path), bytes.error()});
            continue;
        }
        auto snapshot = BatchFile::decodeSnapshot(bytes.value(), team);
        if (!snapshot) {
            report.skipped.append({fileName(it->path), snapshot.error()});
            continue;
        }
        auto tx = m_db.transaction();
        auto outcome = replica.applySnapshot(snapshot->tables);
        if (!outcome) {
            report.skipped.append({fileName(it->path), outcome.error()});
            continue;
        }
        if (auto s = replica.setAppliedSeq(site, snapshot->position); !s) {
            return s;
        }
        if (interrupted(QStringLiteral("import:snapshot-before-commit"))) {
            return interruption(QStringLiteral("import:snapshot-before-commit"));
        }
        if (auto s = tx.commit(); !s) {
            return s;
        }
        m_db.hlc().observe(snapshot->maxHlc);
        report.conflicts += outcome->newConflicts;
        report.imported += int(snapshot->position - position);
        *applied = true;
        bestEffort(replica.log(QStringLiteral("info"),
                               tr("Caught up from another PC's snapshot (%1).").arg(fileName(it->path))));
        return {};
    }
    return {};
}

namespace {

/// The batches that carry on from `position`, the widest first, and where the first later one
/// begins (0: none). After an interrupted export a site may have written two batches from the
/// same start; any that reaches past the position will do (applying a change twice changes
/// nothing).
QVector<Share::FileRef> batchesFrom(const QVector<Share::FileRef>& files, qint64 position, qint64& firstLater)
{
    QVector<Share::FileRef> candidates;
    firstLater = 0;
    for (const auto& f : files) {
        if (f.from <= position + 1 && f.to > position) {
            candidates.append(f);
        } else if (f.from > position + 1 && firstLater == 0) {
            firstLater = f.from;
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Share::FileRef& a, const Share::FileRef& b) { return a.to > b.to; });
    return candidates;
}

} // namespace

Status SyncEngine::importSite(const Share& share, const QString& team, const QString& site, SyncReport& report)
{
    Replica replica(m_db);
    const auto files = share.batches(site);
    qint64 position = replica.appliedSeq(site);
    for (;;) {
        qint64 firstLater = 0;
        const auto candidates = batchesFrom(files, position, firstLater);
        if (candidates.isEmpty()) {
            bool applied = false;
            if (auto s = applySnapshotIfNeeded(share, team, site, firstLater, report, &applied); !s) {
                return s;
            }
            if (applied) {
                position = replica.appliedSeq(site);
                continue;
            }
            if (firstLater > 0) {
                report.waiting << tr("Changes %1 to %2 from another PC are not on the shared drive yet; later changes "
                                     "from that PC wait for them.")
                                      .arg(position + 1)
                                      .arg(firstLater - 1);
            }
            return {};
        }

        bool progressed = false;
        for (const auto& file : candidates) {
            auto step = applyBatchFile(team, site, file, share, replica, report);
            if (!step) {
                return Error{step.error()};
            }
            if (step.value() == BatchStep::HeldBack) {
                return {};
            }
            if (step.value() == BatchStep::Applied) {
                position = file.to;
                progressed = true;
                if (interrupted(QStringLiteral("import:after-commit"))) {
                    return interruption(QStringLiteral("import:after-commit"));
                }
                break;
            }
        }
        if (!progressed) {
            return {};
        }
    }
}

Result<SyncEngine::BatchStep> SyncEngine::applyBatchFile(const QString& team, const QString& site,
                                                         const Share::FileRef& file, const Share& share,
                                                         Replica& replica, SyncReport& report)
{
    auto bytes = share.readFile(file.path);
    if (!bytes) {
        report.skipped.append({fileName(file.path), bytes.error()});
        return BatchStep::Skipped;
    }
    auto batch = BatchFile::decode(bytes.value(), team);
    if (!batch) {
        report.skipped.append({fileName(file.path), batch.error()});
        return BatchStep::Skipped;
    }
    if (batch->header.site != site || batch->header.from != file.from || batch->header.to != file.to) {
        // (the file name and the header must agree)
        report.skipped.append({fileName(file.path), tr("the file's header does not match its name or folder")});
        return BatchStep::Skipped;
    }
    const qint64 aheadMs = Hlc::millis(batch->header.maxHlc) - m_db.clock().now().toMSecsSinceEpoch();
    if (aheadMs > m_options.maxClockAhead) {
        report.waiting << tr("%1 is held back: it is stamped %2 minutes ahead of this PC's clock. Check the "
                             "clock on this PC and on the other PC; the changes are applied once the clocks "
                             "agree.")
                              .arg(fileName(file.path))
                              .arg((aheadMs + 59999) / 60000);
        return BatchStep::HeldBack;
    }

    auto tx = m_db.transaction();
    ApplyOutcome total;
    QString failure;
    const int half = int(batch->changes.size() / 2);
    for (int i = 0; i < batch->changes.size(); ++i) {
        if (i == half && interrupted(QStringLiteral("import:mid-batch"))) {
            return Error{interruption(QStringLiteral("import:mid-batch")).error()};
        }
        auto outcome = replica.apply(batch->changes[i]);
        if (!outcome) {
            failure = outcome.error();
            break;
        }
        total.newConflicts += outcome->newConflicts;
    }
    if (!failure.isEmpty()) {
        report.skipped.append({fileName(file.path), failure});
        return BatchStep::Skipped; // the transaction rolls back
    }
    if (auto s = replica.setAppliedSeq(site, file.to); !s) {
        return Error{s.error()};
    }
    if (interrupted(QStringLiteral("import:before-commit"))) {
        return Error{interruption(QStringLiteral("import:before-commit")).error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    m_db.hlc().observe(batch->header.maxHlc);
    report.imported += int(batch->changes.size());
    report.conflicts += total.newConflicts;
    return BatchStep::Applied;
}

Status SyncEngine::publishState(const Share& share)
{
    Replica replica(m_db);
    Share::SiteState state;
    state.applied = replica.appliedPositions();
    state.exported = replica.exportedSeq();
    if (interrupted(QStringLiteral("state:before-write"))) {
        return interruption(QStringLiteral("state:before-write"));
    }
    return share.writeState(m_db.siteId(), state);
}

Status SyncEngine::compact(const Share& share, const QString& team, bool rewrite)
{
    Replica replica(m_db);
    const QString me = m_db.siteId();
    qint64 appliedByAll = replica.exportedSeq();
    if (!rewrite) {
        for (const QString& site : share.sites()) {
            if (site == me || !isUuid(site)) {
                continue;
            }
            auto state = share.readState(site);
            if (!state) {
                return Error{state.error()};
            }
            appliedByAll = std::min(appliedByAll, state->applied.value(me, 0));
        }
    }
    // After an erasure every batch and snapshot of this site's that is on the share may hold the
    // erased data: all of them go, whether or not the other sites have applied them (they catch
    // up from the new snapshot, which no longer holds it).
    QVector<Share::FileRef> removable;
    for (const auto& f : share.batches(me)) {
        if (f.to <= appliedByAll) {
            removable.append(f);
        }
    }
    if (!rewrite && removable.size() < m_options.compactAfter) {
        return {};
    }
    // A new PC must still be able to start: first a snapshot that covers every batch removed.
    BatchFile::Snapshot snapshot;
    snapshot.team = team;
    snapshot.site = me;
    snapshot.position = replica.exportedSeq();
    snapshot.maxHlc = m_db.hlc().last();
    auto tables = replica.makeSnapshot();
    if (!tables) {
        return Error{tables.error()};
    }
    snapshot.tables = tables.value();
    const auto older = share.snapshots(me);
    if (auto s = share.writeFile(share.snapshotsDir(me) + QLatin1Char('/') + BatchFile::snapshotName(snapshot.position),
                                 BatchFile::encodeSnapshot(snapshot));
        !s) {
        return s;
    }
    if (interrupted(QStringLiteral("compact:after-snapshot"))) {
        return interruption(QStringLiteral("compact:after-snapshot"));
    }
    for (const auto& f : removable) {
        if (auto s = share.removeFile(f.path); !s) {
            return s;
        }
    }
    for (const auto& f : older) {
        if (f.from < snapshot.position) {
            if (auto s = share.removeFile(f.path); !s && rewrite) {
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

SyncStatus SyncEngine::status() const
{
    SyncStatus s;
    if (!m_db.principal().can(Capability::Sync)) {
        return s; // an account that may not sync is told nothing about it
    }
    std::optional<Database::EngineScope> engine; // counts, not content: also for a new PC not yet a member
    if (!m_db.principal().can(Capability::ReadCitizens)) {
        engine.emplace(m_db);
    }
    Replica replica(m_db);
    s.joined = joined();
    s.share = sharePath();
    s.lastSync = QDateTime::fromString(m_db.meta(kLastSyncKey), Qt::ISODateWithMs);
    s.lastProblem = m_db.meta(kLastProblemKey);
    s.pending = replica.lastLocalSeq() - replica.exportedSeq();
    s.conflicts = int(replica.conflicts().size());
    s.flags = int(replica.flags().size());
    return s;
}

} // namespace samspil
