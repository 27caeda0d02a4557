#pragma once

#include "core/storage/DataChange.h"
#include "core/storage/Principal.h"
#include "core/storage/RowClock.h"
#include "core/storage/Schema.h"
#include "core/util/Clock.h"
#include "core/util/Hlc.h"
#include "core/util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <array>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace samspil {

class RawQuery;

struct OpenOptions
{
    enum class Mode {
        OpenExisting, ///< the file must exist
        CreateNew,    ///< the file must not exist
        OpenOrCreate,
    };
    QString path;
    Mode mode = Mode::OpenOrCreate;
    const Clock* clock = nullptr; ///< defaults to the system clock
    /// Refuse to open a file another Samspil process has open (a lock file beside it).
    bool takeLock = true;
};

/// One local Samspil database: a SQLite file in WAL mode with foreign keys on, brought to the
/// current schema at open, locked against a second process, and the only way replicated rows
/// are written, so that every change lands in the change log in the same transaction.
class Database : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Database>> open(const OpenOptions& options);
    /// Another connection to an open database's file, for work on another thread (call it on
    /// that thread: a connection belongs to the thread that made it). It reads beside the
    /// program's own connection, which holds the lock. It acts for the same person as that
    /// connection (pass its principal()): a worker reads no more than its window may.
    static Result<std::unique_ptr<Database>> openBeside(const QString& path, const Clock* clock,
                                                        const Principal& principal);
    ~Database() override;

    QSqlDatabase& sql() { return m_db; }
    /// The raw SQLite handle, for the few hot paths where Qt Sql's per-row overhead matters.
    sqlite3* handle() const;
    const Clock& clock() const { return *m_clock; }
    QString path() const { return m_path; }
    QString siteId() const { return m_siteId; }
    int localSiteAlias() const { return m_localAlias; }
    int schemaVersion() const { return m_schemaVersion; }

    /// Who is acting: the staff id stored with every change and every logged access (empty for
    /// the engine). Set by setPrincipal.
    QString actor() const { return m_principal.staffId; }
    /// Makes the database act for this person (core/staff/Session does it for the programs; the
    /// engine acts as Principal::engine() until then). What they may not read, SQLite itself
    /// refuses: a principal without Capability::ReadCitizens can read only the staff, their
    /// accounts and local settings (an authorizer on the connection), and Database::write refuses
    /// a table whose TableSpec::writeCapability they lack.
    void setPrincipal(const Principal& principal);
    const Principal& principal() const { return m_principal; }
    /// Refuses, with a message for the user that names what was refused, when the acting person
    /// lacks `capability`.
    Status require(Capability capability) const;
    /// Work the engine does on a person's behalf once they may start it (sync applying the
    /// team's changes, the demo generator, making the first leader): every read and write is the
    /// engine's until the scope ends; changes are still recorded as the person's.
    class EngineScope
    {
    public:
        explicit EngineScope(Database& db)
            : m_db(db)
            , m_before(db.principal())
        {
            Principal engine = Principal::engine();
            engine.staffId = m_before.staffId;
            engine.account = m_before.account;
            m_db.setPrincipal(engine);
        }
        ~EngineScope() { m_db.setPrincipal(m_before); }
        Q_DISABLE_COPY(EngineScope)

    private:
        Database& m_db;
        Principal m_before;
    };
    /// The user's words for a capability ("see citizens' records", "manage staff", …).
    static QString describe(Capability capability);

    /// A unit of work. Nested transactions join the outermost one; the outermost commits.
    /// A transaction that is destroyed without commit() rolls back (the whole outermost one).
    class Transaction
    {
    public:
        explicit Transaction(Database& db);
        Transaction(Transaction&& other) noexcept;
        ~Transaction();
        Status commit();
        bool active() const { return m_active; }

    private:
        Database* m_db;
        bool m_active = false;
        Q_DISABLE_COPY(Transaction)
    };
    Transaction transaction() { return Transaction(*this); }
    bool inTransaction() const { return m_txDepth > 0; }

    /// Inserts the row `id` into a replicated table, or changes the given fields of it, and
    /// records the change in the change log. Values are normalised per column type; unchanged
    /// values are not written unless named in `force`. A forced field also settles a sync
    /// conflict on it (the new value supersedes every concurrent one). Returns the fields that changed.
    Result<QStringList> write(const QString& table,
                              const QString& id,
                              const QVariantMap& values,
                              const QStringList& force = {});
    /// Inserts a row the caller knows is new (a fresh UUID), skipping the lookup; for bulk work.
    Result<QStringList> insertNew(const QString& table, const QString& id, const QVariantMap& values);
    /// Marks a row deleted (a tombstone that replicates). Deleting a deleted row does nothing.
    Status softDelete(const QString& table, const QString& id);

    /// A new hybrid-logical-clock stamp.
    qint64 nextStamp() { return m_hlc.next(); }
    HlcGenerator& hlc() { return m_hlc; }

    /// The local alias for a site UUID, created on first use.
    Result<int> siteAlias(const QString& siteUuid);
    QString siteUuid(int alias) const { return m_siteUuids.value(alias); }

    /// A cached prepared statement.
    QSqlQuery& prepared(const QString& sql);
    /// A cached statement on the raw handle, for the row reads and writes every change passes
    /// through (Database's own, and sync's), where Qt Sql's per-value cost shows.
    RawQuery& raw(const QString& sql);
    static Error rawError(const RawQuery& q);

    /// Local settings kept in the database itself (not replicated). A failed read gives
    /// `fallback` (and a warning in the log).
    QString meta(const QString& key, const QString& fallback = {}) const;
    Status setMeta(const QString& key, const QString& value);

    /// Tell listeners that a table changed outside write() without naming its rows (erasure);
    /// fires after commit. For a table about citizens the change then concerns everyone.
    void noteChanged(const QString& table);
    /// Tell listeners that a row changed outside write() (sync applying it): `row` holds its
    /// stored values, from which its citizen is worked out as the change audit does (the same
    /// pending entry, not audited again); fires after commit.
    void noteRowChanged(const TableSpec& spec, const QString& id, const QVariantMap& row);

    /// The change audit: every write to a row about a citizen (TableSpec::citizenLink) is noted,
    /// and at the commit of the outermost transaction one audit_log row per (citizen, record) is
    /// written in the same transaction: who, when, which record and which fields, never values.
    /// Changes applied by sync are not audited again (their audit rows come with them): sync
    /// holds an AuditPause while it applies.
    class AuditPause
    {
    public:
        explicit AuditPause(Database& db)
            : m_db(db)
        {
            ++m_db.m_auditPaused;
        }
        ~AuditPause() { --m_db.m_auditPaused; }
        Q_DISABLE_COPY(AuditPause)

    private:
        Database& m_db;
    };

    /// The citizens erased here or on another PC (their UUIDs) and the id of each erasure; read
    /// once and kept until forgetErasedCitizens() or a rollback. See core/storage/Erasure.
    const QHash<QString, QString>& erasedCitizens();
    /// Reads them now, unless they are already read; a failed read is an error here (where
    /// erasedCitizens() can only warn and give none).
    Status loadErasedCitizens();
    void forgetErasedCitizens() { m_erasedLoaded = false; }
    /// Rebuilds the file without free pages (so removed data is gone from it, not just unlinked)
    /// and empties the write-ahead log. Not inside a transaction.
    Status vacuum();
    /// Rebuilds the file (a whole VACUUM, with full pages and none free) when that makes it
    /// markedly smaller, 4 MB or more: when free pages are a quarter of it (after the change log
    /// was pruned, say), or when it has at least doubled since it had `pagesBefore` pages (a new
    /// PC that caught up with the team: rows that arrive in no order of their keys leave the
    /// pages of tables and indexes about two thirds full). A database made before this takes
    /// SQLite's incremental auto-vacuum and larger pages in the same rebuild. Not inside a
    /// transaction.
    Status tidyFile(qint64 pagesBefore = 0);
    /// The file's size in pages (0 if it cannot be read).
    qint64 pageCount();

    /// Removes this PC's own change-log entries up to `upTo` (sync calls it once every PC of the
    /// team has applied them; a PC that needs them later starts from a snapshot). The last
    /// sequence number and stamp are kept, so numbering and the clock go on from them.
    Status pruneChangeLog(qint64 upTo);
    /// The highest sequence number the change log has given out, pruned entries included.
    qint64 lastChangeSeq();
    /// Entries up to this sequence number have been pruned (0: none).
    qint64 prunedChangeSeq() const;
    /// Pages of a new file: rows of a few kilobytes (notes, conferences) then fit in one page
    /// instead of spilling into mostly empty overflow pages, as in SQLite's default 4 KB.
    static constexpr int kPageSize = 8192;

    /// Turns a failed query into a message.
    static Error queryError(const QSqlQuery& q);
    /// For reads whose functions return a plain value and so cannot pass an error on: returns
    /// `ok` (what the query's exec() returned), and when it is false, warns in the log with
    /// `where` and the query's error (never the values bound to it).
    static bool checkRead(bool ok, const QSqlQuery& q, const char* where);
    /// Makes an empty file readable and writable by its owner only (0600 on Linux; on Windows
    /// the file inherits the access list of the folder, the user's profile). Only for a file that
    /// is not there or is empty: a new database, or the target of VACUUM INTO.
    static Status createOwnerOnly(const QString& path);

    /// The SQLite library Samspil calls through handle() (the one it was linked with) and the
    /// one Qt's database driver runs this connection on. They must be one and the same: a
    /// handle made by another copy of SQLite (a Qt driver built with its own) must not be used.
    struct SqliteLibraries
    {
        QString linkedVersion;  ///< sqlite3_libversion()
        QString driverVersion;  ///< SELECT sqlite_version() through Qt's driver
        QString linkedSourceId; ///< sqlite3_sourceid()
        QString driverSourceId; ///< SELECT sqlite_source_id() through Qt's driver
        bool hasHandle = false; ///< the driver gave a sqlite3 handle
        QString openedFile;     ///< the file Samspil opened (canonical path)
        QString handleFile;     ///< the main database file of that handle, as our library reports it
    };
    /// Reads both sides on this open connection (the handle only when the versions agree).
    SqliteLibraries sqliteLibraries() const;
    /// Whether both sides are the same library and the handle is this connection's; else the
    /// message that open() gives.
    static Status sameSqliteLibrary(const SqliteLibraries& libraries);

