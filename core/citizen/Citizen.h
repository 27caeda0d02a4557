#pragma once

#include "core/citizen/Catalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace samspil {

enum class CitizenStatus { Active, Closed };

struct Citizen
{
    QString id;
    QString cpr; ///< ten digits
    QString name;
    QString phone;
    QString email;
    QString benefit; ///< catalogue code
    QDate benefitStart;
    QString targetGroup; ///< catalogue code or empty
    QString caseworkerId;
    CitizenStatus status = CitizenStatus::Active;
    /// How the course ended (an Outcomes code) and when; empty while the case is open.
    QString outcome;
    QDate outcomeDate;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// A problem with one field of a record, for showing beside that field.
struct FieldIssue
{
    QString field;
    QString message;
    bool blocking = true; ///< false: a warning the user may accept
};

class CitizenRules
{
    Q_DECLARE_TR_FUNCTIONS(CitizenRules)
public:
    static QString statusCode(CitizenStatus s);
    static CitizenStatus statusFromCode(const QString& code);
    static QString statusLabel(CitizenStatus s);

    /// Everything wrong with a citizen's basic data; blocking issues stop saving.
    static QVector<FieldIssue> validate(const Citizen& c, const QDate& today, const BenefitCatalogue& catalogue);
    static bool hasBlocking(const QVector<FieldIssue>& issues);

    /// Whole weeks from `from` to `to` (0 if `to` is earlier).
    static int weeksBetween(const QDate& from, const QDate& to);
    /// Weeks on public support: from the benefit start to the outcome, or to today while open.
    static int weeksOnSupport(const Citizen& c, const QDate& today);
    /// Digits and an optional leading +; spaces allowed.
    static bool plausiblePhone(const QString& phone);
    static bool plausibleEmail(const QString& email);
};

/// How a course ends (DESIGN.md 1.8): the outcome recorded when a case is closed.
class Outcomes
{
    Q_DECLARE_TR_FUNCTIONS(Outcomes)
public:
    /// The stored codes in the order they are offered.
    static const QStringList& codes();
    static bool isValid(const QString& code);
    /// The user's words ("Ordinært job", "Fleksjob", …).
    static QString label(const QString& code);
};

} // namespace samspil
