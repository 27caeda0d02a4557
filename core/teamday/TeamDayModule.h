#pragma once

#include "core/workflow/NextStep.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <functional>

namespace samspil {

class Database;

/// Team day, ICF notes, consent and the conference: demo steps and actions, consistency
/// checks, and the next-step rules from "team day booked" to "plan drafted".
void registerTeamDayModule();

/// Due dates of the steps after the team day.
struct TeamDayDeadlines
{
    /// The three notes are signed within this many days of the talks.
    static constexpr int kNotesDays = 2;
    /// The conference is held within this many days of the talks.
    static constexpr int kConferenceDays = 7;
};

/// A staff member's own list: the citizens where the next step is theirs.
struct MyTask
{
    QString citizenId;
    NextStep step;
};

class MyTasks
{
public:
    /// Steps that are this staff member's: as coordinating caseworker (booking, conference,
    /// plan), as the professional of a planned talk, as the author of a note still to sign, or
    /// as a participant of a booked conference.
    /// Sorted by due date (overdue first), no deadline last. Tasks from the registered sources
    /// (registerSource) are added, one per citizen and step.
    static QVector<MyTask> forStaff(Database& db, const QString& staffId);
    /// A feature's own tasks for a staff member that the next step alone does not give them (a
    /// company follow-up for the responsible virksomhedskonsulent).
    using Source = std::function<QVector<MyTask>(Database& db, const QString& staffId)>;
    static void registerSource(Source source);
};

} // namespace samspil
