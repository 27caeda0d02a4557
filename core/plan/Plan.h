#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace samspil {

enum class PlanStatus { Draft, Agreed, Superseded };
enum class EmploymentGoalKind { OrdinaryJob, FlexJob, Education, Other };
enum class AgreementMethod { InPerson, Phone, Digital };
enum class InterventionStatus { Planned, Running, Completed, Stopped };
enum class Rater { Citizen, Professional, Caseworker };

/// An intervention goal (indsatsmål) or a sub-goal (one level: parentLineage names the goal).
/// `lineage` stays the same for "the same goal" across plan versions, so ratings and the diff
/// follow a goal from version to version; `id` is the row of this version.
struct PlanGoal
{
    QString id;
    QString lineage;
    QString parentLineage; ///< empty for a main goal
    int position = 0;
    QString text;
    QString criterion; ///< how success is seen
    QStringList tracks;
    QDate targetDate;
    QString responsibleId; ///< staff id
    QDate achievedOn;      ///< invalid: not reached yet

    bool isSubGoal() const { return !parentLineage.isEmpty(); }
    bool operator==(const PlanGoal& o) const;
};

struct PlanIntervention
{
    QString id;
    QString lineage;
    int position = 0;
    QString kind; ///< intervention catalogue code (resources/interventions)
    QString title; ///< free description, defaults to the catalogue name
    QStringList tracks;
    QString providerId;       ///< staff id, or empty
    QString providerExternal; ///< an external provider's name, or empty
    QDate start;
    QDate end;
    InterventionStatus status = InterventionStatus::Planned;
    QString stopReason;
    QStringList goalLineages; ///< the goals it serves

    bool operator==(const PlanIntervention& o) const;
};

/// One version of a citizen's indsatsplan.
struct Plan
{
    QString id;
    QString citizenId;
    int version = 1;
    PlanStatus status = PlanStatus::Draft;
    QString employmentGoal;
    EmploymentGoalKind goalKind = EmploymentGoalKind::OrdinaryJob;
    int hoursPerWeek = 0; ///< 0: not set
    QDate targetDate;
    QString whatMatters; ///< the citizen's own words: what matters to me
    QString firstStep;   ///< the citizen's own words: my first step
    QDate agreedOn;
    AgreementMethod agreedHow = AgreementMethod::InPerson;
    QString agreedPresent; ///< who was present
    QString previousId;
    QString conferenceId;
    QString caseworkerId;
    QDateTime createdAt;
    QVector<PlanGoal> goals;
    QVector<PlanIntervention> interventions;

    bool editable() const { return status == PlanStatus::Draft; }
    const PlanGoal* goal(const QString& lineage) const;
    /// Main goals in order, each followed by its sub-goals.
    QVector<PlanGoal> orderedGoals() const;
};

/// A progression rating: one rater's view of progress toward one goal (or the employment goal).
struct Rating
{
    QString id;
    QString citizenId;
    QString goalLineage; ///< empty: the overall employment goal
    Rater rater = Rater::Citizen;
    int score = 0; ///< 1–10
    QDate ratedOn;
    QString comment;
    QString ratedBy; ///< staff id who entered it
};

struct Agreement
{
    QDate on;
    AgreementMethod how = AgreementMethod::InPerson;
    QString present;
};

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
public:
    static QString statusCode(PlanStatus s);
    static std::optional<PlanStatus> statusFromCode(const QString& c);
    static QString statusLabel(PlanStatus s);
    static QString goalKindCode(EmploymentGoalKind k);
    static std::optional<EmploymentGoalKind> goalKindFromCode(const QString& c);
    static QString goalKindLabel(EmploymentGoalKind k);
    static QString methodCode(AgreementMethod m);
    static std::optional<AgreementMethod> methodFromCode(const QString& c);
    static QString methodLabel(AgreementMethod m);
    static QString interventionStatusCode(InterventionStatus s);
    static std::optional<InterventionStatus> interventionStatusFromCode(const QString& c);
    static QString interventionStatusLabel(InterventionStatus s);
    static QString raterCode(Rater r);
    static std::optional<Rater> raterFromCode(const QString& c);
    static QString raterLabel(Rater r);
    /// The weekly hours an employment goal's text names ("25 timer om ugen", "20 timer pr. uge"),
    /// so a plan drafted from it can say the same in its hours field; nothing when it names none.
    static std::optional<int> hoursNamedIn(const QString& text);
};

} // namespace samspil
