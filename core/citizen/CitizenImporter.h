#pragma once

#include "core/citizen/Catalogue.h"
#include "core/io/CsvReader.h"
#include "core/storage/Database.h"

#include <QJsonObject>

#include <functional>

namespace samspil {

struct ImportReport
{
    struct Rejection
    {
        int line = 0;
        QString reason;
    };
    struct Warning
    {
        int line = 0;
        QString warning;
    };
    int imported = 0;
    int updated = 0;
    QVector<Rejection> rejected;
    QVector<Warning> warnings;

    /// {"imported": n, "updated": n, "rejected": [{"line": L, "reason": …}], "warnings": [{"line": L, "warning": …}]}
    QJsonObject toJson() const;
    /// The report as CSV (line;kind;message), for saving from the GUI.
    QByteArray toCsv() const;
};

/// Imports the caseload exported from the municipality's case system.
/// Columns: cpr, name, benefit, benefit_start, caseworker (initials); optional phone, email,
/// target_group. A bad row is rejected and the rest imported; a CPR already in the database
/// updates that citizen; the whole file is one transaction.
class CitizenImporter
{
    Q_DECLARE_TR_FUNCTIONS(CitizenImporter)
public:
    using Progress = std::function<void(int done, int total)>;

    explicit CitizenImporter(Database& db, const BenefitCatalogue& catalogue = BenefitCatalogue::shipped())
        : m_db(db)
        , m_catalogue(catalogue)
    {
    }

    Result<ImportReport> importFile(const QString& path, const Progress& progress = {});
    Result<ImportReport> importData(const QByteArray& data, const Progress& progress = {});
    Result<ImportReport> importTable(const CsvTable& table, const Progress& progress = {});

private:
    Database& m_db;
    const BenefitCatalogue& m_catalogue;
};

} // namespace samspil
