#include "ui/teamday/NoteEditor.h"

#include "core/domain/Tracks.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/StaffRepository.h"
#include "core/util/Dates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
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
    resize(1040, 660);
    auto* layout = new QVBoxLayout(this);

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
    layout->addWidget(status);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* searchBox = new QGroupBox(tr("ICF categories"), split);
    auto* searchLayout = new QVBoxLayout(searchBox);
    m_search = new QLineEdit(searchBox);
    m_search->setObjectName(QStringLiteral("icfSearch"));
    m_search->setPlaceholderText(tr("Code or words (Danish or English)"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(searchBox);
    m_results->setObjectName(QStringLiteral("icfResults"));
    // Long titles wrap instead of hiding behind a horizontal scroll bar.
    m_results->setWordWrap(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* add = new QPushButton(tr("Add to note"), searchBox);
    add->setObjectName(QStringLiteral("addCategory"));
    searchLayout->addWidget(m_search);
    searchLayout->addWidget(m_results);
    searchLayout->addWidget(add);
    searchBox->setEnabled(!m_readOnly);

    m_components = new QTabWidget(split);
    m_components->setObjectName(QStringLiteral("components"));
    for (auto c : IcfComponents::all()) {
        auto* table = new QTableWidget(0, 4, m_components);
        table->setObjectName(QStringLiteral("findings_") + IcfComponents::letter(c));
        table->setHorizontalHeaderLabels({tr("Code"), tr("Category"), tr("Qualifier"), tr("Comment")});
        table->horizontalHeader()->setSectionResizeMode(TitleCol, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(CommentCol, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(QualifierCol, QHeaderView::ResizeToContents);
        table->verticalHeader()->hide();
        m_tables.append(table);
        m_components->addTab(table, IcfComponents::label(c));
    }
    split->setStretchFactor(1, 3);
    split->setSizes({380, 620});
    layout->addWidget(split, 3);

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
    layout->addLayout(bottom, 2);

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

    connect(m_search, &QLineEdit::textChanged, this, &NoteEditor::search);
    connect(add, &QPushButton::clicked, this, [this] {
        if (auto* item = m_results->currentItem()) {
            addCategory(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_results, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { addCategory(item->data(Qt::UserRole).toString()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &NoteEditor::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, [this] {
        if (sign()) {
            accept();
        }
    });
    search(QString());
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
    m_results->clear();
    for (const auto& c : IcfCatalogue::standard().search(text)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(c.code, c.title()), m_results);
        item->setData(Qt::UserRole, c.code);
        item->setToolTip(QStringLiteral("%1 / %2").arg(c.titleDa, c.titleEn));
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

} // namespace samspil::ui
