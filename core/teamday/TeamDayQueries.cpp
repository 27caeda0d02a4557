#include "TeamDayQueries.h"

#include "core/storage/RawQuery.h"

namespace samspil {

namespace {

/// A statement with "AND citizen_id = ?" added when one citizen is asked for.
struct Scoped
{
    Scoped(Database& db, QByteArray sql, const QString& citizenId, const char* tail = "")
        : query(db, sql + (citizenId.isEmpty() ? QByteArray() : QByteArray(" AND citizen_id = ?")) + tail)
    {
        if (!citizenId.isEmpty()) {
            query.bind(0, citizenId);
        }
    }
    RawQuery query;
};

// Every appointment and note of the team on each caseload load: read on the raw handle.
QVector<TeamDayQueries::Talk> appointmentsOf(Database& db, const char* sql, const QString& citizenId)
{
    QVector<TeamDayQueries::Talk> out;
    Scoped scoped(db, sql, citizenId);
    RawQuery& q = scoped.query;
    while (q.next()) {
        out.append({q.ascii(0),
                    AppointmentKinds::fromCode(q.ascii(1)).value_or(AppointmentKind::FollowUp),
                    AppointmentStatuses::fromCode(q.ascii(2)).value_or(AppointmentStatus::Planned),
                    q.localDay(3)});
    }
    return out;
}

} // namespace

QVector<TeamDayQueries::Talk> TeamDayQueries::talks(Database& db, const QString& citizenId)
{
    return appointmentsOf(db,
                          "SELECT citizen_id, kind, status, starts_at FROM appointment WHERE deleted_at IS NULL"
                          " AND kind IN ('physiotherapist_talk', 'psychologist_talk', 'nurse_talk')"
                          " AND status IN ('planned', 'held', 'not_needed')",
                          citizenId);
}

QVector<TeamDayQueries::Talk> TeamDayQueries::conferenceAppointments(Database& db, const QString& citizenId)
{
    return appointmentsOf(db,
                          "SELECT citizen_id, kind, status, starts_at FROM appointment WHERE deleted_at IS NULL"
                          " AND kind = 'conference' AND status IN ('planned', 'held')",
                          citizenId);
}

QVector<TeamDayQueries::SignedNote> TeamDayQueries::signedNotes(Database& db, const QString& citizenId)
{
    QVector<SignedNote> out;
    Scoped scoped(db,
                  "SELECT id, citizen_id, profession, signed_at, supersedes FROM icf_note"
                  " WHERE deleted_at IS NULL AND signed_at IS NOT NULL",
                  citizenId, " ORDER BY signed_at, id");
    RawQuery& q = scoped.query;
    while (q.next()) {
        out.append({q.ascii(0), q.ascii(1), q.ascii(2), q.localDay(3), q.ascii(4)});
    }
    return out;
}

QVector<TeamDayQueries::Concluded> TeamDayQueries::concludedConferences(Database& db, const QString& citizenId)
{
    QVector<Concluded> out;
    Scoped scoped(db,
                  "SELECT citizen_id, held_on, concluded_at, plan_id FROM conference"
                  " WHERE deleted_at IS NULL AND concluded_at IS NOT NULL",
                  citizenId);
    RawQuery& q = scoped.query;
    while (q.next()) {
        out.append({q.ascii(0), q.date(1), q.localDay(2), !q.bytes(3).isEmpty()});
    }
    return out;
}

} // namespace samspil
