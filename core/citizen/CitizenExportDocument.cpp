#include "CitizenExportDocument.h"

#include "core/staff/StaffRepository.h"
#include "core/storage/CitizenRecords.h"

#include <QJsonArray>

namespace samspil {

Result<QJsonObject> citizenExportDocument(Database& db, const QString& citizenId)
{
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

} // namespace samspil
