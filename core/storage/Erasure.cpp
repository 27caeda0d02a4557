#include "Erasure.h"

#include "core/storage/CitizenRecords.h"
#include "core/storage/RowClock.h"
#include "core/util/Dates.h"
#include "core/util/Hlc.h"
#include "core/util/Uuid.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace samspil {

namespace {

const QString kVacuumKey = QStringLiteral("erasure.vacuum_pending");
const QString kRewriteKey = QStringLiteral("erasure.share_rewrite_pending");

QString jsonList(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<bool> Erasure::isErasedRow(const QString& table, const QString& rowId) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT 1 FROM erased_row WHERE row_id = ? AND tbl = ?"));
    q.bindValue(0, rowId);
    q.bindValue(1, table);
    if (!q.exec()) {
        return Database::queryError(q);
    }
    const bool found = q.next();
    q.finish();
    return found;
}

Status Erasure::purge(const TableSpec& spec, const QStringList& ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    const QString list = jsonList(ids);
    // The row itself, its change-log entries (they hold the values), kept conflicts and flags.
    // The table name comes from the spec, never from data.
    const QString in = QStringLiteral("IN (SELECT value FROM json_each(?))");
    QSqlQuery& row = m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE id %2").arg(spec.name, in));
    row.bindValue(0, list);
    if (!row.exec()) {
        return Database::queryError(row);
    }
    for (const char* table : {"change_log", "sync_conflict", "sync_flag"}) {
        QSqlQuery& q = m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE tbl = ? AND row_id %2").arg(QLatin1String(table), in));
        q.bindValue(0, spec.name);
        q.bindValue(1, list);
        if (!q.exec()) {
            return Database::queryError(q);
        }
    }
    m_db.noteChanged(spec.name);
    return {};
}

Status Erasure::remember(const QString& table, const QStringList& ids)
{
    for (const QString& id : ids) {
        auto listed = isErasedRow(table, id);
        if (!listed) {
            return Error{listed.error()};
        }
        if (listed.value()) {
            continue;
        }
        auto w = m_db.insertNew(QStringLiteral("erased_row"), newUuid(),
                                {{QStringLiteral("tbl"), table}, {QStringLiteral("row_id"), id}});
        if (!w) {
            return Error{w.error()};
        }
    }
    return {};
}

Status Erasure::markPending()
{
    if (auto s = m_db.setMeta(kVacuumKey, QStringLiteral("1")); !s) {
        return s;
    }
    return m_db.setMeta(kRewriteKey, QStringLiteral("1"));
}

Result<int> Erasure::eraseRows(const QString& citizenId)
{
    auto rows = CitizenRecords(m_db).rows(citizenId);
    if (!rows) {
        return Error{rows.error()};
    }
    int count = 0;
    // Children before parents, so that a PC applying the list removes what hangs on a row first.
    for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
        if (auto s = remember(it->spec->name, it->ids); !s) {
            return Error{s.error()};
        }
    }
    for (const auto& t : rows.value()) {
        if (auto s = purge(*t.spec, t.ids); !s) {
            return Error{s.error()};
        }
        count += int(t.ids.size());
    }
    return count;
}

Result<ErasureResult> Erasure::eraseCitizen(const QString& citizenId, const QString& basis, const QString& reason)
{
    if (auto allowed = m_db.require(Capability::Erase); !allowed) {
        return Error{allowed.error()};
    }
    ErasureResult result;
    result.erasureId = newUuid();
    {
        Database::Transaction tx(m_db);
        auto counted = eraseRows(citizenId);
        if (!counted) {
            return Error{counted.error()};
        }
        result.records = counted.value();
        // The record that remains, after the list of ids (other PCs then remove what hangs on a
        // row before the row, and meet the record last).
        auto w = m_db.insertNew(QStringLiteral("erasure"), result.erasureId,
                                {{QStringLiteral("erased_at"), m_db.clock().now()},
                                 {QStringLiteral("erased_by"), m_db.actor()},
                                 {QStringLiteral("citizen_ref"), citizenId},
                                 {QStringLiteral("basis"), basis},
                                 {QStringLiteral("reason"), reason.trimmed()},
                                 {QStringLiteral("records"), result.records}});
        if (!w) {
            return Error{w.error()};
        }
        if (auto s = markPending(); !s) {
            return Error{s.error()};
        }
        m_db.noteChanged(QStringLiteral("erasure"));
        if (auto s = tx.commit(); !s) {
            return Error{s.error()};
        }
    }
    m_db.forgetErasedCitizens();
    result.problems = finishPending(&result.backupsCleaned);
    return result;
}

