#include "TeamDaySchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

namespace {
QString replicated(const QString& name, const QString& columns)
{
    return QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY NOT NULL, %2,"
                          " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '') WITHOUT ROWID")
        .arg(name, columns);
}
} // namespace

// Team day (issue 5). No foreign keys (rows arrive from other sites in any order); `check`
// verifies that citizens, staff, notes and conferences referred to exist.
Status migrateTeamDay(QSqlDatabase& db)
{
    return execAll(db,
                   {
                       replicated(QStringLiteral("working_hours"),
                                  QStringLiteral("staff_id TEXT, weekday INTEGER, time_from TEXT, time_to TEXT")),
                       QStringLiteral("CREATE INDEX working_hours_staff ON working_hours (staff_id, weekday)"),
                       replicated(QStringLiteral("appointment"),
                                  QStringLiteral("citizen_id TEXT, staff_id TEXT, kind TEXT, starts_at TEXT, ends_at TEXT,"
                                                 " place TEXT, status TEXT, booking_id TEXT, late INTEGER,"
                                                 " booked_by TEXT, booked_at TEXT")),
                       QStringLiteral("CREATE INDEX appointment_staff ON appointment (staff_id, starts_at)"),
                       QStringLiteral("CREATE INDEX appointment_citizen ON appointment (citizen_id, starts_at)"),
                       QStringLiteral("CREATE INDEX appointment_start ON appointment (starts_at)"),
                       replicated(QStringLiteral("consent"),
                                  QStringLiteral("citizen_id TEXT, given_on TEXT, scope TEXT, form TEXT,"
                                                 " withdrawn_on TEXT, recorded_by TEXT, recorded_at TEXT")),
                       QStringLiteral("CREATE INDEX consent_citizen ON consent (citizen_id)"),
                       replicated(QStringLiteral("icf_note"),
                                  QStringLiteral("citizen_id TEXT, author_id TEXT, profession TEXT, appointment_id TEXT,"
                                                 " findings TEXT, personal_factors TEXT, job_meaning TEXT, tracks TEXT,"
                                                 " created_at TEXT, signed_at TEXT, signed_hash TEXT, supersedes TEXT, version INTEGER")),
                       QStringLiteral("CREATE INDEX icf_note_citizen ON icf_note (citizen_id)"),
                       QStringLiteral("CREATE INDEX icf_note_supersedes ON icf_note (supersedes)"),
                       replicated(QStringLiteral("conference"),
                                  QStringLiteral("citizen_id TEXT, held_on TEXT, participants TEXT, caseworker_id TEXT,"
                                                 " employment_goal TEXT, tracks TEXT, draft_goals TEXT, note_ids TEXT,"
                                                 " concluded_at TEXT, concluded_by TEXT, plan_id TEXT, created_at TEXT")),
                       QStringLiteral("CREATE INDEX conference_citizen ON conference (citizen_id)"),
                   });
}

// Issue 17: a booking in the past or outside working hours carries the reason it was made.
Status migrateAppointmentOverride(QSqlDatabase& db)
{
    return execAll(db, {QStringLiteral("ALTER TABLE appointment ADD COLUMN override_reason TEXT")});
}

QVector<TableSpec> teamDayTableSpecs()
{
    using T = ColumnType;
    auto s = [](const char* n) { return QString::fromLatin1(n); };
    QVector<TableSpec> specs = {
        {s("working_hours"),
         {{s("staff_id"), T::Text}, {s("weekday"), T::Integer}, {s("time_from"), T::Text}, {s("time_to"), T::Text}}},
        {s("appointment"),
         {{s("citizen_id"), T::Text},
          {s("staff_id"), T::Text},
          {s("kind"), T::Text},
          {s("starts_at"), T::DateTime},
          {s("ends_at"), T::DateTime},
          {s("place"), T::Text},
          {s("status"), T::Text},
          {s("booking_id"), T::Text},
          {s("late"), T::Bool},
          {s("booked_by"), T::Text},
          {s("booked_at"), T::DateTime},
          {s("override_reason"), T::Text}}},
        {s("consent"),
         {{s("citizen_id"), T::Text},
          {s("given_on"), T::Date},
          {s("scope"), T::Text},
          {s("form"), T::Text},
          {s("withdrawn_on"), T::Date},
          {s("recorded_by"), T::Text},
          {s("recorded_at"), T::DateTime}}},
        {s("icf_note"),
         {{s("citizen_id"), T::Text},
          {s("author_id"), T::Text},
          {s("profession"), T::Text},
          {s("appointment_id"), T::Text},
          {s("findings"), T::Text},
          {s("personal_factors"), T::Text},
          {s("job_meaning"), T::Text},
          {s("tracks"), T::Text},
          {s("created_at"), T::DateTime},
          {s("signed_at"), T::DateTime},
          {s("signed_hash"), T::Text},
          {s("supersedes"), T::Text},
          {s("version"), T::Integer}}},
        {s("conference"),
         {{s("citizen_id"), T::Text},
          {s("held_on"), T::Date},
          {s("participants"), T::Text},
          {s("caseworker_id"), T::Text},
          {s("employment_goal"), T::Text},
          {s("tracks"), T::Text},
          {s("draft_goals"), T::Text},
          {s("note_ids"), T::Text},
          {s("concluded_at"), T::DateTime},
          {s("concluded_by"), T::Text},
          {s("plan_id"), T::Text},
          {s("created_at"), T::DateTime}}},
    };
    for (auto& spec : specs) {
        spec.citizenLink = spec.name == s("working_hours") ? CitizenLink::none() : CitizenLink::byColumn(s("citizen_id"));
    }
    return specs;
}

void registerTeamDaySchema()
{
    Schema::registerTables(teamDayTableSpecs());
    Schema::registerMigration(9, migrateTeamDay);
    Schema::registerMigration(14, migrateAppointmentOverride);
}

} // namespace samspil
