#include "RcMatrixView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QImageWriter>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samspil::ui {

void RcCellPainter::paintSwatch(QPainter& p, const QRectF& rect, std::optional<RcStrength> strength)
{
    p.save();
    if (!strength) {
        p.fillRect(rect, Qt::white);
        p.restore();
        return;
    }
    const QColor fill = RcMatrixModel::strengthColor(*strength);
    p.fillRect(rect, fill);
    QColor ink = fill.darker(170);
    ink.setAlpha(110);
    switch (*strength) {
    case RcStrength::Weak:
        p.fillRect(rect, QBrush(ink, Qt::BDiagPattern));
        break;
    case RcStrength::Moderate:
        break;
    case RcStrength::Strong:
        p.fillRect(rect, QBrush(ink, Qt::Dense6Pattern));
        break;
    }
    p.restore();
}

namespace {

/// Paints the cell fill and pattern beneath the text, and a clear frame around the selection.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant s = index.data(RcMatrixModel::StrengthRole);
        RcCellPainter::paintSwatch(
            *painter, option.rect, s.isValid() ? std::optional(RcStrength(s.toInt())) : std::nullopt);
        painter->save();
        QFont f = option.font;
        f.setBold(s.isValid());
        painter->setFont(f);
        painter->setPen(Qt::black);
        painter->drawText(option.rect.adjusted(2, 2, -2, -2), Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.highlight(), 3));
            painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        }
        painter->restore();
    }
};

QPixmap swatch(std::optional<RcStrength> s)
{
    QPixmap pm(28, 18);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    RcCellPainter::paintSwatch(p, QRectF(0, 0, 28, 18), s);
    p.setPen(Qt::darkGray);
    p.drawRect(0, 0, 27, 17);
    return pm;
}

QString legendText(RcStrength s, const RcThresholds& t)
{
    const QString weak = RcMatrixModel::formatIndex(t.weakBelow);
    const QString strong = RcMatrixModel::formatIndex(t.strongAbove);
    switch (s) {
    case RcStrength::Weak:
        return RcMatrixView::tr("%1 weak: below %2").arg(RcMeasure::strengthMarker(s), weak);
    case RcStrength::Moderate:
        return RcMatrixView::tr("%1 moderate: %2 to %3").arg(RcMeasure::strengthMarker(s), weak, strong);
    case RcStrength::Strong:
        return RcMatrixView::tr("%1 strong: above %2").arg(RcMeasure::strengthMarker(s), strong);
    }
    return {};
}

} // namespace

RcMatrixView::RcMatrixView(QWidget* parent)
    : QWidget(parent)
    , m_model(new RcMatrixModel(this))
    , m_table(new QTableView(this))
    , m_compare(new QComboBox(this))
    , m_weak(new QDoubleSpinBox(this))
    , m_strong(new QDoubleSpinBox(this))
    , m_breakdownTitle(new QLabel(this))
    , m_breakdown(new QTableWidget(this))
    , m_seen(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("matrix"));
    m_compare->setObjectName(QStringLiteral("compareWith"));
    m_weak->setObjectName(QStringLiteral("weakBelow"));
    m_strong->setObjectName(QStringLiteral("strongAbove"));
    m_breakdownTitle->setObjectName(QStringLiteral("breakdownTitle"));
    m_breakdown->setObjectName(QStringLiteral("breakdown"));
    m_seen->setObjectName(QStringLiteral("seenByOthers"));

    QHBoxLayout* tools = buildTools();
    QWidget* left = buildMatrixSide();
    QWidget* right = buildDetailSide();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    connect(m_weak, &QDoubleSpinBox::valueChanged, this, &RcMatrixView::thresholdsEdited);
    connect(m_strong, &QDoubleSpinBox::valueChanged, this, &RcMatrixView::thresholdsEdited);
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this](int i) {
        emit comparisonRequested(m_compare->itemData(i).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RcMatrixView::updateBreakdown);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RcMatrixView::updateBreakdown);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RcMatrixView::updateBreakdown);
    updateLegend();
    updateBreakdown();
}

