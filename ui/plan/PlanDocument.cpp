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

QString staffName(const PlanDocumentData& d, const QString& id)
{
    return id.isEmpty() ? QString() : d.staffNames.value(id, PlanDocument::tr("(unknown)"));
}

/// A row of a label/value table; an empty value shows as a dash.
QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(esc(label), value.isEmpty() ? QStringLiteral("–") : esc(value));
}

/// The title, who the plan is for and about, the version and the date.
Block titleBlock(const PlanDocumentData& d)
{
    const Plan& p = d.plan;
    QString h = QStringLiteral("<h1>%1</h1>").arg(esc(PlanDocument::tr("Intervention plan")));
    h += QStringLiteral("<table>");
    h += row(PlanDocument::tr("Citizen"), d.citizen.name);
    h += row(PlanDocument::tr("CPR number"), Cpr::format(d.citizen.cpr));
    h += row(PlanDocument::tr("Coordinating caseworker"), d.caseworkerName);
    if (!d.caseworkerContact.isEmpty()) {
        h += row(PlanDocument::tr("Contact"), d.caseworkerContact);
    }
    h += row(PlanDocument::tr("Version"), PlanDocument::tr("%1 (%2)").arg(p.version).arg(PlanText::statusLabel(p.status).toLower()));
    h += row(PlanDocument::tr("Printed"), formatDate(d.printedOn));
    h += QStringLiteral("</table>");
    return Block(h);
}

/// The employment goal, with its chart when the caseworker has rated it.
Block employmentGoalBlock(const PlanDocumentData& d)
{
    const Plan& p = d.plan;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(PlanDocument::tr("Employment goal")));
    h += QStringLiteral("<p><b>%1</b></p><table>").arg(esc(p.employmentGoal.isEmpty() ? PlanDocument::tr("Not written yet") : p.employmentGoal));
    h += row(PlanDocument::tr("Kind"), PlanText::goalKindLabel(p.goalKind));
    h += row(PlanDocument::tr("Hours per week"), p.hoursPerWeek > 0 ? QString::number(p.hoursPerWeek) : QString());
    h += row(PlanDocument::tr("Target date"), formatDate(p.targetDate));
    h += QStringLiteral("</table>");
    Block b{h};
    bool rated = false;
    for (const auto& r : d.ratings) {
        rated = rated || (r.goalLineage.isEmpty() && r.rater == Rater::Caseworker);
    }
    if (rated) {
        b.chart = true;
        b.chartTitle = PlanDocument::tr("Progress toward the employment goal");
        b.target = p.targetDate;
    }
    return b;
}

/// What matters to the citizen and the first step, in the citizen's own words.
Block ownWordsBlock(const PlanDocumentData& d)
{
    const Plan& p = d.plan;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(PlanDocument::tr("In my own words")));
    h += QStringLiteral("<h3>%1</h3><p class='words'>%2</p>").arg(esc(PlanDocument::tr("What matters to me")), esc(p.whatMatters.isEmpty() ? QStringLiteral("–") : p.whatMatters));
    h += QStringLiteral("<h3>%1</h3><p class='words'>%2</p>").arg(esc(PlanDocument::tr("My first step")), esc(p.firstStep.isEmpty() ? QStringLiteral("–") : p.firstStep));
    return Block(h);
}

/// A goal's criterion, tracks, target date, who is responsible and when it was reached.
QString goalTable(const PlanDocumentData& d, const PlanGoal& x)
{
    QString t = QStringLiteral("<table>");
    t += row(PlanDocument::tr("How we will see it is reached"), x.criterion);
    t += row(PlanDocument::tr("Tracks"), Tracks::displayNames(x.tracks));
    t += row(PlanDocument::tr("Target date"), formatDate(x.targetDate));
    t += row(PlanDocument::tr("Responsible"), staffName(d, x.responsibleId));
    if (x.achievedOn.isValid()) {
        t += row(PlanDocument::tr("Reached"), formatDate(x.achievedOn));
    }
    return t + QStringLiteral("</table>");
}

