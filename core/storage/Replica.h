#pragma once

#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <limits>
#include <string_view>

namespace samspil {

/// A version vector with sites named by UUID, as it travels between sites. The first entry is
/// the writer's own stamp.
using SiteClock = QVector<QPair<QString, qint64>>;

/// One row change as another site recorded it in its change log.
struct RemoteChange
{
    QString table;
    QString rowId;
    QString site; ///< the site that made the change
    qint64 hlc = 0;
    QString actor;
    QVector<QPair<QString, QVariant>> fields;
    /// For fields whose writer had seen edits from other sites: those sites' stamps.
    QHash<QString, SiteClock> clocks;
};

/// What applying changed: whether anything visible changed, and what needs a person.
struct ApplyOutcome
{
    bool changed = false;
    int newConflicts = 0;
    bool flagged = false;
};

/// A concurrent value that lost to the current one and waits for a person.
struct ConflictEntry
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString field;
    QVariant currentValue;
    QVariant otherValue;
    QString currentSite;
    QString otherSite;
    QDateTime currentTime;
    QDateTime otherTime;
    QDateTime detectedAt;
};

/// A row that needs a person's eye after sync (e.g. edited on one PC while deleted on another).
struct FlagEntry
{
    QString table;
    QString rowId;
    QString kind;
    QDateTime detectedAt;
};

/// One entry of this site's own change log, as it goes into a batch.
struct LocalChange
{
    qint64 seq = 0;
    qint64 hlc = 0;
    QString actor;
    QString table;
    QString rowId;
    QByteArray fieldsJson;
    QByteArray clocksJson; ///< empty when every field's clock is just the writer's stamp
};

/// The local side of replication: applies other sites' changes field by field, keeps the
/// values that lost a concurrent edit for review, and keeps positions. All SQL of sync is here.
///
/// Merge rule: each field's current value carries a version vector (RowClock). An incoming
/// version that a current version already knows changes nothing (so applying twice is harmless);
/// one that knows all current versions replaces them; otherwise the versions are concurrent: the
/// one with the higher (stamp, site id) wins everywhere and the others are kept in
/// sync_conflict. The result depends only on the set of versions seen, never on their order.
class Replica
{
    Q_DECLARE_TR_FUNCTIONS(Replica)
public:
    explicit Replica(Database& db)
        : m_db(db)
    {
    }

    /// Applies a change from another site. The caller holds the transaction.
    Result<ApplyOutcome> apply(const RemoteChange& change);

    /// This site's own changes after `after`, up to `upTo` (inclusive), at most `limit`.
    QVector<LocalChange> localChanges(qint64 after, qint64 upTo, int limit) const;
    qint64 lastLocalSeq() const;
    qint64 exportedSeq() const;
    Status setExportedSeq(qint64 seq);

    qint64 appliedSeq(const QString& site) const;
    QHash<QString, qint64> appliedPositions() const;
    Status setAppliedSeq(const QString& site, qint64 seq);

    /// Conflicts whose kept value differs from the current one (equal values are no conflict).
    QVector<ConflictEntry> conflicts() const;
    /// Keep the current value (takeOther = false) or put the other value back (true). Either way
    /// it is an ordinary edit that syncs, and it closes the conflict on every site.
    Status resolve(qint64 conflictId, bool takeOther);
    QVector<FlagEntry> flags() const;
    Status dismissFlag(const QString& table, const QString& rowId, const QString& kind);

    /// Every row of every replicated table with its current and concurrent field versions,
    /// deleted rows included: what a new site starts from, as compact JSON text written straight
    /// from the rows (`{"format":2,"sites":[…],"tables":{table:{"columns":[…],"rows":[[id,[value…],
    /// [[mask,[siteIndex,"stamp",…]]…],[[field,value,clock]…]?]…]}}}`; no tree of QJsonObjects,
    /// which at 20,000 citizens took seconds and gigabytes). A failed read is an error (a partial
    /// snapshot must never replace the batches it stands for).
    Result<QByteArray> makeSnapshot() const;
    /// makeSnapshot() read back, or an empty object (and a warning in the log) when it fails.
    QJsonObject snapshot() const;

    /// What the clocks of a snapshot may name: PCs of the team (`knows`), and stamps no later
    /// than `latest`. A snapshot that names anything else is refused whole.
    struct SnapshotTrust
    {
        std::function<bool(const QString& site)> knows;
        qint64 latest = std::numeric_limits<qint64>::max();
    };
    /// Applies a snapshot made by makeSnapshot() on another site (same merge rules), as the JSON
    /// text it travels as: the compact form is read as a stream, row by row, straight into the
    /// tables (SnapshotReader.cpp); the first form (one object per row and per field) that
    /// Samspil wrote before is read too. Anything not exactly either shape refuses it whole. Text
    /// with 64 bytes of room after its end (SealedFile's bodies) is read where it is, else copied.
    Result<ApplyOutcome> applySnapshot(const QByteArray& json, const SnapshotTrust& trust);
    /// The same for a snapshot as JSON objects (snapshot(), and tests); without a trust, any
    /// PC and any time will do.
    Result<ApplyOutcome> applySnapshot(const QJsonObject& snapshot, const SnapshotTrust& trust);
    Result<ApplyOutcome> applySnapshot(const QJsonObject& snapshot);

