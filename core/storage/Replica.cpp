#include "Replica.h"

#include "core/storage/Erasure.h"
#include "core/storage/RawQuery.h"
#include "core/storage/TableSql.h"
#include "core/util/Dates.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace samspil {

namespace {
const QString kDeletedAt = QStringLiteral("deleted_at");
const QString kEditedAfterDelete = QStringLiteral("edited_after_delete");
} // namespace

bool Replica::wins(const FieldClock& a, const FieldClock& b) const
{
    if (a.dotHlc() != b.dotHlc()) {
        return a.dotHlc() > b.dotHlc();
    }
    return m_db.siteUuid(a.dotSite()) > m_db.siteUuid(b.dotSite());
}

Result<FieldClock> Replica::toLocal(const SiteClock& clock)
{
    FieldClock out;
    for (const auto& [site, hlc] : clock) {
        auto alias = m_db.siteAlias(site);
        if (!alias) {
            return Error{alias.error()};
        }
        out.vv.append({alias.value(), hlc});
    }
    return out;
}

SiteClock Replica::toSites(const FieldClock& clock) const
{
    SiteClock out;
    for (const auto& [alias, hlc] : clock.vv) {
        out.append({m_db.siteUuid(alias), hlc});
    }
    return out;
}


Status Replica::loadRow(const TableSpec& spec, const QString& rowId, RowState& row)
{
    const TableSql& sql = tableSql(spec);
    const QStringList& columns = sql.columns;
    RawQuery& q = m_db.raw(sql.select);
    if (!q.ok()) {
        return Database::rawError(q);
    }
    q.bind(0, rowId);
    row = RowState{};
    row.id = rowId;
    row.exists = q.next();
    if (row.exists) {
        for (int i = 0; i < columns.size(); ++i) {
            row.values.insert(columns[i], q.value(i));
        }
        row.clock = RowClock::parse(q.text(int(columns.size())), spec);
    }
    q.reset();
    return {};
}

Result<QVector<Replica::Version>> Replica::losers(const QString& table, const QString& rowId, const QString& field)
{
    QVector<Version> out;
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("SELECT value, clock FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ? ORDER BY id"));
    q.bindValue(0, table);
    q.bindValue(1, rowId);
    q.bindValue(2, field);
    if (!q.exec()) {
        return Database::queryError(q);
    }
    while (q.next()) {
        out.append({FieldClock::parse(q.value(1).toString()), q.value(0)});
    }
    q.finish();
    return out;
}

Status Replica::applyVersion(const TableSpec& spec, RowState& row, const QString& field, const Version& incoming, ApplyOutcome& out)
{
    const ColumnSpec* col = spec.column(field);
    const FieldClock current = row.clock.get(field);
    QVector<Version> heads;
    if (current.isValid()) {
        heads.append({current, row.values.value(field)});
    }
    QVector<Version> stored;
    if (current.hasLosers) {
        auto l = losers(spec.name, row.id, field);
        if (!l) {
            return Error{l.error()};
        }
        stored = l.value();
        heads += stored;
    }
    for (const auto& h : heads) {
        if (h.clock.knows(incoming.clock)) {
            return {}; // already seen (or superseded): applying again changes nothing
        }
    }
    QVector<Version> remaining;
    for (const auto& h : heads) {
        if (!incoming.clock.knows(h.clock)) {
            remaining.append(h);
        }
    }
    remaining.append(incoming);
    int w = 0;
    for (int i = 1; i < remaining.size(); ++i) {
        if (wins(remaining[i].clock, remaining[w].clock)) {
            w = i;
        }
    }
    const Version winner = remaining[w];
    remaining.removeAt(w);

    if (current.hasLosers || !remaining.isEmpty()) {
        if (auto s = keepLosers(spec, row, field, stored, remaining, winner, out); !s) {
            return s;
        }
    }
    FieldClock winning = winner.clock;
    winning.hasLosers = !remaining.isEmpty();
    row.clock.set(field, winning);
    row.clockChanged = true;
    if (!row.exists || !Schema::sameValue(col->type, winner.value, row.values.value(field))) {
        row.values.insert(field, winner.value);
        row.changedColumns.insert(field);
        out.changed = true;
    }
    return {};
}

