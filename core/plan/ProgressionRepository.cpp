#include "ProgressionRepository.h"

#include "core/plan/PlanRepository.h"
#include "core/plan/PlanRules.h"
#include "core/storage/RawQuery.h"
#include "core/storage/Select.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"

#include <QSqlQuery>

namespace samspil {

namespace {

const QString kRatingColumns =
    QStringLiteral("id, citizen_id, goal_lineage, rater, score, rated_on, comment, rated_by");

QDate toDate(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Rating readRating(const QSqlQuery& q)
{
    Rating r;
    r.id = q.value(0).toString();
    r.citizenId = q.value(1).toString();
    r.goalLineage = q.value(2).toString();
    r.rater = PlanText::raterFromCode(q.value(3).toString()).value_or(Rater::Citizen);
    r.score = q.value(4).toInt();
    r.ratedOn = toDate(q.value(5));
    r.comment = q.value(6).toString();
    r.ratedBy = q.value(7).toString();
    return r;
}

} // namespace

QVector<FieldIssue> ProgressionRepository::validate(const Rating& r) const
{
    return PlanRules(PlanRepository(m_db).facts()).validateRating(r);
}

Result<Rating> ProgressionRepository::add(Rating r)
{
    const auto issues = validate(r);
    if (PlanRules::hasBlocking(issues)) {
        return fail(PlanRules::joinIssues(issues));
    }
    r.id = newUuid();
    auto w = m_db.insertNew(QStringLiteral("plan_rating"),
                            r.id,
                            {{QStringLiteral("citizen_id"), r.citizenId},
                             {QStringLiteral("goal_lineage"), r.goalLineage},
                             {QStringLiteral("rater"), PlanText::raterCode(r.rater)},
                             {QStringLiteral("score"), r.score},
                             {QStringLiteral("rated_on"), r.ratedOn},
                             {QStringLiteral("comment"), r.comment.trimmed()},
                             {QStringLiteral("rated_by"), r.ratedBy},
                             {QStringLiteral("created_at"), m_db.clock().now()}});
    if (!w) {
        return Error{w.error()};
    }
    return r;
}

Status ProgressionRepository::remove(const QString& id)
{
    if (!PlanRepository::rowExists(m_db, QStringLiteral("plan_rating"), id)) {
        return fail(tr("The rating does not exist."));
    }
    return m_db.softDelete(QStringLiteral("plan_rating"), id);
}

Result<QVector<Rating>> ProgressionRepository::read(const QString& where, const QVariantList& binds) const
{
    return select<Rating>(
        m_db,
        QStringLiteral("SELECT %1 FROM plan_rating WHERE deleted_at IS NULL %2 ORDER BY rated_on, created_at, id").arg(kRatingColumns, where),
        binds, readRating);
}

QVector<Rating> ProgressionRepository::load(const QString& where, const QVariantList& binds, const char* caller) const
{
    return valueOrWarn(read(where, binds), caller);
}

QVector<Rating> ProgressionRepository::forCitizen(const QString& citizenId) const
{
    return load(QStringLiteral("AND citizen_id = ?"), {citizenId}, "ProgressionRepository::forCitizen");
}

QHash<QString, QVector<Rating>> ProgressionRepository::allByCitizen() const
{
    QHash<QString, QVector<Rating>> out;
    for (const auto& r : load(QString(), {}, "ProgressionRepository::allByCitizen")) {
        out[r.citizenId].append(r);
    }
    return out;
}

void ProgressionRepository::forEachScore(const ScoreVisitor& visit, const QString& citizenId) const
{
    // Hundreds of thousands of rows on a large team: read on the raw handle, in the order of the
    // covering index plan_rating_series (migration 10), so SQLite neither sorts nor visits rows.
    RawQuery q(m_db, "SELECT citizen_id, goal_lineage, rater, score, rated_on FROM plan_rating WHERE deleted_at IS NULL"
                         + (citizenId.isEmpty() ? QByteArray() : QByteArray(" AND citizen_id = ?"))
                         + " ORDER BY citizen_id, goal_lineage, rater, rated_on, created_at, id");
    if (!citizenId.isEmpty()) {
        q.bind(0, citizenId);
    }
    const QByteArray citizenCode = PlanText::raterCode(Rater::Citizen).toLatin1();
    const QByteArray professionalCode = PlanText::raterCode(Rater::Professional).toLatin1();
    while (q.next()) {
        const QByteArrayView rater = q.bytes(2);
        visit(q.bytes(0), q.bytes(1),
              rater == citizenCode ? Rater::Citizen : rater == professionalCode ? Rater::Professional : Rater::Caseworker,
              q.integer(3), q.date(4));
    }
}

RatingSeries ProgressionRepository::seriesForAll(const QDate& today, const QString& citizenId) const
{
    RatingSeries out{today, {}};
    const QDate cutoff = PlanSignals::stagnationCutoff(today);
    // A string made only when a series begins.
    QByteArray citizen;
    QByteArray lineage;
    Rater rater = Rater::Citizen;
    SeriesSummaries* ofCitizen = nullptr;
    SeriesSummary* current = nullptr;
    forEachScore(
        [&](QByteArrayView citizenId, QByteArrayView goal, Rater who, int score, const QDate& on) {
            if (!ofCitizen || citizenId != citizen) {
                citizen = citizenId.toByteArray();
                ofCitizen = &out.byCitizen[QString::fromLatin1(citizen)];
                current = nullptr;
            }
            if (!current || goal != lineage || who != rater) {
                lineage = goal.toByteArray();
                rater = who;
                current = &(*ofCitizen)[PlanSignals::key(QString::fromLatin1(lineage), who)];
            }
            current->add(score, on, cutoff);
        },
        citizenId);
    return out;
}

int ProgressionRepository::countWithoutCitizen() const
{
    return int(valueOrWarn(selectNumber(m_db, QStringLiteral("SELECT count(*) FROM plan_rating r WHERE r.deleted_at IS NULL AND NOT EXISTS "
                                                             "(SELECT 1 FROM citizen c WHERE c.id = r.citizen_id)")),
                           "ProgressionRepository::countWithoutCitizen", qint64(-1)));
}

} // namespace samspil
