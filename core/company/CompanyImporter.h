#pragma once

#include "core/citizen/CitizenImporter.h"
#include "core/io/CsvReader.h"
#include "core/storage/Database.h"

namespace samspil {

/// Imports a list of companies from CSV as Danish Excel saves it (`;`, UTF-8 or Windows-1252).
/// The header is line 1; required columns `cvr;name`, optional `address;contact;phone;email`.
/// A bad row is rejected with its line and the reason, the rest imported, all in one
/// transaction; a CVR number already known updates that company (and its contact person of that
/// name), so the same file twice updates and never doubles.
class CompanyImporter
{
    Q_DECLARE_TR_FUNCTIONS(CompanyImporter)
public:
    explicit CompanyImporter(Database& db)
        : m_db(db)
    {
    }

    Result<ImportReport> importFile(const QString& path);
    Result<ImportReport> importData(const QByteArray& data);
    Result<ImportReport> importTable(const CsvTable& table);

    /// The longest field the import takes; longer ones reject the row.
    static constexpr int kMaxField = 300;

private:
    Database& m_db;
};

} // namespace samspil
