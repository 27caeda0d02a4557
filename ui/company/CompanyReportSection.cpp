// The placements and the consent to share health information with a company, in the citizen's
// report (the right of access).
#include "ui/company/CompanyReportSection.h"

#include "core/company/Accommodations.h"
#include "core/company/PlacementRepository.h"
#include "core/util/Dates.h"
#include "ui/citizendata/CitizenReport.h"

#include <QLocale>

namespace samspil::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CitizenReport)
};
using R = CitizenReport;

QString placementsHtml(const CitizenReportContext& ctx)
{
    const auto placements = PlacementRepository(ctx.db).forCitizen(ctx.citizen.id);
    const auto consents = CompanyConsentRepository(ctx.db).history(ctx.citizen.id);
    if (!placements || !consents) {
        return QStringLiteral("<p>%1</p>").arg(R::esc(Tr::tr("The placements could not be read.")));
    }
    QString html;
    QHash<QString, QString> companyNames;
    for (const Placement& p : *placements) {
        companyNames.insert(p.companyId, p.companyName);
        QStringList accommodations;
        for (const QString& code : p.accommodations) {
            accommodations << Accommodations::label(code);
        }
        if (!p.accommodationNote.isEmpty()) {
            accommodations << p.accommodationNote;
        }
        QStringList followUps;
        for (const FollowUp& f : p.followUps) {
            followUps << (f.done ? Tr::tr("%1 (held)") : Tr::tr("%1 (planned)")).arg(formatDate(f.date));
        }
        html += QStringLiteral("<h3>%1</h3>").arg(R::esc(p.companyName + QStringLiteral(" — ") + PlacementKinds::label(p.kind)));
        html += R::facts({{Tr::tr("Period"), p.to.isValid() ? Tr::tr("%1 to %2").arg(formatDate(p.from), formatDate(p.to))
                                                            : Tr::tr("from %1").arg(formatDate(p.from))},
                          {Tr::tr("Hours per week"), p.hoursPerWeek > 0 ? QLocale().toString(p.hoursPerWeek) : QString()},
                          {Tr::tr("Tasks"), p.tasks},
                          {Tr::tr("Accommodations (skånehensyn)"), accommodations.join(QStringLiteral("; "))},
                          {Tr::tr("Mentor"), p.mentor},
                          {Tr::tr("Follow-ups with the company"), followUps.join(QStringLiteral(", "))},
                          {Tr::tr("How it ended"), p.outcome ? PlacementKinds::outcomeLabel(*p.outcome) + QStringLiteral(" ")
                                                                   + formatDate(p.outcomeDate) + QStringLiteral(" ")
                                                                   + p.outcomeReason
                                                             : QString()}});
    }
    if (!consents->isEmpty()) {
        QVector<QStringList> rows;
        for (const CompanyConsent& c : *consents) {
            rows.append({companyNames.value(c.companyId, Tr::tr("a company")), formatDate(c.givenOn), c.sharedHealth,
                         c.withdrawnOn.isValid() ? formatDate(c.withdrawnOn) : QString()});
        }
        html += QStringLiteral("<h3>%1</h3>").arg(R::esc(Tr::tr("What you agreed a company may know about your health")));
        html += R::table({Tr::tr("Company"), Tr::tr("Given on"), Tr::tr("May know"), Tr::tr("Withdrawn on")}, rows);
    }
    return html;
}
} // namespace

void registerCompanyReportSection()
{
    CitizenReport::registerSection({QStringLiteral("placements"), 75,
                                    {QStringLiteral("placement"), QStringLiteral("company_consent")},
                                    [] { return Tr::tr("Placements at companies"); }, placementsHtml});
}

} // namespace samspil::ui
