#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace samspil {

/// What a company can take and a placement is (issue 19): the five kinds of company-based work.
enum class PlacementKind { Praktik, Loentilskud, Fleksjob, Ordinaert, Smaajob };

/// How a placement ended.
enum class PlacementOutcome { Job, Education, EndedEarly, Other };

class PlacementKinds
{
    Q_DECLARE_TR_FUNCTIONS(PlacementKinds)
public:
    static const QVector<PlacementKind>& all();
    /// "praktik", "loentilskud", "fleksjob", "ordinaert", "smaajob" (stored and on the command line).
    static QString code(PlacementKind k);
    static std::optional<PlacementKind> fromCode(const QString& code);
    /// "virksomhedspraktik", "løntilskud", … in the user's language.
    static QString label(PlacementKind k);

    static const QVector<PlacementOutcome>& outcomes();
    static QString outcomeCode(PlacementOutcome o);
    static std::optional<PlacementOutcome> outcomeFromCode(const QString& code);
    static QString outcomeLabel(PlacementOutcome o);
};

/// A contact person at a company.
struct CompanyContact
{
    QString id;
    QString companyId;
    QString name;
    QString phone;
    QString email;
    QString role; ///< "daglig leder", "mester", …
};

/// What a company can take: a kind of placement, its tasks and hours, the physical and mental
/// demands in plain words, how many at once and from when.
struct CompanyOffer
{
    QString id;
    QString companyId;
    PlacementKind kind = PlacementKind::Praktik;
    QString tasks;
    double hoursPerWeek = 0; ///< 0: not said
    QString demands;
    int capacity = 1;
    QDate availableFrom; ///< invalid: now
};

/// A company the job centre works with.
struct Company
{
    QString id;
    QString cvr; ///< eight digits (Cvr::parse)
    QString pNumber;
    QString name;
    QString address;
    QString consultantId; ///< the responsible virksomhedskonsulent (staff id)
    QString notes;        ///< notes on the collaboration
    QDateTime createdAt;
    QVector<CompanyContact> contacts;
    QVector<CompanyOffer> offers;
};

/// A follow-up with the company, planned for a day; done once it was held.
struct FollowUp
{
    QDate date;
    bool done = false;
    bool operator==(const FollowUp& o) const { return date == o.date && done == o.done; }
};

/// A citizen at a company for an offer.
struct Placement
{
    QString id;
    QString citizenId;
    QString companyId;
    QString offerId;
    PlacementKind kind = PlacementKind::Praktik;
    QDate from;
    QDate to; ///< invalid: open-ended
    double hoursPerWeek = 0;
    QString tasks;
    QStringList accommodations; ///< skånehensyn codes (Accommodations), chosen by the caseworker
    QString accommodationNote;  ///< further skånehensyn in the caseworker's words
    QString contactId;          ///< the company's contact person for the placement
    QString mentor;             ///< the virksomhedsmentor, if any
    QVector<FollowUp> followUps; ///< follow-ups with the company, by date
    std::optional<PlacementOutcome> outcome;
    QDate outcomeDate;
    QString outcomeReason;
    QString goalLineage;    ///< the plan goal it serves (PlanGoal::lineage), if any
    QString interventionId; ///< the plan intervention it is part of (PlanIntervention::lineage), if any
    QString consultantId;   ///< the responsible virksomhedskonsulent
    QDateTime createdAt;

    /// Filled when read: the company's name and CVR number.
    QString companyName;
    QString companyCvr;

    /// Under way on `day`: begun, and not ended (by its end date or an outcome).
    bool activeOn(const QDate& day) const;
    /// The first follow-up not yet held (invalid when there is none).
    QDate nextFollowUp() const;
    /// The follow-ups as stored: [{"date": "2026-12-01", "done": false}, …].
    QString followUpsJson() const;
    static QVector<FollowUp> followUpsFromJson(const QString& json);
};

/// What the citizen has agreed the company may know about their health (issue 19: the consent
/// scope "company"). Nothing else about the citizen's health ever reaches the company: never the
/// professional notes. The newest record per citizen and company counts; withdrawing stamps it.
struct CompanyConsent
{
    QString id;
    QString citizenId;
    QString companyId;
    QDate givenOn;
    QString sharedHealth; ///< what may be told, in the words agreed with the citizen
    QDate withdrawnOn;
    QString recordedBy;

    bool inForceOn(const QDate& day) const
    {
        return givenOn.isValid() && givenOn <= day && (!withdrawnOn.isValid() || withdrawnOn > day);
    }
};

} // namespace samspil
