#pragma once

#include "core/storage/Schema.h"

namespace samspil {

/// Migration 6: the replicated indsatsplan tables (plan, plan_goal, plan_intervention, plan_rating).
Status migratePlan(QSqlDatabase& db);
QVector<TableSpec> planTableSpecs();

} // namespace samspil
