#include "Dump.h"

#include "core/storage/AccessLog.h"
#include "core/storage/Select.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace samspil {

QJsonObject canonicalRecord(const TableSpec& spec, const QString& id, const QVector<QVariant>& values)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    for (int i = 0; i < spec.columns.size(); ++i) {
        const QVariant& v = values.value(i);
        const auto& col = spec.columns[i];
        if (!v.isValid() || v.isNull()) {
            o.insert(col.name, QJsonValue::Null);
            continue;
        }
        switch (col.type) {
        case ColumnType::Integer:
        case ColumnType::Bool:
            o.insert(col.name, QJsonValue(v.toLongLong()));
            break;
        case ColumnType::Real:
            o.insert(col.name, QJsonValue(v.toDouble()));
            break;
        default:
            o.insert(col.name, v.toString());
        }
    }
    return o;
}

QByteArray dumpDatabase(Database& db)
{
    QVector<TableSpec> tables = Schema::tables();
    std::sort(tables.begin(), tables.end(), [](const TableSpec& a, const TableSpec& b) { return a.name < b.name; });
    QByteArray out = "{\n";
    for (int t = 0; t < tables.size(); ++t) {
        const auto& spec = tables[t];
        QStringList cols;
        for (const auto& c : spec.columns) {
            cols << c.name;
        }
        out += "  \"" + spec.name.toUtf8() + "\": [";
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        (void)Database::checkRead(q.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted_at IS NULL ORDER BY id")
                                             .arg(cols.join(QLatin1String(", ")), spec.name)),
                                  q,
                                  "dumpDatabase");
        bool first = true;
        while (q.next()) {
            QVector<QVariant> values;
            values.reserve(cols.size());
            for (int i = 0; i < cols.size(); ++i) {
                values.append(q.value(i + 1));
            }
            out += first ? "\n    " : ",\n    ";
            first = false;
            out += QJsonDocument(canonicalRecord(spec, q.value(0).toString(), values)).toJson(QJsonDocument::Compact);
        }
        out += first ? "]" : "\n  ]";
        out += t + 1 < tables.size() ? ",\n" : "\n";
    }
    out += "}\n";
    return out;
}

Result<QByteArray> exportDatabase(Database& db)
{
    if (auto allowed = db.require(Capability::ExportAll); !allowed) {
        return Error{allowed.error()};
    }
    auto citizens = select<QString>(db, QStringLiteral("SELECT id FROM citizen WHERE deleted_at IS NULL"), {},
                                    [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!citizens) {
        return Error{citizens.error()};
    }
    if (auto logged = AccessLog(db).recordEach(AccessLog::Action::Export, *citizens, AccessLog::kFullExport); !logged) {
        return Error{logged.error()};
    }
    return dumpDatabase(db);
}

} // namespace samspil
