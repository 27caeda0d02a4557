#pragma once

#include "core/staff/Staff.h"
#include "core/plan/Plan.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace samspil::ui {

/// A date field that can be empty ("no date").
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);
    QDate date() const;
    void setDate(const QDate& d);
    /// Shown as it is, not changeable (and not greyed out).
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    QCheckBox* m_set;
    QDateEdit* m_edit;
};

/// The eight tracks as check boxes.
class TrackPicker : public QWidget
{
    Q_OBJECT
public:
    explicit TrackPicker(QWidget* parent = nullptr);
    QStringList tracks() const;
    void setTracks(const QStringList& codes);

private:
    QVector<QCheckBox*> m_boxes;
};

/// Edits one goal or sub-goal.
class GoalDialog : public QDialog
{
    Q_OBJECT
public:
    /// `parentGoal`: for a sub-goal, the text of the goal it belongs to (named in the dialog).
    GoalDialog(const PlanGoal& goal, const QVector<Staff>& staff, QWidget* parent = nullptr,
               const QString& parentGoal = {});
    PlanGoal goal() const;

private:
    void accept() override;
    PlanGoal m_goal;
    QLineEdit* m_text;
    QLineEdit* m_criterion;
    TrackPicker* m_tracks;
    OptionalDateEdit* m_target;
    QComboBox* m_responsible;
    OptionalDateEdit* m_achieved;
};

/// Edits one intervention.
class InterventionDialog : public QDialog
{
    Q_OBJECT
public:
    InterventionDialog(const PlanIntervention& intervention, const Plan& plan, const QVector<Staff>& staff, QWidget* parent = nullptr);
    PlanIntervention intervention() const;

private:
    void accept() override;
    PlanIntervention m_item;
    QComboBox* m_kind;
    QLineEdit* m_title;
    TrackPicker* m_tracks;
    QComboBox* m_provider;
    QLineEdit* m_external;
    OptionalDateEdit* m_start;
    OptionalDateEdit* m_end;
    QComboBox* m_status;
    QLineEdit* m_reason;
    QListWidget* m_goals;
};

/// Records the citizen's agreement: date, how, who was present. "Agree" hands the agreement to
/// `agree`, which records it and returns what stopped it (empty when it was recorded); a refusal
/// is shown in the dialog, which stays open, as "Close case" does.
class AgreeDialog : public QDialog
{
    Q_OBJECT
public:
    using AgreeAction = std::function<QString(const Agreement&)>;
    AgreeDialog(const QDate& today, AgreeAction agree, QWidget* parent = nullptr);
    Agreement agreement() const;
    /// The refusal shown in the dialog, empty when none.
    QString message() const;
    void accept() override;

private:
    AgreeAction m_agreeAction;
    QDateEdit* m_date;
    QComboBox* m_how;
    QLineEdit* m_present;
    QLabel* m_message;
};

} // namespace samspil::ui
