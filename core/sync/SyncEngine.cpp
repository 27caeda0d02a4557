#include "SyncEngine.h"

#include "core/storage/Erasure.h"
#include "core/storage/Replica.h"
#include "core/sync/BatchFile.h"
#include "core/sync/SyncContext.h"
#include "core/util/Hlc.h"
#include "core/util/Uuid.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSysInfo>

#include <algorithm>
#include <optional>

namespace samspil {

using namespace syncdetail;

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
    if (!notices.isEmpty()) {
        o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(notices));
    }
    if (rewritten > 0) {
        o.insert(QStringLiteral("rewritten"), rewritten);
    }
    return o;
}

bool SyncEngine::joined() const
{
    return !teamId().isEmpty() && !sharePath().isEmpty() && TeamKeys(m_db).sealed();
}

bool SyncEngine::waiting() const
{
    return !m_db.meta(kWaitingKey).isEmpty();
}

QString SyncEngine::sharePath() const
{
    return m_db.meta(kShareKey);
}

QString SyncEngine::teamId() const
{
    return m_db.meta(kTeamKey);
}

QString SyncEngine::admissionCode()
{
    TeamKeys keys(m_db);
    auto sign = keys.signing();
    auto box = keys.box();
    if (!sign || !box) {
        return {};
    }
    return Sealing::admissionCode(m_db.siteId(), sign->publicKey, box->publicKey);
}

