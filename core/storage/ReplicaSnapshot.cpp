#include "Replica.h"

#include "core/storage/Erasure.h"
#include "core/storage/RawQuery.h"
#include "core/storage/TableSql.h"
#include "core/util/Dates.h"
#include "core/util/JsonText.h"
#include "core/util/Uuid.h"

#include <QJsonDocument>
#include <QVarLengthArray>

#include <QSqlQuery>

#include <algorithm>
#include <numeric>

// The snapshot a new site starts from: making one (Replica::snapshot) and applying one.

namespace samspil {

namespace {

/// The sites a snapshot's clocks name, by their index in its "sites" list.
class SiteIndex
{
public:
    explicit SiteIndex(const Database& db)
        : m_db(db)
    {
    }
    /// `siteIndex,"stamp",…`: a version vector, flat.
    void appendClock(QByteArray& out, const FieldClock& clock)
    {
        out += '[';
        bool first = true;
        for (const auto& [alias, hlc] : clock.vv) {
            auto it = m_index.constFind(alias);
            if (it == m_index.cend()) {
                it = m_index.insert(alias, int(m_sites.size()));
                m_sites.append(m_db.siteUuid(alias));
            }
            out += first ? "" : ",";
            first = false;
            out += QByteArray::number(it.value());
            out += ",\"";
            out += QByteArray::number(hlc);
            out += '"';
        }
        out += ']';
    }
    const QStringList& sites() const { return m_sites; }

private:
    const Database& m_db;
    QHash<int, int> m_index;
    QStringList m_sites;
};

/// A column's value as Schema::toJson() makes it, straight from SQLite's own type.
void appendColumn(QByteArray& out, const RawQuery& q, int column)
{
    if (q.type(column) == SQLITE_TEXT) {
        appendJsonUtf8(out, q.bytes(column));
    } else {
        appendJsonValue(out, q.value(column));
    }
}

/// Each row's kept concurrent values (sync_conflict), written as its losers array without the
/// closing bracket: `[["field",value,[clock]],[…]`.
Result<QHash<QString, QByteArray>> losersOf(Database& db, const TableSpec& spec, SiteIndex& sites)
{
    QHash<QString, QByteArray> losersByRow;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_id, field, value, clock FROM sync_conflict WHERE tbl = ? ORDER BY id"));
    q.addBindValue(spec.name);
    if (!q.exec()) {
        return Database::queryError(q);
    }
    while (q.next()) {
        QByteArray& l = losersByRow[q.value(0).toString()];
        l += l.isEmpty() ? "[[" : ",[";
        appendJsonString(l, q.value(1).toString());
        l += ',';
        appendJsonValue(l, q.value(2));
        l += ',';
        sites.appendClock(l, FieldClock::parse(q.value(3).toString()));
        l += ']';
    }
    return losersByRow;
}

/// `[["mask",[clock]],…]`: the row's fields grouped by equal clocks, each group's columns as
/// hexadecimal bits over the table's "columns" list (as RowClock stores them).
void appendClockGroups(QByteArray& out, const RowClock& clock, const QStringList& columns, SiteIndex& sites)
{
    QVarLengthArray<const FieldClock*, 16> groups;
    QVarLengthArray<ColumnMask, 16> masks;
    for (int i = 0; i < columns.size(); ++i) {
        const auto it = clock.fields().constFind(columns[i]);
        if (it == clock.fields().cend() || !it->isValid()) {
            continue;
        }
        qsizetype g = 0;
        while (g < groups.size() && groups[g]->vv != it->vv) {
            ++g;
        }
        if (g == groups.size()) {
            groups.append(&*it);
            masks.append({});
        }
        masks[g].add(i);
    }
    out += '[';
    for (qsizetype g = 0; g < groups.size(); ++g) {
        out += g == 0 ? "[\"" : ",[\"";
        const std::string mask = masks[g].text();
        out.append(mask.data(), qsizetype(mask.size()));
        out += "\",";
        sites.appendClock(out, *groups[g]);
        out += ']';
    }
    out += ']';
}

} // namespace

QJsonObject Replica::snapshot() const
{
    auto text = makeSnapshot();
    if (!text) {
        qWarning("Replica::snapshot: %s", qPrintable(text.error()));
        return {};
    }
    return QJsonDocument::fromJson(text.value()).object();
}

Result<QByteArray> Replica::makeSnapshot() const
{
    // Tables and keys in name order: the order QJsonObject keeps them in.
    QVector<const TableSpec*> specs;
    for (const auto& spec : Schema::tables()) {
        specs.append(&spec);
    }
    std::sort(specs.begin(), specs.end(), [](const TableSpec* a, const TableSpec* b) { return a->name < b->name; });
    SiteIndex sites(m_db);
    QByteArray tables;
    for (const TableSpec* spec : specs) {
        auto losersByRow = losersOf(m_db, *spec, sites);
        if (!losersByRow) {
            return Error{losersByRow.error()};
        }
        const QStringList columns = spec->replicatedColumnNames();
        RawQuery& q = m_db.raw(QStringLiteral("SELECT id, %1, sync_clock FROM %2 ORDER BY id")
                                   .arg(columns.join(QLatin1String(", ")), spec->name));
        if (!q.ok()) {
            return Database::rawError(q);
        }
        tables += tables.isEmpty() ? "" : ",";
        appendJsonString(tables, spec->name);
        tables += ":{\"columns\":[";
        for (int i = 0; i < columns.size(); ++i) {
            tables += i == 0 ? "" : ",";
            appendJsonString(tables, columns[i]);
        }
        tables += "],\"rows\":[";
        bool firstRow = true;
        while (q.next()) {
            const QString id = q.ascii(0);
            const RowClock clock = RowClock::parse(q.ascii(int(columns.size()) + 1), *spec);
            tables += firstRow ? "[" : ",[";
            firstRow = false;
            appendJsonString(tables, id);
            tables += ",[";
            for (int i = 0; i < columns.size(); ++i) {
                tables += i == 0 ? "" : ",";
                if (clock.has(columns[i])) {
                    appendColumn(tables, q, i + 1);
                } else {
                    tables += "null"; // never written: not sent
                }
            }
            tables += "],";
            appendClockGroups(tables, clock, columns, sites);
            if (const auto l = losersByRow->constFind(id); l != losersByRow->cend()) {
                tables += ',';
                tables += l.value();
                tables += ']';
            }
            tables += ']';
        }
        if (q.failed()) {
            auto error = Database::rawError(q);
            q.reset();
            return error;
        }
        q.reset();
        tables += "]}";
    }
    QByteArray out = "{\"format\":2,\"sites\":[";
    for (qsizetype i = 0; i < sites.sites().size(); ++i) {
        out += i == 0 ? "" : ",";
        appendJsonString(out, sites.sites()[i]);
    }
    out += "],\"tables\":{";
    out += tables;
    out += "}}";
    return out;
}

namespace {

SiteClock clockFromJson(const QJsonArray& a)
{
    SiteClock c;
    for (const auto& v : a) {
        const QJsonArray e = v.toArray();
        c.append({e.at(0).toString(), e.at(1).toString().toLongLong()});
    }
    return c;
}

} // namespace

Result<ApplyOutcome> Replica::applySnapshot(const QJsonObject& snapshot)
{
    Database::AuditPause pause(m_db);
    ApplyOutcome total;
    if (snapshot.contains(QStringLiteral("format"))) {
        if (snapshot.value(QStringLiteral("format")).toInt() != 2) {
            return fail(tr("the snapshot is of a format this version of Samspil does not know; it may come from a "
                           "newer Samspil"));
        }
        if (auto s = applyCompactSnapshot(snapshot, total); !s) {
            return Error{s.error()};
        }
        return total;
    }
    // The first format: {table: [{"id", "v": {field: [value, clock]}, "l": [[field, value, clock]]}]}.
    for (auto t = snapshot.begin(); t != snapshot.end(); ++t) {
        const TableSpec* spec = Schema::table(t.key());
        if (!spec) {
            return fail(tr("the snapshot names a table this version of Samspil does not know (“%1”)").arg(t.key()));
        }
        for (const auto& rv : t.value().toArray()) {
            const QJsonObject r = rv.toObject();
            const QString rowId = r.value(QStringLiteral("id")).toString();
            const QJsonObject v = r.value(QStringLiteral("v")).toObject();
            auto dropped = dropIfErased(*spec, rowId, [&](const QString& column) {
                return v.contains(column) ? v.value(column).toArray().at(0).toVariant() : QVariant();
            });
            if (!dropped) {
                return Error{dropped.error()};
            }
            if (dropped.value()) {
                continue;
            }
            QVector<QPair<QString, QJsonArray>> raw;
            for (auto f = v.begin(); f != v.end(); ++f) {
                raw.append({f.key(), f.value().toArray()});
            }
            const QJsonArray kept = r.value(QStringLiteral("l")).toArray();
            for (const auto& l : kept) {
                const QJsonArray a = l.toArray();
                raw.append({a.at(0).toString(), QJsonArray{a.at(1), a.at(2)}});
            }
            QVector<FieldVersion> versions;
            versions.reserve(raw.size());
            for (const auto& [field, a] : raw) {
                const ColumnSpec* col = spec->column(field);
                if (!col) {
                    return fail(tr("the snapshot names a field this version of Samspil does not know (“%1.%2”)")
                                    .arg(spec->name, field));
                }
                auto value = Schema::normalize(col->type, a.at(0).toVariant());
                auto clock = toLocal(clockFromJson(a.at(1).toArray()));
                if (!value || !clock || !clock->isValid()) {
                    return fail(tr("the snapshot holds an invalid value for %1.%2").arg(spec->name, field));
                }
                versions.append({col, {clock.value(), value.value()}});
            }
            if (auto s = applySnapshotRow(*spec, rowId, versions, kept.isEmpty(), total); !s) {
                return Error{s.error()};
            }
        }
    }
    return total;
}

namespace {

/// A flat clock of a compact snapshot, `[siteIndex, "stamp", …]`, in local aliases (`aliases`
/// holds the alias of each of the snapshot's sites); invalid when it is not exactly that.
FieldClock compactClock(const QJsonValue& json, const QVector<int>& aliases)
{
    const QJsonArray a = json.toArray();
    FieldClock clock;
    if (a.isEmpty() || a.size() % 2 != 0) {
        return {};
    }
    for (qsizetype i = 0; i < a.size(); i += 2) {
        const int site = a.at(i).isDouble() ? a.at(i).toInt(-1) : -1;
        bool ok = false;
        const qint64 hlc = a.at(i + 1).toString().toLongLong(&ok);
        if (site < 0 || site >= aliases.size() || !ok || hlc <= 0) {
            return {};
        }
        clock.vv.append({aliases[site], hlc});
    }
    return clock;
}

} // namespace

Status Replica::applyCompactSnapshot(const QJsonObject& snapshot, ApplyOutcome& total)
{
    // {"format": 2, "sites": [uuid…], "tables": {table: {"columns": [field…], "rows": [[id,
    // [value per column], [[mask, clock]…], [[field, value, clock]…]?]…]}}} (makeSnapshot).
    QVector<int> aliases;
    for (const QJsonValue& site : snapshot.value(QStringLiteral("sites")).toArray()) {
        if (!isUuid(site.toString())) {
            return fail(tr("the snapshot names a PC by something that is not a PC's id"));
        }
        auto alias = m_db.siteAlias(site.toString());
        if (!alias) {
            return Error{alias.error()};
        }
        aliases.append(alias.value());
    }
    const QJsonObject tables = snapshot.value(QStringLiteral("tables")).toObject();
    for (auto t = tables.begin(); t != tables.end(); ++t) {
        const TableSpec* spec = Schema::table(t.key());
        if (!spec) {
            return fail(tr("the snapshot names a table this version of Samspil does not know (“%1”)").arg(t.key()));
        }
        const QJsonObject tableJson = t.value().toObject();
        CompactTable table;
        table.spec = spec;
        table.stored.fill(-1, tableSql(*spec).columns.size());
        for (const QJsonValue& name : tableJson.value(QStringLiteral("columns")).toArray()) {
            const ColumnSpec* col = spec->column(name.toString());
            if (!col || table.columns.contains(col)) {
                return fail(tr("the snapshot names a field this version of Samspil does not know (“%1.%2”)")
                                .arg(spec->name, name.toString()));
            }
            const int position = spec->columnIndex(col->name);
            const int column = int(table.columns.size());
            // tableSql's columns are the spec's, then deleted_at.
            table.stored[position >= 0 ? position : spec->columns.size()] = column;
            if (position < 0) {
                table.deletedAt = column;
            }
            if (col->name == spec->citizenLink.column) {
                table.citizenLink = column;
            }
            table.columns.append(col);
            table.positions.append(position);
        }
        for (const QJsonValue& rowJson : tableJson.value(QStringLiteral("rows")).toArray()) {
            if (auto s = applyCompactRow(table, aliases, rowJson.toArray(), total); !s) {
                return s;
            }
        }
    }
    return {};
}

Status Replica::applyCompactRow(const CompactTable& table, const QVector<int>& aliases, const QJsonArray& rowJson,
                                ApplyOutcome& total)
{
    const TableSpec& spec = *table.spec;
    const auto& columns = table.columns;
    const QJsonArray values = rowJson.at(1).toArray();
    const QJsonArray groups = rowJson.at(2).toArray();
    const auto invalid = [&spec] { return fail(tr("the snapshot holds an invalid row in %1").arg(spec.name)); };
    CompactRow row;
    row.id = rowJson.at(0).toString();
    if (!isUuid(row.id) || values.size() != columns.size() || rowJson.size() < 3 || rowJson.size() > 4) {
        return invalid();
    }
    row.values.resize(columns.size());
    row.clockOf.resize(columns.size());
    std::fill(row.clockOf.begin(), row.clockOf.end(), -1);
    for (const QJsonValue& g : groups) {
        const QJsonArray group = g.toArray();
        const QVector<int> named = ColumnMask::columns(group.at(0).toString(), columns.size());
        FieldClock clock = compactClock(group.at(1), aliases);
        if (group.size() != 2 || named.isEmpty() || !clock.isValid()) {
            return invalid();
        }
        row.clocks.append(std::move(clock));
        for (const int c : named) {
            auto value = Schema::normalize(columns[c]->type, values.at(c).toVariant());
            if (row.clockOf[c] >= 0 || !value) {
                return fail(tr("the snapshot holds an invalid value for %1.%2").arg(spec.name, columns[c]->name));
            }
            row.clockOf[c] = int(row.clocks.size() - 1);
            row.values[c] = std::move(value.value());
        }
    }
    auto dropped = dropIfErased(spec, row.id, [&](const QString& column) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns[c]->name == column) {
                return row.clockOf[c] >= 0 ? row.values[c] : QVariant();
            }
        }
        return QVariant();
    });
    if (!dropped) {
        return Error{dropped.error()};
    }
    if (dropped.value()) {
        return {};
    }
    const QJsonArray kept = rowJson.at(3).toArray();
    // A row never seen here goes in as it is, unless it holds what a merge must look at: kept
    // conflicting values, or a delete (which an edit it had not seen undoes).
    const bool deleted = table.deletedAt >= 0 && row.clockOf[table.deletedAt] >= 0 && !row.values[table.deletedAt].isNull();
    const bool bulk = kept.isEmpty() && !deleted;
    if (bulk) {
        auto inserted = insertCompact(table, row);
        if (!inserted) {
            return Error{inserted.error()};
        }
        if (inserted.value()) {
            if (auto s = Erasure(m_db).afterApplied(spec, row.id); !s) {
                return s;
            }
            QVariantMap link;
            if (table.citizenLink >= 0) {
                link.insert(spec.citizenLink.column, row.values[table.citizenLink]);
            }
            m_db.noteRowChanged(spec, row.id, link);
            return {};
        }
    }
    auto versions = compactVersions(table, row, kept, aliases);
    if (!versions) {
        return Error{versions.error()};
    }
    return applySnapshotRow(spec, row.id, versions.value(), kept.isEmpty() && !bulk, total);
}

