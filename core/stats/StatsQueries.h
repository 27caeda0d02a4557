#pragma once

#include "core/company/Company.h"
#include "core/plan/Plan.h"
#include "core/plan/PlanSignals.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QStringView>

namespace samspil {

/// Lean reads for the team dashboard (core/stats/Dashboard): each figure's rows for every
/// citizen at once, only the columns the figures need (no names, CPR numbers, answers or texts),
/// a constant number of queries whatever the number of citizens.
class StatsQueries
{
public:
    struct CitizenRow
    {
        QString id;
        QString caseworkerId;
        bool active = true;
        QDate benefitStart;
        QString outcome;
        QDate outcomeDate;
    };
    /// Every live citizen.
    static QVector<CitizenRow> citizens(Database& db);

    /// A goal of a current plan, with what the figures use of it (a PlanGoal carries a dozen
    /// more fields, made and freed for every goal of the team).
    struct Goal
    {
        QString lineage;
        QStringList tracks;
        QDate achievedOn; ///< invalid: not reached yet
    };
    /// A citizen's current plan as the dashboard needs it: the version the team works with (the
    /// draft if there is one, else the agreed one, else the newest, as PlanRepository::current),
    /// its goals and its interventions' tracks.
    struct CurrentPlan
    {
        QString planId;
        QVector<Goal> goals;
        QStringList interventionTracks;    ///< every intervention's tracks, doubles possible
    };
    static QHash<QString, CurrentPlan> currentPlans(Database& db);

    /// The tracks of each citizen's latest conference (by the day it was held), where it chose any.
    static QHash<QString, QStringList> latestConferenceTracks(Database& db);

    /// Team-day talks (physiotherapist, psychologist, nurse) that are planned or held, by
    /// citizen: the kind and the local day each starts.
    struct Talk
    {
        QString kind; ///< appointment kind code
        QDate day;
    };
    static QHash<QString, QVector<Talk>> talks(Database& db);

    /// Every live placement as the company figures need it: citizen, company (id and name),
    /// from, to, outcome and its date; the other fields are left empty. The same placements as
    /// PlacementRepository::all() (a known kind; nothing without ReadCitizens), read on the raw
    /// handle without the texts, follow-ups and Qt Sql's per-cell cost.
    static QVector<Placement> placements(Database& db);

    /// The local date of a stored UTC time, through a cache by the hour (the dashboard converts
    /// tens of thousands; the time zone conversion is the slow part and is the same all hour).
    class LocalDates
    {
    public:
        QDate of(const QDateTime& utc);
        QDate ofStored(QStringView stored);

    private:
        QHash<qint64, QDate> m_byHour;
    };

    /// Who a citizen is, for the list behind a figure.
    struct Person
    {
        QString id;
        QString cpr;
        QString name;
        QString caseworkerId;
        bool active = true;
        QDate benefitStart;
        QString outcome;
        QDate outcomeDate;
    };
    /// These citizens (one query over all live citizens, filtered), in the order of `ids`.
    static QVector<Person> people(Database& db, const QStringList& ids);
};

} // namespace samspil