QVector<ErasureRecord> Erasure::records() const
{
    QVector<ErasureRecord> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!Database::checkRead(
            q.exec(QStringLiteral("SELECT id, erased_at, erased_by, basis, reason, records FROM erasure "
                                  "WHERE deleted_at IS NULL ORDER BY erased_at DESC, id")),
            q,
            "Erasure::records")) {
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toString(), parseStoredDateTime(q.value(1).toString()), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
    }
    return out;
}

Result<int> Erasure::dropRow(const TableSpec& spec, const QString& rowId, bool rememberIt)
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(spec.name));
    q.bindValue(0, rowId);
    if (!q.exec()) {
        return Database::queryError(q);
    }
    int removed = q.next() ? 1 : 0;
    q.finish();
    if (auto s = purge(spec, {rowId}); !s) {
        return Error{s.error()};
    }
    if (rememberIt) {
        if (auto s = remember(spec.name, {rowId}); !s) {
            return Error{s.error()};
        }
    }
    CitizenRecords records(m_db);
    for (const TableSpec* child : CitizenRecords::childTables(spec.name)) {
        for (const QString& id : records.childrenOf(*child, rowId)) {
            auto n = dropRow(*child, id, rememberIt);
            if (!n) {
                return n;
            }
            removed += n.value();
        }
    }
    return removed;
}

Result<bool> Erasure::dropIncoming(const TableSpec& spec, const QString& rowId, const QVariant& linkValue)
{
    const CitizenLink& link = spec.citizenLink;
    if (!link.aboutCitizen()) {
        return false;
    }
    if (auto s = m_db.loadErasedCitizens(); !s) {
        return Error{s.error()};
    }
    const auto& erased = m_db.erasedCitizens();
    const QString value = linkValue.isValid() ? linkValue.toString() : QString();
    auto isListed = isErasedRow(spec.name, rowId);
    if (!isListed) {
        return Error{isListed.error()};
    }
    const bool listed = isListed.value();
    bool drop = listed;
    if (!drop) {
        switch (link.kind) {
        case CitizenLink::Kind::Self:
            drop = erased.contains(rowId);
            break;
        case CitizenLink::Kind::Column:
            drop = !value.isEmpty() && erased.contains(value);
            break;
        case CitizenLink::Kind::Parent:
            if (!value.isEmpty()) {
                auto parentListed = isErasedRow(link.parentTable, value);
                if (!parentListed) {
                    return Error{parentListed.error()};
                }
                drop = parentListed.value();
            }
            break;
        default:
            break;
        }
    }
    if (!drop) {
        return false;
    }
    auto removed = dropRow(spec, rowId, !listed);
    if (!removed) {
        return Error{removed.error()};
    }
    if (removed.value() > 0) {
        if (auto s = markPending(); !s) {
            return Error{s.error()};
        }
    }
    return true;
}

Status Erasure::afterApplied(const TableSpec& spec, const QString& rowId)
{
    if (spec.name == QLatin1String("erasure")) {
        m_db.forgetErasedCitizens();
        QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT citizen_ref FROM erasure WHERE id = ? AND deleted_at IS NULL"));
        q.bindValue(0, rowId);
        if (!q.exec()) {
            return Database::queryError(q);
        }
        const QString citizen = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (citizen.isEmpty()) {
            return {};
        }
        auto n = eraseRows(citizen);
        if (!n) {
            return Error{n.error()};
        }
        return n.value() > 0 ? markPending() : Status{};
    }
    if (spec.name == QLatin1String("erased_row")) {
        QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT tbl, row_id FROM erased_row WHERE id = ?"));
        q.bindValue(0, rowId);
        QString table;
        QString id;
        if (!q.exec()) {
            return Database::queryError(q);
        }
        if (q.next()) {
            table = q.value(0).toString();
            id = q.value(1).toString();
        }
        q.finish();
        const TableSpec* target = Schema::table(table);
        if (!target || !target->citizenLink.aboutCitizen() || id.isEmpty()) {
            return {};
        }
        // The erasing PC lists the rows that hang on this one too (in a snapshot they may come
        // later): what hangs on it here is removed without being listed again.
        auto n = dropRow(*target, id, false);
        if (!n) {
            return Error{n.error()};
        }
        return n.value() > 0 ? markPending() : Status{};
    }
    return {};
}

