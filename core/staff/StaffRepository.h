#pragma once

#include <QHash>
#include <QStringList>

#include "core/staff/Staff.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Database.h"

#include <optional>

namespace samspil {

class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)
public:
    /// The consistency check's findings about staff: shared initials, unknown professions (ConsistencyCheck::registerCheck; messages
    /// never hold personal data).
    static QVector<CheckFinding> check(Database& db);

    explicit StaffRepository(Database& db)
        : m_db(db)
    {
    }

    /// Live staff, sorted by name; inactive ones too when asked.
    QVector<Staff> all(bool includeInactive = true) const;
    std::optional<Staff> get(const QString& id) const;
    std::optional<Staff> byInitials(const QString& initials) const;
    /// Initials (upper case) -> id of every live staff member (for bulk look-ups such as an import).
    QHash<QString, QString> idsByInitials() const;
    /// Ids of live staff of one profession in initials order (stable across PCs).
    QStringList idsInInitialsOrder(Profession profession) const;

    /// Problems with a staff record (empty name, initials missing, taken or malformed).
    QVector<QString> validate(const Staff& s) const;
    Result<Staff> create(Staff s);
    Status update(const Staff& s);
    Status remove(const QString& id);

private:
    static QVariantMap fields(const Staff& s);
    Database& m_db;

};

} // namespace samspil
