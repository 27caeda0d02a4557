#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

namespace samspil {

enum class ColumnType { Text, Integer, Real, Bool, Date, DateTime };

struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
};

/// A replicated table: every row has a UUID `id`, the replicated columns below, a replicated
/// `deleted_at` tombstone, and two local bookkeeping columns (`sync_clock`, `updated_at`) that
/// never leave the machine. Sync and dump work from these specs, so a table that is not listed
/// here is local to the installation.
struct TableSpec
{
    QString name;
    QVector<ColumnSpec> columns;
    /// Rows are written once and never changed (screenings, signed notes, audit entries);
    /// corrections are new rows that point at the old.
    bool appendOnly = false;

    const ColumnSpec* column(const QString& name) const;
    /// The replicated columns including deleted_at.
    QStringList replicatedColumnNames() const;
};

class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static const QVector<TableSpec>& tables();
    static const TableSpec* table(const QString& name);

    /// The schema version this build writes.
    static int latestVersion();
    /// Brings a database from version `from` to latestVersion(). The caller holds the transaction.
    static Status migrate(QSqlDatabase& db, int from);

    /// A value in its canonical stored form for a column type: dates as ISO text, booleans as
    /// 0/1, empty text as NULL. Invalid values become an error.
    static Result<QVariant> normalize(ColumnType type, const QVariant& value);
    /// Whether two stored values are the same for a column type (NULL equals only NULL).
    static bool sameValue(ColumnType type, const QVariant& a, const QVariant& b);
    /// A stored value as JSON (numbers stay numbers, NULL is null).
    static QJsonValue toJson(const QVariant& value);
};

} // namespace samspil
