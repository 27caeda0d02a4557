#pragma once

#include "core/citizen/Citizen.h"
#include "core/plan/Plan.h"
#include "core/plan/PlanSignals.h"
#include "core/storage/Database.h"

#include <QHash>

#include <functional>

namespace samspil {

/// Progression ratings (progressionsmåling). Citizen, professional and caseworker ratings are
/// separate series; nothing is averaged.
class ProgressionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProgressionRepository)
public:
    explicit ProgressionRepository(Database& db)
        : m_db(db)
    {
    }
    QVector<FieldIssue> validate(const Rating& r) const;
    Result<Rating> add(Rating r);
    Status remove(const QString& id);
    /// A citizen's ratings, oldest first.
    QVector<Rating> forCitizen(const QString& citizenId) const;
    /// Every rating, by citizen, oldest first (one query).
    QHash<QString, QVector<Rating>> allByCitizen() const;
    /// Every rating's series and score, in series order — by citizen, then goal and rater,
    /// each series oldest first — handed to `visit` without building a Rating for each (the
    /// next-step facts read them all on every caseload load). The citizen id and goal lineage
    /// are ASCII bytes, valid during the call. Only `citizenId`'s when it is not empty.
    using ScoreVisitor = std::function<void(QByteArrayView citizenId, QByteArrayView goalLineage, Rater rater,
                                            int score, const QDate& ratedOn)>;
    void forEachScore(const ScoreVisitor& visit, const QString& citizenId = {}) const;
    /// Every series of every citizen (only `citizenId`'s when it is not empty), summed up as the
    /// ratings stream past with the stagnation cutoff of `today`: no rating kept.
    RatingSeries seriesForAll(const QDate& today, const QString& citizenId = {}) const;
    /// Ratings of a missing citizen; -1 when they cannot be counted.
    int countWithoutCitizen() const;

private:
    /// The live ratings that match `where` (an "AND …" condition), oldest first; a failed read is an error.
    Result<QVector<Rating>> read(const QString& where, const QVariantList& binds) const;
    /// read() for functions that return a plain value: a failed read is a warning in the log and no ratings.
    QVector<Rating> load(const QString& where, const QVariantList& binds, const char* caller) const;
    Database& m_db;
};

} // namespace samspil