Status Replica::keepLosers(const TableSpec& spec, const RowState& row, const QString& field,
                           const QVector<Version>& stored, const QVector<Version>& remaining, const Version& winner,
                           ApplyOutcome& out)
{
    const ColumnSpec* col = spec.column(field);
    // Keep exactly the concurrent values that lost; detection time survives for old ones.
    auto sameDot = [](const Version& a, const Version& b) {
        return a.clock.dotSite() == b.clock.dotSite() && a.clock.dotHlc() == b.clock.dotHlc();
    };
    for (const auto& s : stored) {
        const bool stillLosing = std::any_of(remaining.begin(), remaining.end(), [&](const Version& r) { return sameDot(r, s); });
        if (!stillLosing) {
            QSqlQuery& del = m_db.prepared(
                QStringLiteral("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ? AND site = ? AND hlc = ?"));
            del.bindValue(0, spec.name);
            del.bindValue(1, row.id);
            del.bindValue(2, field);
            del.bindValue(3, m_db.siteUuid(s.clock.dotSite()));
            del.bindValue(4, s.clock.dotHlc());
            if (!del.exec()) {
                return Database::queryError(del);
            }
        }
    }
    for (const auto& r : remaining) {
        const bool known = std::any_of(stored.begin(), stored.end(), [&](const Version& s) { return sameDot(r, s); });
        if (known) {
            continue;
        }
        QSqlQuery& ins = m_db.prepared(QStringLiteral(
            "INSERT OR IGNORE INTO sync_conflict (tbl, row_id, field, value, clock, site, hlc, detected_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        ins.bindValue(0, spec.name);
        ins.bindValue(1, row.id);
        ins.bindValue(2, field);
        ins.bindValue(3, r.value);
        ins.bindValue(4, r.clock.serialize());
        ins.bindValue(5, m_db.siteUuid(r.clock.dotSite()));
        ins.bindValue(6, r.clock.dotHlc());
        ins.bindValue(7, m_db.clock().now().toString(Qt::ISODateWithMs));
        if (!ins.exec()) {
            return Database::queryError(ins);
        }
        if (!Schema::sameValue(col->type, r.value, winner.value)) {
            ++out.newConflicts;
        }
    }
    return {};
}

Status Replica::storeRow(const TableSpec& spec, RowState& row)
{
    if (!row.clockChanged && row.changedColumns.isEmpty()) {
        return {};
    }
    const QString updatedAt = formatStoredDateTime(Hlc::toDateTime(row.clock.maxHlc()));
    if (!row.exists) {
        const TableSql& sql = tableSql(spec);
        RawQuery& q = m_db.raw(sql.insert);
        int i = 0;
        q.bind(i++, row.id);
        for (const QString& column : sql.columns) {
            q.bind(i++, row.values.value(column));
        }
        q.bind(i++, row.clock.serialize(spec));
        if (spec.appendOnly) {
            q.bindNull(i++); // an append-only row's own time says when
        } else {
            q.bind(i++, updatedAt);
        }
        if (!q.exec()) {
            return Database::rawError(q);
        }
        row.exists = true;
    } else {
        QStringList sets;
        QStringList changed(row.changedColumns.begin(), row.changedColumns.end());
        changed.sort();
        for (const auto& c : changed) {
            sets << c + QStringLiteral(" = ?, ");
        }
        RawQuery& q = m_db.raw(QStringLiteral("UPDATE %1 SET %2sync_clock = ?, updated_at = ? WHERE id = ?")
                                   .arg(spec.name, sets.join(QString())));
        int i = 0;
        for (const auto& c : changed) {
            q.bind(i++, row.values.value(c));
        }
        q.bind(i++, row.clock.serialize(spec));
        q.bind(i++, updatedAt);
        q.bind(i++, row.id);
        if (!q.exec()) {
            return Database::rawError(q);
        }
    }
    row.changedColumns.clear();
    row.clockChanged = false;
    return {};
}

Status Replica::keepRowIfEditedAfterDelete(const TableSpec& spec, RowState& row, ApplyOutcome& out)
{
    const QVariant deletedAt = row.values.value(kDeletedAt);
    if (!deletedAt.isValid() || deletedAt.isNull()) {
        return {};
    }
    const FieldClock del = row.clock.get(kDeletedAt);
    if (!del.isValid()) {
        return {};
    }
    bool unseen = false;
    for (auto it = row.clock.fields().cbegin(); it != row.clock.fields().cend() && !unseen; ++it) {
        if (it.key() == kDeletedAt) {
            continue;
        }
        unseen = !del.knows(*it);
        if (!unseen && it->hasLosers) {
            auto l = losers(spec.name, row.id, it.key());
            if (!l) {
                return Error{l.error()};
            }
            for (const auto& v : l.value()) {
                unseen = unseen || !del.knows(v.clock);
            }
        }
    }
    if (!unseen) {
        return {};
    }
    // Someone changed the row without knowing it had been deleted elsewhere: keep it, and say so.
    QSqlQuery& flag = m_db.prepared(
        QStringLiteral("INSERT OR REPLACE INTO sync_flag (tbl, row_id, kind, detected_at) VALUES (?, ?, ?, ?)"));
    flag.bindValue(0, spec.name);
    flag.bindValue(1, row.id);
    flag.bindValue(2, kEditedAfterDelete);
    flag.bindValue(3, m_db.clock().now().toString(Qt::ISODateWithMs));
    if (!flag.exec()) {
        return Database::queryError(flag);
    }
    auto w = m_db.write(spec.name, row.id, {{kDeletedAt, QVariant()}});
    if (!w) {
        return Error{w.error()};
    }
    out.flagged = true;
    out.changed = true;
    return loadRow(spec, row.id, row);
}

Result<ApplyOutcome> Replica::apply(const RemoteChange& change)
{
    const TableSpec* spec = Schema::table(change.table);
    if (!spec) {
        return fail(tr("the batch names a table this version of Samspil does not know (“%1”); it may come from a "
                       "newer Samspil")
                        .arg(change.table));
    }
    auto origin = m_db.siteAlias(change.site);
    if (!origin) {
        return Error{origin.error()};
    }
    // Changes from other PCs were audited where they were made; their audit rows come with them.
    Database::AuditPause pause(m_db);
    if (auto dropped = dropIfErased(*spec, change.rowId, [&](const QString& column) {
            for (const auto& [field, raw] : change.fields) {
                if (field == column) {
                    return raw;
                }
            }
            return QVariant();
        });
        !dropped || dropped.value()) {
        return dropped ? Result<ApplyOutcome>(ApplyOutcome{}) : Result<ApplyOutcome>(Error{dropped.error()});
    }
    auto versions = versionsOf(*spec, change, origin.value());
    if (!versions) {
        return Error{versions.error()};
    }
    RowState row;
    auto inserted = insertIfNew(*spec, change.rowId, versions.value(), row);
    if (!inserted) {
        return Error{inserted.error()};
    }
    ApplyOutcome out;
    out.changed = inserted.value();
    if (!inserted.value()) {
        if (auto s = loadRow(*spec, change.rowId, row); !s) {
            return Error{s.error()};
        }
        for (const FieldVersion& v : versions.value()) {
            if (auto s = applyVersion(*spec, row, v.column->name, v.version, out); !s) {
                return Error{s.error()};
            }
        }
    }
    if (auto s = storeRow(*spec, row); !s) {
        return Error{s.error()};
    }
    if (auto s = keepRowIfEditedAfterDelete(*spec, row, out); !s) {
        return Error{s.error()};
    }
    if (auto s = Erasure(m_db).afterApplied(*spec, change.rowId); !s) {
        return Error{s.error()};
    }
    if (out.changed) {
        m_db.noteRowChanged(*spec, change.rowId, row.values);
    }
    return out;
}

Result<QVector<Replica::FieldVersion>> Replica::versionsOf(const TableSpec& spec, const RemoteChange& change,
                                                          int origin)
{
    QVector<FieldVersion> out;
    out.reserve(change.fields.size());
    FieldClock own;
    own.vv.append({origin, change.hlc}); // shared by every field the writer alone had seen
    for (const auto& [field, raw] : change.fields) {
        const ColumnSpec* col = spec.column(field);
        if (!col) {
            return fail(tr("the batch names a field this version of Samspil does not know (“%1.%2”); it may come "
                           "from a newer Samspil")
                            .arg(change.table, field));
        }
        auto value = Schema::normalize(col->type, raw);
        if (!value) {
            return fail(tr("the batch holds an invalid value for %1.%2").arg(change.table, field));
        }
        FieldClock clock = own;
        const auto seen = change.clocks.constFind(field);
        if (seen != change.clocks.constEnd()) {
            for (const auto& [site, hlc] : *seen) {
                if (site == change.site) {
                    continue;
                }
                auto alias = m_db.siteAlias(site);
                if (!alias) {
                    return Error{alias.error()};
                }
                clock.vv.append({alias.value(), hlc});
            }
        }
        out.append({col, {clock, value.value()}});
    }
    return out;
}

Result<bool> Replica::insertIfNew(const TableSpec& spec, const QString& rowId, const QVector<FieldVersion>& versions,
                                  RowState& row)
{
    if (versions.isEmpty()) {
        return false;
    }
    row = RowState{};
    row.id = rowId;
    for (const FieldVersion& v : versions) {
        if (row.clock.has(v.column->name)) {
            continue; // a field named twice: the first version counts, as when merged (the second is known)
        }
        row.clock.set(v.column->name, v.version.clock);
        row.values.insert(v.column->name, v.version.value);
    }
    const TableSql& sql = tableSql(spec);
    RawQuery& q = m_db.raw(sql.insertNew);
    int i = 0;
    q.bind(i++, rowId);
    for (const QString& column : sql.columns) {
        q.bind(i++, row.values.value(column));
    }
    q.bind(i++, row.clock.serialize(spec));
    if (spec.appendOnly) {
        q.bindNull(i++);
    } else {
        q.bind(i++, formatStoredDateTime(Hlc::toDateTime(row.clock.maxHlc())));
    }
    if (!q.exec()) {
        return Database::rawError(q);
    }
    if (sqlite3_changes(m_db.handle()) == 0) {
        row = RowState{};
        return false; // already here: merged field by field
    }
    row.exists = true;
    return true;
}

Result<bool> Replica::dropIfErased(const TableSpec& spec, const QString& rowId,
                                   const std::function<QVariant(const QString&)>& incoming)
{
    // Nothing to look for until some citizen has been erased (the usual case costs one look-up
    // in a cached set per change).
    if (!spec.citizenLink.aboutCitizen()) {
        return false;
    }
    if (auto s = m_db.loadErasedCitizens(); !s) {
        return Error{s.error()};
    }
    if (m_db.erasedCitizens().isEmpty()) {
        return false;
    }
    const QVariant link = spec.citizenLink.column.isEmpty() ? QVariant() : incoming(spec.citizenLink.column);
    auto dropped = Erasure(m_db).dropIncoming(spec, rowId, link);
    if (dropped && dropped.value()) {
        m_db.noteChanged(spec.name);
    }
    return dropped;
}

QVector<LocalChange> Replica::localChanges(qint64 after, qint64 upTo, int limit) const
{
    QVector<LocalChange> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, hlc, actor, tbl, row_id, fields, vv FROM change_log "
                             "WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(upTo);
    q.addBindValue(limit);
    if (!Database::checkRead(q.exec(), q, "Replica::localChanges")) {
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toByteArray(), q.value(6).toByteArray()});
    }
    return out;
}

