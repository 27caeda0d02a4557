#include "ConferenceDialog.h"
#include "ui/common/DateEdit.h"

#include "core/plan/Tracks.h"
#include "core/citizen/CitizenRepository.h"
#include "core/teamday/ConferenceRepository.h"
#include "core/teamday/ConsentRepository.h"
#include "core/teamday/NoteRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/teamday/ConferenceBooking.h"
#include "core/util/Dates.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace samspil::ui {

namespace {
/// The worksheet's columns after the category: one per profession that writes notes.
const QStringList& professionColumns()
{
    static const QStringList columns = {QStringLiteral("physiotherapist"), QStringLiteral("psychologist"),
                                        QStringLiteral("nurse")};
    return columns;
}
} // namespace

ConferenceDialog::ConferenceDialog(Database& db, const QString& citizenId, const QString& userId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_userId(userId)
{
    setObjectName(QStringLiteral("conferenceDialog"));
    // Room for the worksheet: three professions' notes side by side need width, and several
    // categories need height; within the screen.
    QSize size(1180, 880);
    if (const QScreen* screen = this->screen()) {
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    }
    resize(size);
    const auto citizen = CitizenRepository(db).get(citizenId);
    setWindowTitle(tr("Interdisciplinary conference — %1").arg(citizen ? citizen->name : QString()));
    loadConference(citizenId, citizen ? citizen->caseworkerId : QString());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildDateAndParticipants());
    // The worksheet and the decision share the height; the line between them can be dragged.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("worksheetSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildWorksheetGroup());
    auto* decision = new QWidget(split);
    decision->setLayout(buildDecisionForm());
    split->addWidget(decision);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveConference"));
    m_conclude = buttons->addButton(tr("Conclude and draft the plan"), QDialogButtonBox::ActionRole);
    m_conclude->setObjectName(QStringLiteral("concludeConference"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ConferenceDialog::save);
    connect(m_conclude, &QPushButton::clicked, this, [this] {
        if (conclude()) {
            accept();
        }
    });
    fillWorksheet();
}

/// The citizen's open conference; or a new one, with the booking's participants and day, or else
/// the authors of the signed notes and the coordinating caseworker.
void ConferenceDialog::loadConference(const QString& citizenId, const QString& caseworkerId)
{
    ConferenceRepository repo(m_db);
    for (const auto& c : repo.forCitizen(citizenId)) {
        if (!c.concluded()) {
            m_conference = c;
            break;
        }
    }
    const auto booking = ConferenceBooking::booked(m_db, citizenId);
    if (m_conference.id.isEmpty()) {
        m_conference.citizenId = citizenId;
        m_conference.heldOn = m_db.clock().today();
        m_conference.caseworkerId = caseworkerId;
        if (!booking.isEmpty()) {
            // Booked: the participants and the day of the booking.
            m_conference.heldOn = booking.first().start.date();
            for (const auto& a : booking) {
                m_conference.participants << a.staffId;
            }
        } else {
            // Participants: the authors of the signed notes and the coordinating caseworker.
            for (const auto& n : NoteRepository(m_db).currentSigned(citizenId)) {
                m_conference.participants << n.authorId;
            }
            if (!m_conference.caseworkerId.isEmpty()) {
                m_conference.participants << m_conference.caseworkerId;
            }
        }
    } else if (m_conference.participants.isEmpty()) {
        for (const auto& a : booking) {
            m_conference.participants << a.staffId;
        }
    }
}

QGridLayout* ConferenceDialog::buildDateAndParticipants()
{
    auto* top = new QGridLayout;
    m_date = new DateEdit(m_conference.heldOn, this);
    m_date->setObjectName(QStringLiteral("conferenceDate"));
    m_date->setDisplayFormat(dateInputFormat());
    m_date->setCalendarPopup(true);
    top->addWidget(new QLabel(tr("Date:"), this), 0, 0);
    top->addWidget(m_date, 0, 1);
    m_participants = new QListWidget(this);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setMaximumHeight(96);
    auto staff = StaffRepository(m_db).all(false);
    // The participants first.
    std::stable_partition(
        staff.begin(), staff.end(), [this](const Staff& s) { return m_conference.participants.contains(s.id); });
    for (const auto& s : staff) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(s.name, Professions::label(s.profession)),
                                         m_participants);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_conference.participants.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    top->addWidget(new QLabel(tr("Participants:"), this), 1, 0, Qt::AlignTop);
    top->addWidget(m_participants, 1, 1);
    return top;
}

