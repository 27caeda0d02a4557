#include "Replica.h"

#include <QSqlQuery>

// The snapshot a new site starts from (Replica::snapshot); applying one is in Replica.cpp.

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
            const RowClock clock = RowClock::parse(q.value(columns.size() + 1).toString());
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

} // namespace samspil