qint64 Replica::lastLocalSeq() const
{
    return m_db.lastChangeSeq(); // pruned entries count: numbering goes on after them
}

qint64 Replica::exportedSeq() const
{
    return m_db.meta(QStringLiteral("exported_seq"), QStringLiteral("0")).toLongLong();
}

Status Replica::setExportedSeq(qint64 seq)
{
    return m_db.setMeta(QStringLiteral("exported_seq"), QString::number(seq));
}

qint64 Replica::appliedSeq(const QString& site) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT applied_seq FROM sync_peer WHERE site = ?"));
    q.addBindValue(site);
    if (Database::checkRead(q.exec(), q, "Replica::appliedSeq") && q.next()) {
        return q.value(0).toLongLong();
    }
    return 0;
}

QHash<QString, qint64> Replica::appliedPositions() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db.sql());
    if (Database::checkRead(
            q.exec(QStringLiteral("SELECT site, applied_seq FROM sync_peer")), q, "Replica::appliedPositions")) {
        while (q.next()) {
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }
    return out;
}

Status Replica::setAppliedSeq(const QString& site, qint64 seq)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO sync_peer (site, applied_seq, applied_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (site) DO UPDATE SET applied_seq = excluded.applied_seq, "
                             "applied_at = excluded.applied_at"));
    q.addBindValue(site);
    q.addBindValue(seq);
    q.addBindValue(m_db.clock().now().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        return Database::queryError(q);
    }
    return {};
}