/// Each main goal with its sub-goals is one block (the first under the "Goals" heading), with
/// the goal's chart when it has ratings.
QVector<Block> goalBlocks(const PlanDocumentData& d)
{
    QVector<Block> blocks;
    const auto ordered = d.plan.orderedGoals();
    int n = 0;
    for (int i = 0; i < ordered.size(); ++i) {
        const PlanGoal& g = ordered[i];
        if (g.isSubGoal()) {
            continue;
        }
        ++n;
        QString h;
        if (n == 1) {
            h += QStringLiteral("<h2>%1</h2>").arg(esc(PlanDocument::tr("Goals")));
        }
        h += QStringLiteral("<h3>%1</h3>").arg(esc(PlanDocument::tr("Goal %1: %2").arg(n).arg(g.text)));
        h += goalTable(d, g);
        int m = 0;
        for (int j = i + 1; j < ordered.size() && ordered[j].isSubGoal(); ++j) {
            ++m;
            h += QStringLiteral("<p style='margin-left:18px'><b>%1</b></p>").arg(esc(PlanDocument::tr("Sub-goal %1.%2: %3").arg(n).arg(m).arg(ordered[j].text)));
            h += QStringLiteral("<div style='margin-left:18px'>%1</div>").arg(goalTable(d, ordered[j]));
        }
        Block b{h};
        for (const auto& r : d.ratings) {
            if (r.goalLineage == g.lineage) {
                b.chart = true;
            }
        }
        b.chartTitle = PlanDocument::tr("Progress: %1").arg(g.text);
        b.goalLineage = g.lineage;
        b.target = g.targetDate;
        blocks.append(b);
    }
    return blocks;
}

/// The interventions as a table: tracks by number, provider, dates and status.
Block interventionsBlock(const PlanDocumentData& d)
{
    const Plan& p = d.plan;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(PlanDocument::tr("Interventions")));
    if (p.interventions.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(PlanDocument::tr("No interventions yet.")));
        return Block(h);
    }
    h += QStringLiteral("<table width='100%'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(esc(PlanDocument::tr("Intervention")), esc(PlanDocument::tr("Tracks")), esc(PlanDocument::tr("Provider")),
                  esc(PlanDocument::tr("Start")), esc(PlanDocument::tr("End")), esc(PlanDocument::tr("Status")));
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
                      esc(iv.providerId.isEmpty() ? iv.providerExternal : staffName(d, iv.providerId)),
                      esc(formatDate(iv.start)), esc(formatDate(iv.end)), esc(status));
    }
    h += QStringLiteral("</table>");
    return Block(h);
}

/// How and when the plan was agreed (or that it is a draft), and the signature lines.
Block agreementBlock(const PlanDocumentData& d)
{
    const Plan& p = d.plan;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(PlanDocument::tr("Agreement")));
    if (p.agreedOn.isValid()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(PlanDocument::tr("The plan was agreed with the citizen on %1 (%2). Present: %3.")
                                                  .arg(formatDate(p.agreedOn), PlanText::methodLabel(p.agreedHow).toLower(), p.agreedPresent)));
    } else {
        h += QStringLiteral("<p>%1</p>").arg(esc(PlanDocument::tr("Draft: the plan has not yet been agreed with the citizen.")));
    }
    h += QStringLiteral("<br><br><table width='100%'><tr><td width='50%'>_______________________________<br>%1</td>"
                        "<td width='50%'>_______________________________<br>%2</td></tr>"
                        "<tr><td><br>%3 ______________</td><td><br>%3 ______________</td></tr></table>")
             .arg(esc(PlanDocument::tr("Citizen")), esc(PlanDocument::tr("Coordinating caseworker")), esc(PlanDocument::tr("Date")));
    return Block(h);
}

/// The document's blocks in the order they are printed.
QVector<Block> documentBlocks(const PlanDocumentData& d)
{
    QVector<Block> blocks{titleBlock(d), employmentGoalBlock(d), ownWordsBlock(d)};
    blocks += goalBlocks(d);
    blocks.append(interventionsBlock(d));
    blocks.append(agreementBlock(d));
    return blocks;
}

/// The page's measures in device pixels.
struct PageMetrics
{
    explicit PageMetrics(const QPagedPaintDevice* device)
        : width(device->width())
        , height(device->height())
        , headerH(device->logicalDpiY() * 0.45)
        , footerH(device->logicalDpiY() * 0.4)
        , gap(device->logicalDpiY() * 0.12)
        , chartH(width * 0.32)
    {
    }
    qreal width;
    qreal height;
    qreal headerH;
    qreal footerH;
    qreal gap;
    qreal chartH;
};

