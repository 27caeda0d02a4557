#pragma once

#include "core/storage/Database.h"
#include "core/storage/Replica.h"
#include "core/sync/Share.h"
#include "core/sync/Team.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>

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
    int rewritten = 0; ///< own files written again because they were missing or damaged (healing)
    QVector<SkippedFile> skipped;
    /// What a person should know although nothing failed (a share set up again, a team sealed).
    QStringList notices;
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
    bool waiting = false; ///< asked to join; waits for a member to admit this PC
    QString code;         ///< this PC's admission code (while waiting)
};

/// What a PC has applied from the others, as its sealed state file on the share says.
struct SiteState
{
    QHash<QString, qint64> applied;
    qint64 exported = 0;
    QStringList unreadable; ///< files of other PCs it could not use at its last sync
};

/// What came of joining: a member at once (a new team, or already admitted), or waiting for a
/// member to admit this PC after comparing `code` with the one this PC shows.
struct JoinOutcome
{
    bool joined = false;
    QString code;
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

    /// Joins this database to the team on the share. On an empty folder it makes the team (with
    /// this PC its first member); otherwise it leaves a join request and waits until a member
    /// admits it (`JoinOutcome::code`). A database of the unsealed format seals its team here.
    Result<JoinOutcome> join(const QString& sharePath);
    bool joined() const;
    bool waiting() const;
    QString sharePath() const;
    QString teamId() const;
    /// This PC's code (made with its keys): shown while it waits to be admitted, and to a new PC's
    /// user who compares it with the code of the member that admitted them.
    QString admissionCode();
    /// The member that admitted this PC, by its name and code (empty for the PC that made the team).
    struct Admitter
    {
        QString host;
        QString code;
    };
    Admitter admittedBy() const;

    /// PCs that asked to join and wait to be admitted, with their codes.
    Result<QVector<JoinRequest>> requests(const QString& shareOverride = {});
    /// Admits the waiting PC whose code is `code`: seals the team keys to it on the share.
    Status admit(const QString& code, const QString& shareOverride = {});
    /// Takes a PC out of the team (lost, stolen, replaced): the team key is replaced and sealed
    /// only to the PCs that remain; the PC's files written after this are refused.
    Status retire(const QString& site, const QString& shareOverride = {});
    /// The PCs in the team, as this PC trusts it.
    TeamState team() const;

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
    /// Test hook: the store the share is reached through (a faulty drive, in tests).
    void setStoreFactory(ShareStoreFactory factory) { m_storeFactory = std::move(factory); }

private:
    struct Context;
    enum class Standing { Member, Waiting };
    Result<std::unique_ptr<Context>> open(const QString& root);
    Result<Standing> establish(Context& ctx, bool creating, SyncReport& report);
    /// The share as a member sees it; an error when this PC is not a member.
    Result<std::unique_ptr<Context>> memberContext(const QString& shareOverride);
    Result<Standing> establishWithoutTeamFile(Context& ctx, bool creating, SyncReport& report);
    Result<Standing> establishUnsealed(Context& ctx, const TeamFile::Parsed& parsed, bool creating, SyncReport& report);
    Result<Standing> establishMember(Context& ctx, const TeamFile::Parsed& parsed, SyncReport& report);
    Result<Standing> establishNewcomer(Context& ctx, const TeamFile::Parsed& parsed);
    Status makeTeam(Context& ctx, const QString& team);
    Status writeTeam(Context& ctx, TeamState state);
    /// A new team key, the highest: files are written with it from now on.
    Status addNewKey(Context& ctx, TeamState& state);
    Status writeVerified(Context& ctx, const QString& path, const QByteArray& bytes);
    Result<SiteState> readState(const Context& ctx, const QString& site) const;
    /// Checks this PC's own files; removes what it cannot prove it wrote. Returns the good ones.
    struct OwnFiles
    {
        QVector<Share::FileRef> batches;
        QVector<Share::FileRef> snapshots;
    };
    /// `suspects`: files another PC could not use, read again whatever this PC recorded of them.
    OwnFiles checkOwnFolder(Context& ctx, SyncReport& report, const QSet<QString>& suspects);
    Status heal(Context& ctx, SyncReport& report);
    void readOthers(const Context& ctx, QHash<QString, qint64>& appliedBy, QSet<QString>& suspects) const;
    Status writeBatch(Context& ctx, qint64 from, qint64 to, const QVector<LocalChange>& changes);
    Status writeSnapshot(Context& ctx);
    void removeUnsealed(Context& ctx);

    Status exportChanges(Context& ctx, SyncReport& report);
    Status importAll(Context& ctx, SyncReport& report);
    void record(const SyncReport& report);
    Status importSite(Context& ctx, const QString& site, SyncReport& report);
    /// What became of one batch file: skipped (reported; the next one is tried), applied and
    /// committed, or held back (its clock is ahead; the site's later changes wait for it).
    /// Regrouped: a batch failed to apply after others in the same transaction; all of them were
    /// rolled back, and the site's batches are applied again one per transaction.
    enum class BatchStep { Skipped, Applied, HeldBack, Regrouped };
    /// Batches applied one after another share a transaction (ImportGroup, SyncEngine.cpp).
    struct ImportGroup;
    Result<BatchStep> applyBatchFile(Context& ctx, const QString& site, const Share::FileRef& file, Replica& replica,
                                     SyncReport& report, ImportGroup& group);
    Status commitGroup(ImportGroup& group, SyncReport& report);
    Status applySnapshotIfNeeded(Context& ctx, const QString& site, qint64 firstBatch, SyncReport& report,
                                 bool* applied);
    Status publishState(Context& ctx);
    /// Writes a snapshot and removes own batches every site has applied (when there are enough of
    /// them); `rewrite` (after an erasure): every own batch and older snapshot, whoever applied them.
    Status compact(Context& ctx, bool rewrite);
    /// How far every other member has applied this PC's changes (and this PC has sent them).
    Result<qint64> appliedByEveryMember(const Context& ctx) const;
    /// Drops the change-log entries every member has applied (the sync then tidies the file).
    Status pruneChangeLog(const Context& ctx);
    bool interrupted(const QString& step);
    Status interruption(const QString& step);
    void progress(int done, int total);

    Database& m_db;
    Options m_options;
    std::function<void(int, int)> m_progress;
    std::function<bool(const QString&)> m_fault;
    ShareStoreFactory m_storeFactory;
};

} // namespace samspil
