#include "PlanDocument.h"

#include "core/citizen/Cpr.h"
#include "core/plan/Tracks.h"
#include "core/plan/InterventionCatalogue.h"
#include "core/citizen/CitizenRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/plan/ProgressionChart.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>

namespace samspil::ui {

Result<PlanDocumentData> PlanDocumentData::load(Database& db, const QString& citizenId, const QString& planId)
{
    PlanDocumentData d;
    const auto citizen = CitizenRepository(db).get(citizenId);
    if (!citizen) {
        return fail(PlanDocument::tr("The citizen does not exist."));
    }
    d.citizen = *citizen;
    PlanRepository plans(db);
    const auto plan = planId.isEmpty() ? plans.current(citizenId) : plans.get(planId);
    if (!plan || plan->citizenId != citizenId) {
        return fail(PlanDocument::tr("The citizen has no intervention plan yet."));
    }
    d.plan = *plan;
    for (const auto& s : StaffRepository(db).all(true)) {
        d.staffNames.insert(s.id, s.name);
    }
    const QString caseworker = d.plan.caseworkerId.isEmpty() ? d.citizen.caseworkerId : d.plan.caseworkerId;
    d.caseworkerName = d.staffNames.value(caseworker);
    d.ratings = ProgressionRepository(db).forCitizen(citizenId);
    d.printedOn = db.clock().today();
    return d;
}

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

/// One piece of the document that is never split across pages.
struct Block
{
    explicit Block(QString h)
        : html(std::move(h))
    {
    }
    QString html;
    bool chart = false;
    QString chartTitle;
    QString goalLineage;
    QDate target;
};

const char* kStyle = "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }"
                     "h1 { font-size: 18pt; margin: 0; } h2 { font-size: 13pt; margin-top: 8px; margin-bottom: 4px; }"
                     "h3 { font-size: 11pt; margin-top: 6px; margin-bottom: 2px; }"
                     "td { padding: 2px 6px 2px 0; vertical-align: top; } th { text-align: left; padding-right: 6px; }"
                     ".label { color: #333333; } .words { font-style: italic; }";

std::unique_ptr<QTextDocument> makeDoc(const QString& html, QPaintDevice* device, qreal width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultStyleSheet(QLatin1String(kStyle));
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(10);
    doc->setDefaultFont(f);
    doc->setDocumentMargin(0);
    doc->setHtml(QStringLiteral("<body>%1</body>").arg(html));
    doc->setTextWidth(width);
    return doc;
}

} // namespace

PlanDocument::PlanDocument(PlanDocumentData data)
    : m_data(std::move(data))
{
}

