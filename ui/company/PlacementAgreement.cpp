#include "PlacementAgreement.h"

#include "core/citizen/CitizenRepository.h"
#include "core/citizen/Cpr.h"
#include "core/company/Accommodations.h"
#include "core/company/CompanyRepository.h"
#include "core/company/Cvr.h"
#include "core/company/PlacementRepository.h"
#include "core/company/PlacementRules.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/AccessLog.h"
#include "core/util/Dates.h"
#include "ui/common/Settings.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextDocument>

namespace samspil::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width='38%'><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString title(PlacementKind kind)
{
    switch (kind) {
    case PlacementKind::Praktik: return PlacementAgreement::tr("Agreement on a company internship (virksomhedspraktik)");
    case PlacementKind::Loentilskud: return PlacementAgreement::tr("Agreement on employment with wage subsidy (løntilskud)");
    case PlacementKind::Fleksjob: return PlacementAgreement::tr("Agreement on a flex job");
    case PlacementKind::Ordinaert: return PlacementAgreement::tr("Agreement on an ordinary job with follow-up");
    case PlacementKind::Smaajob: return PlacementAgreement::tr("Agreement on a small job");
    }
    return {};
}

QString signatures()
{
    const QString line = QStringLiteral("<td width='33%' style='padding-top:36px'>________________________<br>%1</td>");
    return QStringLiteral("<h3>%1</h3><table width='100%'><tr>%2%3%4</tr></table>")
        .arg(esc(PlacementAgreement::tr("Signatures")), line.arg(esc(PlacementAgreement::tr("The citizen, date"))),
             line.arg(esc(PlacementAgreement::tr("The company, date"))), line.arg(esc(PlacementAgreement::tr("The job centre, date"))));
}

QString accommodationsHtml(const Placement& p)
{
    QStringList items;
    for (const QString& code : p.accommodations) {
        items << QStringLiteral("<li>%1</li>").arg(esc(Accommodations::label(code)));
    }
    if (!p.accommodationNote.trimmed().isEmpty()) {
        items << QStringLiteral("<li>%1</li>").arg(esc(p.accommodationNote));
    }
    if (items.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(esc(PlacementAgreement::tr("No particular skånehensyn are agreed.")));
    }
    return QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
}

QString healthHtml(Database& db, const Placement& p)
{
    auto consent = CompanyConsentRepository(db).current(p.citizenId, p.companyId);
    const QString shared =
        consent ? PlacementRules::healthForCompany(*consent, p.companyId, db.clock().today()) : QString();
    if (shared.isEmpty()) {
        return QStringLiteral("<p>%1</p>")
            .arg(esc(PlacementAgreement::tr("The citizen has not agreed to share information about their health with "
                                            "the company. The skånehensyn above are what the company needs to know.")));
    }
    return QStringLiteral("<p>%1</p><p>%2</p>")
        .arg(esc(PlacementAgreement::tr("With the citizen's consent, the company may know:")), esc(shared));
}
} // namespace

Result<QString> PlacementAgreement::html(Database& db, const QString& placementId, const QString& municipality,
                                         const QString& department)
{
    auto found = PlacementRepository(db).get(placementId);
    if (!found) {
        return Error{found.error()};
    }
    if (!*found) {
        return fail(tr("Choose a placement first."));
    }
    const Placement& p = **found;
    const auto citizen = CitizenRepository(db).get(p.citizenId);
    auto company = CompanyRepository(db).get(p.companyId);
    if (!citizen || !company || !*company) {
        return fail(tr("The citizen or the company of the placement no longer exists."));
    }
    const Company& c = **company;
    QString contact;
    for (const auto& person : c.contacts) {
        if (person.id == p.contactId) {
            contact = QStringList{person.name, person.phone, person.email}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(", "));
        }
    }
    const auto consultant = StaffRepository(db).get(p.consultantId);
    QStringList followUps;
    for (const FollowUp& f : p.followUps) {
        followUps << formatDate(f.date);
    }
    QString html = QStringLiteral("<p style='color:#555'>%1 · %2</p><h1>%3</h1>").arg(esc(municipality), esc(department), esc(title(p.kind)));
    html += QStringLiteral("<table width='100%' cellpadding='3'>");
    html += row(tr("Company"), QStringLiteral("%1, CVR %2").arg(c.name, Cvr::format(c.cvr)));
    html += row(tr("Address"), c.address);
    html += row(tr("Contact person at the company"), contact);
    html += row(tr("Citizen"), QStringLiteral("%1, %2").arg(citizen->name, Cpr::format(citizen->cpr)));
    html += row(tr("Period"), p.to.isValid() ? tr("%1 to %2").arg(formatDate(p.from), formatDate(p.to)) : tr("from %1").arg(formatDate(p.from)));
    html += row(tr("Hours per week"), p.hoursPerWeek > 0 ? QLocale().toString(p.hoursPerWeek) : tr("as agreed"));
    html += row(tr("Mentor"), p.mentor.isEmpty() ? tr("none") : p.mentor);
    html += row(tr("Company consultant"), consultant ? consultant->name : QString());
    html += row(tr("Follow-ups with the company"), followUps.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Tasks")), esc(p.tasks.isEmpty() ? tr("As agreed at the start.") : p.tasks));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Skånehensyn (what the workplace takes into account)"))) + accommodationsHtml(p);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Health information"))) + healthHtml(db, p);
    html += signatures();
    return html;
}

namespace {
void prepare(QTextDocument& doc, const QString& body)
{
    doc.setDefaultStyleSheet(QStringLiteral("body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 16pt; }"
                                            " h3 { font-size: 11pt; margin-top: 14px; }"));
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));
}
} // namespace

Result<int> PlacementAgreement::writePdf(Database& db, const QString& placementId, const QString& path,
                                         const QString& municipality, const QString& department)
{
    auto body = html(db, placementId, municipality, department);
    if (!body) {
        return Error{body.error()};
    }
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(tr("Placement agreement"));
    writer.setCreator(QStringLiteral("Samspil"));
    QTextDocument doc;
    prepare(doc, *body);
    doc.print(&writer);
    const int pages = doc.pageCount();
    if (QFile check(path); !check.exists() || check.size() == 0) {
        return fail(tr("The PDF could not be written to %1.").arg(path));
    }
    auto placement = PlacementRepository(db).get(placementId);
    if (placement && *placement) {
        if (auto logged = AccessLog(db).record(AccessLog::Action::Export, (*placement)->citizenId, AccessLog::kPlacementPdf); !logged) {
            return Error{logged.error()};
        }
    }
    return pages;
}

Status PlacementAgreement::printPreview(Database& db, const QString& placementId, QWidget* parent)
{
    auto body = html(db, placementId, prefs::municipalityName.get(), prefs::departmentName.get());
    if (!body) {
        return Error{body.error()};
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print the placement agreement"));
    QTextDocument doc;
    prepare(doc, *body);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&doc](QPrinter* p) { doc.print(p); });
    if (preview.exec() != QDialog::Accepted) {
        return {};
    }
    auto placement = PlacementRepository(db).get(placementId);
    if (placement && *placement) {
        return AccessLog(db).record(AccessLog::Action::Print, (*placement)->citizenId, AccessLog::kPlacementPrint);
    }
    return {};
}

} // namespace samspil::ui
