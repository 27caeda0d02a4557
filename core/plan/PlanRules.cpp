#include "PlanRules.h"

#include "core/plan/InterventionCatalogue.h"
#include "core/plan/Tracks.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace samspil {

// The messages keep the translation context of the repository they were first written in
// (PlanRepository, ProgressionRepository), so the Danish translation follows them.

QVector<FieldIssue> PlanRules::validate(const Plan& plan) const
{
    QVector<FieldIssue> issues;
    if (!m_facts.exists(QStringLiteral("citizen"), plan.citizenId)) {
        issues.append({QStringLiteral("citizen_id"), tr("The citizen does not exist; the plan was not saved.")});
    } else if (caseClosed(plan.citizenId)) {
        issues.append({QStringLiteral("citizen_id"), tr("The case is closed; reopen it to change the plan.")});
    }
    if (plan.hoursPerWeek < 0 || plan.hoursPerWeek > 60) {
        issues.append({QStringLiteral("hours_per_week"), tr("Hours per week must be between 0 and 60.")});
    }
    if (!plan.caseworkerId.isEmpty() && !m_facts.exists(QStringLiteral("staff"), plan.caseworkerId)) {
        issues.append({QStringLiteral("caseworker_id"), tr("The coordinating caseworker does not exist.")});
    }
    QSet<QString> lineages;
    for (const auto& g : plan.goals) {
        if (!g.lineage.isEmpty()) {
            lineages.insert(g.lineage);
        }
    }
    int n = 0;
    for (const auto& g : plan.goals) {
        ++n;
        if (g.text.trimmed().isEmpty()) {
            issues.append({QStringLiteral("goals"), tr("Goal %1 has no text; write what the citizen wants to achieve.").arg(n)});
        }
        if (!Tracks::unknown(g.tracks).isEmpty()) {
            issues.append({QStringLiteral("goals"), tr("Goal %1 names an unknown track.").arg(n)});
        }
        if (!g.responsibleId.isEmpty() && !m_facts.exists(QStringLiteral("staff"), g.responsibleId)) {
            issues.append({QStringLiteral("goals"), tr("The person responsible for goal %1 does not exist.").arg(n)});
        }
        if (g.isSubGoal()) {
            const PlanGoal* parent = plan.goal(g.parentLineage);
            if (!parent) {
                issues.append({QStringLiteral("goals"), tr("Sub-goal %1 belongs to a goal that is not in the plan.").arg(n)});
            } else if (parent->isSubGoal()) {
                issues.append({QStringLiteral("goals"), tr("Sub-goal %1 is under another sub-goal; sub-goals have one level only.").arg(n)});
            }
        }
    }
    n = 0;
    for (const auto& i : plan.interventions) {
        ++n;
        if (i.kind.isEmpty() || !InterventionCatalogue::shipped().find(i.kind)) {
            issues.append({QStringLiteral("interventions"), tr("Intervention %1 has no kind from the catalogue.").arg(n)});
        }
        if (!Tracks::unknown(i.tracks).isEmpty()) {
            issues.append({QStringLiteral("interventions"), tr("Intervention %1 names an unknown track.").arg(n)});
        }
        if (i.start.isValid() && i.end.isValid() && i.end < i.start) {
            issues.append({QStringLiteral("interventions"), tr("Intervention %1 ends before it starts.").arg(n)});
        }
        if (i.status == InterventionStatus::Stopped && i.stopReason.trimmed().isEmpty()) {
            issues.append({QStringLiteral("interventions"), tr("Intervention %1 is stopped; write the reason.").arg(n)});
        }
        if (!i.providerId.isEmpty() && !m_facts.exists(QStringLiteral("staff"), i.providerId)) {
            issues.append({QStringLiteral("interventions"), tr("The provider of intervention %1 does not exist.").arg(n)});
        }
        for (const auto& l : i.goalLineages) {
            if (!lineages.contains(l)) {
                issues.append({QStringLiteral("interventions"), tr("Intervention %1 is linked to a goal that is not in the plan.").arg(n)});
                break;
            }
        }
    }
    return issues;
}

