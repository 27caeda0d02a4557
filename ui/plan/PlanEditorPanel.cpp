#include "PlanEditorPanel.h"

#include "PlanTab.h"
#include "core/plan/Tracks.h"
#include "core/plan/InterventionCatalogue.h"
#include "core/util/Dates.h"
#include "ui/common/Layouts.h"
#include "ui/plan/PlanDialogs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samspil::ui {

PlanEditorPanel::PlanEditorPanel(const QVector<Staff>& staff, QWidget* parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_employmentGoal(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_hours(new QSpinBox(this))
    , m_target(new OptionalDateEdit(this))
    , m_whatMatters(new QLineEdit(this))
    , m_firstStep(new QLineEdit(this))
    , m_goals(new QTreeWidget(this))
    , m_interventions(new QTreeWidget(this))
{
    m_employmentGoal->setObjectName(QStringLiteral("employmentGoal"));
    m_kind->setObjectName(QStringLiteral("goalKind"));
    m_hours->setObjectName(QStringLiteral("hoursPerWeek"));
    m_whatMatters->setObjectName(QStringLiteral("whatMatters"));
    m_firstStep->setObjectName(QStringLiteral("firstStep"));
    m_goals->setObjectName(QStringLiteral("goals"));
    m_interventions->setObjectName(QStringLiteral("interventions"));

    auto* editorLayout = new QVBoxLayout(this);
    editorLayout->addWidget(buildEmploymentGoalGroup());
    editorLayout->addWidget(buildGoalsGroup(), 1);
    editorLayout->addWidget(buildInterventionsGroup(), 1);
    wireFields();
}

QGroupBox* PlanEditorPanel::buildEmploymentGoalGroup()
{
    for (auto k : {EmploymentGoalKind::OrdinaryJob,
                   EmploymentGoalKind::FlexJob,
                   EmploymentGoalKind::Education,
                   EmploymentGoalKind::Other}) {
        m_kind->addItem(PlanText::goalKindLabel(k), int(k));
    }
    m_hours->setRange(0, 60);
    m_hours->setSpecialValueText(PlanTab::tr("not set"));
    m_employmentGoal->setPlaceholderText(
        PlanTab::tr("The overall employment goal, e.g. a job as a warehouse worker, 25 hours a week"));
    m_whatMatters->setPlaceholderText(PlanTab::tr("In the citizen's own words"));
    m_firstStep->setPlaceholderText(PlanTab::tr("In the citizen's own words"));
    auto* goalBox = new QGroupBox(PlanTab::tr("Employment goal"), this);
    auto* form = new QFormLayout(goalBox);
    form->addRow(PlanTab::tr("&Employment goal:"), m_employmentGoal);
    form->addRow(PlanTab::tr("&Kind:"), m_kind);
    form->addRow(PlanTab::tr("&Hours per week:"), m_hours);
    form->addRow(PlanTab::tr("&Target date:"), m_target);
    form->addRow(PlanTab::tr("&What matters to me:"), m_whatMatters);
    form->addRow(PlanTab::tr("My &first step:"), m_firstStep);
    return goalBox;
}

QGroupBox* PlanEditorPanel::buildGoalsGroup()
{
    m_goals->setHeaderLabels({PlanTab::tr("Goal"),
                              PlanTab::tr("How we see it is reached"),
                              PlanTab::tr("Tracks"),
                              PlanTab::tr("Target date"),
                              PlanTab::tr("Responsible")});
    // Track names, dates and names take the width they need ("2 Lettere psy…" was cut off); the
    // goal and its criterion share the rest, each whole in its tooltip.
    m_goals->setWordWrap(true);
    m_goals->setUniformRowHeights(false);
    m_goals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_goals->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_goals->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_goals->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_goals->header()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_goals->header()->setStretchLastSection(false);
    auto* addGoal = new QPushButton(PlanTab::tr("Add goal…"));
    auto* addSub = new QPushButton(PlanTab::tr("Add sub-goal…"));
    auto* editGoal = new QPushButton(PlanTab::tr("Edit goal…"));
    auto* removeGoal = new QPushButton(PlanTab::tr("Remove goal"));
    auto* goalsBox = new QGroupBox(PlanTab::tr("Goals"), this);
    auto* gl = new QVBoxLayout(goalsBox);
    gl->addWidget(m_goals);
    gl->addLayout(row(goalsBox, {addGoal, addSub, editGoal, removeGoal}));
    addGoal->setObjectName(QStringLiteral("addGoal"));
    m_editButtons << addGoal << addSub << editGoal << removeGoal;
    connect(addGoal, &QPushButton::clicked, this, [this] { emit goalDialogRequested(false, false); });
    connect(addSub, &QPushButton::clicked, this, [this] { emit goalDialogRequested(true, false); });
    connect(editGoal, &QPushButton::clicked, this, [this] { emit goalDialogRequested(false, true); });
    connect(m_goals, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!m_readOnly) {
            emit goalDialogRequested(false, true);
        }
    });
    connect(removeGoal, &QPushButton::clicked, this, [this] { emit removeGoalRequested(selectedGoal()); });
    return goalsBox;
}

