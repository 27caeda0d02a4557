#pragma once

#include "core/citizen/Citizen.h"
#include "core/screening/Screening.h"
#include "core/storage/Database.h"

#include <optional>

namespace samspil {

/// Screenings of citizens: saved once, never changed; a correction is a new record pointing at
/// the old one. The screening that counts is the newest one that no other corrects.
class ScreeningRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningRepository)
public:
    explicit ScreeningRepository(Database& db)
        : m_db(db)
    {
    }

    /// Everything that stops a draft from being saved, per field ("answers", "decided_risk",
    /// "reason", "citizen_id", "screened_by"), with messages for the user.
    QVector<FieldIssue> validate(const Instrument& instrument, const ScreeningDraft& draft) const;

    /// Scores the answers with the instrument and saves a new screening; nothing is written on error.
    Result<Screening> save(const Instrument& instrument, const ScreeningDraft& draft);
    /// Saves a corrected screening that supersedes `correctedId` (which stays, unchanged).
    Result<Screening> correct(const QString& correctedId, const Instrument& instrument, const ScreeningDraft& draft);

    std::optional<Screening> get(const QString& id) const;
    /// All screenings of a citizen, newest first, corrected ones included (with supersededBy set).
    QVector<Screening> history(const QString& citizenId) const;
    /// The newest screening of the citizen that has not been corrected.
    std::optional<Screening> latestDecided(const QString& citizenId) const;
    /// latestDecided() for every citizen with a screening, in one query.
    QHash<QString, LatestRisk> latestDecidedForAll() const;
    /// All screenings, oldest first (for the CLI listing).
    QVector<Screening> all() const;

    /// References that do not resolve (for `check`): screenings of missing citizens, corrections
    /// of missing screenings. -1 when they cannot be counted.
    int countWithoutCitizen() const;
    int countWithMissingSupersedes() const;

private:
    Result<Screening> insert(const Instrument& instrument, const ScreeningDraft& draft, const QString& supersedes);

    Database& m_db;
};

} // namespace samspil
