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
    /// Changes name, initials, profession, leadership and whether the member is active. The team
    /// keeps at least one active leader: taking away the last one's leadership is refused.
    Status update(const Staff& s);
    Status remove(const QString& id);
    /// A deactivated member keeps their records and history but reads and does nothing.
    Status deactivate(const QString& id);

    /// The staff member an operating-system account is bound to (active or not), if any.
    std::optional<Staff> byAccount(const QString& account) const;
    /// The accounts bound to a staff member, sorted.
    QStringList accountsOf(const QString& staffId) const;
    /// Whether any account is bound in this database (a database where none is has no leader yet).
    bool anyAccountBound() const;
    /// The active leaders, by name.
    QVector<Staff> leaders() const;
    /// Binds an account to a staff member; refused when it is already someone else's.
    Status bindAccount(const QString& staffId, const QString& account);
    /// Unbinds an account; refused when it is bound to nobody.
    Status unbindAccount(const QString& account);

private:
    static QVariantMap fields(const Staff& s);
    Database& m_db;

};

} // namespace samspil
