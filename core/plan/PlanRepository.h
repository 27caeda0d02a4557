#pragma once

#include "core/citizen/Citizen.h"
#include "core/plan/Plan.h"
#include "core/plan/PlanRules.h"
#include "core/plan/ProgressionRepository.h" // the plan's ratings, read with it
#include "core/storage/Database.h"

#include <QHash>

#include <functional>
#include <optional>

namespace samspil {

struct PlanDraftRequest;

/// Intervention plans (indsatsplaner), one row per version. A draft can be edited; agreeing
/// with the citizen freezes it; changing an agreed plan starts a new draft version (goals and
/// interventions copied, keeping their lineage); when that is agreed the old one is superseded.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
public:
    explicit PlanRepository(Database& db)
        : m_db(db)
    {
    }

    /// What is wrong with a plan as it would be saved (PlanRules::validate on the stored facts).
    QVector<FieldIssue> validate(const Plan& plan) const;
    /// What else must be in place before the citizen can agree to the plan (PlanRules).
    QVector<FieldIssue> validateAgreement(const Plan& plan, const Agreement& agreement) const;
    /// What the rules need to know of the stored data.
    PlanFacts facts() const;
    /// Whether a live row with this id is in the table (a plan's table, citizen or staff).
    static bool rowExists(Database& db, const QString& table, const QString& id);

    /// A new draft version for a citizen who has no draft yet (version = highest + 1). Goals and
    /// interventions without ids get new ones. Returns the plan as stored.
    Result<Plan> createDraft(Plan plan);
    /// Saves every change to a draft: plan fields, goals and interventions (added, changed, removed).
    /// Refused for an agreed or superseded version: those are frozen.
    Result<Plan> saveDraft(Plan plan);
    /// Records the citizen's agreement; the previously agreed version becomes superseded.
    Result<Plan> agree(const QString& planId, const Agreement& agreement);
    /// A new draft copied from an agreed version (or the existing draft if there is one).
    Result<Plan> revise(const QString& agreedPlanId);
    /// Throws away a draft that was never agreed.
    Status discardDraft(const QString& planId);

    std::optional<Plan> get(const QString& id) const;
    /// All versions of a citizen's plan, newest first, with goals and interventions.
    QVector<Plan> versions(const QString& citizenId) const;
    /// The version to work with: the draft if there is one, else the agreed one, else the newest.
    std::optional<Plan> current(const QString& citizenId) const;
    std::optional<Plan> latestAgreed(const QString& citizenId) const;
    /// current() for every citizen with a plan, in a constant number of queries.
    QHash<QString, Plan> currentForAll() const;
    /// The keys of currentForAll() (every citizen with a live plan), sorted, without reading a plan.
    QStringList citizensWithPlan() const;
    /// Every citizen's first draft date and latest agreement date (for the next-step facts).
    struct Milestones
    {
        QDate drafted;
        QDate agreed;
    };
    /// What the next-step facts need of every citizen's plans, in two lean reads: the
    /// milestones, and the current plan (as current() picks it) with only what PlanSignals
    /// reads — status, version, target date, and each goal's lineage, parent, position, target
    /// and reached dates; no texts, no interventions. The caseload asks for it on every load.
    struct Outlines
    {
        QHash<QString, Milestones> milestones;
        QHash<QString, Plan> current;
    };
    /// Every citizen's, or only `citizenId`'s when it is not empty.
    Outlines outlinesForAll(const QString& citizenId = {}) const;

    /// The conference hand-over: a draft (version 1, or the next version) with the employment
    /// goal, tracks and draft goals, linked to the conference.
    Result<QString> createFromConference(const PlanDraftRequest& request);

    /// References that do not resolve (for `check`).
    int countWithoutCitizen() const;
    int countOrphanItems() const;

private:
    /// The goals of each citizen's current version (outlinesForAll's second pass).
    void addOutlineGoals(const QString& citizenId, const QHash<QString, QString>& citizenOfPlan, Outlines& out) const;
    Status writePlanRow(const Plan& plan);
    Status writeItems(Plan& plan, const Plan* stored);
    /// The plans that match (goals and interventions with them), or the error of a failed read.
    Result<QVector<Plan>> read(const QString& where, const QVariantList& binds) const;
    QVector<Plan> load(const QString& where, const QVariantList& binds) const;

    Database& m_db;
};

} // namespace samspil
