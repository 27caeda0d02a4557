#pragma once

#include "core/company/Company.h"

#include <QCoreApplication>

#include <optional>

namespace samspil {

/// The rules of a placement, beside the model (the repository only stores): what makes one
/// storable, what the company may be told, and when a follow-up or an ending is due.
class PlacementRules
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRules)
public:
    /// Why the placement cannot be stored, for the user; empty when it can. `today` bounds the
    /// dates (a placement may be planned up to two years ahead).
    static QStringList problems(const Placement& p, const QDate& today);
    /// What the company may be told of the citizen's health: the consented words while the
    /// consent for this company is in force on `day`; nothing otherwise.
    static QString healthForCompany(const std::optional<CompanyConsent>& consent, const QString& companyId,
                                    const QDate& day);
    /// The follow-ups with the company that are due on `day`: planned on or before it and not yet
    /// held, of a placement with no outcome.
    static QVector<QDate> dueFollowUps(const Placement& p, const QDate& day);
    /// Ended by its date, and no outcome recorded: a step for the caseworker.
    static bool endedWithoutOutcome(const Placement& p, const QDate& day);
    /// Hours per week as the command line and the form take them ("37", "7,5", "7.5"); nothing
    /// when it is not a number from 0 to 60.
    static std::optional<double> parseHours(const QString& text);
};

} // namespace samspil
