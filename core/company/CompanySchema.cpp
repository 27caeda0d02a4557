#include "CompanySchema.h"

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

Status migrateCompanies(QSqlDatabase& db)
{
    return execAll(
        db,
        {
            replicated(QStringLiteral("company"),
                       QStringLiteral("cvr TEXT, p_number TEXT, name TEXT, address TEXT, consultant_id TEXT, notes TEXT,"
                                      " created_at TEXT")),
            QStringLiteral("CREATE INDEX company_cvr ON company (cvr)"),
            replicated(QStringLiteral("company_contact"),
                       QStringLiteral("company_id TEXT, name TEXT, phone TEXT, email TEXT, contact_role TEXT")),
            QStringLiteral("CREATE INDEX company_contact_company ON company_contact (company_id)"),
            replicated(QStringLiteral("company_offer"),
                       QStringLiteral("company_id TEXT, kind TEXT, tasks TEXT, hours_per_week REAL, demands TEXT,"
                                      " capacity INTEGER, available_from TEXT")),
            QStringLiteral("CREATE INDEX company_offer_company ON company_offer (company_id)"),
            replicated(QStringLiteral("placement"),
                       QStringLiteral("citizen_id TEXT, company_id TEXT, offer_id TEXT, kind TEXT, start_date TEXT,"
                                      " end_date TEXT, hours_per_week REAL, tasks TEXT, accommodations TEXT,"
                                      " accommodation_note TEXT, contact_id TEXT, mentor TEXT, follow_ups TEXT,"
                                      " outcome TEXT, outcome_date TEXT, outcome_reason TEXT, goal_lineage TEXT,"
                                      " intervention_id TEXT, consultant_id TEXT, created_at TEXT")),
            QStringLiteral("CREATE INDEX placement_citizen ON placement (citizen_id)"),
            QStringLiteral("CREATE INDEX placement_company ON placement (company_id)"),
            replicated(QStringLiteral("company_consent"),
                       QStringLiteral("citizen_id TEXT, company_id TEXT, given_on TEXT, shared_health TEXT,"
                                      " withdrawn_on TEXT, recorded_by TEXT, recorded_at TEXT")),
            QStringLiteral("CREATE INDEX company_consent_citizen ON company_consent (citizen_id)"),
        });
}

QVector<TableSpec> companyTableSpecs()
{
    using T = ColumnType;
    auto s = [](const char* n) { return QString::fromLatin1(n); };
    TableSpec company{s("company"),
                      {{s("cvr"), T::Text},
                       {s("p_number"), T::Text},
                       {s("name"), T::Text},
                       {s("address"), T::Text},
                       {s("consultant_id"), T::Text},
                       {s("notes"), T::Text},
                       {s("created_at"), T::DateTime}}};
    TableSpec contact{s("company_contact"),
                      {{s("company_id"), T::Text},
                       {s("name"), T::Text},
                       {s("phone"), T::Text},
                       {s("email"), T::Text},
                       {s("contact_role"), T::Text}}};
    TableSpec offer{s("company_offer"),
                    {{s("company_id"), T::Text},
                     {s("kind"), T::Text},
                     {s("tasks"), T::Text},
                     {s("hours_per_week"), T::Real},
                     {s("demands"), T::Text},
                     {s("capacity"), T::Integer},
                     {s("available_from"), T::Date}}};
    TableSpec placement{s("placement"),
                        {{s("citizen_id"), T::Text},
                         {s("company_id"), T::Text},
                         {s("offer_id"), T::Text},
                         {s("kind"), T::Text},
                         {s("start_date"), T::Date},
                         {s("end_date"), T::Date},
                         {s("hours_per_week"), T::Real},
                         {s("tasks"), T::Text},
                         {s("accommodations"), T::Text},
                         {s("accommodation_note"), T::Text},
                         {s("contact_id"), T::Text},
                         {s("mentor"), T::Text},
                         {s("follow_ups"), T::Text},
                         {s("outcome"), T::Text},
                         {s("outcome_date"), T::Date},
                         {s("outcome_reason"), T::Text},
                         {s("goal_lineage"), T::Text},
                         {s("intervention_id"), T::Text},
                         {s("consultant_id"), T::Text},
                         {s("created_at"), T::DateTime}}};
    TableSpec consent{s("company_consent"),
                      {{s("citizen_id"), T::Text},
                       {s("company_id"), T::Text},
                       {s("given_on"), T::Date},
                       {s("shared_health"), T::Text},
                       {s("withdrawn_on"), T::Date},
                       {s("recorded_by"), T::Text},
                       {s("recorded_at"), T::DateTime}}};
    // The company's own records belong to no citizen; they are written by those who work with
    // citizens' cases (caseworkers, virksomhedskonsulenter), as the placements are.
    for (TableSpec* spec : {&company, &contact, &offer}) {
        spec->citizenLink = CitizenLink::none();
        spec->writeCapability = Capability::WriteCitizens;
    }
    placement.citizenLink = CitizenLink::byColumn(s("citizen_id"));
    placement.writeCapability = Capability::WriteCitizens;
    consent.citizenLink = CitizenLink::byColumn(s("citizen_id"));
    consent.writeCapability = Capability::WriteCitizens;
    return {company, contact, offer, placement, consent};
}

void registerCompanySchema()
{
    Schema::registerTables(companyTableSpecs());
    Schema::registerMigration(15, migrateCompanies);
}

} // namespace samspil
