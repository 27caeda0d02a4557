#include "CitizenExportDocument.h"

#include "core/staff/StaffRepository.h"
#include "core/storage/CitizenRecords.h"

#include <QJsonArray>

namespace samspil {

Result<QJsonObject> citizenExportDocument(Database& db, const QString& citizenId)
{
    // Everything about the citizen, every note's content and drafts included: a leader's full
    // export (docs/security.md), as the citizen's right of access asks.
    if (auto allowed = db.require(Capability::ExportAll); !allowed) {
        return Error{allowed.error()};
    }
    Database::EngineScope everything(db); // no consent rule on the citizen's own copy
    auto tables = CitizenRecords(db).toJson(citizenId);
    if (!tables) {
        return tables;
    }
    QJsonArray staff;
    for (const auto& s : StaffRepository(db).all(true)) {
        staff.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("name"), s.name},
                                 {QStringLiteral("initials"), s.initials},
                                 {QStringLiteral("profession"), Professions::code(s.profession)}});
    }
    return QJsonObject{{QStringLiteral("format"), QLatin1String(CitizenRecords::kExportFormat)},
                       {QStringLiteral("made_at"), db.clock().now().toString(Qt::ISODate)},
                       {QStringLiteral("citizen_id"), citizenId},
                       {QStringLiteral("tables"), tables.value()},
                       {QStringLiteral("staff"), staff}};
}

Status readForFullExport(Database& db, const std::function<Status()>& read)
{
    if (auto allowed = db.require(Capability::ExportAll); !allowed) {
        return allowed;
    }
    Database::EngineScope everything(db);
    return read();
}

} // namespace samspil
