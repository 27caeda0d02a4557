#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace samspil {
class Database;
}

namespace samspil::ui {

/// "Export everything about the citizen": the readable PDF (CitizenReport) and the complete
/// data file (citizenExportDocument, core/citizen) side by side in a folder, and an entry in the
/// citizen's access log. Files already there are never overwritten.
class CitizenExport
{
    Q_DECLARE_TR_FUNCTIONS(CitizenExport)
public:
    struct Written
    {
        QString pdf;
        QString json;
        int pages = 0;
        int records = 0;
    };
    static Result<Written> write(Database& db, const QString& citizenId, const QString& folder);
    /// The file name both files share, without extension: "indsigt-610190-1234-2026-11-23".
    static QString baseName(const QString& cpr, const QDate& day);
};

} // namespace samspil::ui
