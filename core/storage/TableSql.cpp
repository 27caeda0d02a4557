#include "TableSql.h"

#include <QHash>

namespace samspil {

const TableSql& tableSql(const TableSpec& spec)
{
    static const QHash<QString, TableSql> all = [] {
        QHash<QString, TableSql> out;
        for (const TableSpec& t : Schema::tables()) {
            TableSql sql;
            sql.columns = t.replicatedColumnNames();
            const QString list = sql.columns.join(QLatin1String(", "));
            sql.select = QStringLiteral("SELECT %1, sync_clock FROM %2 WHERE id = ?").arg(list, t.name);
            sql.insert = QStringLiteral("INSERT INTO %1 (id, %2, sync_clock, updated_at) VALUES (?%3, ?, ?)")
                             .arg(t.name, list, QStringLiteral(", ?").repeated(int(sql.columns.size())));
            sql.insertNew = sql.insert + QStringLiteral(" ON CONFLICT (id) DO NOTHING");
            out.insert(t.name, sql);
        }
        return out;
    }();
    const auto it = all.constFind(spec.name);
    Q_ASSERT(it != all.constEnd()); // every spec comes from Schema::tables()
    return *it;
}

} // namespace samspil
