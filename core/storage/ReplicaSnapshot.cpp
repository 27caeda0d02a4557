#include "Replica.h"

#include "core/storage/Erasure.h"
#include "core/storage/RawQuery.h"
#include "core/util/JsonText.h"

#include <QJsonDocument>

#include <QSqlQuery>

#include <algorithm>
#include <numeric>

// The snapshot a new site starts from: making one (Replica::snapshot) and applying one.

namespace samspil {

namespace {

/// `[["site","stamp"],…]`: a field's version vector as the snapshot carries it.
void appendClock(QByteArray& out, const SiteClock& clock)
{
    out += '[';
    bool first = true;
    for (const auto& [site, hlc] : clock) {
        out += first ? "[" : ",[";
        first = false;
        appendJsonString(out, site);
        out += ",\"";
        out += QByteArray::number(hlc);
        out += "\"]";
    }
    out += ']';
}

/// A column's value as Schema::toJson() makes it, straight from SQLite's own type.
void appendColumn(QByteArray& out, const RawQuery& q, int column)
{
    if (q.type(column) == SQLITE_TEXT) {
        appendJsonUtf8(out, q.bytes(column));
    } else {
        appendJsonValue(out, q.value(column));
    }
}

/// Each row's kept concurrent values (sync_conflict), written as its `"l"` array without the
/// closing bracket: `[[field,value,clock],[…]`.
template<typename ToSites>
Result<QHash<QString, QByteArray>> losersOf(Database& db, const TableSpec& spec, const ToSites& toSites)
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
        appendJsonValue(l, Schema::toJson(q.value(2)).toVariant());
        l += ',';
        appendClock(l, toSites(FieldClock::parse(q.value(3).toString())));
        l += ']';
    }
    return losersByRow;
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
    // Tables, a row's keys and its fields in name order: the order QJsonObject keeps them in.
    QVector<const TableSpec*> specs;
    for (const auto& spec : Schema::tables()) {
        specs.append(&spec);
    }
    std::sort(specs.begin(), specs.end(), [](const TableSpec* a, const TableSpec* b) { return a->name < b->name; });
    QByteArray out;
    out += '{';
    bool firstTable = true;
    for (const TableSpec* spec : specs) {
        auto losersByRow = losersOf(m_db, *spec, [this](const FieldClock& c) { return toSites(c); });
        if (!losersByRow) {
            return Error{losersByRow.error()};
        }
        const QStringList columns = spec->replicatedColumnNames();
        QVector<int> inNameOrder(columns.size());
        std::iota(inNameOrder.begin(), inNameOrder.end(), 0);
        std::sort(inNameOrder.begin(), inNameOrder.end(), [&](int a, int b) { return columns[a] < columns[b]; });
        QVector<QByteArray> keys; // each field's `"name":`
        for (const QString& c : columns) {
            QByteArray k;
            appendJsonString(k, c);
            keys.append(k + ':');
        }
        RawQuery& q = m_db.raw(QStringLiteral("SELECT id, %1, sync_clock FROM %2 ORDER BY id")
                                   .arg(columns.join(QLatin1String(", ")), spec->name));
        if (!q.ok()) {
            return Database::rawError(q);
        }
        out += firstTable ? "" : ",";
        firstTable = false;
        appendJsonString(out, spec->name);
        out += ":[";
        bool firstRow = true;
        while (q.next()) {
            const QString id = q.ascii(0);
            const RowClock clock = RowClock::parse(q.ascii(int(columns.size()) + 1), *spec);
            out += firstRow ? "{\"id\":" : ",{\"id\":";
            firstRow = false;
            appendJsonString(out, id);
            if (const auto l = losersByRow->constFind(id); l != losersByRow->cend()) {
                out += ",\"l\":";
                out += l.value();
                out += ']';
            }
            out += ",\"v\":{";
            bool firstField = true;
            for (const int i : inNameOrder) {
                const FieldClock fc = clock.get(columns[i]);
                if (!fc.isValid()) {
                    continue;
                }
                out += firstField ? "" : ",";
                firstField = false;
                out += keys[i];
                out += '[';
                appendColumn(out, q, i + 1);
                out += ',';
                appendClock(out, toSites(fc));
                out += ']';
            }
            out += "}}";
        }
        if (q.failed()) {
            auto error = Database::rawError(q);
            q.reset();
            return error;
        }
        q.reset();
        out += ']';
    }
    out += '}';
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

Result<ApplyOutcome> Replica::applySnapshot(const QJsonObject& tables)
{
    Database::AuditPause pause(m_db);
    ApplyOutcome total;
    for (auto t = tables.begin(); t != tables.end(); ++t) {
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
            RowState row;
            // A row never seen here without kept conflicts goes in whole; any other is merged.
            Result<bool> inserted = false;
            if (kept.isEmpty()) {
                inserted = insertIfNew(*spec, rowId, versions, row);
                if (!inserted) {
                    return Error{inserted.error()};
                }
            }
            if (!inserted.value()) {
                if (auto s = loadRow(*spec, rowId, row); !s) {
                    return Error{s.error()};
                }
                for (const FieldVersion& fv : versions) {
                    if (auto s = applyVersion(*spec, row, fv.column->name, fv.version, total); !s) {
                        return Error{s.error()};
                    }
                }
            }
            if (auto s = storeRow(*spec, row); !s) {
                return Error{s.error()};
            }
            if (auto s = keepRowIfEditedAfterDelete(*spec, row, total); !s) {
                return Error{s.error()};
            }
            if (auto s = Erasure(m_db).afterApplied(*spec, rowId); !s) {
                return Error{s.error()};
            }
            m_db.noteRowChanged(*spec, rowId, row.values);
        }
    }
    return total;
}

} // namespace samspil
