#pragma once

#include "core/storage/Database.h"

#include <QJsonObject>

namespace samspil {

/// Everything that hangs on one citizen, found through each replicated table's declared
/// CitizenLink (core/storage/Schema.h): the citizen row, rows that name the citizen, and rows
/// that hang on those through a parent (a plan goal → its plan → the citizen), deleted rows
/// included. The access export, erasure and the change audit all read it from here, so a new
/// table is covered by all three as soon as its TableSpec says how it belongs to a citizen.
class CitizenRecords
{
    Q_DECLARE_TR_FUNCTIONS(CitizenRecords)
public:
    explicit CitizenRecords(Database& db)
        : m_db(db)
    {
    }

    struct TableRows
    {
        const TableSpec* spec = nullptr;
        QStringList ids; ///< sorted
    };
    /// Per table about citizens (in Schema order, a parent before the tables that hang on it),
    /// the ids of the citizen's rows. Tables without rows are left out.
    Result<QVector<TableRows>> rows(const QString& citizenId) const;

    /// Every replicated field of every row of the citizen's, complete and typed, deleted rows
    /// included (with `deleted_at`): {table: [{"id": …, field: value, …}, …]}.
    Result<QJsonObject> toJson(const QString& citizenId) const;
    /// The format of the citizen's access export (core/citizen/CitizenExportDocument.h).
    static constexpr const char* kExportFormat = "samspil-citizen-export/1";

    /// The citizen a stored row belongs to, following parents; empty when the row does not exist
    /// or belongs to no citizen (or it could not be read: a warning in the log).
    QString citizenOf(const TableSpec& spec, const QString& rowId) const;
    /// citizenOf(), with a failed read as an error (citizenOf() warns and gives none).
    Result<QString> findCitizenOf(const TableSpec& spec, const QString& rowId) const;

    /// Ids of the rows of `child` (a table that hangs on `parent` through CitizenLink::Parent)
    /// whose parent is `parentId`.
    QStringList childrenOf(const TableSpec& child, const QString& parentId) const;

    /// The tables about citizens whose CitizenLink::Parent names `table`.
    static QVector<const TableSpec*> childTables(const QString& table);

private:
    Result<QStringList> idsWhere(const TableSpec& spec, const QString& column, const QStringList& values) const;

    Database& m_db;
};

} // namespace samspil
