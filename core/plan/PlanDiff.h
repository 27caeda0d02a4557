#pragma once

#include "core/plan/Plan.h"

#include <functional>

namespace samspil {

/// One difference between two versions of a plan, described for the caseworker.
struct PlanChange
{
    enum class Kind { Changed, Added, Removed };
    Kind kind = Kind::Changed;
    QString area;    ///< "plan", "goal" or "intervention"
    QString lineage; ///< the goal or intervention (empty for the plan itself)
    QString field;   ///< the field code ("employment_goal", "text", "target_date", …); empty when added/removed
    QString item;    ///< the goal's text or the intervention's name, for the reader
    bool subGoal = false; ///< a goal under another goal: called a sub-goal
    QString label;   ///< the field's name in the user's language
    QString before;
    QString after;
    /// "Goal “Walk 30 minutes”: target date changed from 01-02-2027 to 01-03-2027"
    QString describe() const;
};

class PlanDiff
{
    Q_DECLARE_TR_FUNCTIONS(PlanDiff)
public:
    /// What changed from `from` to `to`, goals and interventions matched by lineage. Staff ids
    /// are shown with `staffName` when given.
    static QVector<PlanChange> diff(const Plan& from,
                                    const Plan& to,
                                    const std::function<QString(const QString&)>& staffName = {});
};

} // namespace samspil
