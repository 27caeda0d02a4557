#include "Database.h"

#include "core/storage/RawQuery.h"
#include "core/util/Uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

namespace samspil {

namespace {

constexpr qint32 kApplicationId = 0x53414d53; // "SAMS"


QString connectionNameFor()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("samspil-%1").arg(++counter);
}

} // namespace

Error Database::queryError(const QSqlQuery& q)
{
    return fail(QCoreApplication::translate("Database", "The database reported an error: %1")
                    .arg(q.lastError().text()));
}

bool Database::checkRead(bool ok, const QSqlQuery& q, const char* where)
{
    if (!ok) {
        // The query's error only: it names tables and columns, never the values bound to it.
        qWarning("%s: the database reported an error: %s", where, qPrintable(q.lastError().text()));
    }
    return ok;
}

Database::Database(const QString& path, const Clock& clock)
    : m_path(path)
    , m_connectionName(connectionNameFor())
    , m_clock(&clock)
    , m_hlc(clock)
{
}

Result<std::unique_ptr<Database>> Database::openBeside(const QString& path, const Clock* clock,
                                                       const Principal& principal)
{
    OpenOptions options;
    options.path = path;
    options.mode = OpenOptions::Mode::OpenExisting;
    options.clock = clock;
    options.takeLock = false; // the program's own connection holds the lock
    auto db = open(options);
    if (db) {
        db.value()->setPrincipal(principal);
    }
    return db;
}

