#pragma once

#include "core/storage/Database.h"
#include "core/teamday/TeamDay.h"

#include <optional>

namespace samspil {

/// The citizen's consent to share health information among the team. The newest record
/// counts; withdrawing stamps it with the date.
class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)
public:
    explicit ConsentRepository(Database& db)
        : m_db(db)
    {
    }

    std::optional<Consent> current(const QString& citizenId) const;
    /// Every consent record of the citizen, oldest first (withdrawn ones included).
    QVector<Consent> history(const QString& citizenId) const;
    QHash<QString, Consent> currentForAll() const;
    /// Records consent given (date, scope, form). Refused without a scope or with a date ahead.
    Result<Consent> give(Consent consent);
    Status withdraw(const QString& citizenId, const QDate& on);

    /// Whether a consent given on `givenOn` (withdrawn on `withdrawnOn`, invalid while in force; no
    /// consent at all when `givenOn` is invalid) may be withdrawn on `on`: the rule for every kind of
    /// consent (the team's, a company's).
    static Status mayWithdraw(const QDate& givenOn, const QDate& withdrawnOn, const QDate& on, const QDate& today);

private:
    Database& m_db;
};

} // namespace samspil
