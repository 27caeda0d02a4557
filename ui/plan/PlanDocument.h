#pragma once

#include "core/citizen/Citizen.h"
#include "core/plan/Plan.h"

#include <QHash>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace samspil {
class Database;
}

namespace samspil::ui {

/// Everything the printed plan shows; plain values, so the CLI and the window fill it alike.
struct PlanDocumentData
{
    QString municipality;
    QString department;
    Citizen citizen;
    Plan plan;
    QString caseworkerName;
    QString caseworkerContact;
    QHash<QString, QString> staffNames; ///< staff id -> name
    QVector<Rating> ratings;
    QDate printedOn;

    /// Reads the plan (a given version, or the current one), the citizen, staff and ratings.
    static Result<PlanDocumentData> load(Database& db, const QString& citizenId, const QString& planId = {});
};

/// The printed indsatsplan: A4, plain language in the user's language (Danish by default), a
/// header with the municipality and department, the employment goal, the goals (never split
/// across pages) with tracks, criteria, dates and who is responsible, the interventions, the
/// citizen's own words, the agreement and signature lines, progression charts, page numbers.
class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocument)
public:
    explicit PlanDocument(PlanDocumentData data);
    /// Lays out and paints every page on the device (a QPrinter or a QPdfWriter). Returns the page count.
    int render(QPagedPaintDevice* device) const;
    /// Writes an A4 PDF.
    Status writePdf(const QString& path) const;

    const PlanDocumentData& data() const { return m_data; }

private:
    PlanDocumentData m_data;
};

} // namespace samspil::ui
