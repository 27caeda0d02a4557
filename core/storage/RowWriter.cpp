#include "Database.h"

#include "core/storage/CitizenRecords.h"
#include "core/storage/RawQuery.h"
#include "core/storage/TableSql.h"
#include "core/util/Dates.h"
#include "core/util/JsonText.h"
#include "core/util/Uuid.h"

// How Database writes one row of a replicated table: the row, its entry in the change log, and
// the change audit of rows about a citizen.

namespace samspil {

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
    if (auto allowed = require(spec->writeCapability); !allowed) {
        return Error{allowed.error()};
    }
    if (!isUuid(id)) {
        return fail(tr("“%1” is not a valid record id.").arg(id));
    }
    auto wanted = normalizedValues(*spec, values);
    if (!wanted) {
        return Error{wanted.error()};
    }

    Transaction tx(*this);
    if (!tx.active()) {
        return fail(tr("The database is busy; try again in a moment."));
    }
    StoredRow stored;
    if (!knownNew) {
        auto read = readStoredRow(*spec, id);
        if (!read) {
            return Error{read.error()};
        }
        stored = std::move(read.value());
    }

    const ColumnValues changes = changesToWrite(wanted.value(), stored, force);
    if (changes.isEmpty()) {
        // Nothing to write; the (possibly outer) transaction goes on unharmed.
        if (auto s = tx.commit(); !s) {
            return Error{s.error()};
        }
        return QStringList{};
    }
    if (stored.exists && spec->appendOnly) {
        for (const auto& change : changes) {
            if (change.first->name != QLatin1String("deleted_at")) {
                return fail(tr("This record is final and cannot be changed; record a correction instead."));
            }
        }
    }

    if (spec->citizenLink.aboutCitizen()) {
        if (auto s = refuseErased(*spec, id, stored.old, changes); !s) {
            return Error{s.error()};
        }
    }

    const qint64 stamp = nextStamp();
    auto logged = stampChanges(table, id, changes, force, stamp, stored.clock);
    if (!logged) {
        return Error{logged.error()};
    }
    if (auto s = storeRow(*spec, id, stored.exists, changes, stored.clock, stamp); !s) {
        return Error{s.error()};
    }
    if (auto s = appendChangeLog(stamp, table, id, logged->fields, logged->clocks); !s) {
        return Error{s.error()};
    }
    if (spec->citizenLink.aboutCitizen()) {
        // One note per row serves both the change audit and the commit's announcement.
        noteAudit(*spec, id, stored.exists, stored.old, changes, m_auditPaused == 0 && spec->auditChanges);
    }
    m_changedTables.insert(table);
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return logged->names;
}

Result<Database::ColumnValues> Database::normalizedValues(const TableSpec& spec, const QVariantMap& values)
{
    ColumnValues wanted;
    wanted.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const ColumnSpec* col = spec.column(it.key());
        if (!col) {
            return fail(tr("Unknown field “%1” in %2.").arg(it.key(), spec.name));
        }
        auto normalized = Schema::normalize(col->type, it.value());
        if (!normalized) {
            return Error{normalized.error()};
        }
        wanted.append({col, normalized.value()});
    }
    return wanted;
}

Result<Database::StoredRow> Database::readStoredRow(const TableSpec& spec, const QString& id)
{
    StoredRow stored;
    const TableSql& sql = tableSql(spec);
    const QStringList& columns = sql.columns;
    RawQuery& select = raw(sql.select);
    if (!select.ok()) {
        return rawError(select);
    }
    select.bind(0, id);
    stored.exists = select.next();
    if (stored.exists) {
        for (int i = 0; i < columns.size(); ++i) {
            stored.old.insert(columns[i], select.value(i));
        }
        stored.clock = RowClock::parse(select.text(int(columns.size())), spec);
    }
    select.reset();
    return stored;
}

Database::ColumnValues Database::changesToWrite(const ColumnValues& wanted, const StoredRow& stored,
                                                const QStringList& force)
{
    ColumnValues changes;
    for (const auto& [col, value] : wanted) {
        const bool isNull = !value.isValid() || value.isNull();
        if (stored.exists
                ? (!force.contains(col->name) && Schema::sameValue(col->type, stored.old.value(col->name), value))
                : (isNull && !force.contains(col->name))) {
            continue;
        }
        changes.append({col, value});
    }
    return changes;
}