/// Tools: comparison, thresholds, print and export.
QHBoxLayout* RcMatrixView::buildTools()
{
    auto* tools = new QHBoxLayout;
    auto* compareLabel = new QLabel(tr("Compare with:"), this);
    compareLabel->setBuddy(m_compare);
    m_compare->addItem(tr("(no comparison)"), QString());
    m_compare->setMinimumContentsLength(18);
    tools->addWidget(compareLabel);
    tools->addWidget(m_compare);
    tools->addSpacing(16);
    for (auto* spin : {m_weak, m_strong}) {
        spin->setRange(1.0, 5.0);
        spin->setSingleStep(0.1);
        spin->setDecimals(2);
    }
    m_weak->setValue(3.5);
    m_strong->setValue(4.0);
    m_weak->setToolTip(tr("Ties below this index are weak."));
    m_strong->setToolTip(tr("Ties above this index are strong."));
    auto* weakLabel = new QLabel(tr("Weak below:"), this);
    weakLabel->setBuddy(m_weak);
    auto* strongLabel = new QLabel(tr("Strong above:"), this);
    strongLabel->setBuddy(m_strong);
    tools->addWidget(weakLabel);
    tools->addWidget(m_weak);
    tools->addWidget(strongLabel);
    tools->addWidget(m_strong);
    tools->addStretch();
    auto* printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(QStringLiteral("print"));
    auto* pngButton = new QPushButton(tr("Save as PNG…"), this);
    pngButton->setObjectName(QStringLiteral("savePng"));
    tools->addWidget(printButton);
    tools->addWidget(pngButton);
    connect(printButton, &QPushButton::clicked, this, &RcMatrixView::print);
    connect(pngButton, &QPushButton::clicked, this, &RcMatrixView::saveAsPng);
    return tools;
}

/// The matrix, what its axes are, and the legend below it.
QWidget* RcMatrixView::buildMatrixSide()
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CellDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight); // full names in the tooltips
    m_table->setCornerButtonEnabled(false);
    m_table->setMinimumSize(520, 320);
    m_table->setAccessibleName(tr("Relational coordination matrix"));
    auto* axes = new QLabel(tr("Rows: the respondents' own group. Columns: the group they rate."), this);
    axes->setWordWrap(true);

    // Legend: swatch with pattern, marker and words.
    auto* legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Legend:"), this));
    const RcStrength order[3] = {RcStrength::Weak, RcStrength::Moderate, RcStrength::Strong};
    for (int i = 0; i < 3; ++i) {
        auto* sw = new QLabel(this);
        sw->setPixmap(swatch(order[i]));
        m_legend[i] = new QLabel(this);
        m_legend[i]->setObjectName(QStringLiteral("legend%1").arg(i));
        legend->addWidget(sw);
        legend->addWidget(m_legend[i]);
        legend->addSpacing(12);
    }
    auto* none = new QLabel(this);
    none->setPixmap(swatch(std::nullopt));
    legend->addWidget(none);
    legend->addWidget(new QLabel(tr("– no answers"), this));
    legend->addStretch();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(axes);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(legend);
    return left;
}

/// Breakdown of the selected tie, and how each group is seen by the others.
QWidget* RcMatrixView::buildDetailSide()
{
    m_breakdownTitle->setWordWrap(true);
    m_breakdown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdown->verticalHeader()->hide();
    m_breakdown->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_breakdown->horizontalHeader()->setStretchLastSection(true);
    m_seen->setColumnCount(2);
    m_seen->setHorizontalHeaderLabels({tr("Group"), tr("Seen by others")});
    m_seen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_seen->verticalHeader()->hide();
    m_seen->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_seen->horizontalHeader()->setStretchLastSection(true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* breakdownHeading = new QLabel(tr("<b>Breakdown of the selected tie</b>"), this);
    rightLayout->addWidget(breakdownHeading);
    rightLayout->addWidget(m_breakdownTitle);
    rightLayout->addWidget(m_breakdown, 3);
    rightLayout->addWidget(new QLabel(tr("<b>How the other groups see each group</b>"), this));
    rightLayout->addWidget(m_seen, 2);
    return right;
}

void RcMatrixView::setResult(const QString& title, const RcResult& result)
{
    m_title = title;
    m_model->setResult(result);
    fitColumnHeaders();
    updateSeenByOthers();
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
}

void RcMatrixView::fitColumnHeaders()
{
    // A group's name wraps between its words, never inside one ("Sagsbehandler", not "gsbehandle"):
    // each column is at least as wide as the longest word, and the header has room for the lines.
    auto* header = m_table->horizontalHeader();
    const QFontMetrics fm(header->font());
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    int widestWord = 0;
    int lines = 1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString name = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const auto& w : words) {
            widestWord = std::max(widestWord, fm.horizontalAdvance(w));
        }
        lines = std::max(lines, int(words.size()));
    }
    header->setMinimumSectionSize(std::max(widestWord + padding, 40));
    header->setMinimumHeight(fm.lineSpacing() * std::min(lines, 3) + padding);
}

