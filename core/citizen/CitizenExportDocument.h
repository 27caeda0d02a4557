#pragma once

#include "core/storage/Database.h"

#include <QJsonObject>

#include <functional>

namespace samspil {

/// The data file of the citizen's access export: {"format": "samspil-citizen-export/1",
/// "made_at", "citizen_id", "tables": every row of the citizen's (CitizenRecords::toJson),
/// "staff": the team's staff, so that the ids in the rows can be read}.
/// Only for a person who may make the full export (Capability::ExportAll, a leader): it holds
/// every note's content and the drafts, whatever the consent rule would show them.
Result<QJsonObject> citizenExportDocument(Database& db, const QString& citizenId);

/// Runs `read` (the printed half of the same export) with the consent rule lifted, for a person
/// who may make the full export; refused, without running it, for anyone else.
Status readForFullExport(Database& db, const std::function<Status()>& read);

} // namespace samspil
