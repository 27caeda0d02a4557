#pragma once

#include "core/company/Company.h"
#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace samspil {

/// A company's offer that suits a citizen, with the reason in one sentence.
struct OfferMatch
{
    QString companyId;
    QString companyName;
    CompanyOffer offer;
    QString explanation;
};

/// Matching (issue 19): which companies' offers fit a citizen's employment goal (the kind of
/// work and the hours in the plan) and whose stated demands do not clash with the citizen's
/// skånehensyn. Rules beside the model; the callers read the companies, plan and skånehensyn.
class Matching
{
    Q_DECLARE_TR_FUNCTIONS(Matching)
public:
    /// Whether an offer of this kind serves the goal: an ordinary job through praktik, løntilskud,
    /// an ordinary or a small job; a flex job through a flex job or praktik; education or
    /// anything else through praktik or a small job.
    static bool kindServes(PlacementKind kind, EmploymentGoalKind goal);
    /// The offers that fit, best first (the closest hours to the goal's, then by company name).
    /// Without a plan every offer's kind fits and hours are not compared.
    static QVector<OfferMatch> forCitizen(const QVector<Company>& companies, const std::optional<Plan>& plan,
                                          const QStringList& accommodations, const QDate& today);

    /// The other way (for an offer): the citizens whose current plan points there (the goal's kind
    /// served by the offer, the goal's hours at least the offer's), and whose skånehensyn do not
    /// clash with the offer's demands; each with one sentence. `plans` by citizen id,
    /// `accommodations` the skånehensyn of each citizen (those chosen, or those proposed).
    struct CitizenMatch
    {
        QString citizenId;
        QString explanation;
    };
    static QVector<CitizenMatch> forOffer(const CompanyOffer& offer, const QHash<QString, Plan>& plans,
                                          const QHash<QString, QStringList>& accommodations);
};

} // namespace samspil