QVector<FieldIssue> PlanRules::validateAgreement(const Plan& plan, const Agreement& agreement) const
{
    QVector<FieldIssue> issues = validate(plan);
    if (plan.employmentGoal.trimmed().isEmpty()) {
        issues.append({QStringLiteral("employment_goal"), tr("Write the employment goal before the plan is agreed.")});
    }
    if (plan.goals.isEmpty()) {
        issues.append({QStringLiteral("goals"), tr("Add at least one goal before the plan is agreed.")});
    }
    if (!agreement.on.isValid()) {
        issues.append({QStringLiteral("agreed_on"), tr("Give the date the citizen agreed to the plan.")});
    } else if (agreement.on > m_facts.today) {
        issues.append({QStringLiteral("agreed_on"), tr("The agreement cannot be dated in the future.")});
    }
    if (agreement.present.trimmed().isEmpty()) {
        issues.append({QStringLiteral("agreed_present"), tr("Write who was present when the plan was agreed.")});
    }
    return issues;
}

QVector<FieldIssue> PlanRules::validateRating(const Rating& r) const
{
    QVector<FieldIssue> issues;
    if (!m_facts.exists(QStringLiteral("citizen"), r.citizenId)) {
        issues.append({QStringLiteral("citizen_id"), QCoreApplication::translate("ProgressionRepository", "The citizen does not exist; the rating was not saved.")});
    } else if (caseClosed(r.citizenId)) {
        issues.append({QStringLiteral("citizen_id"), tr("The case is closed; reopen it to add a rating.")});
    }
    if (r.score < 1 || r.score > 10) {
        issues.append({QStringLiteral("score"), QCoreApplication::translate("ProgressionRepository", "A rating is a whole number from 1 to 10.")});
    }
    if (!r.ratedOn.isValid()) {
        issues.append({QStringLiteral("rated_on"), QCoreApplication::translate("ProgressionRepository", "Give the date of the rating.")});
    } else if (r.ratedOn > m_facts.today) {
        issues.append({QStringLiteral("rated_on"), QCoreApplication::translate("ProgressionRepository", "A rating cannot be dated in the future.")});
    }
    if (r.goalLineage.isEmpty()) {
        if (r.rater != Rater::Caseworker) {
            issues.append({QStringLiteral("rater"), QCoreApplication::translate("ProgressionRepository", "Progress toward the employment goal is rated by the coordinating caseworker.")});
        }
    } else {
        if (r.rater == Rater::Caseworker) {
            issues.append({QStringLiteral("rater"), QCoreApplication::translate("ProgressionRepository", "A goal is rated by the citizen and by the professional.")});
        }
        const bool found = m_facts.goalInPlan(r.goalLineage, r.citizenId);
        if (!found) {
            issues.append({QStringLiteral("goal"), QCoreApplication::translate("ProgressionRepository", "The goal is not in this citizen's plan.")});
        }
    }
    if (!r.ratedBy.isEmpty() && !m_facts.exists(QStringLiteral("staff"), r.ratedBy)) {
        issues.append({QStringLiteral("rated_by"), QCoreApplication::translate("ProgressionRepository", "The staff member who entered the rating does not exist.")});
    }
    return issues;
}

bool PlanRules::caseClosed(const QString& citizenId) const
{
    return m_facts.caseClosed && m_facts.caseClosed(citizenId);
}

Status PlanRules::checkCaseOpen(const QString& citizenId) const
{
    if (caseClosed(citizenId)) {
        return fail(tr("The case is closed; reopen it to change the plan."));
    }
    return {};
}

Status PlanRules::checkAgreement(const Plan& plan, const Agreement& agreement) const
{
    if (!plan.editable()) {
        return fail(tr("Only a draft can be agreed; this version is already %1.").arg(PlanText::statusLabel(plan.status).toLower()));
    }
    const auto issues = validateAgreement(plan, agreement);
    if (hasBlocking(issues)) {
        return fail(joinIssues(issues));
    }
    return {};
}

Plan PlanRules::nextVersion(const Plan& agreed)
{
    Plan next = agreed;
    next.previousId = agreed.id;
    next.conferenceId = agreed.conferenceId;
    return next;
}

QString PlanRules::joinIssues(const QVector<FieldIssue>& issues)
{
    QStringList out;
    for (const auto& i : issues) {
        if (i.blocking) {
            out << i.message;
        }
    }
    return out.join(QLatin1Char('\n'));
}

bool PlanRules::hasBlocking(const QVector<FieldIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const FieldIssue& i) { return i.blocking; });
}

} // namespace samspil
