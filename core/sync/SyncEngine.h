#pragma once

#include "core/storage/Database.h"
#include "core/sync/Share.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace samspil {

class Replica;

/// A file that could not be used this time, and why (in the user's words). It is tried again
/// at the next sync.
struct SkippedFile
{
    QString file;
    QString reason;
};

struct SyncReport
{
    int exported = 0;  ///< own changes written to the share
    int imported = 0;  ///< other sites' changes applied here
    int conflicts = 0; ///< new conflicts that wait for a person
    QVector<SkippedFile> skipped;
    /// Batches held back because they are stamped too far in the future, or waiting behind a gap.
    QStringList waiting;

    QJsonObject toJson() const;
    bool clean() const { return skipped.isEmpty() && waiting.isEmpty(); }
};

/// Where this PC stands, for the status bar.
struct SyncStatus
{
    bool joined = false;
    QString share;
    QDateTime lastSync;   ///< last sync that reached the share
    QString lastProblem;  ///< empty when the last sync went through without problems
    qint64 pending = 0;   ///< own changes not yet on the share
    int conflicts = 0;    ///< conflicts waiting for a person
    int flags = 0;        ///< rows flagged for a person (edited after delete)
};

/// Keeps this PC's database in step with the team's other PCs through a shared folder
/// (DESIGN.md section 4). One sync: export own changes, import every other site's batches in
/// order, publish what was applied, and compact own batches every site has applied.
///
/// Every step that changes the database is one transaction that also records how far it got, so
/// an interruption at any point leaves the database before or after a whole batch, and the next
/// sync carries on from there.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    explicit SyncEngine(Database& db)
        : m_db(db)
    {
    }

    /// Joins this database to the team on the share: creates the team file and this site's
    /// folder when absent, or checks the team and format when present. Remembers the share.
    Status join(const QString& sharePath);
    bool joined() const;
    QString sharePath() const;
    QString teamId() const;

    /// One sync with the share this database joined (or `shareOverride`, which must hold the same team).
    Result<SyncReport> sync(const QString& shareOverride = {});

    SyncStatus status() const;

    struct Options
    {
        int batchLimit = 5000;    ///< changes per batch file
        int compactAfter = 20;    ///< own batches every site has applied before they are compacted
        qint64 maxClockAhead = 5 * 60 * 1000; ///< ms a batch may be stamped ahead of this PC's clock
    };
    void setOptions(const Options& options) { m_options = options; }

    /// Called with (done, total) steps while a long sync runs.
    void setProgress(std::function<void(int done, int total)> progress) { m_progress = std::move(progress); }

    /// Test hook: called at each durable step of a sync with the step's name; returning true
    /// interrupts the sync there, as a crash or a lost connection would.
    void setFaultHook(std::function<bool(const QString& step)> hook) { m_fault = std::move(hook); }

private:
    Status exportChanges(const Share& share, const QString& team, SyncReport& report);
    Status importSite(const Share& share, const QString& team, const QString& site, SyncReport& report);
    /// What became of one batch file: skipped (reported; the next one is tried), applied and
    /// committed, or held back (its clock is ahead; the site's later changes wait for it).
    enum class BatchStep { Skipped, Applied, HeldBack };
    Result<BatchStep> applyBatchFile(const QString& team, const QString& site, const Share::FileRef& file,
                                     const Share& share, Replica& replica, SyncReport& report);
    Status applySnapshotIfNeeded(const Share& share, const QString& team, const QString& site, qint64 firstBatch,
                                 SyncReport& report, bool* applied);
    Status publishState(const Share& share);
    /// Writes a snapshot and removes own batches every site has applied (when there are enough of
    /// them); `rewrite` (after an erasure): every own batch and older snapshot, whoever applied them.
    Status compact(const Share& share, const QString& team, bool rewrite);
    bool interrupted(const QString& step);
    Status interruption(const QString& step);
    void progress(int done, int total);

    Database& m_db;
    Options m_options;
    std::function<void(int, int)> m_progress;
    std::function<bool(const QString&)> m_fault;
};

} // namespace samspil