void RcMatrixView::setCompareCandidates(const QVector<QPair<QString, QString>>& rounds)
{
    const QString current = m_compare->currentData().toString();
    const QSignalBlocker block(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("(no comparison)"), QString());
    for (const auto& [id, label] : rounds) {
        m_compare->addItem(label, id);
    }
    const int keep = m_compare->findData(current);
    m_compare->setCurrentIndex(keep >= 0 ? keep : 0);
}

QString RcMatrixView::compareSurveyId() const
{
    return m_compare->currentData().toString();
}

void RcMatrixView::setComparison(std::optional<RcResult> earlier, const QString& label)
{
    m_earlier = earlier;
    m_compareLabel = earlier ? label : QString();
    m_model->setComparison(std::move(earlier));
    updateSeenByOthers();
}

void RcMatrixView::setThresholds(const RcThresholds& thresholds)
{
    if (!thresholds.valid()) {
        return;
    }
    const QSignalBlocker b1(m_weak);
    const QSignalBlocker b2(m_strong);
    m_weak->setValue(thresholds.weakBelow);
    m_strong->setValue(thresholds.strongAbove);
    m_model->setThresholds(thresholds);
    updateLegend();
}

void RcMatrixView::thresholdsEdited()
{
    RcThresholds t{m_weak->value(), m_strong->value()};
    if (!t.valid()) {
        // Keep them in order: the one just edited wins, the other follows.
        if (sender() == m_weak) {
            const QSignalBlocker b(m_strong);
            m_strong->setValue(t.weakBelow);
        } else {
            const QSignalBlocker b(m_weak);
            m_weak->setValue(t.strongAbove);
        }
        t = {m_weak->value(), m_strong->value()};
    }
    m_model->setThresholds(t);
    updateLegend();
    emit thresholdsChanged(t);
}

void RcMatrixView::selectTie(const QString& from, const QString& to)
{
    const int r = int(m_model->result().groups.indexOf(from));
    const int c = int(m_model->result().groups.indexOf(to));
    if (r >= 0 && c >= 0) {
        m_table->setCurrentIndex(m_model->index(r, c));
    }
}

void RcMatrixView::updateLegend()
{
    const RcStrength order[3] = {RcStrength::Weak, RcStrength::Moderate, RcStrength::Strong};
    for (int i = 0; i < 3; ++i) {
        m_legend[i]->setText(legendText(order[i], m_model->thresholds()));
    }
}

void RcMatrixView::updateBreakdown()
{
    const QModelIndex current = m_table->currentIndex();
    const RcTie* tie = m_model->tieAt(current);
    const bool comparing = m_model->comparing();
    m_breakdown->clear();
    m_breakdown->setColumnCount(comparing ? 4 : 3);
    QStringList headers{tr("Dimension"), tr("Mean"), tr("Answers")};
    if (comparing) {
        headers << tr("Change");
    }
    m_breakdown->setHorizontalHeaderLabels(headers);
    if (!tie) {
        m_breakdownTitle->setText(tr("Select a cell in the matrix."));
        m_breakdown->setRowCount(0);
        return;
    }
    if (!tie->index) {
        m_breakdownTitle->setText(tr("%1 → %2: no answers.").arg(tie->from, tie->to));
    } else {
        m_breakdownTitle->setText(
            tr("%1 → %2: index %3 (%4), n = %5.")
                .arg(tie->from,
                     tie->to,
                     RcMatrixModel::formatIndex(*tie->index),
                     RcMeasure::strengthName(RcMeasure::classify(*tie->index, m_model->thresholds())))
                .arg(tie->n));
    }
    const RcTie* before = comparing && m_earlier ? m_earlier->tie(tie->from, tie->to) : nullptr;
    m_breakdown->setRowCount(kRcDimensionCount);
    for (auto d : RcDimensions::all()) {
        const int row = int(d);
        const auto mean = tie->dimension(d);
        m_breakdown->setItem(row, 0, new QTableWidgetItem(RcDimensions::label(d)));
        auto* meanItem = new QTableWidgetItem(mean ? RcMatrixModel::formatIndex(*mean) : tr("–"));
        meanItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (mean) {
            const auto s = RcMeasure::classify(*mean, m_model->thresholds());
            meanItem->setText(meanItem->text() + QLatin1Char(' ') + RcMeasure::strengthMarker(s));
            meanItem->setBackground(RcMatrixModel::strengthColor(s));
        }
        m_breakdown->setItem(row, 1, meanItem);
        auto* n = new QTableWidgetItem(QString::number(tie->answers[size_t(d)]));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_breakdown->setItem(row, 2, n);
        if (comparing) {
            const auto old = before ? before->dimension(d) : std::nullopt;
            auto* change = new QTableWidgetItem(
                mean && old ? RcMatrixModel::formatChange(RcMeasure::rounded(*mean) - RcMeasure::rounded(*old))
                            : tr("–"));
            change->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_breakdown->setItem(row, 3, change);
        }
    }
}

