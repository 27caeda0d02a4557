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

// Version 13 (issue 16): who a staff member is on the PCs (their operating-system accounts),
// and whether they lead the team.
Status migrateStaffAccounts(QSqlDatabase& db)
{
    return execAll(db, {
                           QStringLiteral("ALTER TABLE staff ADD COLUMN leader INTEGER"),
                           QStringLiteral("CREATE TABLE staff_account ("
                                          " id TEXT PRIMARY KEY NOT NULL,"
                                          " staff_id TEXT, account TEXT, created_at TEXT,"
                                          " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                          " WITHOUT ROWID"),
                           QStringLiteral("CREATE INDEX staff_account_account ON staff_account (account)"),
                           QStringLiteral("CREATE INDEX staff_account_staff ON staff_account (staff_id)"),
                       });
}

TableSpec staffAccountTable()
{
    using T = ColumnType;
    TableSpec spec{QStringLiteral("staff_account"),
                   {{QStringLiteral("staff_id"), T::Text},
                    {QStringLiteral("account"), T::Text},
                    {QStringLiteral("created_at"), T::DateTime}}};
    spec.citizenLink = CitizenLink::none();
    spec.writeCapability = Capability::ManageStaff;
    return spec;
}

TableSpec staffTable()
{
    using T = ColumnType;
    TableSpec spec{QStringLiteral("staff"),
                   {{QStringLiteral("name"), T::Text},
                    {QStringLiteral("initials"), T::Text},
                    {QStringLiteral("profession"), T::Text},
                    {QStringLiteral("active"), T::Bool},
                    {QStringLiteral("created_at"), T::DateTime},
                    {QStringLiteral("leader"), T::Bool}}};
    spec.citizenLink = CitizenLink::none();
    spec.writeCapability = Capability::ManageStaff;
    return spec;
}

} // namespace

void registerStaffSchema()
{
    Schema::registerTables({staffTable(), staffAccountTable()});
    Schema::registerMigration(1, migrateStaff);
    Schema::registerMigration(13, migrateStaffAccounts);
}

} // namespace samspil