/// A block laid out on its page.
struct Placed
{
    int page;
    qreal y;
    std::shared_ptr<QTextDocument> doc;
    const Block* block;
};

/// Places the blocks: a block that does not fit starts a new page.
QVector<Placed> placeBlocks(const QVector<Block>& blocks, QPagedPaintDevice* device, const PageMetrics& m)
{
    QVector<Placed> placed;
    int page = 0;
    qreal y = m.headerH;
    for (const auto& b : blocks) {
        std::shared_ptr<QTextDocument> doc = makeDoc(b.html, device, m.width);
        const qreal h = doc->size().height() + (b.chart ? m.chartH + m.gap : 0);
        if (y + h > m.height - m.footerH && y > m.headerH) {
            ++page;
            y = m.headerH;
        }
        placed.append({page, y, doc, &b});
        y += h + m.gap;
    }
    return placed;
}

/// The municipality and department, whose plan it is, a rule under them, and the page number.
void paintHeaderAndFooter(QPainter& painter, const PlanDocumentData& d, const PageMetrics& m, int page, int pages)
{
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    painter.setFont(small);
    painter.setPen(Qt::black);
    const QString header = d.department.isEmpty() ? d.municipality : PlanDocument::tr("%1 – %2").arg(d.municipality, d.department);
    painter.drawText(QRectF(0, 0, m.width, m.headerH * 0.6), Qt::AlignLeft | Qt::AlignTop, header);
    painter.drawText(QRectF(0, 0, m.width, m.headerH * 0.6), Qt::AlignRight | Qt::AlignTop,
                     PlanDocument::tr("Intervention plan, %1").arg(d.citizen.name));
    painter.drawLine(QPointF(0, m.headerH * 0.6), QPointF(m.width, m.headerH * 0.6));
    painter.drawText(QRectF(0, m.height - m.footerH * 0.7, m.width, m.footerH * 0.7), Qt::AlignCenter,
                     PlanDocument::tr("Page %1 of %2").arg(page + 1).arg(pages));
}

/// A placed block's text, and its progression chart below it.
void paintBlock(QPainter& painter, const PlanDocumentData& d, const PageMetrics& m, const Placed& pl)
{
    painter.save();
    painter.translate(0, pl.y);
    pl.doc->drawContents(&painter);
    painter.restore();
    if (!pl.block->chart) {
        return;
    }
    const QRectF target(0, pl.y + pl.doc->size().height() + m.gap * 0.5, m.width, m.chartH);
    QGraphicsScene scene;
    QString professional; // named in the legend, as on the screen
    for (const PlanGoal& g : d.plan.goals) {
        if (!pl.block->goalLineage.isEmpty() && g.lineage == pl.block->goalLineage) {
            professional = ProgressionChart::professionalOf(g, d.ratings, d.staffNames);
        }
    }
    QChart* chart = ProgressionChart::build(pl.block->chartTitle, d.ratings, pl.block->goalLineage, pl.block->target,
                                            d.printedOn, professional);
    const QSizeF logical(720, 720 * m.chartH / m.width);
    chart->resize(logical);
    scene.addItem(chart);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect());
}

} // namespace

PlanDocument::PlanDocument(PlanDocumentData data)
    : m_data(std::move(data))
{
}

int PlanDocument::render(QPagedPaintDevice* device) const
{
    const QVector<Block> blocks = documentBlocks(m_data);
    // Layout in device pixels: place blocks, a block that does not fit starts a new page.
    const PageMetrics metrics(device);
    const QVector<Placed> placed = placeBlocks(blocks, device, metrics);
    const int pages = placed.isEmpty() ? 1 : placed.last().page + 1;

    QPainter painter(device);
    for (int pg = 0; pg < pages; ++pg) {
        if (pg > 0) {
            device->newPage();
        }
        paintHeaderAndFooter(painter, m_data, metrics, pg, pages);
        for (const auto& pl : placed) {
            if (pl.page == pg) {
                paintBlock(painter, m_data, metrics, pl);
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
