#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

class QWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The printed placement agreement (aftale om virksomhedspraktik / løntilskud / …), A4 like the
/// plan: the company and its contact, the citizen, tasks, hours, period, skånehensyn, what the
/// company may know of the citizen's health (only what the citizen consented to share with this
/// company, never the notes), the mentor, follow-up dates and signature lines. Each print and PDF
/// is logged in the citizen's access log.
class PlacementAgreement
{
    Q_DECLARE_TR_FUNCTIONS(PlacementAgreement)
public:
    /// The agreement as HTML (every text escaped). `municipality` and `department` head the page.
    static Result<QString> html(Database& db, const QString& placementId, const QString& municipality,
                                const QString& department);
    /// Writes the agreement as an A4 PDF and logs the export. Returns the page count.
    static Result<int> writePdf(Database& db, const QString& placementId, const QString& path,
                                const QString& municipality, const QString& department);
    /// The print preview; a print is logged when the preview closes after printing.
    static Status printPreview(Database& db, const QString& placementId, QWidget* parent);
};

} // namespace samspil::ui
