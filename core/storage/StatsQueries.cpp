#include "core/storage/StatsQueries.h"

#include "core/util/Dates.h"

#include <QSet>
#include <QSqlQuery>

namespace samspil {

namespace {

QSqlQuery run(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.exec(sql);
    return q;
}

QStringList splitCodes(const QString& s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

/// The current version per citizen: drafts first, then agreed, then the rest; newest first.
const char* const kCurrentPlanCte =
    "WITH cur AS (SELECT id, citizen_id FROM (SELECT id, citizen_id, row_number() OVER (PARTITION BY citizen_id "
    "ORDER BY CASE status WHEN 'draft' THEN 0 WHEN 'agreed' THEN 1 ELSE 2 END, version DESC, id) AS rk "
    "FROM plan WHERE deleted_at IS NULL) WHERE rk = 1) ";

} // namespace

QVector<StatsQueries::CitizenRow> StatsQueries::citizens(Database& db)
{
    QVector<CitizenRow> out;
    auto q = run(db, QStringLiteral("SELECT id, caseworker_id, status, benefit_start, outcome, outcome_date "
                                    "FROM citizen WHERE deleted_at IS NULL ORDER BY id"));
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString() != QLatin1String("closed"),
                    parseStoredDate(q.value(3).toString()), q.value(4).toString(),
                    parseStoredDate(q.value(5).toString())});
    }
    return out;
}

QHash<QString, StatsQueries::CurrentPlan> StatsQueries::currentPlans(Database& db)
{
    QHash<QString, CurrentPlan> out;
    auto q = run(db, QString::fromLatin1(kCurrentPlanCte)
                         + QStringLiteral("SELECT cur.citizen_id, cur.id, g.lineage, g.parent_lineage, g.position, "
                                          "g.tracks, g.target_date, g.achieved_on FROM cur LEFT JOIN plan_goal g "
                                          "ON g.plan_id = cur.id AND g.deleted_at IS NULL"));
    while (q.next()) {
        auto& plan = out[q.value(0).toString()];
        plan.planId = q.value(1).toString();
        if (q.value(2).isNull()) {
            continue; // a plan without goals
        }
        PlanGoal g;
        g.lineage = q.value(2).toString();
        g.parentLineage = q.value(3).toString();
        g.position = q.value(4).toInt();
        g.tracks = splitCodes(q.value(5).toString());
        g.targetDate = parseStoredDate(q.value(6).toString());
        g.achievedOn = parseStoredDate(q.value(7).toString());
        plan.goals.append(g);
    }
    auto i = run(db, QString::fromLatin1(kCurrentPlanCte)
                         + QStringLiteral("SELECT cur.citizen_id, i.tracks FROM cur JOIN plan_intervention i "
                                          "ON i.plan_id = cur.id AND i.deleted_at IS NULL WHERE i.tracks IS NOT NULL"));
    while (i.next()) {
        out[i.value(0).toString()].interventionTracks += splitCodes(i.value(1).toString());
    }
    return out;
}

QHash<QString, QStringList> StatsQueries::latestConferenceTracks(Database& db)
{
    QHash<QString, QStringList> out;
    // Newest first per citizen; the first row of each citizen wins.
    auto q = run(db, QStringLiteral("SELECT citizen_id, tracks FROM conference WHERE deleted_at IS NULL "
                                    "ORDER BY citizen_id, held_on DESC, created_at DESC, id"));
    QString previous;
    while (q.next()) {
        const QString citizen = q.value(0).toString();
        if (citizen == previous) {
            continue;
        }
        previous = citizen;
        const QStringList tracks = splitCodes(q.value(1).toString());
        if (!tracks.isEmpty()) {
            out.insert(citizen, tracks);
        }
    }
    return out;
}

QHash<QString, QVector<Rating>> StatsQueries::goalRatings(Database& db)
{
    QHash<QString, QVector<Rating>> out;
    auto q = run(db, QStringLiteral("SELECT citizen_id, goal_lineage, rater, score, rated_on FROM plan_rating "
                                    "WHERE deleted_at IS NULL AND goal_lineage IS NOT NULL AND goal_lineage <> '' "
                                    "ORDER BY citizen_id, rated_on, created_at, id"));
    while (q.next()) {
        const auto rater = PlanText::raterFromCode(q.value(2).toString());
        if (!rater) {
            continue;
        }
        Rating r;
        r.citizenId = q.value(0).toString();
        r.goalLineage = q.value(1).toString();
        r.rater = *rater;
        r.score = q.value(3).toInt();
        r.ratedOn = parseStoredDate(q.value(4).toString());
        out[r.citizenId].append(r);
    }
    return out;
}

QVector<StatsQueries::Person> StatsQueries::people(Database& db, const QStringList& ids)
{
    QHash<QString, Person> byId;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    auto q = run(db, QStringLiteral("SELECT id, cpr, name, caseworker_id, status, benefit_start, outcome, outcome_date "
                                    "FROM citizen WHERE deleted_at IS NULL"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!wanted.contains(id)) {
            continue;
        }
        byId.insert(id, {id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString() != QLatin1String("closed"), parseStoredDate(q.value(5).toString()),
                         q.value(6).toString(), parseStoredDate(q.value(7).toString())});
    }
    QVector<Person> out;
    out.reserve(byId.size());
    for (const auto& id : ids) {
        if (auto it = byId.constFind(id); it != byId.cend()) {
            out.append(*it);
        }
    }
    return out;
}

} // namespace samspil