void RcMatrixView::updateSeenByOthers()
{
    const auto& scores = m_model->result().groupScores;
    m_seen->setRowCount(int(scores.size()));
    m_seen->setColumnCount(m_earlier ? 3 : 2);
    QStringList headers{tr("Group"), tr("Seen by others")};
    if (m_earlier) {
        headers << tr("Change");
    }
    m_seen->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < scores.size(); ++i) {
        const auto& g = scores[i];
        m_seen->setItem(i, 0, new QTableWidgetItem(g.group));
        auto* v = new QTableWidgetItem(g.seenByOthers ? RcMatrixModel::formatIndex(*g.seenByOthers) : tr("–"));
        v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_seen->setItem(i, 1, v);
        if (m_earlier) {
            const RcGroupScore* old = m_earlier->group(g.group);
            const bool both = g.seenByOthers && old && old->seenByOthers;
            auto* c = new QTableWidgetItem(both ? RcMatrixModel::formatChange(RcMeasure::rounded(*g.seenByOthers)
                                                                              - RcMeasure::rounded(*old->seenByOthers))
                                                : tr("–"));
            c->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_seen->setItem(i, 2, c);
        }
    }
}

namespace {

/// The report's fonts, sized by the page's unit (a sixtieth of its height).
struct ReportFonts
{
    ReportFonts(const QFont& base, double u)
        : unit(u)
        , title(base)
        , body(base)
    {
        title.setPixelSize(int(unit * 2.0));
        title.setBold(true);
        body.setPixelSize(int(unit * 1.1));
        bold = body;
        bold.setBold(true);
    }
    double unit;
    QFont title;
    QFont body;
    QFont bold;
};

/// The title and what the rows and columns are (and the comparison's round, if comparing); returns
/// where the matrix starts.
double paintReportTitle(QPainter& p, const QRectF& page, const ReportFonts& f, const QString& title, bool comparing,
                        const QString& compareLabel)
{
    const double unit = f.unit;
    double y = page.top();
    p.setFont(f.title);
    p.drawText(QRectF(page.left(), y, page.width(), unit * 3),
               Qt::AlignLeft | Qt::AlignVCenter,
               RcMatrixView::tr("Relational coordination: %1").arg(title));
    y += unit * 3;
    p.setFont(f.body);
    QString sub = RcMatrixView::tr("Rows: the respondents' own group. Columns: the group they rate.");
    if (comparing) {
        sub += QLatin1Char(' ') + RcMatrixView::tr("Second line: change since %1.").arg(compareLabel);
    }
    p.drawText(QRectF(page.left(), y, page.width(), unit * 2), Qt::AlignLeft | Qt::AlignVCenter, sub);
    return y + unit * 2.5;
}

/// The matrix with its headings and the "seen by others" column; returns where it ends.
double paintReportMatrix(QPainter& p, const QRectF& page, const ReportFonts& f, const RcMatrixModel& model, double y)
{
    const double unit = f.unit;
    const QStringList& groups = model.result().groups;
    const int n = int(groups.size());
    const double headerW = page.width() * 0.2;
    const double headerH = unit * 4;
    const double seenW = page.width() * 0.12;
    const double gridW = page.width() - headerW - seenW;
    const double cellW = n > 0 ? gridW / n : gridW;
    const double cellH = n > 0 ? std::min(unit * 5, (page.bottom() - y - headerH - unit * 10) / n) : unit * 5;

    // Column headings: as large as the longest group name allows, then elided.
    QFont headFont = f.bold;
    for (const auto& g : groups) {
        while (headFont.pixelSize() > int(unit * 0.75) && QFontMetricsF(headFont).horizontalAdvance(g) > cellW * 0.94) {
            headFont.setPixelSize(headFont.pixelSize() - 1);
        }
    }
    p.setFont(headFont);
    for (int c = 0; c < n; ++c) {
        const QString text = QFontMetricsF(headFont).elidedText(groups[c], Qt::ElideRight, cellW * 0.96);
        p.drawText(QRectF(page.left() + headerW + c * cellW, y, cellW, headerH), Qt::AlignCenter, text);
    }
    p.setFont(f.bold);
    p.drawText(QRectF(page.left() + headerW + n * cellW, y, seenW, headerH),
               Qt::AlignCenter | Qt::TextWordWrap,
               RcMatrixView::tr("Seen by others"));
    y += headerH;
    for (int r = 0; r < n; ++r) {
        const double top = y + r * cellH;
        p.setFont(f.bold);
        p.setPen(Qt::black);
        p.drawText(QRectF(page.left(), top, headerW - unit * 0.5, cellH),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                   groups[r]);
        for (int c = 0; c < n; ++c) {
            const QModelIndex idx = model.index(r, c);
            const QRectF cell(page.left() + headerW + c * cellW, top, cellW, cellH);
            const QVariant s = idx.data(RcMatrixModel::StrengthRole);
            RcCellPainter::paintSwatch(p, cell, s.isValid() ? std::optional(RcStrength(s.toInt())) : std::nullopt);
            p.setPen(Qt::gray);
            p.drawRect(cell);
            p.setPen(Qt::black);
            p.setFont(s.isValid() ? f.bold : f.body);
            p.drawText(cell, Qt::AlignCenter, idx.data(Qt::DisplayRole).toString());
        }
        const RcGroupScore* g = model.result().group(groups[r]);
        p.setFont(f.body);
        p.drawText(QRectF(page.left() + headerW + n * cellW, top, seenW, cellH),
                   Qt::AlignCenter,
                   g && g->seenByOthers ? RcMatrixModel::formatIndex(*g->seenByOthers) : RcMatrixView::tr("–"));
    }
    return y + n * cellH + unit * 1.5;
}

/// Legend: pattern swatch, marker and words, under the matrix.
void paintReportLegend(QPainter& p, const QRectF& page, const ReportFonts& f, const RcThresholds& thresholds, double y)
{
    const double unit = f.unit;
    p.setFont(f.body);
    double x = page.left() + page.width() * 0.2;
    const RcStrength order[3] = {RcStrength::Weak, RcStrength::Moderate, RcStrength::Strong};
    for (auto s : order) {
        const QRectF sw(x, y, unit * 2.5, unit * 1.6);
        RcCellPainter::paintSwatch(p, sw, s);
        p.setPen(Qt::darkGray);
        p.drawRect(sw);
        p.setPen(Qt::black);
        const QString text = legendText(s, thresholds);
        const QRectF textRect(x + unit * 3, y - unit * 0.2, unit * 16, unit * 2);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        x += unit * 19;
    }
}

} // namespace

