#include "Schema.h"

#include "core/util/Dates.h"

#include "core/storage/Migrations.h"

#include <QDate>
#include <QDateTime>

namespace samspil {

const ColumnSpec* TableSpec::column(const QString& columnName) const
{
    for (const auto& c : columns) {
        if (c.name == columnName) {
            return &c;
        }
    }
    static const ColumnSpec deletedAt{QStringLiteral("deleted_at"), ColumnType::DateTime};
    if (columnName == deletedAt.name) {
        return &deletedAt;
    }
    return nullptr;
}

int TableSpec::columnIndex(QStringView columnName) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].name == columnName) {
            return int(i);
        }
    }
    return -1;
}

QStringList TableSpec::replicatedColumnNames() const
{
    QStringList names;
    for (const auto& c : columns) {
        names << c.name;
    }
    names << QStringLiteral("deleted_at");
    return names;
}

const QVector<TableSpec>& Schema::tables()
{
    static const QVector<TableSpec> specs = replicatedTableSpecs();
    return specs;
}

// registerTables and registerMigration are in Migrations.cpp, beside the registry they fill.

const TableSpec* Schema::table(const QString& name)
{
    for (const auto& t : tables()) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

int Schema::latestVersion()
{
    return int(migrations().size());
}

Status Schema::migrate(QSqlDatabase& db, int from)
{
    const auto& steps = migrations();
    for (int v = from + 1; v <= int(steps.size()); ++v) {
        auto status = steps[v - 1](db);
        if (!status) {
            return fail(tr("Could not update the database to version %1: %2").arg(v).arg(status.error()));
        }
    }
    return {};
}

Result<QVariant> Schema::normalize(ColumnType type, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return QVariant();
    }
    switch (type) {
    case ColumnType::Text: {
        const QString s = value.toString();
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    case ColumnType::Integer: {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok) {
            return fail(tr("“%1” is not a whole number.").arg(value.toString()));
        }
        return QVariant(n);
    }
    case ColumnType::Bool:
        if (value.typeId() == QMetaType::QString) {
            const QString s = value.toString();
            if (s != QLatin1String("0") && s != QLatin1String("1")) {
                return fail(tr("“%1” is not yes or no.").arg(s));
            }
            return QVariant(qlonglong(s == QLatin1String("1")));
        }
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case ColumnType::Real: {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok) {
            return fail(tr("“%1” is not a number.").arg(value.toString()));
        }
        return QVariant(d);
    }
    case ColumnType::Date: {
        QDate d = value.typeId() == QMetaType::QDate ? value.toDate() : parseStoredDate(value.toString());
        if (!d.isValid()) {
            return fail(tr("“%1” is not a date.").arg(value.toString()));
        }
        return QVariant(formatStoredDate(d));
    }
    case ColumnType::DateTime: {
        QDateTime t = value.typeId() == QMetaType::QDateTime ? value.toDateTime()
                                                             : parseStoredDateTime(value.toString());
        if (!t.isValid()) {
            return fail(tr("“%1” is not a time.").arg(value.toString()));
        }
        return QVariant(formatStoredDateTime(t));
    }
    }
    return QVariant();
}

bool Schema::sameValue(ColumnType type, const QVariant& a, const QVariant& b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull) {
        return aNull == bNull;
    }
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Bool:
        return a.toLongLong() == b.toLongLong();
    case ColumnType::Real:
        return a.toDouble() == b.toDouble();
    default:
        return a.toString() == b.toString();
    }
}

QJsonValue Schema::toJson(const QVariant& v)
{
    if (!v.isValid() || v.isNull()) {
        return QJsonValue::Null;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

} // namespace samspil
