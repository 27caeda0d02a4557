#pragma once

#include "core/plan/Plan.h"

#include <QHash>
#include <QPair>

namespace samspil {

/// Something in the progression that should make the team look at the plan again.
struct PlanSignal
{
    enum class Kind { Divergence, Stagnation, PastTarget };
    Kind kind = Kind::Divergence;
    QString goalLineage; ///< empty: the employment goal
    Rater rater = Rater::Citizen; ///< for stagnation: whose ratings stand still
    QString message;     ///< for the caseworker, translated
};

/// The signals, computed from the current plan and all ratings on a given day:
///  - divergence: the latest citizen and latest professional ratings of a goal differ by
///    kDivergence (3) or more;
///  - stagnation: a series (goal × citizen, goal × professional, employment goal × caseworker)
///    has not risen over its last three ratings (latest ≤ the one two before it), or not over
///    eight weeks (latest ≤ the latest rating given at least 56 days ago);
///  - past target: a goal not reached, or the employment goal, whose target date is before today.
/// Goals marked reached give no signals, nor does a series whose latest rating is 10.
/// What the signals need to know of one series (one goal × one rater, or the employment goal ×
/// the caseworker), fed its ratings oldest first: how many, the first and the latest score, the
/// score two before it, and the latest score given on or before the stagnation cutoff (today − 56 days).
/// The caseload builds these straight from the stored rows without keeping the ratings.
struct SeriesSummary
{
    int count = 0;
    int first = 0; ///< the oldest score (whether the series rose)
    int last = 0;
    int beforeLast = 0; ///< the score one before the latest
    int thirdLast = 0;  ///< the score two before the latest (meaningful when count >= 3)
    int latestOld = -1; ///< -1: no rating on or before the cutoff

    void add(int score, const QDate& ratedOn, const QDate& cutoff)
    {
        if (count == 0) {
            first = score;
        }
        thirdLast = beforeLast;
        beforeLast = last;
        last = score;
        ++count;
        if (ratedOn <= cutoff) {
            latestOld = score;
        }
    }
};

/// The series of one plan's ratings, by (goal lineage, rater); the employment goal's lineage is empty.
using SeriesKey = QPair<QString, int>;
using SeriesSummaries = QHash<SeriesKey, SeriesSummary>;

/// Every citizen's series, summed up with the stagnation cutoff of `today`
/// (ProgressionRepository::seriesForAll). The plan module's next-step facts read them and leave
/// them as a by-product (FactsByproducts) for the dashboard's progression figures.
struct RatingSeries
{
    QDate today;
    QHash<QString, SeriesSummaries> byCitizen;
};

class PlanSignals
{
    Q_DECLARE_TR_FUNCTIONS(PlanSignals)
public:
    static constexpr int kDivergence = 3;
    static constexpr int kStagnationRatings = 3;
    static constexpr int kStagnationDays = 56;

    static QVector<PlanSignal> compute(const Plan& plan, const QVector<Rating>& ratings, const QDate& today);
    /// The same from summaries of the series (summarize()).
    static QVector<PlanSignal> compute(const Plan& plan, const SeriesSummaries& series, const QDate& today);
    /// Whether compute() would give any signal, without making the messages (for the caseload).
    static bool any(const Plan& plan, const SeriesSummaries& series, const QDate& today);

    /// Ratings given on or before this day count for "no rise in eight weeks".
    static QDate stagnationCutoff(const QDate& today) { return today.addDays(-kStagnationDays); }
    static SeriesKey key(const QString& goalLineage, Rater rater) { return {goalLineage, int(rater)}; }
    /// Every series of these ratings, each fed oldest first (ratings of one day in the given order).
    static SeriesSummaries summarize(const QVector<Rating>& ratings, const QDate& today);
    /// The ratings of one series, oldest first.
    static QVector<Rating> series(const QVector<Rating>& ratings, const QString& goalLineage, Rater rater);
    /// The two tests behind the signals, on series already in order (oldest first), for callers
    /// that classify many goals at once (the dashboard): stagnation of one series as above (a
    /// series at 10 does not stagnate), divergence of a goal's latest citizen and professional ratings.
    static bool stagnates(const QVector<Rating>& series, const QDate& today);
    static bool diverges(const QVector<Rating>& citizen, const QVector<Rating>& professional);
    static bool stagnates(const SeriesSummary& series);
    static bool diverges(const SeriesSummary& citizen, const SeriesSummary& professional);
};

} // namespace samspil
