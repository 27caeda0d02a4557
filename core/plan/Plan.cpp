#include "Plan.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace samspil {

bool PlanGoal::operator==(const PlanGoal& o) const
{
    return lineage == o.lineage && parentLineage == o.parentLineage && position == o.position && text == o.text
        && criterion == o.criterion && tracks == o.tracks && targetDate == o.targetDate
        && responsibleId == o.responsibleId && achievedOn == o.achievedOn;
}

bool PlanIntervention::operator==(const PlanIntervention& o) const
{
    return lineage == o.lineage && position == o.position && kind == o.kind && title == o.title && tracks == o.tracks
        && providerId == o.providerId && providerExternal == o.providerExternal && start == o.start && end == o.end
        && status == o.status && stopReason == o.stopReason && goalLineages == o.goalLineages;
}

const PlanGoal* Plan::goal(const QString& lineage) const
{
    for (const auto& g : goals) {
        if (g.lineage == lineage) {
            return &g;
        }
    }
    return nullptr;
}

QVector<PlanGoal> Plan::orderedGoals() const
{
    QVector<PlanGoal> mains;
    QVector<PlanGoal> subs;
    for (const auto& g : goals) {
        (g.isSubGoal() && goal(g.parentLineage) ? subs : mains).append(g);
    }
    const auto byPosition = [](const PlanGoal& a, const PlanGoal& b) {
        return a.position != b.position ? a.position < b.position : a.lineage < b.lineage;
    };
    std::stable_sort(mains.begin(), mains.end(), byPosition);
    std::stable_sort(subs.begin(), subs.end(), byPosition);
    QVector<PlanGoal> out;
    for (const auto& m : mains) {
        out.append(m);
        for (const auto& s : subs) {
            if (s.parentLineage == m.lineage) {
                out.append(s);
            }
        }
    }
    return out;
}

namespace {
template <typename E, size_t N>
std::optional<E> fromCode(const std::array<const char*, N>& codes, const QString& c)
{
    for (size_t i = 0; i < N; ++i) {
        if (c == QLatin1String(codes[i])) {
            return E(i);
        }
    }
    return std::nullopt;
}
const std::array<const char*, 3> kStatus = {"draft", "agreed", "superseded"};
const std::array<const char*, 4> kKinds = {"ordinary_job", "flex_job", "education", "other"};
const std::array<const char*, 3> kMethods = {"in_person", "phone", "digital"};
const std::array<const char*, 4> kInterventionStatus = {"planned", "running", "completed", "stopped"};
const std::array<const char*, 3> kRaters = {"citizen", "professional", "caseworker"};
} // namespace

QString PlanText::statusCode(PlanStatus s) { return QLatin1String(kStatus[size_t(s)]); }
std::optional<PlanStatus> PlanText::statusFromCode(const QString& c) { return fromCode<PlanStatus>(kStatus, c); }
QString PlanText::statusLabel(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Draft:
        return tr("Draft");
    case PlanStatus::Agreed:
        return tr("Agreed");
    case PlanStatus::Superseded:
        return tr("Superseded");
    }
    return {};
}

QString PlanText::goalKindCode(EmploymentGoalKind k) { return QLatin1String(kKinds[size_t(k)]); }
std::optional<EmploymentGoalKind> PlanText::goalKindFromCode(const QString& c)
{
    return fromCode<EmploymentGoalKind>(kKinds, c);
}
QString PlanText::goalKindLabel(EmploymentGoalKind k)
{
    switch (k) {
    case EmploymentGoalKind::OrdinaryJob:
        return tr("Ordinary job");
    case EmploymentGoalKind::FlexJob:
        return tr("Flex job");
    case EmploymentGoalKind::Education:
        return tr("Education");
    case EmploymentGoalKind::Other:
        return tr("Other");
    }
    return {};
}

QString PlanText::methodCode(AgreementMethod m) { return QLatin1String(kMethods[size_t(m)]); }
std::optional<AgreementMethod> PlanText::methodFromCode(const QString& c) { return fromCode<AgreementMethod>(kMethods, c); }
QString PlanText::methodLabel(AgreementMethod m)
{
    switch (m) {
    case AgreementMethod::InPerson:
        return tr("In person");
    case AgreementMethod::Phone:
        return tr("By phone");
    case AgreementMethod::Digital:
        return tr("Digitally");
    }
    return {};
}

QString PlanText::interventionStatusCode(InterventionStatus s) { return QLatin1String(kInterventionStatus[size_t(s)]); }
std::optional<InterventionStatus> PlanText::interventionStatusFromCode(const QString& c)
{
    return fromCode<InterventionStatus>(kInterventionStatus, c);
}
QString PlanText::interventionStatusLabel(InterventionStatus s)
{
    switch (s) {
    case InterventionStatus::Planned:
        return tr("Planned");
    case InterventionStatus::Running:
        return tr("Running");
    case InterventionStatus::Completed:
        return tr("Completed");
    case InterventionStatus::Stopped:
        return tr("Stopped");
    }
    return {};
}

QString PlanText::raterCode(Rater r) { return QLatin1String(kRaters[size_t(r)]); }
std::optional<Rater> PlanText::raterFromCode(const QString& c) { return fromCode<Rater>(kRaters, c); }
QString PlanText::raterLabel(Rater r)
{
    switch (r) {
    case Rater::Citizen:
        return tr("Citizen");
    case Rater::Professional:
        return tr("Professional");
    case Rater::Caseworker:
        return tr("Coordinating caseworker");
    }
    return {};
}

std::optional<int> PlanText::hoursNamedIn(const QString& text)
{
    // "25 timer om ugen", "25 timer pr. uge", "25 timer i ugen", "25 timer/uge"; the hours in English too.
    static const QRegularExpression hours(
        QStringLiteral(R"((\d{1,2})\s*(?:timer\s*(?:om|pr\.?|per|i|/)\s*ugen?|hours\s*(?:a|per)\s*week))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = hours.match(text);
    return m.hasMatch() ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
}

} // namespace samspil