Database::~Database()
{
    m_raw.clear();
    m_statements.clear();
    if (m_db.isOpen()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const OpenOptions& options)
{
    const QString path = QFileInfo(options.path).absoluteFilePath();
    QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (options.mode == OpenOptions::Mode::OpenExisting && !existed) {
        return fail(tr("There is no Samspil database at %1.").arg(QDir::toNativeSeparators(path)));
    }
    if (options.mode == OpenOptions::Mode::CreateNew && info.exists()) {
        return fail(tr("%1 already exists. Samspil never overwrites a database; choose another file name.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (info.exists() && info.isDir()) {
        return fail(tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    }
    if (existed) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(tr("Samspil cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        }
        const QByteArray head = f.read(16);
        if (head != QByteArray("SQLite format 3\0", 16)) {
            return fail(tr("%1 is not a Samspil database. The file was left as it is.")
                            .arg(QDir::toNativeSeparators(path)));
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("Samspil cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<Database> db(new Database(path, options.clock ? *options.clock : Clock::system()));

    if (options.takeLock) {
        db->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        db->m_lock->setStaleLockTime(0); // stale only when the process that holds it is gone
        if (!db->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString app;
            if (db->m_lock->getLockInfo(&pid, &host, &app)) {
                return fail(tr("This database is already open in another Samspil window or command "
                               "(process %1 on %2). Close it there first; two programs writing the same "
                               "file at once could damage it.")
                                .arg(pid)
                                .arg(host));
            }
            return fail(tr("This database is already open in another program. Close it there first."));
        }
    }

    if (!existed) {
        // Readable by its owner only; SQLite gives the WAL and shared-memory files the same
        // permissions as the database file.
        if (auto made = createOwnerOnly(path); !made) {
            return fail(tr("Samspil cannot open %1: %2").arg(QDir::toNativeSeparators(path), made.error()));
        }
    }
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open()) {
        return fail(tr("Samspil cannot open %1: %2").arg(QDir::toNativeSeparators(path), db->m_db.lastError().text()));
    }
    auto status = db->initialise(options, existed);
    if (!status) {
        return Error{status.error()};
    }
    return db;
}

Status Database::createOwnerOnly(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return fail(f.errorString());
    }
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return fail(tr("its permissions cannot be set"));
    }
    return {};
}

Status Database::initialise(const OpenOptions&, bool existed)
{
    if (auto s = checkSqliteLibrary(); !s) {
        return s;
    }
    auto version = checkFileIdentity();
    if (!version) {
        return Error{version.error()};
    }
    if (auto s = setConnectionPragmas(); !s) {
        return s;
    }
    if (auto s = migrate(version.value(), existed); !s) {
        return s;
    }
    m_schemaVersion = Schema::latestVersion();
    if (auto s = loadSiteIdentity(); !s) {
        return s;
    }
    return restoreClock();
}

Result<qint64> Database::checkFileIdentity()
{
    QSqlQuery q(m_db);
    auto pragmaInt = [&](const QString& name, qint64& out) -> Status {
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next()) {
            return fail(tr("%1 is not a Samspil database, or it is damaged: %2")
                            .arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
        }
        out = q.value(0).toLongLong();
        q.finish();
        return {};
    };
    qint64 appId = 0;
    qint64 version = 0;
    qint64 tableCount = 0;
    if (auto s = pragmaInt(QStringLiteral("application_id"), appId); !s) {
        return Error{s.error()};
    }
    if (auto s = pragmaInt(QStringLiteral("user_version"), version); !s) {
        return Error{s.error()};
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next()) {
        return fail(tr("%1 is not a Samspil database, or it is damaged: %2")
                        .arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
    }
    tableCount = q.value(0).toLongLong();
    q.finish();
    if (appId != kApplicationId && (appId != 0 || version != 0 || tableCount != 0)) {
        return fail(tr("%1 is a database of another program, not of Samspil. The file was left as it is.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    const int latest = Schema::latestVersion();
    if (version > latest) {
        return fail(tr("This database was made by a newer version of Samspil (database version %1; this "
                       "program knows up to %2). Install the newer Samspil to open it. The file was left as it is.")
                        .arg(version)
                        .arg(latest));
    }
    return version;
}

Status Database::setConnectionPragmas()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        return queryError(q);
    }
    // A new file gives pages it no longer needs back to the disk when asked (tidyFile);
    // this can only be chosen before its first table.
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next()) {
        return queryError(q);
    }
    const bool empty = q.value(0).toLongLong() == 0;
    q.finish();
    if (empty
        && (!q.exec(QStringLiteral("PRAGMA page_size = %1").arg(kPageSize))
            || !q.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")))) {
        return queryError(q);
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return fail(tr("Samspil could not switch %1 to write-ahead logging. Is the file on a network drive? "
                       "Keep the database on this PC's own disk.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL"))) {
        return queryError(q);
    }
    // 16 MiB of pages in memory (SQLite's default is 2 MiB): a large transaction (an import, a
    // sync batch, and the change audit's rows at its commit) then rarely spills to the WAL midway.
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -16384"))) {
        return queryError(q);
    }
    return {};
}

Status Database::migrate(qint64 version, bool existed)
{
    const int latest = Schema::latestVersion();
    if (version >= latest) {
        return {};
    }
    if (existed && version > 0) {
        // A copy before the migration, made by SQLite itself, in case anything goes wrong later.
        QString backup = m_path + QStringLiteral(".before-v%1.bak").arg(latest);
        for (int n = 2; QFileInfo::exists(backup); ++n) {
            backup = m_path + QStringLiteral(".before-v%1-%2.bak").arg(latest).arg(n);
        }
        if (auto s = createOwnerOnly(backup); !s) { // VACUUM INTO fills an empty file
            return fail(tr("Samspil could not make a backup before updating the database: %1").arg(s.error()));
        }
        QSqlQuery vacuum(m_db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec()) {
            return fail(tr("Samspil could not make a backup before updating the database: %1")
                            .arg(vacuum.lastError().text()));
        }
    }
    if (auto s = begin(); !s) {
        return s;
    }
    auto status = Schema::migrate(m_db, int(version));
    if (status) {
        QSqlQuery v(m_db);
        if (!v.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest))
            || !v.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
            status = queryError(v);
        }
    }
    if (!status) {
        m_rollbackOnly = true;
        (void)endTransaction(false);
        return status;
    }
    return endTransaction(true);
}

Status Database::loadSiteIdentity()
{
    auto stored = readMeta(QStringLiteral("site_id"), {});
    if (!stored) {
        return Error{stored.error()};
    }
    m_siteId = stored.value();
    if (m_siteId.isEmpty()) {
        m_siteId = newUuid();
        Transaction tx(*this);
        if (auto s = setMeta(QStringLiteral("site_id"), m_siteId); !s) {
            return s;
        }
        if (auto s = setMeta(QStringLiteral("created"), m_clock->now().toString(Qt::ISODate)); !s) {
            return s;
        }
        if (auto s = tx.commit(); !s) {
            return s;
        }
    }
    if (auto s = loadSites(); !s) {
        return s;
    }
    auto alias = siteAlias(m_siteId);
    if (!alias) {
        return Error{alias.error()};
    }
    m_localAlias = alias.value();
    return {};
}

Status Database::restoreClock()
{
    QSqlQuery q(m_db);
    auto observed = readMeta(QStringLiteral("hlc_observed"), QStringLiteral("0"));
    if (!observed) {
        return Error{observed.error()};
    }
    qint64 last = observed->toLongLong();
    // Stamps grow with the sequence number, so the last entry holds the newest (an erasure that
    // removes entries writes a newer one of its own).
    if (!q.exec(QStringLiteral("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1"))) {
        return queryError(q);
    }
    if (q.next()) {
        last = std::max(last, q.value(0).toLongLong());
    }
    q.finish();
    // The newest stamp of entries that were pruned from the log (pruneChangeLog).
    auto pruned = prunedChangeStamp();
    if (!pruned) {
        return Error{pruned.error()};
    }
    last = std::max(last, pruned.value());
    m_hlc = HlcGenerator(*m_clock, last);
    return {};
}

void Database::reloadSitesAfterRollback()
{
    // Site aliases made inside the rolled-back work are gone from the file: forget them too, or a
    // later alias could name two sites.
    m_siteUuids.clear();
    m_siteAliases.clear();
    (void)loadSites().ok();
}

Status Database::loadSites()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT alias, uuid FROM site"))) {
        return queryError(q);
    }
    while (q.next()) {
        m_siteUuids.insert(q.value(0).toInt(), q.value(1).toString());
        m_siteAliases.insert(q.value(1).toString(), q.value(0).toInt());
    }
    return {};
}

Result<int> Database::siteAlias(const QString& uuid)
{
    if (auto it = m_siteAliases.constFind(uuid); it != m_siteAliases.constEnd()) {
        return *it;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO site (uuid) VALUES (?)"));
    q.addBindValue(uuid);
    if (!q.exec()) {
        return queryError(q);
    }
    const int alias = q.lastInsertId().toInt();
    m_siteAliases.insert(uuid, alias);
    m_siteUuids.insert(alias, uuid);
    return alias;
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(v.data());
    }
    return nullptr;
}

RawQuery& Database::raw(const QString& sql)
{
    auto it = m_raw.find(sql);
    if (it == m_raw.end()) {
        it = m_raw.emplace(sql, std::make_unique<RawQuery>(*this, sql.toUtf8())).first;
    }
    return *it->second;
}

Error Database::rawError(const RawQuery& q)
{
    return fail(QCoreApplication::translate("Database", "The database reported an error: %1").arg(q.error()));
}

QSqlQuery& Database::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

QString Database::meta(const QString& key, const QString& fallback) const
{
    auto value = readMeta(key, fallback);
    if (!value) {
        qWarning("Database::meta: %s", qPrintable(value.error()));
        return fallback;
    }
    return value.value();
}

Result<QString> Database::readMeta(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        return queryError(q);
    }
    if (q.next()) {
        return q.value(0).toString();
    }
    return fallback;
}

Status Database::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO local_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        return queryError(q);
    }
    return {};
}