QGroupBox* PlanEditorPanel::buildInterventionsGroup()
{
    m_interventions->setHeaderLabels({PlanTab::tr("Intervention"),
                                      PlanTab::tr("Tracks"),
                                      PlanTab::tr("Provider"),
                                      PlanTab::tr("Start"),
                                      PlanTab::tr("End"),
                                      PlanTab::tr("Status")});
    m_interventions->setRootIsDecorated(false);
    m_interventions->setWordWrap(true);
    m_interventions->setUniformRowHeights(false);
    m_interventions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_interventions->columnCount(); ++c) {
        m_interventions->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_interventions->header()->setStretchLastSection(false);
    auto* addIv = new QPushButton(PlanTab::tr("Add intervention…"));
    auto* editIv = new QPushButton(PlanTab::tr("Edit intervention…"));
    auto* removeIv = new QPushButton(PlanTab::tr("Remove intervention"));
    auto* ivBox = new QGroupBox(PlanTab::tr("Interventions"), this);
    auto* il = new QVBoxLayout(ivBox);
    il->addWidget(m_interventions);
    il->addLayout(row(ivBox, {addIv, editIv, removeIv}));
    addIv->setObjectName(QStringLiteral("addIntervention"));
    m_editButtons << addIv << editIv << removeIv;
    connect(addIv, &QPushButton::clicked, this, [this] { emit interventionDialogRequested(false); });
    connect(editIv, &QPushButton::clicked, this, [this] { emit interventionDialogRequested(true); });
    connect(m_interventions, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!m_readOnly) {
            emit interventionDialogRequested(true);
        }
    });
    connect(
        removeIv, &QPushButton::clicked, this, [this] { emit removeInterventionRequested(selectedIntervention()); });
    return ivBox;
}

void PlanEditorPanel::wireFields()
{
    connect(m_employmentGoal, &QLineEdit::editingFinished, this, [this] {
        const QString v = m_employmentGoal->text().trimmed();
        if (v != m_plan.employmentGoal) {
            emit edited(PlanTab::tr("Change the employment goal"), [v](Plan& p) { p.employmentGoal = v; });
        }
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto k = EmploymentGoalKind(m_kind->currentData().toInt());
        if (k != m_plan.goalKind) {
            emit edited(PlanTab::tr("Change the kind of goal"), [k](Plan& p) { p.goalKind = k; });
        }
    });
    connect(m_hours, &QSpinBox::editingFinished, this, [this] {
        const int h = m_hours->value();
        if (h != m_plan.hoursPerWeek) {
            emit edited(PlanTab::tr("Change hours per week"), [h](Plan& p) { p.hoursPerWeek = h; });
        }
    });
    connect(m_target, &OptionalDateEdit::changed, this, [this] {
        const QDate d = m_target->date();
        if (d != m_plan.targetDate) {
            emit edited(PlanTab::tr("Change the target date"), [d](Plan& p) { p.targetDate = d; });
        }
    });
    connect(m_whatMatters, &QLineEdit::editingFinished, this, [this] {
        const QString v = m_whatMatters->text().trimmed();
        if (v != m_plan.whatMatters) {
            emit edited(PlanTab::tr("Change “what matters to me”"), [v](Plan& p) { p.whatMatters = v; });
        }
    });
    connect(m_firstStep, &QLineEdit::editingFinished, this, [this] {
        const QString v = m_firstStep->text().trimmed();
        if (v != m_plan.firstStep) {
            emit edited(PlanTab::tr("Change “my first step”"), [v](Plan& p) { p.firstStep = v; });
        }
    });
}

void PlanEditorPanel::showPlan(const Plan& plan)
{
    m_plan = plan;
    {
        const QSignalBlocker b1(m_employmentGoal), b2(m_kind), b3(m_hours), b4(m_target), b5(m_whatMatters),
            b6(m_firstStep);
        m_employmentGoal->setText(plan.employmentGoal);
        m_kind->setCurrentIndex(m_kind->findData(int(plan.goalKind)));
        m_hours->setValue(plan.hoursPerWeek);
        m_target->setDate(plan.targetDate);
        m_whatMatters->setText(plan.whatMatters);
        m_firstStep->setText(plan.firstStep);
    }
    showGoals();
    showInterventions();
}

void PlanEditorPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (auto* e : {m_employmentGoal, m_whatMatters, m_firstStep}) {
        e->setReadOnly(readOnly);
    }
    m_hours->setReadOnly(readOnly);
    m_hours->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    // A combo box has no read-only state: it keeps its look and takes no clicks or keys.
    m_kind->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
    m_kind->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    m_target->setReadOnly(readOnly);
    for (auto* b : std::as_const(m_editButtons)) {
        b->setVisible(!readOnly);
    }
}

void PlanEditorPanel::setStaff(const QVector<Staff>& staff)
{
    m_staff = staff;
    showGoals();
    showInterventions();
}

QString PlanEditorPanel::staffName(const QString& id) const
{
    for (const auto& s : m_staff) {
        if (s.id == id) {
            return s.name;
        }
    }
    return QString();
}

void PlanEditorPanel::showGoals()
{
    const QString keepGoal = selectedGoal();
    m_goals->clear();
    QHash<QString, QTreeWidgetItem*> mains;
    for (const auto& g : m_plan.orderedGoals()) {
        QTreeWidgetItem* parent = g.isSubGoal() ? mains.value(g.parentLineage) : nullptr;
        auto* it = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_goals);
        QString text = g.text;
        if (g.achievedOn.isValid()) {
            text += QStringLiteral(" ✓");
        }
        it->setText(0, text);
        it->setText(1, g.criterion);
        it->setText(2, Tracks::displayNames(g.tracks));
        for (int c = 0; c < 3; ++c) {
            it->setToolTip(c, it->text(c)); // the whole text, also where a narrow window wraps it
        }
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
}

void PlanEditorPanel::showInterventions()
{
    const QString keepIv = selectedIntervention();
    m_interventions->clear();
    for (const auto& i : m_plan.interventions) {
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
}

QString PlanEditorPanel::selectedGoal() const
{
    auto* it = m_goals->currentItem();
    return it ? it->data(0, Qt::UserRole).toString() : QString();
}

QString PlanEditorPanel::selectedIntervention() const
{
    auto* it = m_interventions->currentItem();
    return it ? it->data(0, Qt::UserRole).toString() : QString();
}

} // namespace samspil::ui
