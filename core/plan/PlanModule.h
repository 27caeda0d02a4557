#pragma once

namespace samspil {

/// Installs the plan module: the conference-to-plan hand-over (PlanDrafts), the next-step
/// facts and rules ("plan_drafted", "plan_agreed", agree the plan, review the plan), demo
/// plans and ratings with their random actions, and the consistency checks.
void registerPlanModule();

} // namespace samspil