Status Database::begin()
{
    if (m_txDepth++ > 0) {
        return {};
    }
    m_rollbackOnly = false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_txDepth = 0;
        return fail(tr("The database is busy; try again in a moment. (%1)").arg(q.lastError().text()));
    }
    return {};
}

Status Database::endTransaction(bool commit)
{
    if (m_txDepth <= 0) {
        return {};
    }
    if (!commit) {
        m_rollbackOnly = true;
    }
    if (m_txDepth == 1 && !m_rollbackOnly && !m_pendingAudit.isEmpty()) {
        // The change audit goes into the same transaction as the changes it describes.
        if (auto s = flushAudit(); !s) {
            m_rollbackOnly = true;
        }
    }
    if (--m_txDepth > 0) {
        return {};
    }
    finishStatements();
    QSqlQuery q(m_db);
    if (m_rollbackOnly) {
        // A failed rollback leaves nothing more to do here than to say so (SQLite rolls back
        // what it cannot keep itself).
        (void)checkRead(q.exec(QStringLiteral("ROLLBACK")), q, "Database::endTransaction");
        forgetChange();
        m_erasedLoaded = false;
        reloadSitesAfterRollback();
        // The stamps issued in the rolled-back work are simply never used; stamps stay unique.
        return commit ? fail(tr("The change was not saved because part of it failed.")) : Status{};
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        QSqlQuery r(m_db);
        (void)checkRead(r.exec(QStringLiteral("ROLLBACK")), r, "Database::endTransaction");
        forgetChange();
        m_erasedLoaded = false;
        reloadSitesAfterRollback();
        return fail(tr("The change could not be saved: %1").arg(q.lastError().text()));
    }
    if (!m_changedTables.isEmpty()) {
        // One announcement per commit, however many rows it wrote.
        const DataChange change = takeChange();
        emit changed(change);
        emit tablesChanged(change.tables);
    }
    return {};
}