bool Erasure::shareRewritePending() const
{
    return m_db.meta(kRewriteKey) == QLatin1String("1");
}

Status Erasure::setShareRewritten()
{
    return m_db.setMeta(kRewriteKey, QString());
}

QStringList Erasure::finishPending(QStringList* cleaned)
{
    QStringList problems;
    if (m_db.meta(kVacuumKey) != QLatin1String("1")) {
        return problems;
    }
    if (auto s = m_db.vacuum(); !s) {
        problems << tr("The database file could not be tidied up after the erasure (%1); it is tried again after "
                       "the next erasure or sync.")
                        .arg(s.error());
        return problems;
    }
    problems += cleanBackups(cleaned);
    if (problems.isEmpty()) {
        (void)m_db.setMeta(kVacuumKey, QString()).ok();
    }
    return problems;
}

namespace {

/// Removes the erased rows (by table) from one backup file and vacuums it; returns what went
/// wrong, or nothing.
QString cleanBackupFile(const QString& path, const QHash<QString, QStringList>& erased)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("samspil-backup-%1").arg(++counter);
    QString problem;
    {
        QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        b.setDatabaseName(path);
        if (!b.open()) {
            problem = b.lastError().text();
        } else {
            QSqlQuery q(b);
            QSet<QString> tables;
            if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"))) {
                problem = q.lastError().text(); // nothing is done to a file that cannot be read
            }
            while (q.next()) {
                tables.insert(q.value(0).toString());
            }
            q.finish();
            auto run = [&](const QString& sql, const QVariantList& binds) {
                if (!problem.isEmpty()) {
                    return;
                }
                QSqlQuery s(b);
                s.prepare(sql);
                for (const auto& v : binds) {
                    s.addBindValue(v);
                }
                if (!s.exec()) {
                    problem = s.lastError().text();
                }
            };
            run(QStringLiteral("BEGIN"), {});
            for (auto it = erased.cbegin(); it != erased.cend(); ++it) {
                const QString list = jsonList(it.value());
                // Only tables Samspil knows; names never come from the file's data.
                if (tables.contains(it.key()) && Schema::table(it.key())) {
                    run(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT value FROM json_each(?))").arg(it.key()), {list});
                }
                for (const char* bookkeeping : {"change_log", "sync_conflict", "sync_flag"}) {
                    if (tables.contains(QLatin1String(bookkeeping))) {
                        run(QStringLiteral("DELETE FROM %1 WHERE tbl = ? AND row_id IN (SELECT value FROM json_each(?))")
                                .arg(QLatin1String(bookkeeping)),
                            {it.key(), list});
                    }
                }
            }
            run(problem.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"), {});
            run(QStringLiteral("VACUUM"), {});
            b.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

} // namespace

QStringList Erasure::cleanBackups(QStringList* cleaned)
{
    QStringList problems;
    const QFileInfo info(m_db.path());
    const QStringList backups = info.dir().entryList({info.fileName() + QStringLiteral(".before-v*.bak")}, QDir::Files,
                                                     QDir::Name);
    if (backups.isEmpty()) {
        return problems;
    }
    // Every row erased here so far, by table: a backup made before an erasure still holds it.
    QHash<QString, QStringList> erased;
    QString unreadable; // without the list, no backup can be called clean
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT tbl, row_id FROM erased_row"))) {
            unreadable = q.lastError().text();
        }
        while (q.next()) {
            erased[q.value(0).toString()] << q.value(1).toString();
        }
    }
    for (const QString& name : backups) {
        const QString path = info.dir().filePath(name);
        const QString problem = unreadable.isEmpty() ? cleanBackupFile(path, erased) : unreadable;
        if (problem.isEmpty()) {
            if (cleaned) {
                cleaned->append(path);
            }
        } else {
            problems << tr("The backup %1 still holds the erased data and could not be cleaned (%2). Delete the file.")
                            .arg(QDir::toNativeSeparators(path), problem);
        }
    }
    return problems;
}

} // namespace samspil