QVector<ConflictEntry> Replica::conflicts() const
{
    QVector<ConflictEntry> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, tbl, row_id, field, value, site, hlc, detected_at FROM sync_conflict "
                               "ORDER BY detected_at, id"))) {
        return out;
    }
    while (q.next()) {
        const TableSpec* spec = Schema::table(q.value(1).toString());
        const QString field = q.value(3).toString();
        const ColumnSpec* col = spec ? spec->column(field) : nullptr;
        if (!col) {
            continue;
        }
        ConflictEntry e;
        e.id = q.value(0).toLongLong();
        e.table = spec->name;
        e.rowId = q.value(2).toString();
        e.field = field;
        e.otherValue = q.value(4);
        e.otherSite = q.value(5).toString();
        e.otherTime = Hlc::toDateTime(q.value(6).toLongLong());
        e.detectedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        QSqlQuery cur(m_db.sql());
        // The field name comes from the table spec, never from the data.
        cur.prepare(QStringLiteral("SELECT %1, sync_clock FROM %2 WHERE id = ?").arg(col->name, spec->name));
        cur.addBindValue(e.rowId);
        if (!cur.exec() || !cur.next()) {
            continue;
        }
        e.currentValue = cur.value(0);
        const FieldClock fc = RowClock::parse(cur.value(1).toString(), *spec).get(field);
        if (fc.isValid()) {
            e.currentSite = m_db.siteUuid(fc.dotSite());
            e.currentTime = Hlc::toDateTime(fc.dotHlc());
        }
        if (Schema::sameValue(col->type, e.currentValue, e.otherValue)) {
            continue;
        }
        out.append(e);
    }
    return out;
}

