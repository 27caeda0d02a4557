#include "PlanTab.h"

#include "core/plan/Tracks.h"
#include "core/plan/InterventionCatalogue.h"
#include "core/plan/PlanDiff.h"
#include "core/plan/PlanSignals.h"
#include "core/citizen/CitizenRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Settings.h"
#include "ui/citizen/CitizenPage.h"
#include "ui/plan/PlanDialogs.h"
#include "core/storage/AccessLog.h"
#include "ui/common/FileDialogs.h"
#include "ui/plan/PlanDocument.h"
#include "ui/plan/PlanEditCommand.h"
#include "ui/plan/ProgressionChart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {
QHBoxLayout* row(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* l = new QHBoxLayout;
    for (auto* w : widgets) {
        w->setParent(parent);
        l->addWidget(w);
    }
    l->addStretch(1);
    return l;
}
} // namespace

PlanTab::PlanTab(Database& db, const QString& citizenId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_citizenId(citizenId)
    , m_undo(new QUndoStack(this))
    , m_title(new QLabel(this))
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
    , m_editor(new QWidget(this))
    , m_employmentGoal(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_hours(new QSpinBox(this))
    , m_target(new OptionalDateEdit(this))
    , m_whatMatters(new QLineEdit(this))
    , m_firstStep(new QLineEdit(this))
    , m_goals(new QTreeWidget(this))
    , m_interventions(new QTreeWidget(this))
    , m_rateGoal(new QComboBox(this))
    , m_rater(new QComboBox(this))
    , m_score(new QSpinBox(this))
    , m_rateDate(new QDateEdit(this))
    , m_comment(new QLineEdit(this))
    , m_chartBox(new QVBoxLayout)
    , m_versionList(new QListWidget(this))
    , m_diff(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("planTab"));
    m_create->setObjectName(QStringLiteral("createPlan"));
    m_save->setObjectName(QStringLiteral("savePlan"));
    m_newVersion->setObjectName(QStringLiteral("newVersion"));
    m_agree->setObjectName(QStringLiteral("agreePlan"));
    m_undoButton->setObjectName(QStringLiteral("undo"));
    m_redoButton->setObjectName(QStringLiteral("redo"));
    m_employmentGoal->setObjectName(QStringLiteral("employmentGoal"));
    m_kind->setObjectName(QStringLiteral("goalKind"));
    m_hours->setObjectName(QStringLiteral("hoursPerWeek"));
    m_whatMatters->setObjectName(QStringLiteral("whatMatters"));
    m_firstStep->setObjectName(QStringLiteral("firstStep"));
    m_goals->setObjectName(QStringLiteral("goals"));
    m_interventions->setObjectName(QStringLiteral("interventions"));
    m_signals->setObjectName(QStringLiteral("signals"));
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_score->setObjectName(QStringLiteral("score"));
    m_versionList->setObjectName(QStringLiteral("versions"));
    m_diff->setObjectName(QStringLiteral("diff"));

    m_staff = StaffRepository(db).all(false);

    auto* top = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    top->addLayout(row(this, {m_title}));
    top->addLayout(row(this, {m_create, m_save, m_undoButton, m_redoButton, m_newVersion, m_agree, m_preview, m_pdf}));
    m_signals->setWordWrap(true);
    m_signals->setTextFormat(Qt::RichText);
    top->addWidget(m_signals);
    m_message->setWordWrap(true);
    top->addWidget(m_message);
    top->addWidget(m_pages, 1);

    // --- The plan page
    for (auto k : {EmploymentGoalKind::OrdinaryJob, EmploymentGoalKind::FlexJob, EmploymentGoalKind::Education, EmploymentGoalKind::Other}) {
        m_kind->addItem(PlanText::goalKindLabel(k), int(k));
    }
    m_hours->setRange(0, 60);
    m_hours->setSpecialValueText(tr("not set"));
    m_employmentGoal->setPlaceholderText(tr("The overall employment goal, e.g. a job as a warehouse worker, 25 hours a week"));
    m_whatMatters->setPlaceholderText(tr("In the citizen's own words"));
    m_firstStep->setPlaceholderText(tr("In the citizen's own words"));
    auto* editorLayout = new QVBoxLayout(m_editor);
    auto* goalBox = new QGroupBox(tr("Employment goal"), m_editor);
    auto* form = new QFormLayout(goalBox);
    form->addRow(tr("&Employment goal:"), m_employmentGoal);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Hours per week:"), m_hours);
    form->addRow(tr("&Target date:"), m_target);
    form->addRow(tr("&What matters to me:"), m_whatMatters);
    form->addRow(tr("My &first step:"), m_firstStep);
    editorLayout->addWidget(goalBox);

    m_goals->setHeaderLabels({tr("Goal"), tr("How we see it is reached"), tr("Tracks"), tr("Target date"), tr("Responsible")});
    m_goals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* addGoal = new QPushButton(tr("Add goal…"));
    auto* addSub = new QPushButton(tr("Add sub-goal…"));
    auto* editGoal = new QPushButton(tr("Edit goal…"));
    auto* removeGoal = new QPushButton(tr("Remove goal"));
    auto* goalsBox = new QGroupBox(tr("Goals"), m_editor);
    auto* gl = new QVBoxLayout(goalsBox);
    gl->addWidget(m_goals);
    gl->addLayout(row(goalsBox, {addGoal, addSub, editGoal, removeGoal}));
    editorLayout->addWidget(goalsBox, 1);

    m_interventions->setHeaderLabels({tr("Intervention"), tr("Tracks"), tr("Provider"), tr("Start"), tr("End"), tr("Status")});
    m_interventions->setRootIsDecorated(false);
    m_interventions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* addIv = new QPushButton(tr("Add intervention…"));
    auto* editIv = new QPushButton(tr("Edit intervention…"));
    auto* removeIv = new QPushButton(tr("Remove intervention"));
    auto* ivBox = new QGroupBox(tr("Interventions"), m_editor);
    auto* il = new QVBoxLayout(ivBox);
    il->addWidget(m_interventions);
    il->addLayout(row(ivBox, {addIv, editIv, removeIv}));
    editorLayout->addWidget(ivBox, 1);
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setWidgetResizable(true);
    editorScroll->setWidget(m_editor);
    m_pages->addTab(editorScroll, tr("Plan"));

    // --- The progression page
    auto* progression = new QWidget(this);
    auto* pl = new QVBoxLayout(progression);
    for (auto r : {Rater::Citizen, Rater::Professional, Rater::Caseworker}) {
        m_rater->addItem(PlanText::raterLabel(r), int(r));
    }
    m_score->setRange(1, 10);
    m_score->setValue(5);
    m_rateDate->setDisplayFormat(dateInputFormat());
    m_rateDate->setCalendarPopup(true);
    m_rateDate->setDate(db.clock().today());
    m_rateDate->setMaximumDate(db.clock().today());
    m_comment->setPlaceholderText(tr("Comment (optional)"));
    auto* addRating = new QPushButton(tr("Add rating"));
    addRating->setObjectName(QStringLiteral("addRating"));
    auto* rateBox = new QGroupBox(tr("New rating"), progression);
    auto* rl = new QHBoxLayout(rateBox);
    rl->addWidget(m_rateGoal, 2);
    rl->addWidget(m_rater);
    rl->addWidget(new QLabel(tr("Score (1–10):"), rateBox));
    rl->addWidget(m_score);
    rl->addWidget(m_rateDate);
    rl->addWidget(m_comment, 2);
    rl->addWidget(addRating);
    addRating->setParent(rateBox);
    pl->addWidget(rateBox);
    auto* chartsHost = new QWidget(progression);
    chartsHost->setLayout(m_chartBox);
    auto* chartScroll = new QScrollArea(progression);
    chartScroll->setWidgetResizable(true);
    chartScroll->setWidget(chartsHost);
    pl->addWidget(chartScroll, 1);
    m_pages->addTab(progression, tr("Progression"));

    // --- The versions page
    auto* versions = new QSplitter(Qt::Horizontal, this);
    versions->addWidget(m_versionList);
    versions->addWidget(m_diff);
    versions->setStretchFactor(1, 2);
    m_pages->addTab(versions, tr("Versions"));

    // --- Wiring
    m_undoButton->setShortcut(QKeySequence::Undo);
    m_redoButton->setShortcut(QKeySequence::Redo);
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
        AgreeDialog d(m_db.clock().today(), this);
        if (d.exec() == QDialog::Accepted) {
            agree(d.agreement());
        }
    });
    connect(m_preview, &QPushButton::clicked, this, &PlanTab::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &PlanTab::savePdf);
    connect(m_employmentGoal, &QLineEdit::editingFinished, this, [this] {
        const QString v = m_employmentGoal->text().trimmed();
        if (v != m_plan.employmentGoal) {
            edit(tr("Change the employment goal"), [v](Plan& p) { p.employmentGoal = v; });
        }
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto k = EmploymentGoalKind(m_kind->currentData().toInt());
        if (k != m_plan.goalKind) {
            edit(tr("Change the kind of goal"), [k](Plan& p) { p.goalKind = k; });
        }
    });
    connect(m_hours, &QSpinBox::editingFinished, this, [this] {
        const int h = m_hours->value();
        if (h != m_plan.hoursPerWeek) {
            edit(tr("Change hours per week"), [h](Plan& p) { p.hoursPerWeek = h; });
        }
    });
    connect(m_target, &OptionalDateEdit::changed, this, [this] {
        const QDate d = m_target->date();
        if (d != m_plan.targetDate) {
            edit(tr("Change the target date"), [d](Plan& p) { p.targetDate = d; });
        }
    });
    connect(m_whatMatters, &QLineEdit::editingFinished, this, [this] {
        const QString v = m_whatMatters->text().trimmed();
        if (v != m_plan.whatMatters) {
            edit(tr("Change “what matters to me”"), [v](Plan& p) { p.whatMatters = v; });
        }
    });
    connect(m_firstStep, &QLineEdit::editingFinished, this, [this] {
        const QString v = m_firstStep->text().trimmed();
        if (v != m_plan.firstStep) {
            edit(tr("Change “my first step”"), [v](Plan& p) { p.firstStep = v; });
        }
    });
    connect(addGoal, &QPushButton::clicked, this, [this] { editGoalDialog(false, false); });
    connect(addSub, &QPushButton::clicked, this, [this] { editGoalDialog(true, false); });
    connect(editGoal, &QPushButton::clicked, this, [this] { editGoalDialog(false, true); });
    connect(m_goals, &QTreeWidget::itemDoubleClicked, this, [this] { editGoalDialog(false, true); });
    connect(removeGoal, &QPushButton::clicked, this, [this] { this->removeGoal(selectedGoal()); });
    connect(addIv, &QPushButton::clicked, this, [this] { editInterventionDialog(false); });
    connect(editIv, &QPushButton::clicked, this, [this] { editInterventionDialog(true); });
    connect(m_interventions, &QTreeWidget::itemDoubleClicked, this, [this] { editInterventionDialog(true); });
    connect(removeIv, &QPushButton::clicked, this, [this] { removeIntervention(selectedIntervention()); });
    connect(addRating, &QPushButton::clicked, this, [this] {
        Rating r;
        r.citizenId = m_citizenId;
        r.goalLineage = m_rateGoal->currentData().toString();
        r.rater = Rater(m_rater->currentData().toInt());
        r.score = m_score->value();
        r.ratedOn = m_rateDate->date();
        r.comment = m_comment->text();
        if (this->addRating(r)) {
            m_comment->clear();
        }
    });
    connect(m_versionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_versions.size()) {
            m_diff->clear();
            return;
        }
        const Plan& v = m_versions[row];
        QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Version %1 (%2)").arg(v.version).arg(PlanText::statusLabel(v.status).toLower()));
        if (v.agreedOn.isValid()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("Agreed on %1 (%2). Present: %3.")
                                                       .arg(formatDate(v.agreedOn), PlanText::methodLabel(v.agreedHow).toLower(), v.agreedPresent)
                                                       .toHtmlEscaped());
        }
        if (row + 1 < m_versions.size()) {
            const auto changes = PlanDiff::diff(m_versions[row + 1], v, [this](const QString& id) {
                for (const auto& s : m_staff) {
                    if (s.id == id) {
                        return s.name;
                    }
                }
                return id;
            });
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Changed since version %1:").arg(m_versions[row + 1].version));
            for (const auto& c : changes) {
                html += QStringLiteral("<li>%1</li>").arg(c.describe().toHtmlEscaped());
            }
            if (changes.isEmpty()) {
                html += QStringLiteral("<li>%1</li>").arg(tr("No changes."));
            }
            html += QStringLiteral("</ul>");
        } else {
            html += QStringLiteral("<p>%1</p>").arg(tr("The first version."));
        }
        m_diff->setHtml(html);
    });
    reload();
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
    m_versions = repo.versions(m_citizenId);
    std::optional<Plan> p = planId.isEmpty() ? repo.current(m_citizenId) : repo.get(planId);
    m_undo->clear();
    applyPlan(p ? *p : Plan{});
    refreshVersions();
    refreshProgression();
}