Result<Database::LoggedChange> Database::stampChanges(const QString& table, const QString& id,
                                                      const ColumnValues& changes, const QStringList& force,
                                                      qint64 stamp, RowClock& clock)
{
    JsonObjectText fieldsJson;
    JsonObjectText vvJson;
    LoggedChange logged;
    for (const auto& [col, value] : changes) {
        const FieldClock previous = clock.get(col->name);
        FieldClock next = previous.isValid() ? previous.successor(m_localAlias, stamp)
                                             : FieldClock{{{m_localAlias, stamp}}, false};
        if (previous.hasLosers) {
            const Status s = force.contains(col->name) ? settleConflict(table, id, col->name, next)
                                                       : supersedeSeenLosers(table, id, col->name, next);
            if (!s) {
                return Error{s.error()};
            }
        }
        if (col->name == QLatin1String("deleted_at")) {
            // A delete records everything it had seen of the row, so that an edit made elsewhere
            // without knowing of the delete can be recognised and the row kept.
            next.merge(clock.knowledge(m_localAlias, stamp));
        }
        clock.set(col->name, next);
        logged.names << col->name;
        fieldsJson.add(col->name, value);
        if (next.vv.size() > 1) {
            JsonObjectText vv;
            for (const auto& [site, h] : next.vv) {
                vv.addText(siteUuid(site), QString::number(h));
            }
            vvJson.addObject(col->name, vv.text());
        }
    }
    logged.fields = fieldsJson.text();
    logged.clocks = vvJson.isEmpty() ? QByteArray() : vvJson.text();
    return logged;
}

Status Database::settleConflict(const QString& table, const QString& id, const QString& field, FieldClock& next)
{
    // An explicit resolution: the new value has seen every concurrent value, so on
    // every site it supersedes them and the conflict closes.
    QSqlQuery& losers = prepared(QStringLiteral(
        "SELECT clock FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?"));
    losers.bindValue(0, table);
    losers.bindValue(1, id);
    losers.bindValue(2, field);
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
    drop.bindValue(2, field);
    if (!drop.exec()) {
        return queryError(drop);
    }
    return {};
}

Status Database::supersedeSeenLosers(const QString& table, const QString& id, const QString& field,
                                     FieldClock& next)
{
    // An ordinary edit does not decide a conflict nobody has looked at: the concurrent
    // values stay for review until a person keeps or swaps them. Only values the new
    // one has seen in its own line (this site's earlier edits) are superseded, exactly
    // as every other site will judge it when the edit arrives there; the new version
    // carries their knowledge with it.
    QSqlQuery& losers = prepared(QStringLiteral(
        "SELECT id, clock FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?"));
    losers.bindValue(0, table);
    losers.bindValue(1, id);
    losers.bindValue(2, field);
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
    return {};
}

