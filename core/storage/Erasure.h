#pragma once

#include "core/storage/Database.h"

#include <QDate>

namespace samspil {

/// What is left of an erased citizen: that it happened, when, by whom and on what basis.
struct ErasureRecord
{
    QString id; ///< random; names the erasure, not the citizen
    QDateTime at;
    QString by; ///< staff id (or "samspil-cli")
    QString basis; ///< "retention" (past the period) or "reason" (before it, with a reason)
    QString reason;
    int records = 0;
};

struct ErasureResult
{
    QString erasureId;
    int records = 0;
    /// Migration backups beside the database that held the citizen and were cleaned too.
    QStringList backupsCleaned;
    /// What could not be done (a backup that could not be opened, …), for the user.
    QStringList problems;
};

/// Retention and erasure (issue 7). A closed case is kept for a number of years after closing
/// (five by default, a setting of the desktop client passed in here); after that a manager can
/// erase it, and before that only with a reason. Erasing removes the citizen and every row that
/// hangs on them (CitizenRecords) from this database — with their change-log entries, kept
/// conflicts, flags and audit rows — and leaves an `erasure` record and the ids of the removed
/// rows (`erased_row`), both replicated. Every other PC that applies them erases the same rows;
/// rows for the citizen that arrive later are dropped; and every PC rewrites its own folder on the
/// share so that no batch or snapshot there still holds the data (docs/sync.md, "Erasure").
class Erasure
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)
public:
    static constexpr int kDefaultRetentionYears = 5;
    static inline const QString kRetention = QStringLiteral("retention");
    static inline const QString kReason = QStringLiteral("reason");

    explicit Erasure(Database& db)
        : m_db(db)
    {
    }

    /// Erases the citizen (see the class) with this basis (kRetention or kReason) and reason.
    /// The retention rules (core/citizen/RetentionRepository) decide whether it may be done.
    Result<ErasureResult> eraseCitizen(const QString& citizenId, const QString& basis, const QString& reason);
    /// The erasures made here and on the team's other PCs, newest first.
    QVector<ErasureRecord> records() const;

    /// Sync, before a row from another PC is applied: true when it belongs to an erased
    /// citizen (or is a row erased here) and must be dropped. What may already be here of it
    /// (a row an earlier edit made) and the rows that hang on it are removed and remembered.
    /// `linkValue` is the incoming value of the table's CitizenLink column, if the change has it.
    Result<bool> dropIncoming(const TableSpec& spec, const QString& rowId, const QVariant& linkValue);
    /// Sync, after a row of `erasure` or `erased_row` from another PC was applied: erase the same here.
    Status afterApplied(const TableSpec& spec, const QString& rowId);

    /// After the transaction that erased something (here or by sync): rebuild the database file
    /// so that no free page keeps the data, and remove the rows from the migration backups
    /// (FILE.before-vN.bak) beside it. Problems are returned, not fatal: the erasure stands.
    QStringList finishPending(QStringList* cleaned = nullptr);
    /// Whether this PC's own folder on the share must be rewritten (SyncEngine does it).
    bool shareRewritePending() const;
    Status setShareRewritten();

private:
    Status purge(const TableSpec& spec, const QStringList& ids);
    Status remember(const QString& table, const QStringList& ids);
    Result<int> dropRow(const TableSpec& spec, const QString& rowId, bool rememberIt);
    Result<int> eraseRows(const QString& citizenId);
    Result<bool> isErasedRow(const QString& table, const QString& rowId) const;
    Status markPending();
    QStringList cleanBackups(QStringList* cleaned);

    Database& m_db;
};

} // namespace samspil
