#include "CitizenDataSchema.h"

#include "core/storage/Migrations.h"

namespace samspil {

// The change audit adds what was changed to the access log: the kind of record (its table),
// the record's id and the names of the fields, never their values. `erasure` records that a
// citizen was erased (a random id, when, by whom, on what basis, how many records); its
// `citizen_ref` is the erased citizen's random UUID, kept so that rows arriving later for that
// citizen are recognised (docs/sync.md, "Erasure"). `erased_row` names each row removed on
// some PC: the table it was in and its id, nothing else. Each PC adds rows only
// for what it removed and was not listed yet, under ids of its own, so two PCs never write the
// same erased_row (which sync would count as a conflict).
Status migrateCitizenData(QSqlDatabase& db)
{
    return execAll(db,
                   {
                       QStringLiteral("ALTER TABLE audit_log ADD COLUMN record_table TEXT"),
                       QStringLiteral("ALTER TABLE audit_log ADD COLUMN record_id TEXT"),
                       QStringLiteral("ALTER TABLE audit_log ADD COLUMN fields TEXT"),
                       QStringLiteral("CREATE TABLE erasure ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " erased_at TEXT, erased_by TEXT, citizen_ref TEXT, basis TEXT, reason TEXT,"
                                      " records INTEGER,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX erasure_citizen ON erasure (citizen_ref)"),
                       QStringLiteral("CREATE TABLE erased_row ("
                                      " id TEXT PRIMARY KEY NOT NULL,"
                                      " tbl TEXT, row_id TEXT,"
                                      " deleted_at TEXT, updated_at TEXT, sync_clock TEXT NOT NULL DEFAULT '')"
                                      " WITHOUT ROWID"),
                       QStringLiteral("CREATE INDEX erased_row_row ON erased_row (row_id)"),
                   });
}

QVector<TableSpec> citizenDataTableSpecs()
{
    using T = ColumnType;
    TableSpec erasure{QStringLiteral("erasure"),
                      {{QStringLiteral("erased_at"), T::DateTime},
                       {QStringLiteral("erased_by"), T::Text},
                       {QStringLiteral("citizen_ref"), T::Text},
                       {QStringLiteral("basis"), T::Text},
                       {QStringLiteral("reason"), T::Text},
                       {QStringLiteral("records"), T::Integer}}};
    erasure.appendOnly = true;
    // What is left after an erasure is no longer about a citizen: it must survive it.
    erasure.citizenLink = CitizenLink::none();
    erasure.writeCapability = Capability::Erase;
    TableSpec erased{QStringLiteral("erased_row"), {{QStringLiteral("tbl"), T::Text}, {QStringLiteral("row_id"), T::Text}}};
    erased.appendOnly = true;
    erased.citizenLink = CitizenLink::none();
    erased.writeCapability = Capability::Erase;
    return {erasure, erased};
}

} // namespace samspil