DataChange Database::takeChange()
{
    DataChange change;
    change.tables = std::exchange(m_changedTables, {});
    change.everyone = std::exchange(m_changedEveryone, false) || m_changedCitizens.size() > DataChange::kMaxNamed;
    change.citizens = std::exchange(m_changedCitizens, {});
    if (change.everyone) {
        change.citizens.clear();
    }
    return change;
}

void Database::forgetChange()
{
    m_changedTables.clear();
    m_changedCitizens.clear();
    m_changedEveryone = false;
    m_pendingAudit.clear();
    m_pendingAuditIndex.clear();
}

void Database::noteChanged(const QString& table)
{
    m_changedTables.insert(table);
    const TableSpec* spec = Schema::table(table);
    if (spec && spec->citizenLink.aboutCitizen()) {
        m_changedEveryone = true; // rows of unknown citizens
    }
}

Database::Transaction::Transaction(Database& db)
    : m_db(&db)
{
    m_active = bool(db.begin());
}

Database::Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_active(std::exchange(other.m_active, false))
{
}

Database::Transaction::~Transaction()
{
    if (m_active) {
        (void)m_db->endTransaction(false);
    }
}

Status Database::Transaction::commit()
{
    if (!m_active) {
        return fail(tr("The change was not saved because the database was busy."));
    }
    m_active = false;
    return m_db->endTransaction(true);
}

const QHash<QString, QString>& Database::erasedCitizens()
{
    if (auto s = loadErasedCitizens(); !s) {
        qWarning("Database::erasedCitizens: %s", qPrintable(s.error()));
    }
    return m_erasedCitizens;
}

Status Database::loadErasedCitizens()
{
    if (m_erasedLoaded) {
        return {};
    }
    m_erasedCitizens.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT citizen_ref, id FROM erasure WHERE citizen_ref IS NOT NULL AND deleted_at IS NULL"))) {
        return queryError(q); // not marked as read: the next call tries again
    }
    while (q.next()) {
        m_erasedCitizens.insert(q.value(0).toString(), q.value(1).toString());
    }
    m_erasedLoaded = true;
    return {};
}

void Database::finishStatements()
{
    for (auto& [sql, stmt] : m_statements) {
        stmt->finish();
    }
    for (auto& [sql, stmt] : m_raw) {
        stmt->reset();
    }
}

Status Database::vacuum()
{
    if (m_txDepth > 0) {
        return fail(tr("The database cannot be tidied up in the middle of a change."));
    }
    finishStatements();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("VACUUM"))) {
        return queryError(q);
    }
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        return queryError(q);
    }
    q.finish();
    return {};
}

Status Database::softDelete(const QString& table, const QString& id)
{
    const TableSpec* spec = Schema::table(table);
    if (!spec) {
        return fail(tr("Unknown table “%1”.").arg(table));
    }
    if (auto allowed = require(spec->writeCapability); !allowed) {
        return allowed;
    }
    QSqlQuery& q = prepared(QStringLiteral("SELECT deleted_at FROM %1 WHERE id = ?").arg(table));
    q.bindValue(0, id);
    if (!q.exec()) {
        return queryError(q);
    }
    if (!q.next()) {
        return fail(tr("The record no longer exists."));
    }
    const bool alreadyDeleted = !q.value(0).isNull();
    q.finish();
    if (alreadyDeleted) {
        return {};
    }
    auto r = write(table, id, {{QStringLiteral("deleted_at"), m_clock->now()}});
    if (!r) {
        return Error{r.error()};
    }
    return {};
}

} // namespace samspil
