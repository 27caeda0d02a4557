#pragma once

#include "core/storage/Database.h"
#include "core/teamday/TeamDay.h"

namespace samspil {

/// Lean reads for the workflow facts of every citizen at once (the caseload asks at each load):
/// only the columns the next-step rules need, without note contents.
class TeamDayQueries
{
public:
    struct Talk
    {
        QString citizenId;
        AppointmentKind kind;
        AppointmentStatus status;
        QDate day; ///< local date of the start
    };
    struct SignedNote
    {
        QString id;
        QString citizenId;
        QString profession;
        QDate signedOn; ///< local date
        QString supersedes;
    };
    struct Concluded
    {
        QString citizenId;
        QDate heldOn;
        QDate concludedOn;
        bool planCreated = false;
    };

    // Every citizen's, or only `citizenId`'s when it is not empty.
    /// Team-day talks (physiotherapist, psychologist, nurse) that are planned, held or not needed.
    static QVector<Talk> talks(Database& db, const QString& citizenId = {});
    /// Conference appointments that are planned or held (one per participant).
    static QVector<Talk> conferenceAppointments(Database& db, const QString& citizenId = {});
    static QVector<SignedNote> signedNotes(Database& db, const QString& citizenId = {});
    static QVector<Concluded> concludedConferences(Database& db, const QString& citizenId = {});
};

} // namespace samspil