signals:
    /// Emitted once after each commit that changed replicated rows, local or from sync: which
    /// tables and which citizens (see DataChange). Views follow it (ui/common/ChangeWatcher
    /// gathers it and refreshes once per event-loop turn).
    void changed(const samspil::DataChange& change);
    /// The same commit's tables alone, emitted right after changed().
    void tablesChanged(const QSet<QString>& tables);

private:
    Database(const QString& path, const Clock& clock);
    Status initialise(const OpenOptions& options, bool existed);
    /// The parts of initialise: refuse Qt's driver on another SQLite library (sameSqliteLibrary);
    /// refuse a file that is not (or not yet) Samspil's and return its
    /// schema version; set the connection's pragmas; migrate to the latest schema; read or make
    /// this site's identity; restart the stamps after the newest change.
    Status checkSqliteLibrary();
    Result<qint64> checkFileIdentity();
    Status setConnectionPragmas();
    Status migrate(qint64 version, bool existed);
    Status loadSiteIdentity();
    Status restoreClock();
    /// The newest stamp of the change-log entries pruned so far (0: none).
    Result<qint64> prunedChangeStamp() const;
    Status loadSites();
    /// A local setting, or `fallback` when it is not set; a failed read is an error.
    Result<QString> readMeta(const QString& key, const QString& fallback) const;
    void reloadSitesAfterRollback();
    using ColumnValues = QVector<QPair<const ColumnSpec*, QVariant>>;
    Result<QStringList> writeRow(const QString& table,
                                 const QString& id,
                                 const QVariantMap& values,
                                 const QStringList& force,
                                 bool knownNew);
    /// The parts of writeRow (core/storage/RowWriter.cpp).
    struct StoredRow
    {
        bool exists = false;
        QVariantMap old;
        RowClock clock;
    };
    struct LoggedChange
    {
        QStringList names;  ///< the fields written, in order
        QByteArray fields;  ///< the change-log entry's fields (JSON)
        QByteArray clocks;  ///< their version vectors where they have seen other sites' edits; empty if none
    };
    Result<ColumnValues> normalizedValues(const TableSpec& spec, const QVariantMap& values);
    Result<StoredRow> readStoredRow(const TableSpec& spec, const QString& id);
    static ColumnValues changesToWrite(const ColumnValues& wanted, const StoredRow& stored, const QStringList& force);
    /// Advances the field clocks of the changed fields (settling or keeping sync conflicts).
    Result<LoggedChange> stampChanges(const QString& table, const QString& id, const ColumnValues& changes,
                                      const QStringList& force, qint64 stamp, RowClock& clock);
    Status settleConflict(const QString& table, const QString& id, const QString& field, FieldClock& next);
    Status supersedeSeenLosers(const QString& table, const QString& id, const QString& field, FieldClock& next);
    Status storeRow(const TableSpec& spec, const QString& id, bool exists, const ColumnValues& changes,
                    const RowClock& clock, qint64 stamp);
    Status begin();
    /// Finishes every cached statement, so that nothing holds a read open (before the end of a
    /// transaction, and before a rebuild of the file).
    void finishStatements();
    Status endTransaction(bool commit);
    struct PendingAudit
    {
        QString table;
        QString rowId;
        QString citizenId; ///< when the row itself names the citizen
        QString parentId;  ///< else the parent row that does (CitizenLink::Parent)
        QStringList fields;
        int kind = 0;      ///< 0 new, 1 changed, 2 deleted
        bool audited = true; ///< false: only announced (sync's rows, tables not audited)
    };
    /// Notes a row about a citizen for the commit's announcement and, when `audited`, its
    /// change audit.
    void noteAudit(const TableSpec& spec, const QString& id, bool existed, const QVariantMap& old,
                   const ColumnValues& changes, bool audited);
    /// At commit: finds each noted row's citizen (once per parent row), writes the audit rows
    /// and gathers the citizens the commit announces.
    Status flushAudit();
    /// The changes of the commit that just ended, emptied.
    DataChange takeChange();
    void forgetChange();
    Status insertAuditRow(const std::array<QString, 8>& values);
    /// The change-log entry of one row change (`clocks`: the version vectors of fields whose
    /// writer had seen other sites' edits; empty when none had).
    Status appendChangeLog(qint64 stamp, const QString& table, const QString& id, const QByteArray& fields,
                           const QByteArray& clocks);
    Status refuseErased(const TableSpec& spec, const QString& id, const QVariantMap& old,
                        const ColumnValues& wanted);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    const Clock* m_clock;
    HlcGenerator m_hlc;
    std::unique_ptr<QLockFile> m_lock;
    QString m_siteId;
    int m_localAlias = 0;
    QHash<int, QString> m_siteUuids;
    QHash<QString, int> m_siteAliases;
    int m_schemaVersion = 0;
    Principal m_principal = Principal::engine();
    /// The SQLite authorizer: refuses what the principal may not read or write.
    static int authorize(void* self, int action, const char* a, const char* b, const char* dbName, const char* trigger);
    void installAuthorizer();
    int m_txDepth = 0;
    bool m_rollbackOnly = false;
    QSet<QString> m_changedTables;
    QSet<QString> m_changedCitizens;
    bool m_changedEveryone = false;
    int m_auditPaused = 0;
    QVector<PendingAudit> m_pendingAudit;
    QHash<QString, int> m_pendingAuditIndex; ///< table + id -> index in m_pendingAudit
    bool m_erasedLoaded = false;
    QHash<QString, QString> m_erasedCitizens;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<RawQuery>> m_raw;
};

} // namespace samspil