int PlanDocument::render(QPagedPaintDevice* device) const
{
    const Plan& p = m_data.plan;
    const auto staff = [&](const QString& id) { return id.isEmpty() ? QString() : m_data.staffNames.value(id, tr("(unknown)")); };
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(esc(label), value.isEmpty() ? QStringLiteral("–") : esc(value));
    };

    QVector<Block> blocks;
    {
        QString h = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Intervention plan")));
        h += QStringLiteral("<table>");
        h += row(tr("Citizen"), m_data.citizen.name);
        h += row(tr("CPR number"), Cpr::format(m_data.citizen.cpr));
        h += row(tr("Coordinating caseworker"), m_data.caseworkerName);
        if (!m_data.caseworkerContact.isEmpty()) {
            h += row(tr("Contact"), m_data.caseworkerContact);
        }
        h += row(tr("Version"), tr("%1 (%2)").arg(p.version).arg(PlanText::statusLabel(p.status).toLower()));
        h += row(tr("Printed"), formatDate(m_data.printedOn));
        h += QStringLiteral("</table>");
        blocks.append(Block(h));
    }
    {
        QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Employment goal")));
        h += QStringLiteral("<p><b>%1</b></p><table>").arg(esc(p.employmentGoal.isEmpty() ? tr("Not written yet") : p.employmentGoal));
        h += row(tr("Kind"), PlanText::goalKindLabel(p.goalKind));
        h += row(tr("Hours per week"), p.hoursPerWeek > 0 ? QString::number(p.hoursPerWeek) : QString());
        h += row(tr("Target date"), formatDate(p.targetDate));
        h += QStringLiteral("</table>");
        Block b{h};
        bool rated = false;
        for (const auto& r : m_data.ratings) {
            rated = rated || (r.goalLineage.isEmpty() && r.rater == Rater::Caseworker);
        }
        if (rated) {
            b.chart = true;
            b.chartTitle = tr("Progress toward the employment goal");
            b.target = p.targetDate;
        }
        blocks.append(b);
    }
    {
        QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("In my own words")));
        h += QStringLiteral("<h3>%1</h3><p class='words'>%2</p>").arg(esc(tr("What matters to me")), esc(p.whatMatters.isEmpty() ? QStringLiteral("–") : p.whatMatters));
        h += QStringLiteral("<h3>%1</h3><p class='words'>%2</p>").arg(esc(tr("My first step")), esc(p.firstStep.isEmpty() ? QStringLiteral("–") : p.firstStep));
        blocks.append(Block(h));
    }
    // Each main goal with its sub-goals is one block.
    const auto ordered = p.orderedGoals();
    int n = 0;
    for (int i = 0; i < ordered.size(); ++i) {
        const PlanGoal& g = ordered[i];
        if (g.isSubGoal()) {
            continue;
        }
        ++n;
        QString h;
        if (n == 1) {
            h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Goals")));
        }
        const auto goalTable = [&](const PlanGoal& x) {
            QString t = QStringLiteral("<table>");
            t += row(tr("How we will see it is reached"), x.criterion);
            t += row(tr("Tracks"), Tracks::displayNames(x.tracks));
            t += row(tr("Target date"), formatDate(x.targetDate));
            t += row(tr("Responsible"), staff(x.responsibleId));
            if (x.achievedOn.isValid()) {
                t += row(tr("Reached"), formatDate(x.achievedOn));
            }
            return t + QStringLiteral("</table>");
        };
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Goal %1: %2").arg(n).arg(g.text)));
        h += goalTable(g);
        int m = 0;
        for (int j = i + 1; j < ordered.size() && ordered[j].isSubGoal(); ++j) {
            ++m;
            h += QStringLiteral("<p style='margin-left:18px'><b>%1</b></p>").arg(esc(tr("Sub-goal %1.%2: %3").arg(n).arg(m).arg(ordered[j].text)));
            h += QStringLiteral("<div style='margin-left:18px'>%1</div>").arg(goalTable(ordered[j]));
        }
        Block b{h};
        for (const auto& r : m_data.ratings) {
            if (r.goalLineage == g.lineage) {
                b.chart = true;
            }
        }
        b.chartTitle = tr("Progress: %1").arg(g.text);
        b.goalLineage = g.lineage;
        b.target = g.targetDate;
        blocks.append(b);
    }
    {
        QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Interventions")));
        if (p.interventions.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("No interventions yet.")));
        } else {
            h += QStringLiteral("<table width='100%'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                     .arg(esc(tr("Intervention")), esc(tr("Tracks")), esc(tr("Provider")), esc(tr("Start")), esc(tr("End")), esc(tr("Status")));
            for (const auto& iv : p.interventions) {
                const QString name = iv.title.isEmpty() ? InterventionCatalogue::shipped().name(iv.kind) : iv.title;
                QString status = PlanText::interventionStatusLabel(iv.status);
                if (iv.status == InterventionStatus::Stopped && !iv.stopReason.isEmpty()) {
                    status += QStringLiteral(": ") + iv.stopReason;
                }
                QStringList trackNumbers;
                for (const auto& t : iv.tracks) {
                    if (const Track* tr = Tracks::find(t)) {
                        trackNumbers << QString::number(tr->number);
                    }
                }
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                         .arg(esc(name), esc(trackNumbers.join(QStringLiteral(", "))),
                              esc(iv.providerId.isEmpty() ? iv.providerExternal : staff(iv.providerId)),
                              esc(formatDate(iv.start)), esc(formatDate(iv.end)), esc(status));
            }
            h += QStringLiteral("</table>");
        }
        blocks.append(Block(h));
    }
    {
        QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Agreement")));
        if (p.agreedOn.isValid()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("The plan was agreed with the citizen on %1 (%2). Present: %3.")
                                                      .arg(formatDate(p.agreedOn), PlanText::methodLabel(p.agreedHow).toLower(), p.agreedPresent)));
        } else {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("Draft: the plan has not yet been agreed with the citizen.")));
        }
        h += QStringLiteral("<br><br><table width='100%'><tr><td width='50%'>_______________________________<br>%1</td>"
                            "<td width='50%'>_______________________________<br>%2</td></tr>"
                            "<tr><td><br>%3 ______________</td><td><br>%3 ______________</td></tr></table>")
                 .arg(esc(tr("Citizen")), esc(tr("Coordinating caseworker")), esc(tr("Date")));
        blocks.append(Block(h));
    }

    // Layout in device pixels: place blocks, a block that does not fit starts a new page.
    const qreal width = device->width();
    const qreal height = device->height();
    const qreal dpi = device->logicalDpiY();
    const qreal headerH = dpi * 0.45;
    const qreal footerH = dpi * 0.4;
    const qreal gap = dpi * 0.12;
    const qreal chartH = width * 0.32;
    struct Placed
    {
        int page;
        qreal y;
        std::shared_ptr<QTextDocument> doc;
        const Block* block;
    };
    QVector<Placed> placed;
    int page = 0;
    qreal y = headerH;
    for (const auto& b : blocks) {
        std::shared_ptr<QTextDocument> doc = makeDoc(b.html, device, width);
        const qreal h = doc->size().height() + (b.chart ? chartH + gap : 0);
        if (y + h > height - footerH && y > headerH) {
            ++page;
            y = headerH;
        }
        placed.append({page, y, doc, &b});
        y += h + gap;
    }
    const int pages = page + 1;

    QPainter painter(device);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    for (int pg = 0; pg < pages; ++pg) {
        if (pg > 0) {
            device->newPage();
        }
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QString header = m_data.department.isEmpty() ? m_data.municipality
                                                           : tr("%1 – %2").arg(m_data.municipality, m_data.department);
        painter.drawText(QRectF(0, 0, width, headerH * 0.6), Qt::AlignLeft | Qt::AlignTop, header);
        painter.drawText(QRectF(0, 0, width, headerH * 0.6), Qt::AlignRight | Qt::AlignTop,
                         tr("Intervention plan, %1").arg(m_data.citizen.name));
        painter.drawLine(QPointF(0, headerH * 0.6), QPointF(width, headerH * 0.6));
        painter.drawText(QRectF(0, height - footerH * 0.7, width, footerH * 0.7), Qt::AlignCenter,
                         tr("Page %1 of %2").arg(pg + 1).arg(pages));
        for (const auto& pl : placed) {
            if (pl.page != pg) {
                continue;
            }
            painter.save();
            painter.translate(0, pl.y);
            pl.doc->drawContents(&painter);
            painter.restore();
            if (pl.block->chart) {
                const QRectF target(0, pl.y + pl.doc->size().height() + gap * 0.5, width, chartH);
                QGraphicsScene scene;
                QChart* chart = ProgressionChart::build(pl.block->chartTitle, m_data.ratings, pl.block->goalLineage,
                                                        pl.block->target, m_data.printedOn);
                const QSizeF logical(720, 720 * chartH / width);
                chart->resize(logical);
                scene.addItem(chart);
                scene.setSceneRect(QRectF(QPointF(0, 0), logical));
                scene.render(&painter, target, scene.sceneRect());
            }
        }
    }
    painter.end();
    return pages;
}

Status PlanDocument::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(tr("Intervention plan"));
    writer.setCreator(QStringLiteral("Samspil"));
    render(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0) {
        return fail(tr("The PDF could not be written to %1.").arg(path));
    }
    return {};
}

} // namespace samspil::ui
