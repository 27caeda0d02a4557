#pragma once

#include "core/storage/Schema.h"

namespace samspil {

/// Migration 8: the replicated indsatsplan tables (plan, plan_goal, plan_intervention, plan_rating).
Status migratePlan(QSqlDatabase& db);
QVector<TableSpec> planTableSpecs();

/// Registers the indsatsplan (version 8) with the engine (core/Modules.cpp calls it at start-up).
void registerPlanSchema();

} // namespace samspil
