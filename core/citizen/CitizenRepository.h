#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include "core/citizen/Citizen.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Database.h"

#include <optional>

namespace samspil {

/// One row of the caseload: the citizen and the caseworker's initials, in one query.
struct CaseloadEntry
{
    Citizen citizen;
    QString caseworkerInitials;
    QString caseworkerName;
};

class CitizenRepository
{
    Q_DECLARE_TR_FUNCTIONS(CitizenRepository)
public:
    /// The consistency check's findings about citizens: CPR numbers, codes outside the catalogues, duplicates, unknown caseworkers (ConsistencyCheck::registerCheck; messages
    /// never hold personal data).
    static QVector<CheckFinding> check(Database& db);

    explicit CitizenRepository(Database& db, const BenefitCatalogue& catalogue = BenefitCatalogue::shipped())
        : m_db(db)
        , m_catalogue(catalogue)
    {
    }

    std::optional<Citizen> get(const QString& id) const;
    /// The live citizen with this CPR number (digits, with or without dash).
    std::optional<Citizen> findByCpr(const QString& cpr) const;
    /// The id of the citizen with this CPR number, a live one first, else one removed from the
    /// caseload (deleted); empty when there is none (retention and erasure also see removed ones).
    QString idByCprIncludingDeleted(const QString& cpr) const;
    /// Every live citizen, by name (case ignored), then id.
    QVector<Citizen> all() const;
    /// The ids of all(), in its order, without reading the rows.
    QStringList idsInNameOrder() const;
    /// Whether the database holds no citizen at all, removed ones included (a new database).
    bool noneEver() const;
    QVector<CaseloadEntry> caseload() const;
    /// CPR number -> id of every live citizen (for bulk look-ups such as an import).
    QHash<QString, QString> idsByCpr() const;
    /// Every CPR number in the database, deleted citizens included (so demo data never reuses one).
    QSet<QString> allCprNumbers() const;
    /// Ids of live citizens in CPR order (stable across PCs, unlike the random ids).
    QStringList idsInCprOrder() const;
    int countForCaseworker(const QString& staffId, bool activeOnly = true) const;

    /// Checks the data as it would be saved: validation plus a CPR number already in use.
    QVector<FieldIssue> validate(const Citizen& c) const;

    /// Creates a citizen; blocking validation issues refuse it. Warnings are returned in `warnings`.
    Result<Citizen> create(Citizen c, QStringList* warnings = nullptr);
    /// Saves the changed basic data; returns the fields that changed.
    Result<QStringList> update(const Citizen& c, QStringList* warnings = nullptr);
    Status setStatus(const QString& id, CitizenStatus status);
    /// Closes the course with its outcome (an Outcomes code) and end date: not in the future, not
    /// before the benefit started. Refused with a message, and nothing changed, otherwise.
    Status closeCase(const QString& id, const QString& outcome, const QDate& date);
    /// Opens the course again; the outcome is cleared (the change log keeps what it was).
    Status reopenCase(const QString& id);
    Status remove(const QString& id);

    static QVariantMap fields(const Citizen& c);

private:
    Database& m_db;
    const BenefitCatalogue& m_catalogue;

};

} // namespace samspil
