#pragma once

#include "core/plan/Plan.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace samspil::ui {

/// The "Progression" page of the plan tab: a new rating (by the citizen, a professional or the
/// caseworker, for the employment goal or one of the goals) and a chart per goal. The plan tab
/// stores the ratings; its texts are the plan tab's (PlanTab::tr), so they keep their translations.
class ProgressionPanel : public QWidget
{
    Q_OBJECT
public:
    /// `today`: the newest date a rating can have, and the one it starts with.
    explicit ProgressionPanel(QDate today, QWidget* parent = nullptr);

    /// The goals a rating can be for: the employment goal, then the plan's goals (the chosen one stays chosen).
    void showGoals(const Plan& plan);
    /// A chart for the employment goal and one per goal of the plan.
    void showCharts(const Plan& plan, const QVector<Rating>& ratings, QDate today);
    /// Staff names by id: a goal's professional ratings say who gave them (or who is responsible).
    void setStaffNames(const QHash<QString, QString>& names) { m_staffNames = names; }
    /// Who rates the goal as the professional: those who entered its professional ratings, else
    /// the person responsible for the goal.
    QString professionalOf(const PlanGoal& goal, const QVector<Rating>& ratings) const;
    /// No charts (no plan).
    void clearCharts();
    QVector<QChart*> charts() const { return m_charts; }
    /// Empties the comment, after the rating was saved.
    void clearComment();
    /// Whether a new rating can be entered (not while the case is closed: the form is hidden).
    void setRatingAllowed(bool allowed);

    /// The choices of the form, for tests.
    QComboBox* goalBox() const { return m_rateGoal; }
    QComboBox* raterBox() const { return m_rater; }

signals:
    /// "Add rating": the rating as entered (without the citizen).
    void ratingEntered(const Rating& rating);

private:
    QWidget* buildRatingGroup();
    /// The raters the chosen goal can have: the caseworker for the employment goal, the citizen
    /// and the professional for a goal (the rules refuse any other pair, so the form never offers it).
    void fillRaters();

    QWidget* m_rateBox = nullptr;
    QComboBox* m_rateGoal;
    QComboBox* m_rater;
    QSpinBox* m_score;
    QDateEdit* m_rateDate;
    QLineEdit* m_comment;
    QVBoxLayout* m_chartBox;
    QVector<QChart*> m_charts;
    QHash<QString, QString> m_staffNames;
};

} // namespace samspil::ui
