#include "PlanTab.h"

#include "core/plan/InterventionCatalogue.h"
#include "core/plan/PlanSignals.h"
#include "core/storage/AccessLog.h"
#include "core/citizen/CitizenRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/common/Layouts.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Settings.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/plan/PlanDialogs.h"
#include "ui/plan/PlanDocument.h"
#include "ui/plan/PlanEditCommand.h"
#include "ui/plan/PlanEditorPanel.h"
#include "ui/plan/PlanVersionsPanel.h"
#include "ui/plan/ProgressionPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samspil::ui {

PlanTab::PlanTab(Database& db, const QString& citizenId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_citizenId(citizenId)
    , m_staff(StaffRepository(db).all(false))
    , m_undo(new QUndoStack(this))
    , m_title(new QLabel(this))
    , m_closedNote(new QLabel(this))
    , m_signals(new QLabel(this))
    , m_message(new QLabel(this))
    , m_create(new QPushButton(tr("Create plan"), this))
    , m_save(new QPushButton(tr("&Save plan"), this))
    , m_newVersion(new QPushButton(tr("Change plan (new version)"), this))
    , m_agree(new QPushButton(tr("Agree with citizen…"), this))
    , m_undoButton(new QPushButton(tr("Undo"), this))
    , m_redoButton(new QPushButton(tr("Redo"), this))
    , m_preview(new QPushButton(tr("Print preview…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
    , m_pages(new QTabWidget(this))
    , m_editor(new PlanEditorPanel(m_staff, this))
    , m_progression(new ProgressionPanel(db.clock().today(), this))
    , m_versions(new PlanVersionsPanel(m_staff, this))
{
    setObjectName(QStringLiteral("planTab"));
    m_create->setObjectName(QStringLiteral("createPlan"));
    m_save->setObjectName(QStringLiteral("savePlan"));
    m_newVersion->setObjectName(QStringLiteral("newVersion"));
    m_agree->setObjectName(QStringLiteral("agreePlan"));
    m_undoButton->setObjectName(QStringLiteral("undo"));
    m_redoButton->setObjectName(QStringLiteral("redo"));
    m_signals->setObjectName(QStringLiteral("signals"));
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_closedNote->setObjectName(QStringLiteral("caseClosedNote"));
    showStaffNames();
    buildLayout();
    wire();
    readCaseStatus();
    reload();
}

PlanTab::~PlanTab()
{
    // The undo stack, a child, clears itself as it goes and says so: not to this half-destroyed tab.
    m_undo->disconnect(this);
}

void PlanTab::buildLayout()
{
    auto* top = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    top->addLayout(row(this, {m_title}));
    m_closedNote->setText(tr("The case is closed. The plan is shown as it was and cannot be changed or rated until "
                             "the case is reopened (Citizen ▸ Reopen case)."));
    m_closedNote->setWordWrap(true);
    m_closedNote->setStyleSheet(QStringLiteral("QLabel { background: #eceff1; border: 1px solid #90a4ae; padding: 4px; }"));
    m_closedNote->hide();
    top->addWidget(m_closedNote);
    top->addLayout(row(this, {m_create, m_save, m_undoButton, m_redoButton, m_newVersion, m_agree, m_preview, m_pdf}));
    m_signals->setWordWrap(true);
    m_signals->setTextFormat(Qt::RichText);
    m_signals->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The signals have a place of their own, the same height whether there are none or many (more
    // scroll), so the pages below do not jump as signals come and go.
    m_signalsArea = new QScrollArea(this);
    m_signalsArea->setObjectName(QStringLiteral("signalsArea"));
    m_signalsArea->setWidget(m_signals);
    m_signalsArea->setWidgetResizable(true);
    m_signalsArea->setFrameShape(QFrame::NoFrame);
    m_signalsArea->setFixedHeight(m_signals->fontMetrics().lineSpacing() * 5 + 12);
    top->addWidget(m_signalsArea);
    m_message->setWordWrap(true);
    // Room for two lines whether or not there is a message, so the pages below do not jump.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2 + 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    top->addWidget(m_message);
    top->addWidget(m_pages, 1);

    auto* editorScroll = new QScrollArea(this);
    editorScroll->setWidgetResizable(true);
    editorScroll->setWidget(m_editor);
    m_pages->addTab(editorScroll, tr("Plan"));
    m_pages->addTab(m_progression, tr("Progression"));
    m_pages->addTab(m_versions, tr("Versions"));
}

void PlanTab::wire()
{
    m_undoButton->setShortcut(QKeySequence::Undo);
    m_redoButton->setShortcut(QKeySequence::Redo);
    // Both redo keys work whatever the platform's own is: Ctrl+Shift+Z (Linux, macOS) and Ctrl+Y
    // (what Windows users expect).
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (key != QKeySequence(QKeySequence::Redo)) {
            auto* redo = new QShortcut(key, this);
            redo->setContext(Qt::WindowShortcut); // as the buttons' keys: only while the plan tab is shown
            connect(redo, &QShortcut::activated, m_redoButton, &QPushButton::animateClick);
        }
    }
    m_save->setShortcut(QKeySequence::Save);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &PlanTab::updateButtons);
    connect(m_undo, &QUndoStack::cleanChanged, this, &PlanTab::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &PlanTab::createPlan);
    connect(m_save, &QPushButton::clicked, this, &PlanTab::save);
    connect(m_newVersion, &QPushButton::clicked, this, &PlanTab::startNewVersion);
    connect(m_agree, &QPushButton::clicked, this, [this] {
        if (isModified() && !save()) {
            return;
        }
        AgreeDialog d(
            m_db.clock().today(), [this](const Agreement& a) { return agreeOrSayWhy(a); }, this);
        if (d.exec() == QDialog::Accepted) {
            setMessage(tr("The plan was agreed with the citizen on %1.").arg(formatDate(d.agreement().on)), false);
        }
    });
    connect(m_preview, &QPushButton::clicked, this, &PlanTab::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &PlanTab::savePdf);
    connect(m_editor, &PlanEditorPanel::edited, this, &PlanTab::edit);
    connect(m_editor, &PlanEditorPanel::goalDialogRequested, this, &PlanTab::editGoalDialog);
    connect(m_editor, &PlanEditorPanel::removeGoalRequested, this, &PlanTab::removeGoal);
    connect(m_editor, &PlanEditorPanel::interventionDialogRequested, this, &PlanTab::editInterventionDialog);
    connect(m_editor, &PlanEditorPanel::removeInterventionRequested, this, &PlanTab::removeIntervention);
    m_watcher = new ChangeWatcher(m_db,
                                  {QStringLiteral("citizen"), QStringLiteral("plan"), QStringLiteral("plan_goal"),
                                   QStringLiteral("plan_intervention"), QStringLiteral("plan_rating"),
                                   QStringLiteral("staff")},
                                  m_citizenId, this);
    connect(m_watcher, &ChangeWatcher::changed, this, &PlanTab::onStoreChanged);
    connect(m_progression, &ProgressionPanel::ratingEntered, this, [this](Rating r) {
        r.citizenId = m_citizenId;
        if (addRating(r)) {
            m_progression->clearComment();
        }
    });
}

bool PlanTab::isModified() const
{
    return !m_undo->isClean();
}

void PlanTab::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a00000;") : QString());
}

QString PlanTab::message() const
{
    return m_message->text();
}

void PlanTab::reload(const QString& planId)
{
    PlanRepository repo(m_db);
    std::optional<Plan> p = planId.isEmpty() ? repo.current(m_citizenId) : repo.get(planId);
    m_undo->clear();
    applyPlan(p ? *p : Plan{});
    refreshVersions();
    refreshProgression();
}

void PlanTab::showStaffNames()
{
    QHash<QString, QString> names;
    for (const auto& s : m_staff) {
        names.insert(s.id, s.name);
    }
    m_progression->setStaffNames(names);
}

void PlanTab::reloadStaff()
{
    m_staff = StaffRepository(m_db).all(false);
    showStaffNames();
    m_editor->setStaff(m_staff);
    m_versions->setStaff(m_staff);
    refreshProgression(); // the charts name the professional who rated
}

void PlanTab::onStoreChanged(const DataChange& change)
{
    if (change.touches(QStringLiteral("staff"))) {
        reloadStaff(); // a new member or a new name: the lists and the dialogs offer them as they are
    }
    if (change.touches(QStringLiteral("citizen"))) {
        readCaseStatus();
    }
    if (!change.touchesAny({"plan", "plan_goal", "plan_intervention"})) {
        if (change.touches(QStringLiteral("plan_rating"))) {
            refreshProgression(); // a rating from another PC: the charts and signals
        }
        return;
    }
    if (isModified()) {
        // Never throw away what the person is editing: say so, and let them choose.
        setMessage(tr("The plan was changed elsewhere while you were editing. Save keeps your version; "
                      "Undo all your changes to see the new one."),
                   false);
        refreshVersions();
        return;
    }
    // A draft made elsewhere (the conference), a new version or an agreement: show the newest.
    reload();
}

void PlanTab::readCaseStatus()
{
    const auto c = CitizenRepository(m_db).get(m_citizenId);
    const bool closed = c && c->status == CitizenStatus::Closed;
    if (closed == m_caseClosed) {
        return;
    }
    m_caseClosed = closed;
    updateButtons();
    refreshProgression();
}

void PlanTab::applyPlan(const Plan& plan)
{
    m_plan = plan;
    m_editor->showPlan(plan);
    m_progression->showGoals(plan);
    updateButtons();
}

void PlanTab::updateButtons()
{
    const bool has = hasPlan();
    const bool editable = has && m_plan.editable();
    if (!has) {
        m_title->setText(tr("No intervention plan yet"));
    } else {
        m_title->setText(tr("Intervention plan, version %1 (%2)%3")
                             .arg(m_plan.version)
                             .arg(PlanText::statusLabel(m_plan.status).toLower())
                             .arg(isModified() ? tr(" – not saved") : QString()));
    }
    const bool open = !m_caseClosed;
    m_closedNote->setVisible(m_caseClosed);
    m_create->setVisible(!has && open);
    m_save->setVisible(has && editable && open);
    m_save->setEnabled(isModified());
    m_undoButton->setVisible(editable && open);
    m_redoButton->setVisible(editable && open);
    m_undoButton->setEnabled(m_undo->canUndo());
    m_redoButton->setEnabled(m_undo->canRedo());
    m_undoButton->setToolTip(m_undo->undoText());
    m_redoButton->setToolTip(m_undo->redoText());
    m_newVersion->setVisible(has && !editable && open);
    m_agree->setVisible(editable && open);
    m_preview->setEnabled(has);
    m_pdf->setEnabled(has);
    m_editor->setEnabled(has);
    m_editor->setReadOnly(!(editable && open));
    m_progression->setRatingAllowed(open);
    m_pages->setTabEnabled(1, has);
}

void PlanTab::edit(const QString& text, const std::function<void(Plan&)>& change)
{
    if (!m_plan.editable() || !hasPlan() || m_caseClosed) {
        return;
    }
    Plan after = m_plan;
    change(after);
    m_undo->push(new PlanEditCommand(text, m_plan, after, [this](const Plan& p) {
        applyPlan(p);
        refreshProgression();
    }));
}

void PlanTab::addGoal(PlanGoal goal)
{
    if (goal.lineage.isEmpty()) {
        goal.lineage = newUuid();
    }
    goal.id.clear();
    edit(goal.isSubGoal() ? tr("Add sub-goal “%1”").arg(goal.text) : tr("Add goal “%1”").arg(goal.text),
         [goal](Plan& p) { p.goals.append(goal); });
}

void PlanTab::replaceGoal(const PlanGoal& goal)
{
    edit(tr("Change goal “%1”").arg(goal.text), [goal](Plan& p) {
        for (auto& g : p.goals) {
            if (g.lineage == goal.lineage) {
                g = goal;
            }
        }
    });
}

void PlanTab::removeGoal(const QString& lineage)
{
    const PlanGoal* g = m_plan.goal(lineage);
    if (!g) {
        return;
    }
    edit(tr("Remove goal “%1”").arg(g->text), [lineage](Plan& p) {
        p.goals.erase(std::remove_if(p.goals.begin(), p.goals.end(),
                                     [&](const PlanGoal& x) { return x.lineage == lineage || x.parentLineage == lineage; }),
                      p.goals.end());
        QSet<QString> left;
        for (const auto& x : p.goals) {
            left.insert(x.lineage);
        }
        for (auto& i : p.interventions) {
            i.goalLineages.erase(std::remove_if(i.goalLineages.begin(), i.goalLineages.end(),
                                                [&](const QString& l) { return !left.contains(l); }),
                                 i.goalLineages.end());
        }
    });
}

void PlanTab::addIntervention(PlanIntervention item)
{
    if (item.lineage.isEmpty()) {
        item.lineage = newUuid();
    }
    item.id.clear();
    const QString name = item.title.isEmpty() ? InterventionCatalogue::shipped().name(item.kind) : item.title;
    edit(tr("Add intervention “%1”").arg(name), [item](Plan& p) { p.interventions.append(item); });
}

void PlanTab::replaceIntervention(const PlanIntervention& item)
{
    const QString name = item.title.isEmpty() ? InterventionCatalogue::shipped().name(item.kind) : item.title;
    edit(tr("Change intervention “%1”").arg(name), [item](Plan& p) {
        for (auto& i : p.interventions) {
            if (i.lineage == item.lineage) {
                i = item;
            }
        }
    });
}

void PlanTab::removeIntervention(const QString& lineage)
{
    for (const auto& i : m_plan.interventions) {
        if (i.lineage == lineage) {
            const QString name = i.title.isEmpty() ? InterventionCatalogue::shipped().name(i.kind) : i.title;
            edit(tr("Remove intervention “%1”").arg(name), [lineage](Plan& p) {
                p.interventions.erase(std::remove_if(p.interventions.begin(), p.interventions.end(),
                                                     [&](const PlanIntervention& x) { return x.lineage == lineage; }),
                                      p.interventions.end());
            });
            return;
        }
    }
}

void PlanTab::editGoalDialog(bool subGoal, bool existing)
{
    PlanGoal g;
    if (existing) {
        const PlanGoal* found = m_plan.goal(m_editor->selectedGoal());
        if (!found) {
            setMessage(tr("Choose a goal first."), true);
            return;
        }
        g = *found;
    } else {
        g.responsibleId = m_plan.caseworkerId;
        if (subGoal) {
            const PlanGoal* parent = m_plan.goal(m_editor->selectedGoal());
            if (!parent) {
                setMessage(tr("Choose the goal the sub-goal belongs to."), true);
                return;
            }
            g.parentLineage = parent->isSubGoal() ? parent->parentLineage : parent->lineage;
            g.tracks = parent->tracks;
        }
    }
    const PlanGoal* parentGoal = g.isSubGoal() ? m_plan.goal(g.parentLineage) : nullptr;
    GoalDialog d(g, m_staff, this, parentGoal ? parentGoal->text : QString());
    if (d.exec() != QDialog::Accepted) {
        return;
    }
    existing ? replaceGoal(d.goal()) : addGoal(d.goal());
}

void PlanTab::editInterventionDialog(bool existing)
{
    PlanIntervention item;
    if (existing) {
        bool found = false;
        for (const auto& i : m_plan.interventions) {
            if (i.lineage == m_editor->selectedIntervention()) {
                item = i;
                found = true;
            }
        }
        if (!found) {
            setMessage(tr("Choose an intervention first."), true);
            return;
        }
    } else if (const PlanGoal* g = m_plan.goal(m_editor->selectedGoal())) {
        item.goalLineages = {g->lineage};
        item.tracks = g->tracks;
    }
    InterventionDialog d(item, m_plan, m_staff, this);
    if (d.exec() != QDialog::Accepted) {
        return;
    }
    existing ? replaceIntervention(d.intervention()) : addIntervention(d.intervention());
}

bool PlanTab::createPlan()
{
    const ChangeWatcher::Ignore own(m_watcher);
    Plan p;
    p.citizenId = m_citizenId;
    if (const auto c = CitizenRepository(m_db).get(m_citizenId)) {
        p.caseworkerId = c->caseworkerId;
    }
    auto created = PlanRepository(m_db).createDraft(p);
    if (!created) {
        setMessage(created.error(), true);
        return false;
    }
    reload(created->id);
    setMessage(tr("A draft plan was created. Write the employment goal and the goals together with the citizen."), false);
    return true;
}

bool PlanTab::save()
{
    const ChangeWatcher::Ignore own(m_watcher);
    if (!hasPlan() || !m_plan.editable()) {
        return false;
    }
    auto saved = PlanRepository(m_db).saveDraft(m_plan);
    if (!saved) {
        setMessage(saved.error(), true);
        return false;
    }
    // Keep the undo history; the stored ids go into the working copy.
    const QSignalBlocker block(m_undo);
    m_plan = saved.value();
    applyPlan(m_plan);
    m_undo->setClean();
    refreshVersions();
    refreshProgression();
    updateButtons();
    setMessage(tr("The plan was saved."), false);
    return true;
}

bool PlanTab::startNewVersion()
{
    if (!maybeLeave()) {
        return false;
    }
    const ChangeWatcher::Ignore own(m_watcher);
    auto next = PlanRepository(m_db).revise(m_plan.id);
    if (!next) {
        setMessage(next.error(), true);
        return false;
    }
    reload(next->id);
    setMessage(tr("Version %1 is a new draft; the agreed version stays as it is until this one is agreed.").arg(next->version), false);
    return true;
}

QString PlanTab::agreeOrSayWhy(const Agreement& agreement)
{
    if (isModified() && !save()) {
        return message();
    }
    const ChangeWatcher::Ignore own(m_watcher);
    auto agreed = PlanRepository(m_db).agree(m_plan.id, agreement);
    if (!agreed) {
        return agreed.error();
    }
    reload(agreed->id);
    return {};
}

bool PlanTab::agree(const Agreement& agreement)
{
    if (const QString refused = agreeOrSayWhy(agreement); !refused.isEmpty()) {
        setMessage(refused, true);
        return false;
    }
    setMessage(tr("The plan was agreed with the citizen on %1.").arg(formatDate(agreement.on)), false);
    return true;
}

bool PlanTab::addRating(const Rating& rating)
{
    const ChangeWatcher::Ignore own(m_watcher);
    auto added = ProgressionRepository(m_db).add(rating);
    if (!added) {
        setMessage(added.error(), true);
        return false;
    }
    refreshProgression();
    setMessage(tr("The rating was saved."), false);
    return true;
}

QStringList PlanTab::signalMessages() const
{
    // A closed case asks for nothing more: no signals to review the plan.
    if (!hasPlan() || m_caseClosed) {
        return {};
    }
    QStringList out;
    for (const auto& s : PlanSignals::compute(m_plan, ProgressionRepository(m_db).forCitizen(m_citizenId), m_db.clock().today())) {
        out << s.message;
    }
    return out;
}

void PlanTab::refreshProgression()
{
    const QStringList messages = signalMessages();
    // A closed case asks for nothing, and a tab without a plan has nothing to review.
    m_signalsArea->setVisible(hasPlan() && !m_caseClosed);
    if (messages.isEmpty()) {
        m_signals->setText(tr("No signals: nothing in the plan asks for a review now."));
        m_signals->setStyleSheet(QStringLiteral("QLabel { color: #555555; padding: 4px; }"));
    } else {
        QString html = QStringLiteral("<b>%1</b><ul style='margin-top:0'>").arg(tr("Review the plan:").toHtmlEscaped());
        for (const auto& m : messages) {
            html += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
        }
        m_signals->setText(html + QStringLiteral("</ul>"));
        m_signals->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #c9a13b; padding: 4px; }"));
    }
    if (!hasPlan()) {
        m_progression->clearCharts();
        return;
    }
    m_progression->showCharts(m_plan, ProgressionRepository(m_db).forCitizen(m_citizenId), m_db.clock().today());
}

QVector<QChart*> PlanTab::charts() const
{
    return m_progression->charts();
}

void PlanTab::refreshVersions()
{
    m_versions->showVersions(PlanRepository(m_db).versions(m_citizenId));
}

bool PlanTab::maybeLeave()
{
    if (!isModified()) {
        return true;
    }
    const auto answer = MessageBox::question(this, tr("Unsaved changes"), tr("The plan has been changed. Save the changes?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    if (answer == QMessageBox::Discard) {
        reload(m_plan.id);
        return true;
    }
    return false;
}

namespace {
Result<PlanDocumentData> documentData(Database& db, const QString& citizenId, const Plan& plan)
{
    auto data = PlanDocumentData::load(db, citizenId, plan.id);
    if (!data) {
        return data;
    }
    data->plan = plan; // what is on the screen, saved or not
    data->municipality = prefs::municipalityName.get();
    data->department = prefs::departmentName.get();
    data->caseworkerContact = prefs::departmentContact.get();
    return data;
}
} // namespace

void PlanTab::printPreview()
{
    auto data = documentData(m_db, m_citizenId, m_plan);
    if (!data) {
        setMessage(data.error(), true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the plan"));
    const PlanDocument doc(data.value());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter* p) { doc.render(p); });
    if (preview.exec() == QDialog::Accepted) {
        // The preview closes with Accepted only after it printed.
        if (const auto logged = AccessLog(m_db).record(AccessLog::Action::Print, m_citizenId, AccessLog::kPlanPrint);
            !logged) {
            setMessage(logged.error(), true);
        }
    }
}

void PlanTab::savePdf()
{
    auto data = documentData(m_db, m_citizenId, m_plan);
    if (!data) {
        setMessage(data.error(), true);
        return;
    }
    // The citizen's name in the file name, so a folder of plans can be told apart.
    const auto citizen = CitizenRepository(m_db).get(m_citizenId);
    QString name = citizen ? citizen->name.simplified() : QString();
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    const QString suggested = name.isEmpty() ? tr("indsatsplan-version-%1.pdf").arg(m_plan.version)
                                             : tr("indsatsplan-%1-version-%2.pdf").arg(name).arg(m_plan.version);
    const QString path = FileDialogs::saveFile(this, tr("Save the plan as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const auto written = PlanDocument(data.value()).writePdf(path);
    if (!written) {
        setMessage(written.error(), true);
        return;
    }
    const auto logged = AccessLog(m_db).record(AccessLog::Action::Export, m_citizenId, AccessLog::kPlanPdf);
    setMessage(logged ? tr("The plan was saved as %1.").arg(path) : logged.error(), !logged);
}

void registerPlanUi()
{
    CitizenPage::registerTab({QStringLiteral("plan"), 30, [] { return PlanTab::tr("Plan"); },
                              [](Database& db, const QString& citizenId, QWidget* parent) -> QWidget* {
                                  return new PlanTab(db, citizenId, parent);
                              }});
}

} // namespace samspil::ui
