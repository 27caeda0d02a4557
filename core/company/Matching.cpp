#include "Matching.h"

#include "core/company/Accommodations.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace samspil {

bool Matching::kindServes(PlacementKind kind, EmploymentGoalKind goal)
{
    switch (goal) {
    case EmploymentGoalKind::OrdinaryJob:
        return kind != PlacementKind::Fleksjob;
    case EmploymentGoalKind::FlexJob:
        return kind == PlacementKind::Fleksjob || kind == PlacementKind::Praktik;
    case EmploymentGoalKind::Education:
    case EmploymentGoalKind::Other:
        return kind == PlacementKind::Praktik || kind == PlacementKind::Smaajob;
    }
    return false;
}

namespace {
QString hoursText(double hours)
{
    return hours > 0 ? Matching::tr("%1 hours a week").arg(QLocale().toString(hours)) : Matching::tr("hours to be agreed");
}

QString explain(const Company& c, const CompanyOffer& o, const std::optional<Plan>& plan, const QStringList& accommodations)
{
    const QString offer = Matching::tr("%1 offers %2, %3").arg(c.name, PlacementKinds::label(o.kind), hoursText(o.hoursPerWeek));
    QString goal;
    if (plan) {
        goal = plan->hoursPerWeek > 0 ? Matching::tr(", which fits the goal (%1, up to %2 hours a week)")
                                            .arg(PlanText::goalKindLabel(plan->goalKind).toLower())
                                            .arg(plan->hoursPerWeek)
                                      : Matching::tr(", which fits the goal (%1)").arg(PlanText::goalKindLabel(plan->goalKind).toLower());
    }
    const QString demands = accommodations.isEmpty()
                                ? QString()
                                : Matching::tr(", and its demands do not clash with the %n skånehensyn", nullptr,
                                               int(accommodations.size()));
    return offer + goal + demands + QLatin1Char('.');
}
} // namespace

QVector<OfferMatch> Matching::forCitizen(const QVector<Company>& companies, const std::optional<Plan>& plan,
                                         const QStringList& accommodations, const QDate& today)
{
    QVector<OfferMatch> out;
    for (const Company& c : companies) {
        for (const CompanyOffer& o : c.offers) {
            if (plan && !kindServes(o.kind, plan->goalKind)) {
                continue;
            }
            if (plan && plan->hoursPerWeek > 0 && o.hoursPerWeek > plan->hoursPerWeek) {
                continue;
            }
            if (o.availableFrom.isValid() && o.availableFrom > today.addMonths(3)) {
                continue; // not within the next three months
            }
            const bool clash = std::any_of(accommodations.cbegin(), accommodations.cend(), [&](const QString& a) {
                return !Accommodations::clashes(a, o.demands).isEmpty();
            });
            if (clash) {
                continue;
            }
            out.append({c.id, c.name, o, explain(c, o, plan, accommodations)});
        }
    }
    const double goalHours = plan ? plan->hoursPerWeek : 0;
    std::stable_sort(out.begin(), out.end(), [goalHours](const OfferMatch& a, const OfferMatch& b) {
        const double da = goalHours > 0 ? std::abs(goalHours - a.offer.hoursPerWeek) : 0;
        const double db = goalHours > 0 ? std::abs(goalHours - b.offer.hoursPerWeek) : 0;
        return da != db ? da < db : a.companyName.localeAwareCompare(b.companyName) < 0;
    });
    return out;
}

QVector<Matching::CitizenMatch> Matching::forOffer(const CompanyOffer& offer, const QHash<QString, Plan>& plans,
                                                  const QHash<QString, QStringList>& accommodations)
{
    QVector<CitizenMatch> out;
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        const Plan& plan = it.value();
        if (!kindServes(offer.kind, plan.goalKind)) {
            continue;
        }
        if (plan.hoursPerWeek > 0 && offer.hoursPerWeek > plan.hoursPerWeek) {
            continue;
        }
        const QStringList chosen = accommodations.value(it.key());
        const bool clash = std::any_of(chosen.cbegin(), chosen.cend(), [&](const QString& a) {
            return !Accommodations::clashes(a, offer.demands).isEmpty();
        });
        if (clash) {
            continue;
        }
        const QString goal = plan.hoursPerWeek > 0 ? tr("The plan's goal is %1 at up to %2 hours a week")
                                                         .arg(PlanText::goalKindLabel(plan.goalKind).toLower())
                                                         .arg(plan.hoursPerWeek)
                                                   : tr("The plan's goal is %1").arg(PlanText::goalKindLabel(plan.goalKind).toLower());
        const QString fits = tr("%1, and %2 at %3 serves it.").arg(goal, PlacementKinds::label(offer.kind), hoursText(offer.hoursPerWeek));
        out.append({it.key(), fits});
    }
    std::sort(out.begin(), out.end(), [](const CitizenMatch& a, const CitizenMatch& b) { return a.citizenId < b.citizenId; });
    return out;
}

} // namespace samspil
