#pragma once

#include "core/screening/Instrument.h"

#include <QDateTime>

namespace samspil {

/// A new recipient of benefit should be screened within a week of the benefit starting.
inline constexpr int kScreeningDueDays = 7;

/// One stored screening: what the citizen answered, what the score proposed, and what the
/// caseworker decided. Append-only; a correction is a new screening whose `supersedes` names
/// the corrected one.
struct Screening
{
    QString id;
    QString citizenId;
    QString instrumentId;
    int instrumentVersion = 0;
    Answers answers;
    Scores scores;
    Risk proposedRisk = Risk::Low;
    Risk decidedRisk = Risk::Low;
    QString reason;     ///< why the decision differs from the proposal (required then)
    QString assessment; ///< the caseworker's assessment from the first conversation
    QString screenedBy; ///< staff id
    QDateTime screenedAt;
    QString supersedes; ///< the id of the corrected screening, or empty
    /// Filled by queries: the id of the screening that corrected this one, or empty.
    QString supersededBy;

    bool differsFromProposal() const { return decidedRisk != proposedRisk; }
};

/// What the caseworker fills in: the rest (scores, proposal, instrument, time) is derived.
struct ScreeningDraft
{
    QString citizenId;
    Answers answers;
    std::optional<Risk> decidedRisk;
    QString reason;
    QString assessment;
    QString screenedBy;
    /// When the screening took place; invalid: now. Not in the future.
    QDateTime screenedAt;
};

/// The latest decided risk of one citizen, for the caseload.
struct LatestRisk
{
    QString screeningId;
    Risk risk = Risk::Low;
    QDateTime screenedAt;
};

} // namespace samspil
