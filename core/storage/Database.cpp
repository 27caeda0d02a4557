#include "Database.h"

#include "core/storage/CitizenRecords.h"
#include "core/storage/RawQuery.h"
#include "core/storage/TableSql.h"
#include "core/util/JsonText.h"
#include "core/util/Dates.h"

#include "core/util/Uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>
#include <sqlite3.h>

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

Database::Database(const QString& path, const Clock& clock)
    : m_path(path)
    , m_connectionName(connectionNameFor())
    , m_clock(&clock)
    , m_hlc(clock)
{
}

Result<std::unique_ptr<Database>> Database::openBeside(const QString& path, const Clock* clock)
{
    OpenOptions options;
    options.path = path;
    options.mode = OpenOptions::Mode::OpenExisting;
    options.clock = clock;
    options.takeLock = false; // the program's own connection holds the lock
    return open(options);
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

Status Database::initialise(const OpenOptions&, bool existed)
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
        return s;
    }
    if (auto s = pragmaInt(QStringLiteral("user_version"), version); !s) {
        return s;
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

    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
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

    if (version < latest) {
        if (existed && version > 0) {
            // A copy before the migration, made by SQLite itself, in case anything goes wrong later.
            QString backup = m_path + QStringLiteral(".before-v%1.bak").arg(latest);
            for (int n = 2; QFileInfo::exists(backup); ++n) {
                backup = m_path + QStringLiteral(".before-v%1-%2.bak").arg(latest).arg(n);
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
        if (auto s = endTransaction(true); !s) {
            return s;
        }
    }
    m_schemaVersion = latest;

    m_siteId = meta(QStringLiteral("site_id"));
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

    qint64 last = meta(QStringLiteral("hlc_observed"), QStringLiteral("0")).toLongLong();
    if (q.exec(QStringLiteral("SELECT max(hlc) FROM change_log")) && q.next()) {
        last = std::max(last, q.value(0).toLongLong());
    }
    q.finish();
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next()) {
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
    for (auto& [sql, stmt] : m_statements) {
        stmt->finish();
    }
    for (auto& [sql, stmt] : m_raw) {
        stmt->reset();
    }
    QSqlQuery q(m_db);
    if (m_rollbackOnly) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_changedTables.clear();
        m_pendingAudit.clear();
        m_pendingAuditIndex.clear();
        m_erasedLoaded = false;
        reloadSitesAfterRollback();
        // The stamps issued in the rolled-back work are simply never used; stamps stay unique.
        return commit ? fail(tr("The change was not saved because part of it failed.")) : Status{};
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        QSqlQuery r(m_db);
        r.exec(QStringLiteral("ROLLBACK"));
        m_changedTables.clear();
        m_pendingAudit.clear();
        m_pendingAuditIndex.clear();
        m_erasedLoaded = false;
        reloadSitesAfterRollback();
        return fail(tr("The change could not be saved: %1").arg(q.lastError().text()));
    }
    if (!m_changedTables.isEmpty()) {
        const auto changed = std::exchange(m_changedTables, {});
        emit tablesChanged(changed);
    }
    return {};
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

Result<QStringList> Database::write(const QString& table,
                                    const QString& id,
                                    const QVariantMap& values,
                                    const QStringList& force)
{
    return writeRow(table, id, values, force, false);
}

Result<QStringList> Database::insertNew(const QString& table, const QString& id, const QVariantMap& values)
{
    return writeRow(table, id, values, {}, true);
}

Result<QStringList> Database::writeRow(const QString& table,
                                       const QString& id,
                                       const QVariantMap& values,
                                       const QStringList& force,
                                       bool knownNew)
{
    const TableSpec* spec = Schema::table(table);
    if (!spec) {
        return fail(tr("Unknown table “%1”.").arg(table));
    }
    if (!isUuid(id)) {
        return fail(tr("“%1” is not a valid record id.").arg(id));
    }
    QVector<QPair<const ColumnSpec*, QVariant>> wanted;
    wanted.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const ColumnSpec* col = spec->column(it.key());
        if (!col) {
            return fail(tr("Unknown field “%1” in %2.").arg(it.key(), table));
        }
        auto normalized = Schema::normalize(col->type, it.value());
        if (!normalized) {
            return Error{normalized.error()};
        }
        wanted.append({col, normalized.value()});
    }

    Transaction tx(*this);
    if (!tx.active()) {
        return fail(tr("The database is busy; try again in a moment."));
    }
    bool exists = false;
    QVariantMap old;
    RowClock clock;
    if (!knownNew) {
        const TableSql& sql = tableSql(*spec);
        const QStringList& columns = sql.columns;
        RawQuery& select = raw(sql.select);
        if (!select.ok()) {
            return rawError(select);
        }
        select.bind(0, id);
        exists = select.next();
        if (exists) {
            for (int i = 0; i < columns.size(); ++i) {
                old.insert(columns[i], select.value(i));
            }
            clock = RowClock::parse(select.text(int(columns.size())));
        }
        select.reset();
    }

    QVector<QPair<const ColumnSpec*, QVariant>> changes;
    for (const auto& [col, value] : wanted) {
        const bool isNull = !value.isValid() || value.isNull();
        if (exists ? (!force.contains(col->name) && Schema::sameValue(col->type, old.value(col->name), value))
                   : (isNull && !force.contains(col->name))) {
            continue;
        }
        changes.append({col, value});
    }
    if (changes.isEmpty()) {
        // Nothing to write; the (possibly outer) transaction goes on unharmed.
        if (auto s = tx.commit(); !s) {
            return Error{s.error()};
        }
        return QStringList{};
    }
    if (exists && spec->appendOnly) {
        for (const auto& change : changes) {
            if (change.first->name != QLatin1String("deleted_at")) {
                return fail(tr("This record is final and cannot be changed; record a correction instead."));
            }
        }
    }

    if (spec->citizenLink.aboutCitizen()) {
        if (auto s = refuseErased(*spec, id, old, changes); !s) {
            return Error{s.error()};
        }
    }

    const qint64 stamp = nextStamp();
    JsonObjectText fieldsJson;
    JsonObjectText vvJson;
    QStringList changedNames;
    for (const auto& [col, value] : changes) {
        const FieldClock previous = clock.get(col->name);
        FieldClock next = previous.isValid() ? previous.successor(m_localAlias, stamp)
                                             : FieldClock{{{m_localAlias, stamp}}, false};
        if (previous.hasLosers) {
            if (force.contains(col->name)) {
                // An explicit resolution: the new value has seen every concurrent value, so on
                // every site it supersedes them and the conflict closes.
                QSqlQuery& losers = prepared(QStringLiteral(
                    "SELECT clock FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?"));
                losers.bindValue(0, table);
                losers.bindValue(1, id);
                losers.bindValue(2, col->name);
                if (!losers.exec()) {
                    return queryError(losers);
                }
                while (losers.next()) {
                    next.merge(FieldClock::parse(losers.value(0).toString()));
                }
                losers.finish();
                QSqlQuery& drop = prepared(QStringLiteral(
                    "DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?"));
                drop.bindValue(0, table);
                drop.bindValue(1, id);
                drop.bindValue(2, col->name);
                if (!drop.exec()) {
                    return queryError(drop);
                }
            } else {
                // An ordinary edit does not decide a conflict nobody has looked at: the concurrent
                // values stay for review until a person keeps or swaps them. Only values the new
                // one has seen in its own line (this site's earlier edits) are superseded, exactly
                // as every other site will judge it when the edit arrives there; the new version
                // carries their knowledge with it.
                QSqlQuery& losers = prepared(QStringLiteral(
                    "SELECT id, clock FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?"));
                losers.bindValue(0, table);
                losers.bindValue(1, id);
                losers.bindValue(2, col->name);
                if (!losers.exec()) {
                    return queryError(losers);
                }
                QVector<qint64> superseded;
                bool remaining = false;
                while (losers.next()) {
                    const FieldClock loser = FieldClock::parse(losers.value(1).toString());
                    if (next.knows(loser)) {
                        // The new value has seen that earlier edit, and so everything it had seen:
                        // without its history, an older edit it had superseded would arrive later
                        // as a conflict nobody can explain.
                        next.merge(loser);
                        superseded << losers.value(0).toLongLong();
                    } else {
                        remaining = true;
                    }
                }
                losers.finish();
                for (const qint64 loser : superseded) {
                    QSqlQuery& drop = prepared(QStringLiteral("DELETE FROM sync_conflict WHERE id = ?"));
                    drop.bindValue(0, loser);
                    if (!drop.exec()) {
                        return queryError(drop);
                    }
                }
                next.hasLosers = remaining;
            }
        }
        if (col->name == QLatin1String("deleted_at")) {
            // A delete records everything it had seen of the row, so that an edit made elsewhere
            // without knowing of the delete can be recognised and the row kept.
            next.merge(clock.knowledge(m_localAlias, stamp));
        }
        clock.set(col->name, next);
        changedNames << col->name;
        fieldsJson.add(col->name, value);
        if (next.vv.size() > 1) {
            JsonObjectText vv;
            for (const auto& [site, h] : next.vv) {
                vv.addText(siteUuid(site), QString::number(h));
            }
            vvJson.addObject(col->name, vv.text());
        }
    }

    const QString updatedAt = formatStoredDateTime(Hlc::toDateTime(stamp));
    if (exists) {
        QStringList sets;
        for (const auto& name : changedNames) {
            sets << name + QStringLiteral(" = ?");
        }
        RawQuery& update = raw(QStringLiteral("UPDATE %1 SET %2, sync_clock = ?, updated_at = ? WHERE id = ?")
                                   .arg(table, sets.join(QLatin1String(", "))));
        int i = 0;
        for (const auto& change : changes) {
            update.bind(i++, change.second);
        }
        update.bind(i++, clock.serialize());
        update.bind(i++, updatedAt);
        update.bind(i++, id);
        if (!update.exec()) {
            return rawError(update);
        }
    } else {
        QStringList placeholders;
        for (int i = 0; i < changedNames.size() + 3; ++i) {
            placeholders << QStringLiteral("?");
        }
        RawQuery& insert = raw(QStringLiteral("INSERT INTO %1 (id, %2, sync_clock, updated_at) VALUES (%3)")
                                   .arg(table, changedNames.join(QLatin1String(", ")),
                                        placeholders.join(QLatin1String(", "))));
        int i = 0;
        insert.bind(i++, id);
        for (const auto& change : changes) {
            insert.bind(i++, change.second);
        }
        insert.bind(i++, clock.serialize());
        insert.bind(i++, updatedAt);
        if (!insert.exec()) {
            return rawError(insert);
        }
    }

    if (auto s = appendChangeLog(stamp, table, id, fieldsJson.text(), vvJson.isEmpty() ? QByteArray() : vvJson.text()); !s) {
        return Error{s.error()};
    }
    if (m_auditPaused == 0 && spec->auditChanges && spec->citizenLink.aboutCitizen()) {
        noteAudit(*spec, id, exists, old, changes);
    }
    m_changedTables.insert(table);
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return changedNames;
}

namespace {
QString linkValue(const QString& column, const QVariantMap& old, const QVector<QPair<const ColumnSpec*, QVariant>>& changes)
{
    for (const auto& [col, value] : changes) {
        if (col->name == column) {
            return value.toString();
        }
    }
    return old.value(column).toString();
}
} // namespace

void Database::noteAudit(const TableSpec& spec, const QString& id, bool existed, const QVariantMap& old,
                         const QVector<QPair<const ColumnSpec*, QVariant>>& changes)
{
    PendingAudit p;
    p.table = spec.name;
    p.rowId = id;
    switch (spec.citizenLink.kind) {
    case CitizenLink::Kind::Self:
        p.citizenId = id;
        break;
    case CitizenLink::Kind::Column:
        p.citizenId = linkValue(spec.citizenLink.column, old, changes);
        break;
    case CitizenLink::Kind::Parent:
        p.parentId = linkValue(spec.citizenLink.column, old, changes);
        break;
    default:
        return;
    }
    p.kind = existed ? 1 : 0;
    for (const auto& [col, value] : changes) {
        if (col->name == QLatin1String("deleted_at")) {
            if (existed && !value.isNull()) {
                p.kind = 2;
            } else if (existed) {
                p.fields << col->name; // brought back
            }
            continue;
        }
        p.fields << col->name;
    }
    const QString key = spec.name + QLatin1Char('/') + id;
    auto it = m_pendingAuditIndex.constFind(key);
    if (it == m_pendingAuditIndex.constEnd()) {
        m_pendingAuditIndex.insert(key, int(m_pendingAudit.size()));
        m_pendingAudit.append(std::move(p));
        return;
    }
    PendingAudit& q = m_pendingAudit[*it];
    for (const auto& f : std::as_const(p.fields)) {
        if (!q.fields.contains(f)) {
            q.fields << f;
        }
    }
    if (q.kind != 0) {
        q.kind = std::max(q.kind, p.kind);
    }
    if (!p.citizenId.isEmpty()) {
        q.citizenId = p.citizenId;
    }
    if (!p.parentId.isEmpty()) {
        q.parentId = p.parentId;
    }
}

Status Database::flushAudit()
{
    const QVector<PendingAudit> pending = std::exchange(m_pendingAudit, {});
    m_pendingAuditIndex.clear();
    static const QString kinds[] = {QStringLiteral("new"), QStringLiteral("changed"), QStringLiteral("deleted")};
    static const QString change = QStringLiteral("change");
    const QString at = formatStoredDateTime(m_clock->now());
    CitizenRecords records(*this);
    QHash<QString, QString> parents; // parent id -> citizen, for the many rows of one plan
    for (const PendingAudit& p : pending) {
        QString citizen = p.citizenId;
        if (citizen.isEmpty() && !p.parentId.isEmpty()) {
            auto it = parents.constFind(p.parentId);
            if (it == parents.constEnd()) {
                const TableSpec* spec = Schema::table(p.table);
                const TableSpec* parent = spec ? Schema::table(spec->citizenLink.parentTable) : nullptr;
                it = parents.insert(p.parentId, parent ? records.citizenOf(*parent, p.parentId) : QString());
            }
            citizen = *it;
        }
        if (citizen.isEmpty()) {
            continue; // a row that belongs to no citizen (yet): nobody's record was changed
        }
        // In the order of the audit_log spec: at, staff_id, action, citizen_id, detail,
        // record_table, record_id, fields (all text, already in stored form; empty is NULL).
        if (auto s = insertAuditRow({at, m_actor, change, citizen, kinds[p.kind], p.table, p.rowId,
                                     p.fields.join(QLatin1Char(','))});
            !s) {
            return s;
        }
    }
    return {};
}

Status Database::insertAuditRow(const std::array<QString, 8>& values)
{
    // What insertNew() would write for a new audit_log row, without its general work (the audit
    // writes one of these for every record changed, so it must cost little): the row with its
    // field clocks, and the change-log entry that carries it to the other sites.
    static const TableSpec* spec = Schema::table(QStringLiteral("audit_log"));
    static const QString insertSql = [] {
        QStringList names;
        for (const auto& c : spec->columns) {
            names << c.name;
        }
        return QStringLiteral("INSERT INTO audit_log (id, %1, sync_clock, updated_at) VALUES (?%2, ?, ?)")
            .arg(names.join(QLatin1String(", ")), QStringLiteral(", ?").repeated(int(names.size())));
    }();
    Q_ASSERT(spec && spec->columns.size() == int(values.size()));
    const qint64 stamp = nextStamp();
    // Ids in time order: the audit rows of one commit land side by side in the table.
    const QString id = newTimeOrderedUuid(Hlc::millis(stamp), quint16(Hlc::counter(stamp)));
    const FieldClock fieldClock{{{m_localAlias, stamp}}, false};
    RowClock clock;
    JsonObjectText fieldsJson;
    RawQuery& insert = raw(insertSql);
    insert.bind(0, id);
    for (int i = 0; i < spec->columns.size(); ++i) {
        const QString& name = spec->columns[i].name;
        if (values[size_t(i)].isEmpty()) {
            insert.bindNull(i + 1);
            continue;
        }
        insert.bind(i + 1, values[size_t(i)]);
        clock.set(name, fieldClock);
        fieldsJson.addText(name, values[size_t(i)]);
    }
    insert.bind(int(spec->columns.size()) + 1, clock.serialize());
    insert.bind(int(spec->columns.size()) + 2, formatStoredDateTime(Hlc::toDateTime(stamp)));
    if (!insert.exec()) {
        return rawError(insert);
    }
    if (auto s = appendChangeLog(stamp, spec->name, id, fieldsJson.text(), {}); !s) {
        return s;
    }
    m_changedTables.insert(spec->name);
    return {};
}

Status Database::appendChangeLog(qint64 stamp, const QString& table, const QString& id, const QByteArray& fields,
                                 const QByteArray& clocks)
{
    RawQuery& log = raw(QStringLiteral(
        "INSERT INTO change_log (hlc, site, actor, tbl, row_id, fields, vv) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    log.bind(0, stamp);
    log.bind(1, m_siteId);
    if (m_actor.isEmpty()) {
        log.bindNull(2);
    } else {
        log.bind(2, m_actor);
    }
    log.bind(3, table);
    log.bind(4, id);
    log.bindUtf8(5, fields);
    if (clocks.isEmpty()) {
        log.bindNull(6);
    } else {
        log.bindUtf8(6, clocks);
    }
    if (!log.exec()) {
        return rawError(log);
    }
    return {};
}

Status Database::refuseErased(const TableSpec& spec, const QString& id, const QVariantMap& old,
                              const QVector<QPair<const ColumnSpec*, QVariant>>& changes)
{
    const auto& erased = erasedCitizens();
    if (erased.isEmpty()) {
        return {};
    }
    const CitizenLink& link = spec.citizenLink;
    bool gone = false;
    if (link.kind == CitizenLink::Kind::Self) {
        gone = erased.contains(id);
    } else if (link.kind == CitizenLink::Kind::Column) {
        gone = erased.contains(linkValue(link.column, old, changes));
    }
    auto erasedRow = [&](const QString& table, const QString& rowId) {
        QSqlQuery& q = prepared(QStringLiteral("SELECT 1 FROM erased_row WHERE row_id = ? AND tbl = ?"));
        q.bindValue(0, rowId);
        q.bindValue(1, table);
        const bool found = q.exec() && q.next();
        q.finish();
        return found;
    };
    if (!gone && link.kind == CitizenLink::Kind::Parent) {
        const QString parent = linkValue(link.column, old, changes);
        gone = !parent.isEmpty() && erasedRow(link.parentTable, parent);
    }
    gone = gone || erasedRow(spec.name, id);
    if (gone) {
        return fail(tr("This citizen's data has been erased; nothing was saved."));
    }
    return {};
}

const QHash<QString, QString>& Database::erasedCitizens()
{
    if (!m_erasedLoaded) {
        m_erasedCitizens.clear();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT citizen_ref, id FROM erasure WHERE citizen_ref IS NOT NULL AND deleted_at IS NULL"))) {
            while (q.next()) {
                m_erasedCitizens.insert(q.value(0).toString(), q.value(1).toString());
            }
        }
        m_erasedLoaded = true;
    }
    return m_erasedCitizens;
}

Status Database::vacuum()
{
    if (m_txDepth > 0) {
        return fail(tr("The database cannot be tidied up in the middle of a change."));
    }
    for (auto& [sql, stmt] : m_statements) {
        stmt->finish();
    }
    for (auto& [sql, stmt] : m_raw) {
        stmt->reset();
    }
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
    if (!Schema::table(table)) {
        return fail(tr("Unknown table “%1”.").arg(table));
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