Result<QVector<Replica::FieldVersion>> Replica::compactVersions(const CompactTable& table, const CompactRow& row,
                                                                const QJsonArray& kept, const QVector<int>& aliases)
{
    QVector<FieldVersion> versions;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (row.clockOf[c] >= 0) {
            versions.append({table.columns[c], {row.clocks[row.clockOf[c]], row.values[c]}});
        }
    }
    for (const QJsonValue& l : kept) {
        const QJsonArray loser = l.toArray();
        const ColumnSpec* col = table.spec->column(loser.at(0).toString());
        auto value = col ? Schema::normalize(col->type, loser.at(1).toVariant()) : Result<QVariant>(QVariant());
        const FieldClock clock = compactClock(loser.at(2), aliases);
        if (!col || !value || !clock.isValid() || loser.size() != 3) {
            return fail(tr("the snapshot holds an invalid row in %1").arg(table.spec->name));
        }
        versions.append({col, {clock, value.value()}});
    }
    return versions;
}

Result<bool> Replica::insertCompact(const CompactTable& table, const CompactRow& row)
{
    QVarLengthArray<RowClock::Field, 32> fields;
    qint64 latest = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (row.clockOf[c] >= 0) {
            const FieldClock& clock = row.clocks[row.clockOf[c]];
            fields.append({table.positions[c], table.columns[c]->name, &clock});
            latest = std::max(latest, clock.dotHlc());
        }
    }
    if (fields.isEmpty()) {
        return false;
    }
    RawQuery& q = m_db.raw(tableSql(*table.spec).insertNew);
    int i = 0;
    q.bind(i++, row.id);
    for (const int c : table.stored) {
        if (c >= 0 && row.clockOf[c] >= 0) {
            q.bind(i++, row.values[c]);
        } else {
            q.bindNull(i++);
        }
    }
    q.bind(i++, RowClock::write(fields));
    if (table.spec->appendOnly) {
        q.bindNull(i++);
    } else {
        q.bind(i++, formatStoredDateTime(Hlc::toDateTime(latest)));
    }
    if (!q.exec()) {
        return Database::rawError(q);
    }
    return sqlite3_changes(m_db.handle()) > 0;
}

Status Replica::applySnapshotRow(const TableSpec& spec, const QString& rowId, const QVector<FieldVersion>& versions,
                                 bool mayInsert, ApplyOutcome& total)
{
    RowState row;
    // A row never seen here without kept conflicts goes in whole; any other is merged.
    Result<bool> inserted = false;
    if (mayInsert) {
        inserted = insertIfNew(spec, rowId, versions, row);
        if (!inserted) {
            return Error{inserted.error()};
        }
    }
    if (!inserted.value()) {
        if (auto s = loadRow(spec, rowId, row); !s) {
            return s;
        }
        for (const FieldVersion& fv : versions) {
            if (auto s = applyVersion(spec, row, fv.column->name, fv.version, total); !s) {
                return s;
            }
        }
    }
    if (auto s = storeRow(spec, row); !s) {
        return s;
    }
    if (auto s = keepRowIfEditedAfterDelete(spec, row, total); !s) {
        return s;
    }
    if (auto s = Erasure(m_db).afterApplied(spec, rowId); !s) {
        return s;
    }
    m_db.noteRowChanged(spec, rowId, row.values);
    return {};
}

} // namespace samspil
