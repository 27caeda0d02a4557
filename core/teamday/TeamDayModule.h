#pragma once

#include "core/workflow/NextStep.h"

#include <QDate>
#include <QString>
#include <QVector>

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
    /// Sorted by due date (overdue first), no deadline last.
    static QVector<MyTask> forStaff(Database& db, const QString& staffId);
};

} // namespace samspil