Status Replica::resolve(qint64 conflictId, bool takeOther)
{
    for (const auto& c : conflicts()) {
        if (c.id != conflictId) {
            continue;
        }
        auto r = m_db.write(c.table, c.rowId, {{c.field, takeOther ? c.otherValue : c.currentValue}}, {c.field});
        return r ? Status{} : Status{Error{r.error()}};
    }
    return fail(tr("This conflict has already been settled."));
}

QVector<FlagEntry> Replica::flags() const
{
    QVector<FlagEntry> out;
    QSqlQuery q(m_db.sql());
    if (Database::checkRead(
            q.exec(QStringLiteral("SELECT tbl, row_id, kind, detected_at FROM sync_flag ORDER BY detected_at")),
            q,
            "Replica::flags")) {
        while (q.next()) {
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)});
        }
    }
    return out;
}

Status Replica::dismissFlag(const QString& table, const QString& rowId, const QString& kind)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM sync_flag WHERE tbl = ? AND row_id = ? AND kind = ?"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(kind);
    if (!q.exec()) {
        return Database::queryError(q);
    }
    return {};
}

Status Replica::log(const QString& level, const QString& message)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO sync_log (at, level, message) VALUES (?, ?, ?)"));
    q.addBindValue(m_db.clock().now().toString(Qt::ISODateWithMs));
    q.addBindValue(level);
    q.addBindValue(message);
    if (!q.exec()) {
        return Database::queryError(q);
    }
    if (!q.exec(QStringLiteral("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - 2000"))) {
        return Database::queryError(q);
    }
    return {};
}

QVector<Replica::LogLine> Replica::recentLog(int limit) const
{
    QVector<LogLine> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT at, level, message FROM sync_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (Database::checkRead(q.exec(), q, "Replica::recentLog")) {
        while (q.next()) {
            out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                        q.value(2).toString()});
        }
    }
    return out;
}

} // namespace samspil
