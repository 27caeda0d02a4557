#pragma once

#include "core/company/Company.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Database.h"

#include <QHash>

#include <optional>

namespace samspil {

/// The companies the job centre works with, their contact persons and their offers. Reading
/// needs Capability::ReadCitizens, writing Capability::WriteCitizens (docs/security.md).
class CompanyRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompanyRepository)
public:
    explicit CompanyRepository(Database& db)
        : m_db(db)
    {
    }

    /// Saves a company with its contacts and offers (new when `company.id` is empty). Contacts and
    /// offers without an id are added; those the company had and the given one lacks are removed.
    /// Refused, with the reason, for a CVR number that fails the check or that another company
    /// has, a missing name, or an offer with impossible hours or capacity.
    Result<Company> save(Company company);
    /// Removes the company (a tombstone), with its contacts and offers. Placements keep their
    /// history and the company's name as it was read.
    Status remove(const QString& id);

    Result<std::optional<Company>> get(const QString& id) const;
    Result<std::optional<Company>> byCvr(const QString& cvrDigits) const;
    /// Companies whose name, CVR number, address or contact person contains every word of the
    /// query (case-insensitive), by name; all companies for an empty query. With contacts and offers.
    Result<QVector<Company>> search(const QString& query = {}) const;
    /// CVR digits -> company id, for the import.
    Result<QHash<QString, QString>> idsByCvr() const;

    /// Writes the company row's fields only (the import; inside the caller's transaction).
    Result<QString> writeCompanyRow(const QString& id, const QVariantMap& values);
    /// Adds or changes a contact person (inside the caller's transaction).
    Result<QString> writeContact(const CompanyContact& contact);

    /// For `check`: CVR numbers registered for more than one company (two PCs that created the
    /// same company before they synced), placements of a missing citizen or company, and offers
    /// and contacts of a missing company. Messages name no one.
    QVector<CheckFinding> check() const;

    /// Why an offer cannot be stored, for the user; empty when it can.
    static QString offerProblem(const CompanyOffer& offer);

private:
    Result<QVector<Company>> read(const QString& where, const QVariantList& binds) const;
    Status writeOffers(const Company& company, const QVector<CompanyOffer>& before);
    Status writeContacts(const Company& company, const QVector<CompanyContact>& before);
    Database& m_db;
};

} // namespace samspil