void PlanTab::applyPlan(const Plan& plan)
{
    m_plan = plan;
    const QSignalBlocker b1(m_employmentGoal), b2(m_kind), b3(m_hours), b4(m_target), b5(m_whatMatters), b6(m_firstStep);
    m_employmentGoal->setText(plan.employmentGoal);
    m_kind->setCurrentIndex(m_kind->findData(int(plan.goalKind)));
    m_hours->setValue(plan.hoursPerWeek);
    m_target->setDate(plan.targetDate);
    m_whatMatters->setText(plan.whatMatters);
    m_firstStep->setText(plan.firstStep);

    const auto staffName = [this](const QString& id) {
        for (const auto& s : m_staff) {
            if (s.id == id) {
                return s.name;
            }
        }
        return QString();
    };
    const QString keepGoal = selectedGoal();
    m_goals->clear();
    QHash<QString, QTreeWidgetItem*> mains;
    for (const auto& g : plan.orderedGoals()) {
        QTreeWidgetItem* parent = g.isSubGoal() ? mains.value(g.parentLineage) : nullptr;
        auto* it = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_goals);
        QString text = g.text;
        if (g.achievedOn.isValid()) {
            text += QStringLiteral(" ✓");
        }
        it->setText(0, text);
        it->setText(1, g.criterion);
        it->setText(2, Tracks::displayNames(g.tracks));
        it->setText(3, formatDate(g.targetDate));
        it->setText(4, staffName(g.responsibleId));
        it->setData(0, Qt::UserRole, g.lineage);
        if (!g.isSubGoal()) {
            mains.insert(g.lineage, it);
        }
        if (g.lineage == keepGoal) {
            m_goals->setCurrentItem(it);
        }
    }
    m_goals->expandAll();
    const QString keepIv = selectedIntervention();
    m_interventions->clear();
    for (const auto& i : plan.interventions) {
        auto* it = new QTreeWidgetItem(m_interventions);
        it->setText(0, i.title.isEmpty() ? InterventionCatalogue::shipped().name(i.kind) : i.title);
        QStringList numbers;
        for (const auto& t : i.tracks) {
            if (const Track* tr = Tracks::find(t)) {
                numbers << QString::number(tr->number);
            }
        }
        it->setText(1, numbers.join(QStringLiteral(", ")));
        it->setText(2, i.providerId.isEmpty() ? i.providerExternal : staffName(i.providerId));
        it->setText(3, formatDate(i.start));
        it->setText(4, formatDate(i.end));
        it->setText(5, PlanText::interventionStatusLabel(i.status));
        it->setData(0, Qt::UserRole, i.lineage);
        if (i.lineage == keepIv) {
            m_interventions->setCurrentItem(it);
        }
    }
    const QString keepRate = m_rateGoal->currentData().toString();
    m_rateGoal->clear();
    m_rateGoal->addItem(tr("The employment goal"), QString());
    for (const auto& g : plan.orderedGoals()) {
        m_rateGoal->addItem(g.isSubGoal() ? QStringLiteral("  ") + g.text : g.text, g.lineage);
    }
    m_rateGoal->setCurrentIndex(std::max(0, m_rateGoal->findData(keepRate)));
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
    m_create->setVisible(!has);
    m_save->setVisible(has && editable);
    m_save->setEnabled(isModified());
    m_undoButton->setVisible(editable);
    m_redoButton->setVisible(editable);
    m_undoButton->setEnabled(m_undo->canUndo());
    m_redoButton->setEnabled(m_undo->canRedo());
    m_undoButton->setToolTip(m_undo->undoText());
    m_redoButton->setToolTip(m_undo->redoText());
    m_newVersion->setVisible(has && !editable);
    m_agree->setVisible(editable);
    m_preview->setEnabled(has);
    m_pdf->setEnabled(has);
    m_editor->setEnabled(editable);
    m_pages->setTabEnabled(1, has);
}

