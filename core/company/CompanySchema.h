#pragma once

#include "core/storage/Schema.h"

#include <QSqlDatabase>

namespace samspil {

/// Companies and placements (issue 19): company, company_contact, company_offer (not about a
/// citizen), placement and company_consent (each belongs to its citizen: erasure removes them,
/// never the company). All replicated; no foreign keys (rows arrive from other sites in any order).
Status migrateCompanies(QSqlDatabase& db);
QVector<TableSpec> companyTableSpecs();

/// Registers the tables and migration 15 with the engine (core/Modules.cpp calls it at start-up).
void registerCompanySchema();

} // namespace samspil