Status Database::storeRow(const TableSpec& spec, const QString& id, bool exists, const ColumnValues& changes,
                          const RowClock& clock, qint64 stamp)
{
    const QString& table = spec.name;
    const QString updatedAt = formatStoredDateTime(Hlc::toDateTime(stamp));
    QStringList names;
    for (const auto& change : changes) {
        names << change.first->name;
    }
    if (exists) {
        QStringList sets;
        for (const auto& name : names) {
            sets << name + QStringLiteral(" = ?");
        }
        RawQuery& update = raw(QStringLiteral("UPDATE %1 SET %2, sync_clock = ?, updated_at = ? WHERE id = ?")
                                   .arg(table, sets.join(QLatin1String(", "))));
        int i = 0;
        for (const auto& change : changes) {
            update.bind(i++, change.second);
        }
        update.bind(i++, clock.serialize(spec));
        update.bind(i++, updatedAt);
        update.bind(i++, id);
        if (!update.exec()) {
            return rawError(update);
        }
        return {};
    }
    QStringList placeholders;
    for (int i = 0; i < names.size() + 3; ++i) {
        placeholders << QStringLiteral("?");
    }
    RawQuery& insert = raw(QStringLiteral("INSERT INTO %1 (id, %2, sync_clock, updated_at) VALUES (%3)")
                               .arg(table, names.join(QLatin1String(", ")), placeholders.join(QLatin1String(", "))));
    int i = 0;
    insert.bind(i++, id);
    for (const auto& change : changes) {
        insert.bind(i++, change.second);
    }
    insert.bind(i++, clock.serialize(spec));
    if (spec.appendOnly) {
        insert.bindNull(i++); // an append-only row's own time says when
    } else {
        insert.bind(i++, updatedAt);
    }
    if (!insert.exec()) {
        return rawError(insert);
    }
    return {};
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

void Database::noteRowChanged(const TableSpec& spec, const QString& id, const QVariantMap& row)
{
    m_changedTables.insert(spec.name);
    if (!spec.citizenLink.aboutCitizen() || m_changedEveryone) {
        return;
    }
    // A commit that changes more rows than views are told of one by one concerns everyone (as
    // flushAudit would find): the rest of a large sync or snapshot is not noted row by row.
    if (m_pendingAudit.size() > 4 * DataChange::kMaxNamed) {
        m_changedEveryone = true;
        return;
    }
    noteAudit(spec, id, true, row, {}, false);
}

void Database::noteAudit(const TableSpec& spec, const QString& id, bool existed, const QVariantMap& old,
                         const ColumnValues& changes, bool audited)
{
    PendingAudit p;
    p.table = spec.name;
    p.rowId = id;
    p.audited = audited;
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
    q.audited = q.audited || p.audited;
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
        // A row only announced needs its parent looked up just to name its citizen: past the
        // number a view would ask about one by one, the commit concerns everyone and no more
        // look-ups are made (a large sync stays one pass over its rows).
        const bool naming = !m_changedEveryone && m_changedCitizens.size() <= DataChange::kMaxNamed;
        if (!naming && !p.audited) {
            m_changedEveryone = true;
            continue;
        }
        if (citizen.isEmpty() && !p.parentId.isEmpty()) {
            auto it = parents.constFind(p.parentId);
            if (it == parents.constEnd()) {
                const TableSpec* spec = Schema::table(p.table);
                const TableSpec* parent = spec ? Schema::table(spec->citizenLink.parentTable) : nullptr;
                QString owner;
                if (parent) {
                    auto found = records.findCitizenOf(*parent, p.parentId);
                    if (!found) {
                        return Error{found.error()};
                    }
                    owner = found.value();
                }
                it = parents.insert(p.parentId, owner);
            }
            citizen = *it;
        }
        if (citizen.isEmpty()) {
            continue; // a row that belongs to no citizen (yet): nobody's record was changed
        }
        if (naming) {
            m_changedCitizens.insert(citizen);
        }
        if (!p.audited) {
            continue;
        }
        // In the order of the audit_log spec: at, staff_id, action, citizen_id, detail,
        // record_table, record_id, fields (all text, already in stored form; empty is NULL).
        if (auto s = insertAuditRow({at, m_principal.staffId, change, citizen, kinds[p.kind], p.table, p.rowId,
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
    insert.bind(int(spec->columns.size()) + 1, clock.serialize(*spec));
    insert.bindNull(int(spec->columns.size()) + 2); // an append-only row's own time says when
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
    if (m_principal.staffId.isEmpty()) {
        log.bindNull(2);
    } else {
        log.bind(2, m_principal.staffId);
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
                              const ColumnValues& changes)
{
    if (auto s = loadErasedCitizens(); !s) {
        return s;
    }
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
    auto erasedRow = [&](const QString& table, const QString& rowId) -> Result<bool> {
        QSqlQuery& q = prepared(QStringLiteral("SELECT 1 FROM erased_row WHERE row_id = ? AND tbl = ?"));
        q.bindValue(0, rowId);
        q.bindValue(1, table);
        if (!q.exec()) {
            return queryError(q);
        }
        const bool found = q.next();
        q.finish();
        return found;
    };
    if (!gone && link.kind == CitizenLink::Kind::Parent) {
        const QString parent = linkValue(link.column, old, changes);
        if (!parent.isEmpty()) {
            auto found = erasedRow(link.parentTable, parent);
            if (!found) {
                return Error{found.error()};
            }
            gone = found.value();
        }
    }
    if (!gone) {
        auto found = erasedRow(spec.name, id);
        if (!found) {
            return Error{found.error()};
        }
        gone = found.value();
    }
    if (gone) {
        return fail(tr("This citizen's data has been erased; nothing was saved."));
    }
    return {};
}

} // namespace samspil
