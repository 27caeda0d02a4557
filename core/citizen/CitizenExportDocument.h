#pragma once

#include "core/storage/Database.h"

#include <QJsonObject>

namespace samspil {

/// The data file of the citizen's access export: {"format": "samspil-citizen-export/1",
/// "made_at", "citizen_id", "tables": every row of the citizen's (CitizenRecords::toJson),
/// "staff": the team's staff, so that the ids in the rows can be read}.
Result<QJsonObject> citizenExportDocument(Database& db, const QString& citizenId);

} // namespace samspil
