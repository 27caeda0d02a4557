#pragma once

#include "core/staff/Staff.h"
#include "core/plan/Plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
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
    GoalDialog(const PlanGoal& goal, const QVector<Staff>& staff, QWidget* parent = nullptr);
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

/// Records the citizen's agreement: date, how, who was present.
class AgreeDialog : public QDialog
{
    Q_OBJECT
public:
    AgreeDialog(const QDate& today, QWidget* parent = nullptr);
    Agreement agreement() const;

private:
    QDateEdit* m_date;
    QComboBox* m_how;
    QLineEdit* m_present;
};

} // namespace samspil::ui
