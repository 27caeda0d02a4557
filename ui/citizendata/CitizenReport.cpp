#include "CitizenReport.h"

#include "core/citizen/Cpr.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace samspil::ui {

void registerCitizenReportSections(); // CitizenReportSections.cpp

namespace {

QVector<CitizenReport::Section>& registry()
{
    static QVector<CitizenReport::Section> sections;
    return sections;
}

const char* kStyle = "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }"
                     "h1 { font-size: 18pt; margin: 0 0 6px 0; } h2 { font-size: 14pt; margin-top: 16px; margin-bottom: 4px; }"
                     "h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }"
                     "td { padding: 2px 8px 2px 0; vertical-align: top; } th { text-align: left; padding-right: 8px; "
                     "background-color: #e8e8e8; }"
                     ".label { color: #444444; } .note { color: #444444; font-style: italic; }";

} // namespace

QString CitizenReportContext::staffName(const QString& id) const
{
    if (id.isEmpty()) {
        return CitizenReport::tr("(not recorded)");
    }
    if (id == QLatin1String("samspil-cli")) {
        return CitizenReport::tr("the job centre's command line (samspil-cli)");
    }
    const auto it = staff.constFind(id);
    if (it == staff.constEnd()) {
        return CitizenReport::tr("a former employee");
    }
    return CitizenReport::tr("%1 (%2)").arg(it->name, Professions::label(it->profession).toLower());
}

void CitizenReport::registerSection(Section section)
{
    auto& all = registry();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Section& s) { return s.key == section.key; }), all.end());
    all.append(std::move(section));
}

QVector<CitizenReport::Section> CitizenReport::sections()
{
    static const bool builtIn = [] {
        registerCitizenReportSections();
        return true;
    }();
    (void)builtIn;
    QVector<Section> out = registry();
    std::stable_sort(out.begin(), out.end(), [](const Section& a, const Section& b) { return a.order < b.order; });
    return out;
}

QString CitizenReport::esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString CitizenReport::facts(const QVector<QPair<QString, QString>>& rows)
{
    QString h = QStringLiteral("<table>");
    for (const auto& [label, value] : rows) {
        h += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>")
                 .arg(esc(label), value.isEmpty() ? QStringLiteral("–") : esc(value));
    }
    return h + QStringLiteral("</table>");
}

QString CitizenReport::table(const QStringList& headers, const QVector<QStringList>& rows)
{
    // The header row repeats on every page the table runs onto.
    QString h = QStringLiteral("<table width='100%' cellspacing='0'><thead><tr>");
    for (const auto& header : headers) {
        // A heading is never broken inside its word ("Scor / e" beside a long comment).
        h += QStringLiteral("<th style='white-space: nowrap'>%1</th>").arg(esc(header));
    }
    h += QStringLiteral("</tr></thead>");
    for (const auto& row : rows) {
        h += QStringLiteral("<tr>");
        for (const auto& cell : row) {
            h += QStringLiteral("<td>%1</td>").arg(cell.isEmpty() ? QStringLiteral("–") : esc(cell));
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

Result<CitizenReport> CitizenReport::load(Database& db, const QString& citizenId)
{
    const auto citizen = CitizenRepository(db).get(citizenId);
    if (!citizen) {
        return fail(tr("The citizen does not exist."));
    }
    CitizenReportContext ctx{db, *citizen, {}, db.clock().today()};
    for (const auto& s : StaffRepository(db).all(true)) {
        ctx.staff.insert(s.id, s);
    }
    CitizenReport report;
    report.m_citizen = *citizen;
    report.m_title = tr("What the job centre has recorded about you");
    report.m_madeOn = ctx.today;
    const auto all = sections();
    QString h = QStringLiteral("<h1>%1</h1>").arg(esc(report.m_title));
    h += facts({{tr("Name"), citizen->name},
                {tr("CPR number"), Cpr::format(citizen->cpr)},
                {tr("Made on"), formatDate(ctx.today)}});
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("You have the right to see the information the job centre holds about you (the General Data "
                         "Protection Regulation, article 15). This document shows everything the team's program, "
                         "Samspil, has recorded about you, in plain words. With it comes a data file (JSON) that holds "
                         "the same information in full, including technical details such as record numbers.")));
    h += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("Contents")));
    for (const auto& s : all) {
        h += QStringLiteral("<li>%1</li>").arg(esc(s.title()));
    }
    h += QStringLiteral("</ol>");
    for (const auto& s : all) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(s.title()));
        const QString body = s.html(ctx);
        h += body.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing is recorded."))) : body;
    }
    report.m_html = h;
    return report;
}

void CitizenReport::prepare(QTextDocument& doc, const QString& bodyHtml)
{
    doc.setDefaultStyleSheet(QLatin1String(kStyle));
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(10);
    doc.setDefaultFont(f);
    doc.setDocumentMargin(0);
    doc.setHtml(QStringLiteral("<body>%1</body>").arg(bodyHtml));
}

int CitizenReport::render(QPagedPaintDevice* device) const
{
    const qreal width = device->width();
    const qreal height = device->height();
    const qreal dpi = device->logicalDpiY();
    const qreal headerH = dpi * 0.45;
    const qreal footerH = dpi * 0.4;
    const qreal bodyH = height - headerH - footerH;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    prepare(doc, m_html);
    doc.setPageSize(QSizeF(width, bodyH));
    // A heading never ends a page: one whose next paragraph starts on the next page goes there too.
    auto* layout = doc.documentLayout();
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QTextBlock next = b.next();
            if (b.blockFormat().headingLevel() == 0 || !next.isValid()
                || (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                continue;
            }
            const int headingPage = int(layout->blockBoundingRect(b).top() / bodyH);
            const int nextPage = int((layout->blockBoundingRect(next).top() + 1) / bodyH);
            if (nextPage > headingPage) {
                QTextCursor cursor(b);
                QTextBlockFormat f = b.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(f);
                moved = true;
            }
        }
        if (!moved) {
            break;
        }
    }
    const int pages = std::max(1, doc.pageCount());

    QPainter painter(device);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device->newPage();
        }
        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, width, headerH * 0.6), Qt::AlignLeft | Qt::AlignTop,
                         tr("Your information in Samspil, %1").arg(m_citizen.name));
        painter.drawText(QRectF(0, 0, width, headerH * 0.6), Qt::AlignRight | Qt::AlignTop,
                         formatDate(m_madeOn));
        painter.drawLine(QPointF(0, headerH * 0.6), QPointF(width, headerH * 0.6));
        painter.drawText(QRectF(0, height - footerH * 0.7, width, footerH * 0.7), Qt::AlignCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.save();
        painter.translate(0, headerH - page * bodyH);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, page * bodyH, width, bodyH);
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<int> CitizenReport::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Samspil"));
    const int pages = render(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0) {
        return fail(tr("The PDF could not be written to %1.").arg(path));
    }
    return pages;
}

} // namespace samspil::ui