    Status log(const QString& level, const QString& message);
    struct LogLine
    {
        QDateTime at;
        QString level;
        QString message;
    };
    QVector<LogLine> recentLog(int limit) const;

private:
    struct Version
    {
        FieldClock clock;
        QVariant value;
    };
    struct RowState
    {
        QString id;
        bool exists = false;
        QVariantMap values;
        RowClock clock;
        QSet<QString> changedColumns;
        bool clockChanged = false;
    };
    /// An incoming version of one field, checked and in local site aliases.
    struct FieldVersion
    {
        const ColumnSpec* column = nullptr;
        Version version;
    };

    /// The bulk path for a row this site has never seen: inserts it with its clock in one
    /// statement (no read, no field-by-field merge) and fills `row`. False, with nothing written,
    /// when the row is already here (or nothing is to be written): then it is merged field by field.
    Result<bool> insertIfNew(const TableSpec& spec, const QString& rowId, const QVector<FieldVersion>& versions,
                             RowState& row);
    /// A snapshot's row: in whole when `mayInsert` and new, else merged field by field.
    Status applySnapshotRow(const TableSpec& spec, const QString& rowId, const QVector<FieldVersion>& versions,
                            bool mayInsert, ApplyOutcome& total);
    /// The first form of snapshot, as objects.
    Status applyFirstFormSnapshot(const QJsonObject& snapshot, const SnapshotTrust& trust, ApplyOutcome& total);
    /// The compact form, as JSON text: read by a CompactReader (SnapshotReader.cpp); anything
    /// not exactly its shape refuses the snapshot.
    Status applyCompactSnapshot(const QByteArray& json, const SnapshotTrust& trust, ApplyOutcome& total);
    class CompactReader;
    /// When the table is empty, drops its indexes (but unique ones) and returns what builds them
    /// again (rebuildIndexes); else nothing.
    Result<QStringList> withoutIndexes(const TableSpec& spec);
    Status rebuildIndexes(const QStringList& create);
    /// A table of a compact snapshot: its columns, and where each is stored.
    struct CompactTable
    {
        const TableSpec* spec = nullptr;
        QVector<const ColumnSpec*> columns; ///< the snapshot's columns, in its order
        QVector<int> positions;             ///< each one's position in spec->columns (-1: deleted_at)
        QVector<int> stored;                ///< for each of tableSql's columns, the snapshot's column, or -1
        int deletedAt = -1;                 ///< the snapshot's column of deleted_at, or -1
        int citizenLink = -1;               ///< the snapshot's column naming the citizen (or parent), or -1
        RawQuery* insert = nullptr;         ///< tableSql's insertNew, ready (text bound in place)
    };
    /// One value of a compact row: text as the snapshot holds it (UTF-8, checked; valid while
    /// the snapshot is read), any other value normalized.
    struct CompactCell
    {
        bool carried = false;
        bool isText = false;
        std::string_view text;
        QVariant value;
        QVariant toVariant() const;
    };
    /// A compact row: its carried values (by snapshot column), the clock each has, and the
    /// concurrent values it kept.
    struct CompactRow
    {
        QString id;
        QVarLengthArray<CompactCell, 32> cells;
        QVarLengthArray<int, 32> clockOf; ///< index into clocks, -1 for a column the row does not carry
        QVarLengthArray<FieldClock, 4> clocks;
        QVector<FieldVersion> kept;
        bool hasKept = false;
    };
    /// Applies a compact row that has been read whole: inserted as it is when new (insertCompact),
    /// else merged field by field.
    Status applyCompactRow(const CompactTable& table, const CompactRow& row, ApplyOutcome& total);
    /// The bulk path of a snapshot: a compact row this site has never seen, inserted as it is
    /// (no RowState, its clock written from its groups). False, with nothing written, when the row
    /// is already here.
    Result<bool> insertCompact(const CompactTable& table, const CompactRow& row);
    /// The version of every field of a change, in local aliases; an error names what is wrong.
    Result<QVector<FieldVersion>> versionsOf(const TableSpec& spec, const RemoteChange& change, int origin);
    Result<FieldClock> toLocal(const SiteClock& clock);
    SiteClock toSites(const FieldClock& clock) const;
    Status loadRow(const TableSpec& spec, const QString& rowId, RowState& row);
    Status applyVersion(const TableSpec& spec, RowState& row, const QString& field, const Version& incoming, ApplyOutcome& out);
    /// Keeps exactly the concurrent values that lost (`remaining`, besides `winner`) in sync_conflict;
    /// those of `stored` that no longer lose are removed.
    Status keepLosers(const TableSpec& spec, const RowState& row, const QString& field, const QVector<Version>& stored,
                      const QVector<Version>& remaining, const Version& winner, ApplyOutcome& out);
    Status storeRow(const TableSpec& spec, RowState& row);
    Result<QVector<Version>> losers(const QString& table, const QString& rowId, const QString& field);
    Status keepRowIfEditedAfterDelete(const TableSpec& spec, RowState& row, ApplyOutcome& out);
    bool wins(const FieldClock& a, const FieldClock& b) const;
    /// A row for an erased citizen (or one erased here) is dropped, never brought back (Erasure).
    /// `incoming` gives the incoming value of a field, invalid when the change does not carry it.
    Result<bool> dropIfErased(const TableSpec& spec, const QString& rowId,
                              const std::function<QVariant(const QString&)>& incoming);

    Database& m_db;
};

} // namespace samspil