TeamState SyncEngine::team() const
{
    return TeamKeys(m_db).trusted();
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

Result<std::unique_ptr<SyncEngine::Context>> SyncEngine::open(const QString& root)
{
    if (!Sealing::ready()) {
        return fail(tr("The encryption library could not be started on this PC."));
    }
    auto ctx = std::make_unique<Context>();
    ctx->store = m_storeFactory ? m_storeFactory(root) : std::make_unique<FolderStore>(root);
    ctx->share = std::make_unique<Share>(*ctx->store);
    ctx->me = m_db.siteId();
    if (auto s = ctx->store->checkReachable(); !s) {
        return Error{s.error()};
    }
    auto sign = TeamKeys(m_db).signing();
    if (!sign) {
        return Error{sign.error()};
    }
    ctx->sign = sign.value();
    return ctx;
}

Result<SyncReport> SyncEngine::sync(const QString& shareOverride)
{
    if (auto allowed = m_db.require(Capability::Sync); !allowed) {
        return Error{allowed.error()};
    }
    Database::EngineScope engine(m_db); // applying the team's changes is the engine's work
    const QString root = shareOverride.isEmpty() ? sharePath() : cleanRoot(shareOverride);
    if (root.isEmpty() || (teamId().isEmpty() && !waiting())) {
        return fail(tr("This database has not joined a shared folder yet. Choose the team's shared folder first."));
    }
    Replica replica(m_db);
    auto problem = [&](const QString& message) -> Error {
        bestEffort(m_db.setMeta(kLastProblemKey, message));
        bestEffort(replica.log(QStringLiteral("error"), message));
        return fail(message);
    };
    auto opened = open(root);
    if (!opened) {
        return problem(opened.error());
    }
    Context& ctx = *opened.value();
    SyncReport report;
    const qint64 pagesBefore = m_db.pageCount();
    auto standing = establish(ctx, false, report);
    if (!standing) {
        return problem(standing.error());
    }
    if (standing.value() == Standing::Waiting) {
        return problem(tr("This PC waits to be admitted to the team. On a PC of the team, choose File ▸ "
                          "Synchronisation and admit the PC with the code %1.")
                           .arg(admissionCode()));
    }

    checkOwnFolder(ctx, report, {});
    if (auto s = exportChanges(ctx, report); !s) {
        return problem(s.error());
    }
    if (auto s = importAll(ctx, report); !s) {
        return problem(s.error());
    }
    // An erasure applied from another PC: the file is rebuilt without the data (and the
    // migration backups cleaned) outside the transactions of the import.
    for (const QString& p : Erasure(m_db).finishPending()) {
        bestEffort(replica.log(QStringLiteral("warning"), p));
    }
    if (auto s = publishState(ctx); !s) {
        return problem(s.error());
    }
    const bool rewrite = Erasure(m_db).shareRewritePending();
    if (m_options.compactAfter > 0 || rewrite) {
        if (auto s = compact(ctx, rewrite); !s) {
            // Compaction only saves space; the sync itself went through. (A rewrite after an
            // erasure stays pending and is tried again at the next sync.)
            bestEffort(replica.log(QStringLiteral("warning"), s.error()));
        }
    }
    if (auto s = heal(ctx, report); !s) {
        return problem(s.error());
    }
    if (auto s = pruneChangeLog(ctx); !s) {
        // Pruning only saves space; the sync itself went through.
        bestEffort(replica.log(QStringLiteral("warning"), s.error()));
    }
    // The file rebuilt when that makes it much smaller: after pruning, or after catching up
    // with the team (a new PC's first sync).
    if (auto s = m_db.tidyFile(pagesBefore); !s) {
        bestEffort(replica.log(QStringLiteral("warning"), s.error()));
    }
    removeUnsealed(ctx);

    record(report);
    return report;
}

/// Applies what every member (and every retired PC, up to its limit) left on the share.
Status SyncEngine::importAll(Context& ctx, SyncReport& report)
{
    const QStringList sites = ctx.share->sites();
    int done = 0;
    for (const QString& site : sites) {
        if (site == ctx.me || !isUuid(site)) {
            continue;
        }
        if (!ctx.state.knows(site)) {
            if (!ctx.share->batches(site).isEmpty() || !ctx.share->snapshots(site).isEmpty()) {
                report.skipped.append({shown(Share::siteDir(site)),
                                       tr("the folder of a PC that is not admitted to the team; its files are not read")});
            }
            continue;
        }
        if (auto s = importSite(ctx, site, report); !s) {
            return s;
        }
        progress(++done, int(sites.size()));
    }
    return {};
}

/// What the status bar and the sync log say after a sync that went through.
void SyncEngine::record(const SyncReport& report)
{
    Replica replica(m_db);
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
    for (const QString& p : problems + report.notices) {
        bestEffort(replica.log(QStringLiteral("warning"), p));
    }
}

Status SyncEngine::exportChanges(Context& ctx, SyncReport& report)
{
    Replica replica(m_db);
    const qint64 last = replica.lastLocalSeq();
    qint64 exported = replica.exportedSeq();
    while (exported < last) {
        // A batch written before an interruption but not recorded: adopt it rather than write it
        // again, when it carries this PC's own signature.
        const auto own = ctx.share->batches(ctx.me);
        bool adopted = false;
        for (auto it = own.rbegin(); it != own.rend(); ++it) {
            if (it->from != exported + 1 || it->to > last) {
                continue;
            }
            auto bytes = ctx.store->read(it->path, SealedFile::limits(SealedFile::Kind::Batch).maxFile);
            auto batch = bytes ? BatchFile::decode(bytes.value(), ctx.expect(SealedFile::Kind::Batch, ctx.me))
                               : Result<BatchFile::Batch>(Error{bytes.error()});
            if (batch && batch->header.from == it->from && batch->header.to == it->to) {
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
        const qint64 to = changes.size() < m_options.batchLimit ? last : changes.last().seq;
        if (auto s = writeBatch(ctx, exported + 1, to, changes); !s) {
            return s;
        }
        if (interrupted(QStringLiteral("export:after-write"))) {
            return interruption(QStringLiteral("export:after-write"));
        }
        if (auto s = replica.setExportedSeq(to); !s) {
            return s;
        }
        report.exported += int(changes.size());
        exported = to;
    }
    return {};
}

Status SyncEngine::applySnapshotIfNeeded(Context& ctx, const QString& site, qint64 firstBatch, SyncReport& report,
                                         bool* applied)
{
    *applied = false;
    Replica replica(m_db);
    const qint64 position = replica.appliedSeq(site);
    const auto snapshots = ctx.share->snapshots(site);
    const qint64 latest = Hlc::make(m_db.clock().now().toMSecsSinceEpoch() + m_options.maxClockAhead + 1, 0) - 1;
    for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it) {
        // Usable when it reaches the first batch still on the share (or there are none).
        if (it->from <= position || (firstBatch > 0 && it->from + 1 < firstBatch) || it->from > ctx.limit(site)) {
            continue;
        }
        auto bytes = ctx.store->read(it->path, SealedFile::limits(SealedFile::Kind::Snapshot).maxFile);
        if (!bytes) {
            report.skipped.append({shown(it->path), bytes.error()});
            ctx.unreadable << it->path;
            continue;
        }
        auto snapshot = BatchFile::decodeSnapshot(bytes.value(), ctx.expect(SealedFile::Kind::Snapshot, site));
        if (!snapshot) {
            report.skipped.append({shown(it->path), snapshot.error()});
            ctx.unreadable << it->path;
            continue;
        }
        if (snapshot->position != it->from) {
            report.skipped.append({shown(it->path), tr("the file's header does not match its name or folder")});
            continue;
        }
        // Its clocks may name only the team's PCs, and no time too far ahead: checked as it is
        // applied, and a snapshot that does not pass rolls back whole.
        Replica::SnapshotTrust trust;
        trust.knows = [&](const QString& s) { return ctx.state.knows(s); };
        trust.latest = latest;
        auto tx = m_db.transaction();
        auto outcome = replica.applySnapshot(snapshot->tablesJson, trust);
        if (!outcome) {
            report.skipped.append({shown(it->path), outcome.error()});
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
        m_db.hlc().observe(std::min(snapshot->maxHlc, latest));
        report.conflicts += outcome->newConflicts;
        report.imported += int(snapshot->position - position);
        *applied = true;
        bestEffort(replica.log(QStringLiteral("info"),
                               tr("Caught up from another PC's snapshot (%1).").arg(shown(it->path))));
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

/// Batches of one site applied one after another share a transaction, up to kGroupChanges
/// changes: a PC catching up commits (and writes its pages) a few times instead of once per
/// batch. Each batch's position is set in the same transaction, so an interruption loses at most
/// the open group and never applies part of a batch. When a batch fails to apply after others in
/// the group, the group rolls back and the site's batches are applied again one per transaction
/// (so the failing one is skipped with its reason, as it would have been alone).
struct SyncEngine::ImportGroup
{
    std::optional<Database::Transaction> tx;
    bool single = false; ///< one batch per transaction (after a group rolled back)
    int batches = 0;     ///< applied in the open transaction
    qint64 changes = 0;
    int conflicts = 0;
    qint64 latestStamp = 0;

    /// Rolls back what is open (nothing once committed) and starts an empty group.
    void restart(bool oneByOne)
    {
        tx.reset();
        single = oneByOne;
        batches = 0;
        changes = 0;
        conflicts = 0;
        latestStamp = 0;
    }
};

namespace {

constexpr qint64 kGroupChanges = 50000;

/// The latest stamp in a batch (header, changes and version clocks); false when a version clock
/// names a PC outside the team.
bool latestStampOf(const BatchFile::Batch& batch, const TeamState& team, qint64* latest)
{
    *latest = batch.header.maxHlc;
    for (const auto& c : batch.changes) {
        *latest = std::max(*latest, c.hlc);
        for (auto it = c.clocks.begin(); it != c.clocks.end(); ++it) {
            for (const auto& [clockSite, stamp] : it.value()) {
                if (!team.knows(clockSite)) {
                    return false;
                }
                *latest = std::max(*latest, stamp);
            }
        }
    }
    return true;
}

} // namespace

Status SyncEngine::commitGroup(ImportGroup& group, SyncReport& report)
{
    if (!group.tx) {
        return {};
    }
    if (interrupted(QStringLiteral("import:before-commit"))) {
        return interruption(QStringLiteral("import:before-commit"));
    }
    if (auto s = group.tx->commit(); !s) {
        return s;
    }
    group.tx.reset();
    m_db.hlc().observe(group.latestStamp);
    report.imported += int(group.changes);
    report.conflicts += group.conflicts;
    group.restart(group.single);
    if (interrupted(QStringLiteral("import:after-commit"))) {
        return interruption(QStringLiteral("import:after-commit"));
    }
    return {};
}

Status SyncEngine::importSite(Context& ctx, const QString& site, SyncReport& report)
{
    Replica replica(m_db);
    QVector<Share::FileRef> files = ctx.share->batches(site);
    const qint64 limit = ctx.limit(site);
    files.erase(std::remove_if(files.begin(), files.end(),
                               [&](const Share::FileRef& f) {
                                   if (f.to <= limit) {
                                       return false;
                                   }
                                   report.skipped.append({shown(f.path), tr("written after its PC was retired from "
                                                                            "the team; not read")});
                                   return true;
                               }),
                files.end());
    ImportGroup group; // an error return rolls back what it holds
    qint64 position = replica.appliedSeq(site);
    for (;;) {
        qint64 firstLater = 0;
        const auto candidates = batchesFrom(files, position, firstLater);
        if (candidates.isEmpty()) {
            if (auto s = commitGroup(group, report); !s) {
                return s;
            }
            bool applied = false;
            if (auto s = applySnapshotIfNeeded(ctx, site, firstLater, report, &applied); !s) {
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
            auto step = applyBatchFile(ctx, site, file, replica, report, group);
            if (!step) {
                return Error{step.error()};
            }
            if (step.value() == BatchStep::HeldBack) {
                return commitGroup(group, report);
            }
            if (step.value() == BatchStep::Regrouped) {
                position = replica.appliedSeq(site);
                progressed = true;
                break;
            }
            if (step.value() == BatchStep::Applied) {
                position = file.to;
                progressed = true;
                break;
            }
        }
        if (!progressed) {
            return commitGroup(group, report);
        }
    }
}

Result<SyncEngine::BatchStep> SyncEngine::applyBatchFile(Context& ctx, const QString& site, const Share::FileRef& file,
                                                         Replica& replica, SyncReport& report, ImportGroup& group)
{
    auto bytes = ctx.store->read(file.path, SealedFile::limits(SealedFile::Kind::Batch).maxFile);
    if (!bytes) {
        report.skipped.append({shown(file.path), bytes.error()});
        ctx.unreadable << file.path;
        return BatchStep::Skipped;
    }
    auto batch = BatchFile::decode(bytes.value(), ctx.expect(SealedFile::Kind::Batch, site));
    if (!batch) {
        report.skipped.append({shown(file.path), batch.error()});
        ctx.unreadable << file.path;
        return BatchStep::Skipped;
    }
    if (batch->header.from != file.from || batch->header.to != file.to) {
        report.skipped.append({shown(file.path), tr("the file's header does not match its name or folder")});
        return BatchStep::Skipped;
    }
    // Every change, not only the header: stamps and the PCs its version clocks name.
    qint64 latestStamp = 0;
    if (!latestStampOf(batch.value(), ctx.state, &latestStamp)) {
        report.skipped.append({shown(file.path), tr("the file names a PC that is not in the team")});
        return BatchStep::Skipped;
    }
    const qint64 aheadMs = Hlc::millis(latestStamp) - m_db.clock().now().toMSecsSinceEpoch();
    if (aheadMs > m_options.maxClockAhead) {
        report.waiting << tr("%1 is held back: it is stamped %2 minutes ahead of this PC's clock. Check the "
                             "clock on this PC and on the other PC; the changes are applied once the clocks "
                             "agree.")
                              .arg(shown(file.path))
                              .arg((aheadMs + 59999) / 60000);
        return BatchStep::HeldBack;
    }

    if (!group.tx) {
        group.tx.emplace(m_db);
    }
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
        const bool others = group.batches > 0;
        group.restart(true); // rolls back
        if (others) {
            return BatchStep::Regrouped; // applied again alone, this one is then skipped with its reason
        }
        report.skipped.append({shown(file.path), failure});
        return BatchStep::Skipped;
    }
    if (auto s = replica.setAppliedSeq(site, file.to); !s) {
        return Error{s.error()};
    }
    ++group.batches;
    group.changes += batch->changes.size();
    group.conflicts += total.newConflicts;
    group.latestStamp = std::max(group.latestStamp, latestStamp);
    if (group.single || group.changes >= kGroupChanges) {
        if (auto s = commitGroup(group, report); !s) {
            return Error{s.error()};
        }
    }
    return BatchStep::Applied;
}

Result<SiteState> SyncEngine::readState(const Context& ctx, const QString& site) const
{
    SiteState state;
    if (!ctx.store->exists(Share::stateFile(site))) {
        return state;
    }
    auto bytes = ctx.store->read(Share::stateFile(site), SealedFile::limits(SealedFile::Kind::State).maxFile);
    if (!bytes) {
        return Error{bytes.error()};
    }
    auto opened = SealedFile::open(bytes.value(), ctx.expect(SealedFile::Kind::State, site));
    if (!opened) {
        return Error{opened.error()};
    }
    const QJsonObject o = QJsonDocument::fromJson(opened->body).object();
    const QJsonObject applied = o.value(QStringLiteral("applied")).toObject();
    for (auto it = applied.begin(); it != applied.end(); ++it) {
        state.applied.insert(it.key(), it.value().toString().toLongLong());
    }
    state.exported = o.value(QStringLiteral("exported")).toString().toLongLong();
    for (const QJsonValue& v : o.value(QStringLiteral("unreadable")).toArray()) {
        state.unreadable << v.toString();
    }
    return state;
}

Status SyncEngine::publishState(Context& ctx)
{
    Replica replica(m_db);
    QJsonObject applied;
    const auto positions = replica.appliedPositions();
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        applied.insert(it.key(), QString::number(it.value()));
    }
    const QJsonObject body{{QStringLiteral("applied"), applied},
                           {QStringLiteral("exported"), QString::number(replica.exportedSeq())},
                           {QStringLiteral("unreadable"), QJsonArray::fromStringList(ctx.unreadable)}};
    if (interrupted(QStringLiteral("state:before-write"))) {
        return interruption(QStringLiteral("state:before-write"));
    }
    return writeVerified(ctx, Share::stateFile(ctx.me),
                         SealedFile::seal(SealedFile::Kind::State, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                          ctx.writer()));
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
    s.waiting = waiting();
    if (s.waiting) {
        s.code = const_cast<SyncEngine*>(this)->admissionCode();
    }
    s.share = sharePath();
    s.lastSync = QDateTime::fromString(m_db.meta(kLastSyncKey), Qt::ISODateWithMs);
    s.lastProblem = m_db.meta(kLastProblemKey);
    s.pending = replica.lastLocalSeq() - replica.exportedSeq();
    s.conflicts = int(replica.conflicts().size());
    s.flags = int(replica.flags().size());
    return s;
}

} // namespace samspil
