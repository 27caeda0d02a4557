#pragma once

#include "core/plan/Plan.h"

#include <QVariantMap>

#include <utility>

class QSqlQuery;

namespace samspil {

// A plan's rows as PlanRepository stores and reads them: the values written for a goal or an
// intervention, and a plan, goal or intervention made from a row of its SELECT (the column
// order of kPlanColumns, kGoalColumns and kInterventionColumns in PlanRepository.cpp).

QVariantMap goalValues(const QString& planId, const PlanGoal& g);
QVariantMap interventionValues(const QString& planId, const PlanIntervention& i);

Plan readPlan(const QSqlQuery& q);
/// A goal and the id of the plan version it belongs to.
std::pair<QString, PlanGoal> readGoal(const QSqlQuery& q);
std::pair<QString, PlanIntervention> readIntervention(const QSqlQuery& q);

} // namespace samspil
