#include "PlanSignals.h"

#include "core/util/Dates.h"

#include <algorithm>

namespace samspil {

QVector<Rating> PlanSignals::series(const QVector<Rating>& ratings, const QString& goalLineage, Rater rater)
{
    QVector<Rating> out;
    for (const auto& r : ratings) {
        if (r.goalLineage == goalLineage && r.rater == rater) {
            out.append(r);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Rating& a, const Rating& b) { return a.ratedOn < b.ratedOn; });
    return out;
}

namespace {

QString goalName(const Plan& plan, const QString& lineage)
{
    if (lineage.isEmpty()) {
        return PlanSignals::tr("the employment goal");
    }
    const PlanGoal* g = plan.goal(lineage);
    return g ? PlanSignals::tr("“%1”").arg(g->text) : lineage;
}

/// Why a series stands still, or an empty string.
QString stagnation(const SeriesSummary& s)
{
    static_assert(PlanSignals::kStagnationRatings == 3, "SeriesSummary keeps the last three scores");
    if (s.count == 0 || s.last >= 10) {
        return {}; // nothing to rise to
    }
    if (s.count >= PlanSignals::kStagnationRatings && s.last <= s.thirdLast) {
        return PlanSignals::tr("no rise over the last three ratings");
    }
    if (s.latestOld >= 0 && s.last <= s.latestOld) {
        return PlanSignals::tr("no rise in eight weeks");
    }
    return {};
}

SeriesSummary summaryOf(const QVector<Rating>& series, const QDate& today)
{
    SeriesSummary s;
    const QDate cutoff = PlanSignals::stagnationCutoff(today);
    for (const auto& r : series) {
        s.add(r.score, r.ratedOn, cutoff);
    }
    return s;
}

} // namespace

SeriesSummaries PlanSignals::summarize(const QVector<Rating>& ratings, const QDate& today)
{
    QVector<const Rating*> ordered;
    ordered.reserve(ratings.size());
    for (const auto& r : ratings) {
        ordered.append(&r);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Rating* a, const Rating* b) { return a->ratedOn < b->ratedOn; });
    SeriesSummaries out;
    const QDate cutoff = stagnationCutoff(today);
    for (const Rating* r : ordered) {
        out[key(r->goalLineage, r->rater)].add(r->score, r->ratedOn, cutoff);
    }
    return out;
}

bool PlanSignals::stagnates(const SeriesSummary& series)
{
    return !stagnation(series).isEmpty();
}

bool PlanSignals::diverges(const SeriesSummary& citizen, const SeriesSummary& professional)
{
    return citizen.count > 0 && professional.count > 0 && std::abs(citizen.last - professional.last) >= kDivergence;
}

bool PlanSignals::stagnates(const QVector<Rating>& series, const QDate& today)
{
    return stagnates(summaryOf(series, today));
}

bool PlanSignals::diverges(const QVector<Rating>& citizen, const QVector<Rating>& professional)
{
    return !citizen.isEmpty() && !professional.isEmpty()
        && std::abs(citizen.last().score - professional.last().score) >= kDivergence;
}

namespace {

/// The one walk over a plan and its series behind compute() and any(). `sink` gets each signal
/// with its message made only when `withText` is set (the caseload asks for tens of thousands of
/// citizens and needs only a yes or no); it returns false to stop.
template<typename Sink>
void walk(const Plan& plan, const SeriesSummaries& series, const QDate& today, bool withText, Sink sink)
{
    auto text = [withText](auto make) { return withText ? make() : QString(); };
    const SeriesSummary none;
    auto of = [&](const QString& lineage, Rater rater) -> const SeriesSummary& {
        const auto it = series.constFind(PlanSignals::key(lineage, rater));
        return it == series.cend() ? none : *it;
    };
    if (plan.targetDate.isValid() && plan.targetDate < today) {
        if (!sink(PlanSignal{PlanSignal::Kind::PastTarget, {}, Rater::Caseworker, text([&] {
                                 return PlanSignals::tr("The target date of the employment goal (%1) has passed.")
                                     .arg(formatDate(plan.targetDate));
                             })})) {
            return;
        }
    }
    const QString why = stagnation(of({}, Rater::Caseworker));
    if (!why.isEmpty()) {
        if (!sink(PlanSignal{PlanSignal::Kind::Stagnation, {}, Rater::Caseworker, text([&] {
                                 return PlanSignals::tr(
                                            "Progress toward the employment goal stands still (caseworker's ratings: %1).")
                                     .arg(why);
                             })})) {
            return;
        }
    }
    for (const auto& g : plan.orderedGoals()) {
        if (g.achievedOn.isValid()) {
            continue;
        }
        auto name = [&] { return goalName(plan, g.lineage); };
        if (g.targetDate.isValid() && g.targetDate < today) {
            if (!sink(PlanSignal{PlanSignal::Kind::PastTarget, g.lineage, Rater::Professional, text([&] {
                                     return PlanSignals::tr("Goal %1 is past its target date (%2).")
                                         .arg(name(), formatDate(g.targetDate));
                                 })})) {
                return;
            }
        }
        const SeriesSummary& citizen = of(g.lineage, Rater::Citizen);
        const SeriesSummary& professional = of(g.lineage, Rater::Professional);
        if (PlanSignals::diverges(citizen, professional)) {
            if (!sink(PlanSignal{PlanSignal::Kind::Divergence, g.lineage, Rater::Citizen, text([&] {
                                     return PlanSignals::tr("Goal %1: the citizen rates %2 and the professional %3; "
                                                            "talk about the difference.")
                                         .arg(name())
                                         .arg(citizen.last)
                                         .arg(professional.last);
                                 })})) {
                return;
            }
        }
        for (const auto& [rater, s] : {std::pair{Rater::Citizen, &citizen}, std::pair{Rater::Professional, &professional}}) {
            const QString w = stagnation(*s);
            if (!w.isEmpty()) {
                if (!sink(PlanSignal{PlanSignal::Kind::Stagnation, g.lineage, rater, text([&] {
                                         return PlanSignals::tr("Goal %1 stands still (%2's ratings: %3).")
                                             .arg(name(), PlanText::raterLabel(rater).toLower(), w);
                                     })})) {
                    return;
                }
            }
        }
    }
}

} // namespace

QVector<PlanSignal> PlanSignals::compute(const Plan& plan, const QVector<Rating>& ratings, const QDate& today)
{
    return compute(plan, summarize(ratings, today), today);
}

QVector<PlanSignal> PlanSignals::compute(const Plan& plan, const SeriesSummaries& series, const QDate& today)
{
    QVector<PlanSignal> out;
    walk(plan, series, today, true, [&](PlanSignal&& s) {
        out.append(std::move(s));
        return true;
    });
    return out;
}

bool PlanSignals::any(const Plan& plan, const SeriesSummaries& series, const QDate& today)
{
    bool found = false;
    walk(plan, series, today, false, [&](PlanSignal&&) {
        found = true;
        return false;
    });
    return found;
}

} // namespace samspil
