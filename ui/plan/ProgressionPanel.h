#pragma once

#include "core/plan/Plan.h"

#include <QDate>
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
    /// No charts (no plan).
    void clearCharts();
    QVector<QChart*> charts() const { return m_charts; }
    /// Empties the comment, after the rating was saved.
    void clearComment();

signals:
    /// "Add rating": the rating as entered (without the citizen).
    void ratingEntered(const Rating& rating);

private:
    QWidget* buildRatingGroup();

    QComboBox* m_rateGoal;
    QComboBox* m_rater;
    QSpinBox* m_score;
    QDateEdit* m_rateDate;
    QLineEdit* m_comment;
    QVBoxLayout* m_chartBox;
    QVector<QChart*> m_charts;
};

} // namespace samspil::ui
