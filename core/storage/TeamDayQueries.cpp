#include "core/storage/TeamDayQueries.h"

#include <QSqlQuery>

namespace samspil {

namespace {
QDate localDate(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toLocalTime().date();
}
} // namespace

namespace {
QVector<TeamDayQueries::Talk> appointmentsOf(Database& db, const QString& sql)
{
    QVector<TeamDayQueries::Talk> out;
    QSqlQuery& q = db.prepared(sql);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toString(),
                    AppointmentKinds::fromCode(q.value(1).toString()).value_or(AppointmentKind::FollowUp),
                    AppointmentStatuses::fromCode(q.value(2).toString()).value_or(AppointmentStatus::Planned),
                    localDate(q.value(3))});
    }
    q.finish();
    return out;
}
} // namespace

QVector<TeamDayQueries::Talk> TeamDayQueries::talks(Database& db)
{
    return appointmentsOf(
        db,
        QStringLiteral("SELECT citizen_id, kind, status, starts_at FROM appointment WHERE deleted_at IS NULL"
                       " AND kind IN ('physiotherapist_talk', 'psychologist_talk', 'nurse_talk')"
                       " AND status IN ('planned', 'held')"));
}

QVector<TeamDayQueries::Talk> TeamDayQueries::conferenceAppointments(Database& db)
{
    return appointmentsOf(
        db,
        QStringLiteral("SELECT citizen_id, kind, status, starts_at FROM appointment WHERE deleted_at IS NULL"
                       " AND kind = 'conference' AND status IN ('planned', 'held')"));
}

QVector<TeamDayQueries::SignedNote> TeamDayQueries::signedNotes(Database& db)
{
    QVector<SignedNote> out;
    QSqlQuery& q = db.prepared(QStringLiteral(
        "SELECT id, citizen_id, profession, signed_at, supersedes FROM icf_note"
        " WHERE deleted_at IS NULL AND signed_at IS NOT NULL ORDER BY signed_at, id"));
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), localDate(q.value(3)),
                    q.value(4).toString()});
    }
    q.finish();
    return out;
}

QVector<TeamDayQueries::Concluded> TeamDayQueries::concludedConferences(Database& db)
{
    QVector<Concluded> out;
    QSqlQuery& q = db.prepared(QStringLiteral(
        "SELECT citizen_id, held_on, concluded_at, plan_id FROM conference"
        " WHERE deleted_at IS NULL AND concluded_at IS NOT NULL"));
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                    localDate(q.value(2)), !q.value(3).toString().isEmpty()});
    }
    q.finish();
    return out;
}

} // namespace samspil