QGroupBox* ConferenceDialog::buildWorksheetGroup()
{
    auto* sheetBox = new QGroupBox(tr("Worksheet: the signed notes side by side"), this);
    auto* sheetLayout = new QVBoxLayout(sheetBox);
    m_worksheet = new QTableWidget(0, 5, sheetBox);
    m_worksheet->setObjectName(QStringLiteral("worksheet"));
    m_worksheet->setHorizontalHeaderLabels({tr("ICF category"), Professions::label(Profession::Physiotherapist),
                                            Professions::label(Profession::Psychologist),
                                            Professions::label(Profession::Nurse), tr("Shared")});
    m_worksheet->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_worksheet->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents); // "Yes"
    // Rows follow the columns' width as the dialog is laid out and resized (sized once, before the
    // dialog had its width, they stayed tall and three categories filled the sheet).
    m_worksheet->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_worksheet->verticalHeader()->hide();
    m_worksheet->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_worksheet->setWordWrap(true);
    // At least five rows of two lines show without scrolling.
    m_worksheet->setMinimumHeight(m_worksheet->horizontalHeader()->sizeHint().height()
                                  + 5 * (2 * m_worksheet->fontMetrics().lineSpacing() + 8));
    sheetLayout->addWidget(m_worksheet);
    m_recommended = new QLabel(sheetBox);
    m_recommended->setObjectName(QStringLiteral("recommendedTracks"));
    m_recommended->setWordWrap(true);
    sheetLayout->addWidget(m_recommended);
    return sheetBox;
}

/// What the conference decides: the employment goal, the tracks and the draft goals.
QFormLayout* ConferenceDialog::buildDecisionForm()
{
    auto* form = new QFormLayout;
    m_goal = new QLineEdit(m_conference.employmentGoal, this);
    m_goal->setObjectName(QStringLiteral("employmentGoal"));
    m_goal->setPlaceholderText(tr("e.g. a job as a warehouse worker, 25 hours a week"));
    form->addRow(tr("Employment goal:"), m_goal);
    auto* tracksBox = new QWidget(this);
    auto* tracksLayout = new QGridLayout(tracksBox);
    tracksLayout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const auto& t : Tracks::all()) {
        auto* box = new QCheckBox(QStringLiteral("%1 %2").arg(t.number).arg(t.name()), tracksBox);
        box->setObjectName(QStringLiteral("track_") + t.code);
        box->setProperty("code", t.code);
        box->setChecked(m_conference.tracks.contains(t.code));
        tracksLayout->addWidget(box, i / 4, i % 4);
        m_tracks.append(box);
        ++i;
    }
    form->addRow(tr("Intervention tracks:"), tracksBox);
    m_draftGoals = new QPlainTextEdit(m_conference.draftGoals.join(QLatin1Char('\n')), this);
    m_draftGoals->setObjectName(QStringLiteral("draftGoals"));
    m_draftGoals->setPlaceholderText(tr("One goal per line"));
    m_draftGoals->setMaximumHeight(90);
    form->addRow(tr("Draft goals:"), m_draftGoals);
    return form;
}

void ConferenceDialog::fillWorksheet()
{
    // Notes the reader may not see come from core without their content (NoteRepository).
    const auto notes = NoteRepository(m_db).currentSigned(m_conference.citizenId);
    QVector<IcfNote> visible;
    int hidden = 0;
    QString hiddenReason;
    for (const auto& n : notes) {
        if (!n.contentHidden) {
            visible.append(n);
        } else {
            ++hidden;
            hiddenReason = n.hiddenReason;
        }
    }
    m_worksheet->setRowCount(0);
    addFindingRows(visible);
    addNoteRows(visible);
    QStringList rec;
    for (const auto& [code, count] : Worksheet::recommendedTracks(visible)) {
        if (const auto* t = Tracks::find(code)) {
            rec << tr("%1 (%n note(s))", nullptr, count).arg(t->name());
        }
    }
    QString text = tr("Signed notes: %1. Recommended tracks: %2.")
                       .arg(notes.size())
                       .arg(rec.isEmpty() ? tr("none") : rec.join(QStringLiteral(", ")));
    if (hidden > 0) {
        text += QLatin1Char(' ')
            + tr("%n note(s) not shown: %1", nullptr, hidden).arg(hiddenReason);
    }
    m_recommended->setText(text);
}

