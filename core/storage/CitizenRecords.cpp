#include "CitizenRecords.h"

#include "core/storage/Dump.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>

namespace samspil {

namespace {

QString jsonList(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

QVector<const TableSpec*> CitizenRecords::childTables(const QString& table)
{
    QVector<const TableSpec*> out;
    for (const auto& spec : Schema::tables()) {
        if (spec.citizenLink.kind == CitizenLink::Kind::Parent && spec.citizenLink.parentTable == table) {
            out.append(&spec);
        }
    }
    return out;
}

Result<QStringList> CitizenRecords::idsWhere(const TableSpec& spec, const QString& column, const QStringList& values) const
{
    QStringList out;
    if (values.isEmpty()) {
        return out;
    }
    // Table and column names come from the table specs, never from data; the values are bound.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 IN (SELECT value FROM json_each(?)) ORDER BY id")
                  .arg(spec.name, column));
    q.addBindValue(jsonList(values));
    if (!q.exec()) {
        return Database::queryError(q);
    }
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

Result<QVector<CitizenRecords::TableRows>> CitizenRecords::rows(const QString& citizenId) const
{
    QVector<TableRows> out;
    QHash<QString, QStringList> found;
    QString problem;
    // Each table once, a parent before the tables that hang on it.
    std::function<const QStringList*(const TableSpec&)> visit = [&](const TableSpec& spec) -> const QStringList* {
        if (auto it = found.constFind(spec.name); it != found.constEnd()) {
            return &*it;
        }
        const CitizenLink& link = spec.citizenLink;
        Result<QStringList> ids = QStringList();
        switch (link.kind) {
        case CitizenLink::Kind::Self:
            ids = idsWhere(spec, QStringLiteral("id"), {citizenId});
            break;
        case CitizenLink::Kind::Column:
            ids = idsWhere(spec, link.column, {citizenId});
            break;
        case CitizenLink::Kind::Parent: {
            const TableSpec* parent = Schema::table(link.parentTable);
            const QStringList* parentIds = parent ? visit(*parent) : nullptr;
            if (!parentIds) {
                problem = tr("The table %1 hangs on a table that does not exist (%2).").arg(spec.name, link.parentTable);
                return nullptr;
            }
            ids = idsWhere(spec, link.column, *parentIds);
            break;
        }
        default:
            return nullptr;
        }
        if (!ids) {
            problem = ids.error();
            return nullptr;
        }
        auto it = found.insert(spec.name, ids.value());
        if (!it->isEmpty()) {
            out.append({&spec, *it});
        }
        return &*it;
    };
    for (const auto& spec : Schema::tables()) {
        if (spec.citizenLink.aboutCitizen()) {
            visit(spec);
            if (!problem.isEmpty()) {
                return fail(problem);
            }
        }
    }
    return out;
}

Result<QJsonObject> CitizenRecords::toJson(const QString& citizenId) const
{
    auto tables = rows(citizenId);
    if (!tables) {
        return Error{tables.error()};
    }
    QJsonObject out;
    for (const auto& t : tables.value()) {
        QStringList columns;
        for (const auto& c : t.spec->columns) {
            columns << c.name;
        }
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, %1, deleted_at FROM %2 WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id")
                      .arg(columns.join(QLatin1String(", ")), t.spec->name));
        q.addBindValue(jsonList(t.ids));
        if (!q.exec()) {
            return Database::queryError(q);
        }
        QJsonArray rows;
        while (q.next()) {
            QVector<QVariant> values;
            values.reserve(columns.size());
            for (int i = 0; i < columns.size(); ++i) {
                values.append(q.value(i + 1));
            }
            QJsonObject row = canonicalRecord(*t.spec, q.value(0).toString(), values);
            const QVariant deleted = q.value(columns.size() + 1);
            row.insert(QStringLiteral("deleted_at"), deleted.isNull() ? QJsonValue() : QJsonValue(deleted.toString()));
            rows.append(row);
        }
        out.insert(t.spec->name, rows);
    }
    return out;
}

QString CitizenRecords::citizenOf(const TableSpec& spec, const QString& rowId) const
{
    auto citizen = findCitizenOf(spec, rowId);
    if (!citizen) {
        qWarning("CitizenRecords::citizenOf: %s", qPrintable(citizen.error()));
        return {};
    }
    return citizen.value();
}

Result<QString> CitizenRecords::findCitizenOf(const TableSpec& spec, const QString& rowId) const
{
    const CitizenLink& link = spec.citizenLink;
    if (link.kind == CitizenLink::Kind::Self) {
        return rowId;
    }
    if (link.kind != CitizenLink::Kind::Column && link.kind != CitizenLink::Kind::Parent) {
        return QString();
    }
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(link.column, spec.name));
    q.bindValue(0, rowId);
    if (!q.exec()) {
        return Database::queryError(q);
    }
    QString value;
    if (q.next()) {
        value = q.value(0).toString();
    }
    q.finish();
    if (link.kind == CitizenLink::Kind::Column || value.isEmpty()) {
        return value;
    }
    const TableSpec* parent = Schema::table(link.parentTable);
    return parent ? findCitizenOf(*parent, value) : Result<QString>(QString());
}

QStringList CitizenRecords::childrenOf(const TableSpec& child, const QString& parentId) const
{
    auto ids = idsWhere(child, child.citizenLink.column, {parentId});
    return ids ? ids.value() : QStringList();
}

} // namespace samspil
