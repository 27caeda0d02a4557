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

Result<ApplyOutcome> Replica::applySnapshot(const QByteArray& json, const SnapshotTrust& trust)
{
    Database::AuditPause pause(m_db);
    ApplyOutcome total;
    // The compact form begins as makeSnapshot (and QJsonDocument, keys in order) writes it.
    if (QByteArrayView(json).trimmed().startsWith(QByteArrayView("{\"format\":"))) {
        if (auto s = applyCompactSnapshot(json, trust, total); !s) {
            return Error{s.error()};
        }
        return total;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(tr("the snapshot is damaged (its contents cannot be read)"));
    }
    if (auto s = applyFirstFormSnapshot(doc.object(), trust, total); !s) {
        return Error{s.error()};
    }
    return total;
}

Result<ApplyOutcome> Replica::applySnapshot(const QJsonObject& snapshot, const SnapshotTrust& trust)
{
    if (snapshot.contains(QStringLiteral("format"))) {
        return applySnapshot(QJsonDocument(snapshot).toJson(QJsonDocument::Compact), trust);
    }
    Database::AuditPause pause(m_db);
    ApplyOutcome total;
    if (auto s = applyFirstFormSnapshot(snapshot, trust, total); !s) {
        return Error{s.error()};
    }
    return total;
}

Result<ApplyOutcome> Replica::applySnapshot(const QJsonObject& snapshot)
{
    return applySnapshot(snapshot, SnapshotTrust());
}

Status Replica::applyFirstFormSnapshot(const QJsonObject& snapshot, const SnapshotTrust& trust, ApplyOutcome& total)
{
    // {table: [{"id", "v": {field: [value, clock]}, "l": [[field, value, clock]]}]}, a clock
    // [[site, "stamp"]…].
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
                const SiteClock sites = clockFromJson(a.at(1).toArray());
                for (const auto& [site, hlc] : sites) {
                    if (trust.knows && !trust.knows(site)) {
                        return fail(tr("the snapshot names a PC that is not in the team"));
                    }
                    if (hlc > trust.latest) {
                        return fail(tr("the snapshot holds changes stamped too far ahead of this PC's clock"));
                    }
                }
                auto value = Schema::normalize(col->type, a.at(0).toVariant());
                auto clock = toLocal(sites);
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
    return {};
}

QVariant Replica::CompactCell::toVariant() const
{
    if (!carried) {
        return {};
    }
    return isText ? QVariant(QString::fromUtf8(text.data(), qsizetype(text.size()))) : value;
}

Status Replica::applyCompactRow(const CompactTable& table, const CompactRow& row, ApplyOutcome& total)
{
    const TableSpec& spec = *table.spec;
    const auto& columns = table.columns;
    auto dropped = dropIfErased(spec, row.id, [&](const QString& column) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns[c]->name == column) {
                return row.cells[c].toVariant();
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
    // A row never seen here goes in as it is, unless it holds what a merge must look at: kept
    // conflicting values, or a delete (which an edit it had not seen undoes).
    const bool deleted = table.deletedAt >= 0 && row.cells[table.deletedAt].carried &&
                         !row.cells[table.deletedAt].toVariant().isNull();
    const bool bulk = !row.hasKept && !deleted;
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
                link.insert(spec.citizenLink.column, row.cells[table.citizenLink].toVariant());
            }
            m_db.noteRowChanged(spec, row.id, link);
            return {};
        }
    }
    QVector<FieldVersion> versions;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (row.cells[c].carried) {
            versions.append({columns[c], {row.clocks[row.clockOf[c]], row.cells[c].toVariant()}});
        }
    }
    versions += row.kept;
    return applySnapshotRow(spec, row.id, versions, !row.hasKept && !bulk, total);
}

Result<bool> Replica::insertCompact(const CompactTable& table, const CompactRow& row)
{
    QVarLengthArray<RowClock::Field, 32> fields;
    qint64 latest = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (row.cells[c].carried) {
            const FieldClock& clock = row.clocks[row.clockOf[c]];
            fields.append({table.positions[c], table.columns[c]->name, &clock});
            latest = std::max(latest, clock.dotHlc());
        }
    }
    if (fields.isEmpty()) {
        return false;
    }
    RawQuery& q = *table.insert;
    int i = 0;
    q.bind(i++, row.id);
    for (const int c : table.stored) {
        const CompactCell* cell = c >= 0 ? &row.cells[c] : nullptr;
        if (!cell || !cell->carried) {
            q.bindNull(i++);
        } else if (cell->isText) {
            q.bindUtf8InPlace(i++, QByteArrayView(cell->text.data(), qsizetype(cell->text.size())));
        } else {
            q.bind(i++, cell->value);
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
