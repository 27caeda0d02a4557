#pragma once

#include "core/storage/Schema.h"
#include "core/util/Result.h"

#include <QVector>

class QSqlDatabase;

namespace samspil {

/// Version 7: the access log (who opened, printed or exported which citizen's record, when).
Status migrateAudit(QSqlDatabase& db);
QVector<TableSpec> auditTableSpecs();

} // namespace samspil
