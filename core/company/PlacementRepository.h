#pragma once

#include "core/company/Company.h"
#include "core/storage/Database.h"

#include <optional>

namespace samspil {

/// Placements: a citizen at a company. Rows belong to the citizen (erasure removes them, never
/// the company). Reading needs Capability::ReadCitizens and writing Capability::WriteCitizens;
/// reading a citizen's placements is logged by those who show them (the page, the command line),
/// as for every other record of the citizen.
class PlacementRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRepository)
public:
    explicit PlacementRepository(Database& db)
        : m_db(db)
    {
    }

    /// A new placement (empty id) or a change to one; checked by PlacementRules::problems, and
    /// refused for a citizen or company that does not exist.
    Result<Placement> save(Placement placement);
    /// Records how the placement ended.
    Status end(const QString& id, PlacementOutcome outcome, const QDate& on, const QString& reason);
    /// Marks a follow-up with the company as held.
    Status followUpHeld(const QString& id, const QDate& date);
    Status remove(const QString& id);

    Result<std::optional<Placement>> get(const QString& id) const;
    /// The citizen's placements, newest start first, with the company's name.
    Result<QVector<Placement>> forCitizen(const QString& citizenId) const;
    Result<QVector<Placement>> forCompany(const QString& companyId) const;
    /// Every placement (next steps, figures).
    Result<QVector<Placement>> all() const;
    /// What the next steps need of every placement without an outcome (only `citizenId`'s when
    /// it is not empty), read lean, for the caseload's every load: the citizen, the kind, the end
    /// date and the follow-ups; the other fields are left empty.
    Result<QVector<Placement>> openForFacts(const QString& citizenId = {}) const;

private:
    Result<QVector<Placement>> read(const QString& where, const QVariantList& binds) const;
    Database& m_db;
};

/// The consent scope "company": what a citizen agrees a company may know about their health.
class CompanyConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompanyConsentRepository)
public:
    explicit CompanyConsentRepository(Database& db)
        : m_db(db)
    {
    }

    /// The newest record for the citizen and company (withdrawn or not); nothing when there is none.
    Result<std::optional<CompanyConsent>> current(const QString& citizenId, const QString& companyId) const;
    /// Every record of the citizen, oldest first.
    Result<QVector<CompanyConsent>> history(const QString& citizenId) const;
    /// Records consent given: refused without words to share, with a date ahead, or for a
    /// citizen or company that does not exist.
    Result<CompanyConsent> give(CompanyConsent consent);
    Status withdraw(const QString& citizenId, const QString& companyId, const QDate& on);

private:
    Database& m_db;
};

} // namespace samspil
