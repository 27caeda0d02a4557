#include "core/plan/PlanSignals.h"

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
QString stagnation(const QVector<Rating>& s, const QDate& today)
{
    if (s.isEmpty() || s.last().score >= 10) {
        return {}; // nothing to rise to
    }
    const int n = int(s.size());
    if (n >= PlanSignals::kStagnationRatings && s[n - 1].score <= s[n - PlanSignals::kStagnationRatings].score) {
        return PlanSignals::tr("no rise over the last three ratings");
    }
    const QDate cutoff = today.addDays(-PlanSignals::kStagnationDays);
    for (int i = n - 1; i >= 0; --i) {
        if (s[i].ratedOn <= cutoff) {
            if (s[n - 1].score <= s[i].score) {
                return PlanSignals::tr("no rise in eight weeks");
            }
            break;
        }
    }
    return {};
}

} // namespace

bool PlanSignals::stagnates(const QVector<Rating>& series, const QDate& today)
{
    return !stagnation(series, today).isEmpty();
}

bool PlanSignals::diverges(const QVector<Rating>& citizen, const QVector<Rating>& professional)
{
    return !citizen.isEmpty() && !professional.isEmpty()
        && std::abs(citizen.last().score - professional.last().score) >= kDivergence;
}

namespace {

/// The one walk over a plan and its ratings behind compute() and any(). `sink` gets each signal
/// with its message made only when `withText` is set (the caseload asks for tens of thousands of
/// citizens and needs only a yes or no); it returns false to stop.
template<typename Sink>
void walk(const Plan& plan, const QVector<Rating>& ratings, const QDate& today, bool withText, Sink sink)
{
    auto text = [withText](auto make) { return withText ? make() : QString(); };
    if (plan.targetDate.isValid() && plan.targetDate < today) {
        if (!sink(PlanSignal{PlanSignal::Kind::PastTarget, {}, Rater::Caseworker, text([&] {
                                 return PlanSignals::tr("The target date of the employment goal (%1) has passed.")
                                     .arg(formatDate(plan.targetDate));
                             })})) {
            return;
        }
    }
    const QString why = stagnation(PlanSignals::series(ratings, {}, Rater::Caseworker), today);
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
        const auto citizen = PlanSignals::series(ratings, g.lineage, Rater::Citizen);
        const auto professional = PlanSignals::series(ratings, g.lineage, Rater::Professional);
        if (PlanSignals::diverges(citizen, professional)) {
            if (!sink(PlanSignal{PlanSignal::Kind::Divergence, g.lineage, Rater::Citizen, text([&] {
                                     return PlanSignals::tr("Goal %1: the citizen rates %2 and the professional %3; "
                                                            "talk about the difference.")
                                         .arg(name())
                                         .arg(citizen.last().score)
                                         .arg(professional.last().score);
                                 })})) {
                return;
            }
        }
        for (const auto& [rater, s] : {std::pair{Rater::Citizen, citizen}, std::pair{Rater::Professional, professional}}) {
            const QString w = stagnation(s, today);
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
    QVector<PlanSignal> out;
    walk(plan, ratings, today, true, [&](PlanSignal&& s) {
        out.append(std::move(s));
        return true;
    });
    return out;
}

bool PlanSignals::any(const Plan& plan, const QVector<Rating>& ratings, const QDate& today)
{
    bool found = false;
    walk(plan, ratings, today, false, [&](PlanSignal&&) {
        found = true;
        return false;
    });
    return found;
}

} // namespace samspil