/// One row per ICF category, each profession's finding in its column; categories more than one
/// profession found are shaded.
void ConferenceDialog::addFindingRows(const QVector<IcfNote>& visible)
{
    const auto rows = Worksheet::merge(visible, IcfCatalogue::standard());
    const QStringList& columns = professionColumns();
    for (const auto& r : rows) {
        const int row = m_worksheet->rowCount();
        m_worksheet->insertRow(row);
        m_worksheet->setItem(row, 0, new QTableWidgetItem(QStringLiteral("%1 %2").arg(r.code, r.title)));
        for (const auto& e : r.entries) {
            const int col = int(columns.indexOf(e.profession));
            if (col < 0) {
                continue;
            }
            QString text = QStringLiteral("%1 %2").arg(e.finding.coded(), e.finding.qualifierLabel());
            if (!e.finding.comment.isEmpty()) {
                text += QStringLiteral("\n") + e.finding.comment;
            }
            m_worksheet->setItem(row, col + 1, new QTableWidgetItem(text));
        }
        auto* shared = new QTableWidgetItem(r.shared() ? tr("Yes") : QString());
        m_worksheet->setItem(row, 4, shared);
        if (r.shared()) {
            for (int c = 0; c < 5; ++c) {
                if (auto* item = m_worksheet->item(row, c)) {
                    item->setBackground(QColor(255, 244, 214));
                }
            }
        }
    }
}

/// Below the ICF findings, the rest of each note side by side.
void ConferenceDialog::addNoteRows(const QVector<IcfNote>& visible)
{
    const QStringList& columns = professionColumns();
    const QVector<QPair<QString, std::function<QString(const IcfNote&)>>> extras = {
        {tr("Personal factors"), [](const IcfNote& n) { return n.personalFactors; }},
        {tr("What it means for job or education"), [](const IcfNote& n) { return n.jobMeaning; }},
        {tr("Recommended intervention tracks"), [](const IcfNote& n) { return Tracks::displayNames(n.tracks); }},
    };
    for (const auto& [label, text] : extras) {
        const int row = m_worksheet->rowCount();
        m_worksheet->insertRow(row);
        auto* head = new QTableWidgetItem(label);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        m_worksheet->setItem(row, 0, head);
        for (const auto& n : visible) {
            const int col = int(columns.indexOf(n.profession));
            if (col >= 0) {
                m_worksheet->setItem(row, col + 1, new QTableWidgetItem(text(n)));
            }
        }
    }
}

Conference ConferenceDialog::conference() const
{
    Conference c = m_conference;
    c.heldOn = m_date->date();
    c.participants.clear();
    for (int i = 0; i < m_participants->count(); ++i) {
        if (m_participants->item(i)->checkState() == Qt::Checked) {
            c.participants << m_participants->item(i)->data(Qt::UserRole).toString();
        }
    }
    c.employmentGoal = m_goal->text();
    c.tracks.clear();
    for (auto* t : m_tracks) {
        if (t->isChecked()) {
            c.tracks << t->property("code").toString();
        }
    }
    c.draftGoals = m_draftGoals->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.noteIds.clear();
    for (const auto& n : NoteRepository(m_db).currentSigned(c.citizenId)) {
        c.noteIds << n.id;
    }
    return c;
}

void ConferenceDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString ConferenceDialog::message() const
{
    return m_message->text();
}

bool ConferenceDialog::save()
{
    auto r = ConferenceRepository(m_db).save(conference());
    if (!r) {
        setMessage(r.error(), true);
        return false;
    }
    m_conference = r.value();
    setMessage(tr("Saved."), false);
    return true;
}

bool ConferenceDialog::conclude()
{
    if (!save()) {
        return false;
    }
    auto r = ConferenceRepository(m_db).conclude(m_conference.id, m_userId);
    if (!r) {
        setMessage(tr("Not concluded: %1").arg(r.error()), true);
        return false;
    }
    m_conference = r.value();
    setMessage(tr("Concluded; the draft intervention plan is created."), false);
    return true;
}

} // namespace samspil::ui
