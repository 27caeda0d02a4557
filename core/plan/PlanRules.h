#pragma once

#include "core/citizen/Citizen.h"
#include "core/plan/Plan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace samspil {

/// What the plan's rules need to know of the stored data (PlanRepository::facts() reads it).
struct PlanFacts
{
    QDate today;
    /// Whether a live row with this id is in the table ("citizen", "staff").
    std::function<bool(const QString& table, const QString& id)> exists;
    /// Whether a goal of this lineage is in one of the citizen's plans.
    std::function<bool(const QString& lineage, const QString& citizenId)> goalInPlan;
    /// Whether the citizen's case is closed (a closed case is read-only until it is reopened).
    std::function<bool(const QString& citizenId)> caseClosed;
};

/// The indsatsplan's rules: what a plan, an agreement and a rating must hold, when a plan may be
/// agreed and what a new version starts from. The repository stores; these decide.
class PlanRules
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
public:
    explicit PlanRules(PlanFacts facts)
        : m_facts(std::move(facts))
    {
    }

    /// What is wrong with a plan as it would be saved (blocking issues per field).
    QVector<FieldIssue> validate(const Plan& plan) const;
    /// What else must be in place before the citizen can agree to the plan.
    QVector<FieldIssue> validateAgreement(const Plan& plan, const Agreement& agreement) const;
    /// Whether the plan can be agreed now: a draft, and nothing blocking in validateAgreement.
    Status checkAgreement(const Plan& plan, const Agreement& agreement) const;
    /// What is wrong with a progression rating.
    QVector<FieldIssue> validateRating(const Rating& r) const;
    /// Refused while the citizen's case is closed: its plan and ratings are read-only until the
    /// case is reopened.
    Status checkCaseOpen(const QString& citizenId) const;
    bool caseClosed(const QString& citizenId) const;

    /// The new draft that revises an agreed version: goals and interventions copied with their
    /// lineage, pointing back at the agreed one.
    static Plan nextVersion(const Plan& agreed);

    static bool hasBlocking(const QVector<FieldIssue>& issues);
    /// The blocking issues' messages, one per line.
    static QString joinIssues(const QVector<FieldIssue>& issues);

private:
    PlanFacts m_facts;
};

} // namespace samspil
