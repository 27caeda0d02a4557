#include "Replica.h"

#include "core/storage/Erasure.h"

#include <QSqlQuery>

// The snapshot a new site starts from: making one (Replica::snapshot) and applying one.

namespace samspil {

namespace {

QJsonArray clockJson(const SiteClock& clock)
{
    QJsonArray a;
    for (const auto& [site, hlc] : clock) {
        a.append(QJsonArray{site, QString::number(hlc)});
    }
    return a;
}

} // namespace

QJsonObject Replica::snapshot() const
{
    auto tables = makeSnapshot();
    if (!tables) {
        qWarning("Replica::snapshot: %s", qPrintable(tables.error()));
        return {};
    }
    return tables.value();
}

Result<QJsonObject> Replica::makeSnapshot() const
{
    QJsonObject tables;
    for (const auto& spec : Schema::tables()) {
        QHash<QString, QJsonArray> losersByRow;
        {
            QSqlQuery q(m_db.sql());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT row_id, field, value, clock FROM sync_conflict WHERE tbl = ? ORDER BY id"));
            q.addBindValue(spec.name);
            if (!q.exec()) {
                return Database::queryError(q);
            }
            while (q.next()) {
                losersByRow[q.value(0).toString()].append(
                    QJsonArray{q.value(1).toString(), Schema::toJson(q.value(2)),
                               clockJson(toSites(FieldClock::parse(q.value(3).toString())))});
            }
        }
        const QStringList columns = spec.replicatedColumnNames();
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, %1, sync_clock FROM %2 ORDER BY id")
                        .arg(columns.join(QLatin1String(", ")), spec.name))) {
            return Database::queryError(q);
        }
        QJsonArray rows;
        while (q.next()) {
            const QString id = q.value(0).toString();
            const RowClock clock = RowClock::parse(q.value(columns.size() + 1).toString(), spec);
            QJsonObject fields;
            for (int i = 0; i < columns.size(); ++i) {
                const FieldClock fc = clock.get(columns[i]);
                if (fc.isValid()) {
                    fields.insert(columns[i], QJsonArray{Schema::toJson(q.value(i + 1)), clockJson(toSites(fc))});
                }
            }
            QJsonObject row{{QStringLiteral("id"), id}, {QStringLiteral("v"), fields}};
            if (losersByRow.contains(id)) {
                row.insert(QStringLiteral("l"), losersByRow.value(id));
            }
            rows.append(row);
        }
        tables.insert(spec.name, rows);
    }
    return tables;
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