void PlanTab::edit(const QString& text, const std::function<void(Plan&)>& change)
{
    if (!m_plan.editable() || !hasPlan()) {
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

QString PlanTab::selectedGoal() const
{
    auto* it = m_goals->currentItem();
    return it ? it->data(0, Qt::UserRole).toString() : QString();
}

QString PlanTab::selectedIntervention() const
{
    auto* it = m_interventions->currentItem();
    return it ? it->data(0, Qt::UserRole).toString() : QString();
}

void PlanTab::editGoalDialog(bool subGoal, bool existing)
{
    PlanGoal g;
    if (existing) {
        const PlanGoal* found = m_plan.goal(selectedGoal());
        if (!found) {
            setMessage(tr("Choose a goal first."), true);
            return;
        }
        g = *found;
    } else {
        g.responsibleId = m_plan.caseworkerId;
        if (subGoal) {
            const PlanGoal* parent = m_plan.goal(selectedGoal());
            if (!parent) {
                setMessage(tr("Choose the goal the sub-goal belongs to."), true);
                return;
            }
            g.parentLineage = parent->isSubGoal() ? parent->parentLineage : parent->lineage;
            g.tracks = parent->tracks;
        }
    }
    GoalDialog d(g, m_staff, this);
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
            if (i.lineage == selectedIntervention()) {
                item = i;
                found = true;
            }
        }
        if (!found) {
            setMessage(tr("Choose an intervention first."), true);
            return;
        }
    } else if (const PlanGoal* g = m_plan.goal(selectedGoal())) {
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
    m_versions = PlanRepository(m_db).versions(m_citizenId);
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
    auto next = PlanRepository(m_db).revise(m_plan.id);
    if (!next) {
        setMessage(next.error(), true);
        return false;
    }
    reload(next->id);
    setMessage(tr("Version %1 is a new draft; the agreed version stays as it is until this one is agreed.").arg(next->version), false);
    return true;
}

bool PlanTab::agree(const Agreement& agreement)
{
    if (isModified() && !save()) {
        return false;
    }
    auto agreed = PlanRepository(m_db).agree(m_plan.id, agreement);
    if (!agreed) {
        setMessage(agreed.error(), true);
        return false;
    }
    reload(agreed->id);
    setMessage(tr("The plan was agreed with the citizen on %1.").arg(formatDate(agreement.on)), false);
    return true;
}

bool PlanTab::addRating(const Rating& rating)
{
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
    if (!hasPlan()) {
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
    if (messages.isEmpty()) {
        m_signals->clear();
        m_signals->hide();
    } else {
        QString html = QStringLiteral("<b>%1</b><ul style='margin-top:0'>").arg(tr("Review the plan:").toHtmlEscaped());
        for (const auto& m : messages) {
            html += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
        }
        m_signals->setText(html + QStringLiteral("</ul>"));
        m_signals->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #c9a13b; padding: 4px; }"));
        m_signals->show();
    }
    while (auto* item = m_chartBox->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts.clear();
    if (!hasPlan()) {
        return;
    }
    const auto ratings = ProgressionRepository(m_db).forCitizen(m_citizenId);
    const QDate today = m_db.clock().today();
    const auto addChart = [&](QChart* chart) {
        auto* view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(230);
        m_chartBox->addWidget(view);
        m_charts.append(chart);
    };
    addChart(ProgressionChart::build(tr("Progress toward the employment goal"), ratings, {}, m_plan.targetDate, today));
    for (const auto& g : m_plan.orderedGoals()) {
        addChart(ProgressionChart::build(g.text, ratings, g.lineage, g.targetDate, today));
    }
}

void PlanTab::refreshVersions()
{
    QSignalBlocker block(m_versionList);
    m_versionList->clear();
    for (const auto& v : m_versions) {
        QString text = tr("Version %1 – %2").arg(v.version).arg(PlanText::statusLabel(v.status));
        if (v.agreedOn.isValid()) {
            text += tr(", agreed %1").arg(formatDate(v.agreedOn));
        }
        m_versionList->addItem(text);
    }
    m_diff->clear();
    if (!m_versions.isEmpty()) {
        m_versionList->setCurrentRow(0);
        block.unblock();
        emit m_versionList->currentRowChanged(0);
    }
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
    const QString path = FileDialogs::saveFile(this, tr("Save the plan as PDF"),
                                               tr("indsatsplan-version-%1.pdf").arg(m_plan.version), tr("PDF files (*.pdf)"));
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
