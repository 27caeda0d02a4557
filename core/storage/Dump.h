#pragma once

#include "core/storage/Database.h"

namespace samspil {

/// All live replicated data as canonical JSON: tables and keys sorted, records sorted by id,
/// one record per line, no local bookkeeping (clocks, sync positions, update times). Two
/// databases that hold the same data produce byte-identical dumps.
QByteArray dumpDatabase(Database& db);

/// The same dump as a person's full export: only for one who may export the whole database
/// (Capability::ExportAll, the team's leaders), and logged as an export in every citizen's access
/// log, in the same transaction, before the dump is read.
Result<QByteArray> exportDatabase(Database& db);

/// One record's replicated fields as canonical JSON values, typed by the table spec.
QJsonObject canonicalRecord(const TableSpec& spec, const QString& id, const QVector<QVariant>& values);

} // namespace samspil
