#pragma once

#include "core/storage/Principal.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

namespace samspil {

/// One step of a numbered schema migration. The caller holds the transaction.
using Migration = std::function<Status(QSqlDatabase&)>;

enum class ColumnType { Text, Integer, Real, Bool, Date, DateTime };

struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
};

/// How the rows of a replicated table belong to a citizen. Every table says so (the test
/// "Every replicated table says how its rows belong to a citizen" fails for one that does not),
/// because three things are built on it: the change audit (which citizen a change concerns), the
/// citizen's access export (every row that hangs on the citizen) and erasure (every row to remove).
struct CitizenLink
{
    enum class Kind {
        Undeclared, ///< not said yet: a mistake the test catches
        None,       ///< not about one citizen (staff, surveys, working hours, …)
        Self,       ///< the row is the citizen (the `citizen` table)
        Column,     ///< `column` holds the citizen's id
        Parent,     ///< `column` holds the id of a row of `parentTable`, which belongs to the citizen
    };
    Kind kind = Kind::Undeclared;
    QString column;
    QString parentTable;

    static CitizenLink none() { return {Kind::None, {}, {}}; }
    static CitizenLink self() { return {Kind::Self, {}, {}}; }
    static CitizenLink byColumn(const QString& column) { return {Kind::Column, column, {}}; }
    static CitizenLink byParent(const QString& column, const QString& parentTable)
    {
        return {Kind::Parent, column, parentTable};
    }
    bool aboutCitizen() const { return kind == Kind::Self || kind == Kind::Column || kind == Kind::Parent; }
};

/// A replicated table: every row has a UUID `id`, the replicated columns below, a replicated
/// `deleted_at` tombstone, and two local bookkeeping columns (`sync_clock`, `updated_at`) that
/// never leave the machine (`updated_at` stays empty on a new row of an append-only table,
/// whose own time says when). Sync and dump work from these specs, so a table that is not listed
/// here is local to the installation.
struct TableSpec
{
    QString name;
    QVector<ColumnSpec> columns;
    /// Rows are written once and never changed (screenings, signed notes, audit entries);
    /// corrections are new rows that point at the old.
    bool appendOnly = false;
    /// Which citizen a row concerns (see CitizenLink).
    CitizenLink citizenLink{};
    /// Changes to rows about a citizen are logged in the audit log (who changed which record and
    /// fields, never the values). Off only for the audit log itself.
    bool auditChanges = true;
    /// What the acting person must be able to do to write a row of this table through
    /// Database::write (the staff tables: ManageStaff; the access log: ReadCitizens, since every
    /// reader's access is logged).
    Capability writeCapability = Capability::WriteCitizens;

    const ColumnSpec* column(const QString& name) const;
    /// The position of a column in `columns`, or -1 (deleted_at and unknown names).
    int columnIndex(QStringView name) const;
    /// The replicated columns including deleted_at.
    QStringList replicatedColumnNames() const;
};

class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static const QVector<TableSpec>& tables();
    static const TableSpec* table(const QString& name);

    /// A feature adds its replicated tables (in the order given; a parent table before the tables
    /// that hang on it) and its migration steps. Each feature's registerXxxSchema() does it, once,
    /// at start-up (core/Modules.cpp), before the first database is opened; registering after the
    /// schema is in use is a programming error and stops the program. The engine's own tables and
    /// steps (core/storage/Migrations.cpp) come first.
    static void registerTables(const QVector<TableSpec>& specs);
    /// Adds a step to migration `version` (from version-1 to version). A version may have steps
    /// from several features; they run in the order they were registered, after the engine's.
    static void registerMigration(int version, Migration step);

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
