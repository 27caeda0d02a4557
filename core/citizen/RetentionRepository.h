#pragma once

#include "core/citizen/Citizen.h"
#include "core/storage/Erasure.h"

#include <QDate>

#include <optional>

namespace samspil {

/// A closed case (or a citizen removed from the caseload) and when it may be erased.
struct RetentionCase
{
    Citizen citizen;
    QString caseworkerName;
    bool deleted = false; ///< removed from the caseload rather than closed
    QDate closedOn;       ///< the outcome date; else the day the case was closed or removed
    QDate erasableFrom;   ///< closedOn + the retention period
};

/// The retention rules (issue 7): a closed case is kept for a number of years after closing
/// (five by default, a setting of the desktop client passed in here); after that a manager can
/// erase it, and before that only with a reason that does not name the citizen. The erasure
/// itself is the engine's (Erasure::eraseCitizen).
class RetentionRepository
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)
public:
    explicit RetentionRepository(Database& db)
        : m_db(db)
    {
    }

    /// Every closed case and every citizen removed from the caseload whose retention period of
    /// `years` has run out by today, longest past first.
    QVector<RetentionCase> pastRetention(int years) const;
    /// The case as the retention rules see it; nothing when the citizen does not exist (deleted
    /// citizens included) or the case is open.
    std::optional<RetentionCase> retentionOf(const QString& citizenId, int years) const;

    /// Why this citizen cannot be erased now with this reason (empty when it can).
    Status check(const QString& citizenId, int years, const QString& reason) const;
    /// Erases the citizen (core/storage/Erasure.h). Refused, with nothing changed, when check() refuses.
    Result<ErasureResult> erase(const QString& citizenId, int years, const QString& reason);

private:
    QVector<RetentionCase> readCases(const QString& where, const QVariantList& binds, int years) const;

    Database& m_db;
};

} // namespace samspil
