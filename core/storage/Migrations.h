#pragma once

#include "core/storage/Schema.h"

#include <functional>
#include <vector>

namespace samspil {

/// The numbered schema migrations; migration N brings a database from version N-1 to N: the
/// engine's steps for N, then the steps features registered for N (Schema::registerMigration).
/// Never change a migration that has shipped: add a new one.
const std::vector<Migration>& migrations();

/// The replicated tables as the newest migration leaves them: the features' (in the order they
/// registered), then the engine's own (the audit log, erasure records).
QVector<TableSpec> replicatedTableSpecs();

/// Runs each statement; stops at the first failure and names it.
Status execAll(QSqlDatabase& db, const QStringList& statements);

} // namespace samspil
