#include "NoteEditor.h"

#include "core/plan/Tracks.h"
#include "core/teamday/NoteRepository.h"
#include "core/teamday/NoteRules.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {
enum Column { CodeCol, TitleCol, QualifierCol, CommentCol };

/// The qualifier choices for a row: problems for b, s, d; barriers and facilitators for e.
void fillQualifiers(QComboBox* box, bool environmental)
{
    for (int q : IcfQualifiers::values()) {
        if (environmental && q <= 4) {
            box->addItem(QStringLiteral(".%1 %2").arg(q).arg(IcfQualifiers::barrierLabel(q)), QStringLiteral(".%1").arg(q));
        } else {
            box->addItem(QStringLiteral("%1 %2").arg(q).arg(IcfQualifiers::problemLabel(q)), QStringLiteral(".%1").arg(q));
        }
    }
    if (environmental) {
        for (int q = 0; q <= 4; ++q) {
            box->addItem(QStringLiteral("+%1 %2").arg(q).arg(IcfQualifiers::facilitatorLabel(q)), QStringLiteral("+%1").arg(q));
        }
    }
}

QString qualifierKey(int q, bool facilitator)
{
    return (facilitator ? QStringLiteral("+") : QStringLiteral(".")) + QString::number(q);
}

/// Paints the search results: chapter headings in bold on a shaded band, categories wrapped to
/// the list's width, and a small tag at the right of those in a core set.
class ResultDelegate : public QStyledItemDelegate
{
public:
    ResultDelegate(const QString& tag, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_tag(tag)
    {
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // Headings cannot be chosen, so the view hands them a disabled palette; draw them in the view's own.
        const auto group = option.widget && !option.widget->isEnabled() ? QPalette::Disabled : QPalette::Normal;
        const QColor text = option.palette.color(group, QPalette::Text);
        if (!index.data(NoteEditor::ChapterRole).toString().isEmpty()) {
            painter->save();
            painter->fillRect(option.rect, option.palette.color(group, QPalette::AlternateBase));
            QFont bold = option.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(text);
            painter->drawText(option.rect.adjusted(Margin, 0, -Margin, 0),
                              Qt::AlignVCenter | Qt::TextWordWrap,
                              index.data(Qt::DisplayRole).toString());
            painter->restore();
            return;
        }
        const bool tagged = index.data(NoteEditor::CoreSetRole).toBool();
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(selected ? option.palette.color(group, QPalette::HighlightedText) : text);
        const auto [code, title] = columns(option.rect, option.font, tagged);
        painter->drawText(code, Qt::AlignLeft | Qt::AlignVCenter, index.data(NoteEditor::CodeRole).toString());
        painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, titleOf(index));
        if (tagged) {
            const QFont small = tagFont(option.font);
            const QFontMetrics fm(small);
            QRect pill(0, 0, fm.horizontalAdvance(m_tag) + 2 * PillPadding, fm.height() + 2);
            pill.moveCenter(QPoint(option.rect.right() - Margin - pill.width() / 2, option.rect.center().y()));
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xdf, 0xee, 0xe2));
            painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
            painter->setPen(QColor(0x1b, 0x5e, 0x20));
            painter->setFont(small);
            painter->drawText(pill, Qt::AlignCenter, m_tag);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        const int width = view ? view->viewport()->width() : 320;
        if (!index.data(NoteEditor::ChapterRole).toString().isEmpty()) {
            QFont bold = option.font;
            bold.setBold(true);
            const QRect needed = QFontMetrics(bold).boundingRect(
                QRect(0, 0, width - 2 * Margin, 1000), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
            return {width, needed.height() + 10};
        }
        const auto [code, title]
            = columns(QRect(0, 0, width, 1000), option.font, index.data(NoteEditor::CoreSetRole).toBool());
        const QRect needed = QFontMetrics(option.font).boundingRect(title, Qt::TextWordWrap, titleOf(index));
        return {width, needed.height() + 6};
    }

private:
    static constexpr int Margin = 4;
    static constexpr int PillPadding = 6;

