#pragma once

#include "core/storage/Schema.h"

#include <functional>
#include <vector>

namespace samspil {

using Migration = std::function<Status(QSqlDatabase&)>;

/// The numbered schema migrations; migration N brings a database from version N-1 to N.
/// Never change a migration that has shipped: add a new one.
const std::vector<Migration>& migrations();

/// The replicated tables as the newest migration leaves them.
QVector<TableSpec> replicatedTableSpecs();

/// Runs each statement; stops at the first failure and names it.
Status execAll(QSqlDatabase& db, const QStringList& statements);

} // namespace samspil
