#include "PlanRowQueries.h"

#include "core/plan/Tracks.h"

#include <QSqlQuery>

namespace samspil {

namespace {

QDate toDate(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant fromDate(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QStringList splitList(const QString& s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}


} // namespace

QVariantMap goalValues(const QString& planId, const PlanGoal& g)
{
    return {{QStringLiteral("plan_id"), planId},
            {QStringLiteral("lineage"), g.lineage},
            {QStringLiteral("parent_lineage"), g.parentLineage},
            {QStringLiteral("position"), g.position},
            {QStringLiteral("text"), g.text.trimmed()},
            {QStringLiteral("criterion"), g.criterion.trimmed()},
            {QStringLiteral("tracks"), Tracks::join(g.tracks)},
            {QStringLiteral("target_date"), fromDate(g.targetDate)},
            {QStringLiteral("responsible_id"), g.responsibleId},
            {QStringLiteral("achieved_on"), fromDate(g.achievedOn)}};
}

QVariantMap interventionValues(const QString& planId, const PlanIntervention& i)
{
    return {{QStringLiteral("plan_id"), planId},
            {QStringLiteral("lineage"), i.lineage},
            {QStringLiteral("position"), i.position},
            {QStringLiteral("kind"), i.kind},
            {QStringLiteral("title"), i.title.trimmed()},
            {QStringLiteral("tracks"), Tracks::join(i.tracks)},
            {QStringLiteral("provider_id"), i.providerId},
            {QStringLiteral("provider_external"), i.providerExternal.trimmed()},
            {QStringLiteral("start_date"), fromDate(i.start)},
            {QStringLiteral("end_date"), fromDate(i.end)},
            {QStringLiteral("status"), PlanText::interventionStatusCode(i.status)},
            {QStringLiteral("stop_reason"), i.stopReason.trimmed()},
            {QStringLiteral("goal_lineages"), i.goalLineages.join(QLatin1Char(','))}};
}


Plan readPlan(const QSqlQuery& q)
{
    Plan p;
    p.id = q.value(0).toString();
    p.citizenId = q.value(1).toString();
    p.version = q.value(2).toInt();
    p.status = PlanText::statusFromCode(q.value(3).toString()).value_or(PlanStatus::Draft);
    p.employmentGoal = q.value(4).toString();
    p.goalKind = PlanText::goalKindFromCode(q.value(5).toString()).value_or(EmploymentGoalKind::Other);
    p.hoursPerWeek = q.value(6).toInt();
    p.targetDate = toDate(q.value(7));
    p.whatMatters = q.value(8).toString();
    p.firstStep = q.value(9).toString();
    p.agreedOn = toDate(q.value(10));
    p.agreedHow = PlanText::methodFromCode(q.value(11).toString()).value_or(AgreementMethod::InPerson);
    p.agreedPresent = q.value(12).toString();
    p.previousId = q.value(13).toString();
    p.conferenceId = q.value(14).toString();
    p.caseworkerId = q.value(15).toString();
    p.createdAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    return p;
}

/// A goal and the id of the plan version it belongs to.
std::pair<QString, PlanGoal> readGoal(const QSqlQuery& q)
{
    PlanGoal g;
    g.id = q.value(0).toString();
    g.lineage = q.value(2).toString();
    g.parentLineage = q.value(3).toString();
    g.position = q.value(4).toInt();
    g.text = q.value(5).toString();
    g.criterion = q.value(6).toString();
    g.tracks = Tracks::split(q.value(7).toString());
    g.targetDate = toDate(q.value(8));
    g.responsibleId = q.value(9).toString();
    g.achievedOn = toDate(q.value(10));
    return {q.value(1).toString(), g};
}

std::pair<QString, PlanIntervention> readIntervention(const QSqlQuery& q)
{
    PlanIntervention i;
    i.id = q.value(0).toString();
    i.lineage = q.value(2).toString();
    i.position = q.value(3).toInt();
    i.kind = q.value(4).toString();
    i.title = q.value(5).toString();
    i.tracks = Tracks::split(q.value(6).toString());
    i.providerId = q.value(7).toString();
    i.providerExternal = q.value(8).toString();
    i.start = toDate(q.value(9));
    i.end = toDate(q.value(10));
    i.status = PlanText::interventionStatusFromCode(q.value(11).toString()).value_or(InterventionStatus::Planned);
    i.stopReason = q.value(12).toString();
    i.goalLineages = splitList(q.value(13).toString());
    return {q.value(1).toString(), i};
}


} // namespace samspil