void RcMatrixView::paintReport(QPainter& p, const QRectF& page) const
{
    p.save();
    p.fillRect(page, Qt::white);
    p.setPen(Qt::black);
    const ReportFonts fonts(p.font(), page.height() / 60.0); // scales with the page: printer or image
    double y = paintReportTitle(p, page, fonts, m_title, m_model->comparing(), m_compareLabel);
    y = paintReportMatrix(p, page, fonts, *m_model, y);
    paintReportLegend(p, page, fonts, m_model->thresholds(), y);
    p.restore();
}

QImage RcMatrixView::renderReport(const QSize& size) const
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double margin = size.height() * 0.04;
    paintReport(p, QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin));
    return image;
}

bool RcMatrixView::savePng(const QString& path, QString* error) const
{
    QImageWriter writer(path, "png");
    if (!writer.write(renderReport())) {
        if (error) {
            *error = tr("Could not save the picture %1: %2").arg(path, writer.errorString());
        }
        return false;
    }
    return true;
}

void RcMatrixView::saveAsPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the matrix as PNG"), m_title + QStringLiteral(".png"), tr("PNG pictures (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!savePng(path, &error)) {
        emit problem(error);
    }
}

void RcMatrixView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Relational coordination: %1").arg(m_title));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* pr) {
        QPainter p(pr);
        paintReport(p, QRectF(QPointF(0, 0), pr->pageLayout().paintRectPixels(pr->resolution()).size()));
    });
    preview.exec();
}

} // namespace samspil::ui