    static QFont tagFont(const QFont& base)
    {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * 0.85);
        return f;
    }

    /// The title alone: the display text is "code  title".
    static QString titleOf(const QModelIndex& index)
    {
        const QString code = index.data(NoteEditor::CodeRole).toString();
        return index.data(Qt::DisplayRole).toString().mid(code.size()).trimmed();
    }

    /// The code's column and the title's, which wraps beside it (a hanging indent) and leaves room for the tag.
    std::pair<QRect, QRect> columns(const QRect& row, const QFont& font, bool tagged) const
    {
        const QFontMetrics fm(font);
        const int codeWidth = fm.horizontalAdvance(QStringLiteral("d999")) + fm.horizontalAdvance(QLatin1Char(' ')) * 2;
        const int tag
            = tagged ? QFontMetrics(tagFont(font)).horizontalAdvance(m_tag) + 2 * PillPadding + 2 * Margin : 0;
        const QRect code(row.left() + Margin, row.top(), codeWidth, row.height());
        return {code, QRect(code.right() + 1, row.top(), row.width() - codeWidth - 2 * Margin - tag, row.height())};
    }

    QString m_tag;
};
} // namespace

NoteEditor::NoteEditor(Database& db, const QString& citizenId, const QString& authorId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_userId(authorId)
{
    m_note.citizenId = citizenId;
    m_note.authorId = authorId;
    build();
    load(m_note);
}

NoteEditor::NoteEditor(Database& db, const IcfNote& note, const QString& userId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_note(note)
    , m_userId(userId)
{
    m_readOnly = note.signedOff() || note.authorId != userId;
    build();
    load(note);
}

void NoteEditor::build()
{
    setObjectName(QStringLiteral("noteEditor"));
    const auto author = StaffRepository(m_db).get(m_note.authorId);
    setWindowTitle(tr("Professional note — %1").arg(author ? author->name : QString()));
    resize(1080, 740);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildStatus());

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* searchBox = buildSearchGroup(split);
    // A signed note, or someone else's, is only read: the catalogue would be noise beside it.
    if (m_readOnly) {
        searchBox->hide();
    }
    buildFindingTables(split);
    split->setStretchFactor(1, 3);
    split->setSizes({420, 640});
    layout->addWidget(split, 5);

    layout->addLayout(buildBottomGrid(), 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveDraft"));
    m_sign = buttons->addButton(tr("Sign"), QDialogButtonBox::ActionRole);
    m_sign->setObjectName(QStringLiteral("signNote"));
    m_save->setVisible(!m_readOnly);
    m_sign->setVisible(!m_readOnly);
    layout->addWidget(buttons);
    m_personal->setReadOnly(m_readOnly);
    m_job->setReadOnly(m_readOnly);
    for (auto* t : m_tracks) {
        t->setEnabled(!m_readOnly);
    }

    connect(m_search, &QLineEdit::textChanged, this, &NoteEditor::refreshResults);
    connect(m_search, &QLineEdit::returnPressed, this, &NoteEditor::acceptSearch);
    connect(m_coreOnly, &QRadioButton::toggled, this, &NoteEditor::refreshResults);
    connect(m_resultInfo, &QLabel::linkActivated, this, [this] { setScope(IcfCatalogue::Scope::All); });
    connect(m_results, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        addCategory(item->data(CodeRole).toString());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &NoteEditor::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, [this] {
        if (confirmAndSign()) {
            accept();
        }
    });
    refreshResults();
}

QLabel* NoteEditor::buildStatus()
{
    auto* status = new QLabel(this);
    status->setObjectName(QStringLiteral("status"));
    if (m_note.signedOff()) {
        status->setText(tr("Version %1, signed %2. A signed note cannot be changed; amend it to write a new version.")
                            .arg(m_note.version)
                            .arg(formatDateTime(m_note.signedAt)));
    } else if (m_readOnly) {
        status->setText(tr("Draft, version %1. Only the author can change it.").arg(m_note.version));
    } else {
        status->setText(tr("Draft, version %1. Sign it when it is finished.").arg(m_note.version));
    }
    if (!m_note.intact()) {
        status->setText(status->text() + QLatin1Char(' ')
                        + tr("The content was changed after signing (a draft edited on another PC before the signature "
                             "arrived); the author should read it and amend it."));
        status->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
    status->setWordWrap(true);
    return status;
}

QGroupBox* NoteEditor::buildSearchGroup(QWidget* parent)
{
    auto* searchBox = new QGroupBox(tr("ICF categories"), parent);
    auto* searchLayout = new QVBoxLayout(searchBox);
    m_search = new QLineEdit(searchBox);
    m_search->setObjectName(QStringLiteral("icfSearch"));
    m_search->setPlaceholderText(tr("Code or words (Danish or English)"));
    m_search->setClearButtonEnabled(true);
    const auto& catalogue = IcfCatalogue::standard();
    m_coreOnly = new QRadioButton(tr("Only the core set for vocational rehabilitation"), searchBox);
    m_coreOnly->setObjectName(QStringLiteral("icfCoreSetOnly"));
    m_coreOnly->setToolTip(
        tr("The brief and the comprehensive ICF Core Set for vocational rehabilitation: %n categories",
           "",
           catalogue.size(IcfCatalogue::Scope::CoreSets)));
    m_allCategories = new QRadioButton(tr("All ICF categories"), searchBox);
    m_allCategories->setObjectName(QStringLiteral("icfAllCategories"));
    m_allCategories->setToolTip(tr(
        "Every second-level category of the WHO's ICF: %n categories", "", catalogue.size(IcfCatalogue::Scope::All)));
    auto* scope = new QButtonGroup(searchBox);
    scope->addButton(m_coreOnly);
    scope->addButton(m_allCategories);
    m_coreOnly->setChecked(true);
    m_resultInfo = new QLabel(searchBox);
    m_resultInfo->setObjectName(QStringLiteral("icfResultInfo"));
    m_resultInfo->setWordWrap(true);
    m_resultInfo->setTextFormat(Qt::RichText);
    m_results = new QListWidget(searchBox);
    m_results->setObjectName(QStringLiteral("icfResults"));
    // Long titles wrap instead of hiding behind a horizontal scroll bar; rows follow the width.
    m_results->setWordWrap(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setItemDelegate(new ResultDelegate(tr("core set"), m_results));
    auto* add = new QPushButton(tr("Add to note"), searchBox);
    add->setObjectName(QStringLiteral("addCategory"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (auto* item = m_results->currentItem()) {
            addCategory(item->data(CodeRole).toString());
        }
    });
    searchLayout->addWidget(m_search);
    searchLayout->addWidget(m_coreOnly);
    searchLayout->addWidget(m_allCategories);
    searchLayout->addWidget(m_resultInfo);
    searchLayout->addWidget(m_results);
    searchLayout->addWidget(add);
    return searchBox;
}

void NoteEditor::buildFindingTables(QWidget* parent)
{
    m_components = new QTabWidget(parent);
    m_components->setObjectName(QStringLiteral("components"));
    for (auto c : IcfComponents::all()) {
        auto* table = new QTableWidget(0, 4, m_components);
        table->setObjectName(QStringLiteral("findings_") + IcfComponents::letter(c));
        table->setHorizontalHeaderLabels({tr("Code"), tr("Category"), tr("Qualifier"), tr("Comment")});
        // The title gets the room (long ones wrap, with both languages in the tooltip); the comment a fair share.
        table->horizontalHeader()->setSectionResizeMode(CodeCol, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(TitleCol, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(QualifierCol, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(CommentCol, QHeaderView::Interactive);
        table->horizontalHeader()->resizeSection(CommentCol, 200);
        table->setWordWrap(true);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->verticalHeader()->hide();
        m_tables.append(table);
        m_components->addTab(table, IcfComponents::label(c));
    }
}

QGridLayout* NoteEditor::buildBottomGrid()
{
    auto* bottom = new QGridLayout;
    m_personal = new QPlainTextEdit(this);
    m_personal->setObjectName(QStringLiteral("personalFactors"));
    m_job = new QPlainTextEdit(this);
    m_job->setObjectName(QStringLiteral("jobMeaning"));
    bottom->addWidget(new QLabel(tr("Personal factors:"), this), 0, 0);
    bottom->addWidget(new QLabel(tr("What it means for job or education:"), this), 0, 1);
    bottom->addWidget(m_personal, 1, 0);
    bottom->addWidget(m_job, 1, 1);
    auto* tracksBox = new QGroupBox(tr("Recommended intervention tracks"), this);
    auto* tracksLayout = new QGridLayout(tracksBox);
    int i = 0;
    for (const auto& t : Tracks::all()) {
        auto* box = new QCheckBox(QStringLiteral("%1 %2").arg(t.number).arg(t.name()), tracksBox);
        box->setObjectName(QStringLiteral("track_") + t.code);
        box->setProperty("code", t.code);
        tracksLayout->addWidget(box, i / 2, i % 2);
        m_tracks.append(box);
        ++i;
    }
    bottom->addWidget(tracksBox, 2, 0, 1, 2);
    return bottom;
}

void NoteEditor::load(const IcfNote& note)
{
    for (const auto& f : note.findings) {
        addRow(f);
    }
    m_personal->setPlainText(note.personalFactors);
    m_job->setPlainText(note.jobMeaning);
    for (auto* t : m_tracks) {
        t->setChecked(note.tracks.contains(t->property("code").toString()));
    }
}

QTableWidget* NoteEditor::tableFor(QChar letter) const
{
    const auto c = IcfComponents::fromLetter(letter);
    return c ? m_tables.value(int(IcfComponents::all().indexOf(*c))) : nullptr;
}

void NoteEditor::search(const QString& text)
{
    if (m_search->text() == text) {
        refreshResults();
    } else {
        m_search->setText(text); // refreshes through textChanged
    }
}

void NoteEditor::setScope(IcfCatalogue::Scope scope)
{
    (scope == IcfCatalogue::Scope::CoreSets ? m_coreOnly : m_allCategories)->setChecked(true);
}

IcfCatalogue::Scope NoteEditor::scope() const
{
    return m_coreOnly->isChecked() ? IcfCatalogue::Scope::CoreSets : IcfCatalogue::Scope::All;
}

void NoteEditor::refreshResults()
{
    const auto& catalogue = IcfCatalogue::standard();
    const QString text = m_search->text().trimmed();
    const auto scope = this->scope();
    const auto found = catalogue.search(text, scope);
    const QString current = m_results->currentItem() ? m_results->currentItem()->data(CodeRole).toString() : QString();

    m_results->setUpdatesEnabled(false);
    m_results->clear();
    QString chapter;
    for (const auto& c : found) {
        if (c.chapterCode() != chapter) {
            chapter = c.chapterCode();
            if (const auto* ch = catalogue.chapterOf(c.code)) {
                auto* heading = new QListWidgetItem(QStringLiteral("%1  %2").arg(ch->code, ch->title()), m_results);
                heading->setData(ChapterRole, ch->code);
                heading->setFlags(Qt::NoItemFlags);
            }
        }
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(c.code, c.title()), m_results);
        item->setData(CodeRole, c.code);
        const bool tagged = scope == IcfCatalogue::Scope::All && c.inCoreSet();
        item->setData(CoreSetRole, tagged);
        QString tip = QStringLiteral("%1 / %2").arg(c.titleDa, c.titleEn);
        if (c.inCoreSet()) {
            tip += QLatin1Char('\n')
                + (c.inBriefCoreSet()
                       ? tr("In the brief and the comprehensive ICF Core Set for vocational rehabilitation.")
                       : tr("In the comprehensive ICF Core Set for vocational rehabilitation."));
        }
        item->setToolTip(tip);
        if (c.code == current) {
            m_results->setCurrentItem(item);
        }
    }
    m_results->setUpdatesEnabled(true);

    const int count = int(found.size());
    if (text.isEmpty()) {
        m_resultInfo->setText(scope == IcfCatalogue::Scope::CoreSets ? tr("%n categories in the core set.", "", count)
                                                                     : tr("%n ICF categories.", "", count));
    } else if (count > 0) {
        m_resultInfo->setText(scope == IcfCatalogue::Scope::CoreSets
                                  ? tr("%n found in the core set.", "", count)
                                  : tr("%n found among all ICF categories.", "", count));
    } else if (const int wider = int(catalogue.search(text).size());
               scope == IcfCatalogue::Scope::CoreSets && wider > 0) {
        m_resultInfo->setText(
            tr("None in the core set, %n among all ICF categories: <a href=\"all\">show them</a>.", "", wider));
    } else {
        m_resultInfo->setText(tr("No ICF category matches “%1”.").arg(text.toHtmlEscaped()));
    }
}

void NoteEditor::acceptSearch()
{
    QListWidgetItem* first = nullptr;
    int categories = 0;
    for (int i = 0; i < m_results->count(); ++i) {
        auto* item = m_results->item(i);
        if (!item->data(CodeRole).toString().isEmpty()) {
            first = first ? first : item;
            ++categories;
        }
    }
    if (categories == 1) {
        addCategory(first->data(CodeRole).toString());
    } else if (first) {
        m_results->setCurrentItem(first);
        m_results->setFocus();
    }
}

void NoteEditor::addRow(const IcfFinding& f)
{
    auto* table = f.code.isEmpty() ? nullptr : tableFor(f.code.at(0));
    if (!table) {
        return;
    }
    const int row = table->rowCount();
    table->insertRow(row);
    auto* code = new QTableWidgetItem(f.code);
    code->setFlags(code->flags() & ~Qt::ItemIsEditable);
    table->setItem(row, CodeCol, code);
    const auto* cat = IcfCatalogue::standard().find(f.code);
    auto* title = new QTableWidgetItem(cat ? cat->title() : QString());
    title->setFlags(title->flags() & ~Qt::ItemIsEditable);
    if (cat) {
        title->setToolTip(QStringLiteral("%1 / %2").arg(cat->titleDa, cat->titleEn)); // long titles are elided
    }
    table->setItem(row, TitleCol, title);
    auto* box = new QComboBox(table);
    box->setObjectName(QStringLiteral("qualifier_") + f.code);
    fillQualifiers(box, f.isEnvironmental());
    box->setCurrentIndex(box->findData(qualifierKey(f.qualifier, f.facilitator)));
    box->setEnabled(!m_readOnly);
    table->setCellWidget(row, QualifierCol, box);
    auto* comment = new QTableWidgetItem(f.comment);
    if (m_readOnly) {
        comment->setFlags(comment->flags() & ~Qt::ItemIsEditable);
    }
    table->setItem(row, CommentCol, comment);
}

bool NoteEditor::addCategory(const QString& code)
{
    if (m_readOnly || !IcfCatalogue::standard().find(code)) {
        return false;
    }
    for (const auto& f : note().findings) {
        if (f.code == code) {
            setMessage(tr("%1 is already in the note.").arg(code), true);
            return false;
        }
    }
    addRow(IcfFinding{code, 8, false, {}});
    if (auto* table = tableFor(code.at(0))) {
        m_components->setCurrentWidget(table);
    }
    setMessage(QString(), false);
    return true;
}

void NoteEditor::setQualifier(const QString& code, int qualifier, bool facilitator)
{
    auto* table = tableFor(code.at(0));
    for (int r = 0; table && r < table->rowCount(); ++r) {
        if (table->item(r, CodeCol)->text() == code) {
            auto* box = qobject_cast<QComboBox*>(table->cellWidget(r, QualifierCol));
            box->setCurrentIndex(box->findData(qualifierKey(qualifier, facilitator)));
        }
    }
}

IcfNote NoteEditor::note() const
{
    IcfNote n = m_note;
    n.findings.clear();
    for (auto* table : m_tables) {
        for (int r = 0; r < table->rowCount(); ++r) {
            IcfFinding f;
            f.code = table->item(r, CodeCol)->text();
            const QString key = qobject_cast<QComboBox*>(table->cellWidget(r, QualifierCol))->currentData().toString();
            f.facilitator = key.startsWith(QLatin1Char('+'));
            f.qualifier = key.mid(1).toInt();
            f.comment = table->item(r, CommentCol) ? table->item(r, CommentCol)->text().trimmed() : QString();
            n.findings.append(f);
        }
    }
    n.personalFactors = m_personal->toPlainText();
    n.jobMeaning = m_job->toPlainText();
    n.tracks.clear();
    for (auto* t : m_tracks) {
        if (t->isChecked()) {
            n.tracks << t->property("code").toString();
        }
    }
    return n;
}

void NoteEditor::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString NoteEditor::message() const
{
    return m_message->text();
}

bool NoteEditor::saveDraft()
{
    if (m_readOnly) {
        return false;
    }
    auto r = NoteRepository(m_db).saveDraft(note());
    if (!r) {
        setMessage(r.error(), true);
        return false;
    }
    m_note = r.value();
    setMessage(tr("Draft saved."), false);
    return true;
}

bool NoteEditor::sign()
{
    if (!saveDraft()) {
        return false;
    }
    auto r = NoteRepository(m_db).sign(m_note.id, m_userId);
    if (!r) {
        setMessage(tr("Not signed: %1").arg(r.error()), true);
        return false;
    }
    m_note = r.value();
    m_readOnly = true;
    setMessage(tr("Signed."), false);
    return true;
}

bool NoteEditor::confirmAndSign()
{
    if (m_readOnly) {
        return false;
    }
    const IcfNote n = note();
    if (const QStringList problems = NoteRules::problems(n); !problems.isEmpty()) {
        setMessage(tr("Not signed: %1").arg(problems.join(QLatin1Char('\n'))), true);
        return false;
    }
    QString text = tr("Sign the note? A signed note cannot be changed; it can only be amended in a new version.");
    if (const QStringList missing = NoteRules::missing(n); !missing.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("The note has:") + QStringLiteral("\n• ")
            + missing.join(QStringLiteral("\n• "));
    }
    const auto answer = MessageBox::question(this, tr("Sign the note"), text, QMessageBox::Yes | QMessageBox::No,
                                             QMessageBox::No, {{QMessageBox::Yes, tr("Sign")}, {QMessageBox::No, tr("Not yet")}});
    if (answer != QMessageBox::Yes) {
        setMessage(tr("Not signed; the note is still a draft."), false);
        return false;
    }
    return sign();
}

} // namespace samspil::ui
