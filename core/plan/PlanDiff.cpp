#include "PlanDiff.h"

#include "core/plan/Tracks.h"
#include "core/plan/InterventionCatalogue.h"
#include "core/util/Dates.h"

#include <QScopeGuard>

namespace samspil {

QString PlanChange::describe() const
{
    const QString subject = area == QLatin1String("goal")
        ? (subGoal ? PlanDiff::tr("Sub-goal “%1”").arg(item) : PlanDiff::tr("Goal “%1”").arg(item))
        : area == QLatin1String("intervention")          ? PlanDiff::tr("Intervention “%1”").arg(item)
                                                         : PlanDiff::tr("Plan");
    switch (kind) {
    case Kind::Added:
        return PlanDiff::tr("%1 added").arg(subject);
    case Kind::Removed:
        return PlanDiff::tr("%1 removed").arg(subject);
    case Kind::Changed:
        break;
    }
    const QString b = before.isEmpty() ? PlanDiff::tr("(empty)") : before;
    const QString a = after.isEmpty() ? PlanDiff::tr("(empty)") : after;
    return PlanDiff::tr("%1: %2 changed from “%3” to “%4”").arg(subject, label, b, a);
}

namespace {

struct Field
{
    const char* code;
    QString label;
    QString before;
    QString after;
};

void addChanges(QVector<PlanChange>& out, const QString& area, const QString& lineage, const QString& item, const QVector<Field>& fields)
{
    for (const auto& f : fields) {
        if (f.before != f.after) {
            PlanChange c;
            c.area = area;
            c.lineage = lineage;
            c.item = item;
            c.field = QLatin1String(f.code);
            c.label = f.label;
            c.before = f.before;
            c.after = f.after;
            out.append(c);
        }
    }
}

QString interventionName(const PlanIntervention& i)
{
    return i.title.isEmpty() ? InterventionCatalogue::shipped().name(i.kind) : i.title;
}

} // namespace

namespace {

using StaffName = std::function<QString(const QString&)>;

PlanChange addedOrRemoved(PlanChange::Kind kind, const QString& area, const QString& lineage, const QString& item)
{
    PlanChange c;
    c.kind = kind;
    c.area = area;
    c.lineage = lineage;
    c.item = item;
    return c;
}

QString goalText(const Plan& p, const QString& lineage)
{
    const PlanGoal* g = p.goal(lineage);
    return g ? g->text : QString();
}

void diffGoals(QVector<PlanChange>& out, const Plan& from, const Plan& to, const StaffName& staff)
{
    const QString area = QStringLiteral("goal");
    for (const auto& g : to.orderedGoals()) {
        const PlanGoal* old = from.goal(g.lineage);
        const auto first = out.size();
        const auto markSubGoals = qScopeGuard([&out, first, sub = g.isSubGoal()] {
            for (auto k = first; k < out.size(); ++k) {
                out[k].subGoal = sub;
            }
        });
        if (!old) {
            out.append(addedOrRemoved(PlanChange::Kind::Added, area, g.lineage, g.text));
            continue;
        }
        addChanges(out, area, g.lineage, g.text,
                   {{"text", PlanDiff::tr("text"), old->text, g.text},
                    {"criterion", PlanDiff::tr("how success is seen"), old->criterion, g.criterion},
                    {"tracks", PlanDiff::tr("tracks"), Tracks::displayNames(old->tracks), Tracks::displayNames(g.tracks)},
                    {"target_date", PlanDiff::tr("target date"), formatDate(old->targetDate), formatDate(g.targetDate)},
                    {"responsible_id", PlanDiff::tr("responsible"), staff(old->responsibleId), staff(g.responsibleId)},
                    {"achieved_on", PlanDiff::tr("reached"), formatDate(old->achievedOn), formatDate(g.achievedOn)},
                    {"parent", PlanDiff::tr("main goal"), goalText(from, old->parentLineage), goalText(to, g.parentLineage)}});
    }
    for (const auto& g : from.orderedGoals()) {
        if (!to.goal(g.lineage)) {
            out.append(addedOrRemoved(PlanChange::Kind::Removed, area, g.lineage, g.text));
            out.last().subGoal = g.isSubGoal();
        }
    }
}

const PlanIntervention* findIntervention(const Plan& p, const QString& lineage)
{
    for (const auto& i : p.interventions) {
        if (i.lineage == lineage) {
            return &i;
        }
    }
    return nullptr;
}

QString goalsOf(const Plan& p, const PlanIntervention& i)
{
    QStringList names;
    for (const auto& l : i.goalLineages) {
        names << goalText(p, l);
    }
    return names.join(QStringLiteral("; "));
}

void diffInterventions(QVector<PlanChange>& out, const Plan& from, const Plan& to, const StaffName& staff)
{
    const QString area = QStringLiteral("intervention");
    const auto provider = [&](const PlanIntervention& i) {
        return i.providerId.isEmpty() ? i.providerExternal : staff(i.providerId);
    };
    const auto& catalogue = InterventionCatalogue::shipped();
    for (const auto& i : to.interventions) {
        const PlanIntervention* old = findIntervention(from, i.lineage);
        if (!old) {
            out.append(addedOrRemoved(PlanChange::Kind::Added, area, i.lineage, interventionName(i)));
            continue;
        }
        addChanges(out, area, i.lineage, interventionName(i),
                   {{"kind", PlanDiff::tr("kind"), catalogue.name(old->kind), catalogue.name(i.kind)},
                    {"title", PlanDiff::tr("description"), old->title, i.title},
                    {"tracks", PlanDiff::tr("tracks"), Tracks::displayNames(old->tracks), Tracks::displayNames(i.tracks)},
                    {"provider", PlanDiff::tr("provider"), provider(*old), provider(i)},
                    {"start", PlanDiff::tr("start"), formatDate(old->start), formatDate(i.start)},
                    {"end", PlanDiff::tr("end"), formatDate(old->end), formatDate(i.end)},
                    {"status", PlanDiff::tr("status"), PlanText::interventionStatusLabel(old->status),
                     PlanText::interventionStatusLabel(i.status)},
                    {"stop_reason", PlanDiff::tr("reason for stopping"), old->stopReason, i.stopReason},
                    {"goals", PlanDiff::tr("goals"), goalsOf(from, *old), goalsOf(to, i)}});
    }
    for (const auto& i : from.interventions) {
        if (!findIntervention(to, i.lineage)) {
            out.append(addedOrRemoved(PlanChange::Kind::Removed, area, i.lineage, interventionName(i)));
        }
    }
}

} // namespace

QVector<PlanChange> PlanDiff::diff(const Plan& from, const Plan& to, const std::function<QString(const QString&)>& staffName)
{
    const StaffName staff = [&](const QString& id) { return staffName && !id.isEmpty() ? staffName(id) : id; };
    const auto hours = [](int h) { return h > 0 ? QString::number(h) : QString(); };
    QVector<PlanChange> out;
    addChanges(out, QStringLiteral("plan"), {}, {},
               {{"employment_goal", tr("employment goal"), from.employmentGoal, to.employmentGoal},
                {"goal_kind", tr("kind of goal"), PlanText::goalKindLabel(from.goalKind), PlanText::goalKindLabel(to.goalKind)},
                {"hours_per_week", tr("hours per week"), hours(from.hoursPerWeek), hours(to.hoursPerWeek)},
                {"target_date", tr("target date"), formatDate(from.targetDate), formatDate(to.targetDate)},
                {"what_matters", tr("what matters to me"), from.whatMatters, to.whatMatters},
                {"first_step", tr("my first step"), from.firstStep, to.firstStep},
                {"caseworker_id", tr("coordinating caseworker"), staff(from.caseworkerId), staff(to.caseworkerId)}});
    diffGoals(out, from, to, staff);
    diffInterventions(out, from, to, staff);
    return out;
}

} // namespace samspil
