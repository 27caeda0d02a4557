#include "StaffSchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

namespace {

// Version 1 (with the engine's bookkeeping, before the citizen table): the team's staff.
Status migrateStaff(QSqlDatabase& db)
{
    return execAll(db, {
                           QStringLiteral("CREATE TABLE staff ("
                                          " id TEXT PRIMARY KEY NOT NULL,"
                                          " name TEXT, initials TEXT, profession TEXT, active INTEGER,"
                                          " created_at TEXT,"
                                          " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                          " WITHOUT ROWID"),
                           QStringLiteral("CREATE INDEX staff_initials ON staff (initials)"),
                       });
}

TableSpec staffTable()
{
    using T = ColumnType;
    TableSpec spec{QStringLiteral("staff"),
                   {{QStringLiteral("name"), T::Text},
                    {QStringLiteral("initials"), T::Text},
                    {QStringLiteral("profession"), T::Text},
                    {QStringLiteral("active"), T::Bool},
                    {QStringLiteral("created_at"), T::DateTime}}};
    spec.citizenLink = CitizenLink::none();
    return spec;
}

} // namespace

void registerStaffSchema()
{
    Schema::registerTables({staffTable()});
    Schema::registerMigration(1, migrateStaff);
}

} // namespace samspil
