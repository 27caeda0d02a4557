#include "AuditSchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

// Version 7: an append-only, replicated access log. No personal data beyond the ids: the
// detail says what was done ("page", "print", "pdf"), never what the record holds.
Status migrateAudit(QSqlDatabase& db)
{
    return execAll(db, {
                           QStringLiteral("CREATE TABLE audit_log ("
                                          " id TEXT PRIMARY KEY NOT NULL,"
                                          " at TEXT, staff_id TEXT, action TEXT, citizen_id TEXT, detail TEXT,"
                                          " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                          " WITHOUT ROWID"),
                           QStringLiteral("CREATE INDEX audit_citizen ON audit_log (citizen_id, at)"),
                           QStringLiteral("CREATE INDEX audit_staff ON audit_log (staff_id, at)"),
                       });
}

QVector<TableSpec> auditTableSpecs()
{
    using T = ColumnType;
    TableSpec audit{QStringLiteral("audit_log"),
                    {{QStringLiteral("at"), T::DateTime},
                     {QStringLiteral("staff_id"), T::Text},
                     {QStringLiteral("action"), T::Text},
                     {QStringLiteral("citizen_id"), T::Text},
                     {QStringLiteral("detail"), T::Text},
                     {QStringLiteral("record_table"), T::Text}, // migrateCitizenData
                     {QStringLiteral("record_id"), T::Text},    // migrateCitizenData
                     {QStringLiteral("fields"), T::Text}}};     // migrateCitizenData
    audit.appendOnly = true;
    audit.citizenLink = CitizenLink::byColumn(QStringLiteral("citizen_id"));
    audit.auditChanges = false; // the log does not log itself
    audit.writeCapability = Capability::ReadCitizens; // every reader's access is logged
    return {audit};
}

} // namespace samspil
