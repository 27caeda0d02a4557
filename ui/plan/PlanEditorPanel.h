#pragma once

#include "core/staff/Staff.h"
#include "core/plan/Plan.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace samspil::ui {

class OptionalDateEdit;

/// The "Plan" page of the plan tab: the employment goal with the citizen's own words, the goals
/// and the interventions. It shows the plan it is given and asks for every change through its
/// signals; the plan tab makes the change (one undo step each). Its texts are the plan tab's
/// (PlanTab::tr), so they keep their translations.
class PlanEditorPanel : public QWidget
{
    Q_OBJECT
public:
    /// `staff`: the names shown for the responsible staff and the providers.
    explicit PlanEditorPanel(const QVector<Staff>& staff, QWidget* parent = nullptr);

    /// Shows the plan; the selected goal and intervention stay selected.
    void showPlan(const Plan& plan);
    /// The staff changed (a new member, a new name): the goals and interventions name them anew.
    void setStaff(const QVector<Staff>& staff);
    /// An agreed plan, or one of a closed case, is shown read-only: the fields keep their normal
    /// look (not the pale grey of disabled widgets) but cannot be changed, and the buttons that
    /// add, edit or remove goals and interventions are hidden.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// The lineage of the selected goal, or empty.
    QString selectedGoal() const;
    /// The lineage of the selected intervention, or empty.
    QString selectedIntervention() const;

signals:
    /// A field was changed: `change` makes the edit on the plan, `text` names it (the undo text).
    void edited(const QString& text, const std::function<void(Plan&)>& change);
    /// "Add goal…", "Add sub-goal…", "Edit goal…" (or a double click on a goal).
    void goalDialogRequested(bool subGoal, bool existing);
    void removeGoalRequested(const QString& lineage);
    /// "Add intervention…", "Edit intervention…" (or a double click on an intervention).
    void interventionDialogRequested(bool existing);
    void removeInterventionRequested(const QString& lineage);

private:
    QGroupBox* buildEmploymentGoalGroup();
    QGroupBox* buildGoalsGroup();
    QGroupBox* buildInterventionsGroup();
    void wireFields();
    void showGoals();
    void showInterventions();
    QString staffName(const QString& id) const;

    QVector<Staff> m_staff;
    Plan m_plan; ///< as shown
    bool m_readOnly = false;
    QVector<QWidget*> m_editButtons;
    QLineEdit* m_employmentGoal;
    QComboBox* m_kind;
    QSpinBox* m_hours;
    OptionalDateEdit* m_target;
    QLineEdit* m_whatMatters;
    QLineEdit* m_firstStep;
    QTreeWidget* m_goals;
    QTreeWidget* m_interventions;
};

} // namespace samspil::ui
