#include "StaffRepository.h"

#include "core/staff/OsAccount.h"
#include "core/storage/Select.h"
#include "core/util/Uuid.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace samspil {

namespace {

const QString kColumns = QStringLiteral("id, name, initials, profession, active, leader");

Staff readStaff(const QSqlQuery& q)
{
    Staff s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.initials = q.value(2).toString();
    s.profession = Professions::fromCode(q.value(3).toString()).value_or(Profession::Other);
    s.active = q.value(4).isNull() || q.value(4).toLongLong() != 0;
    s.leader = q.value(5).toLongLong() != 0;
    return s;
}

} // namespace

QVector<Staff> StaffRepository::all(bool includeInactive) const
{
    return valueOrWarn(
        select<Staff>(m_db,
                      QStringLiteral("SELECT %1 FROM staff WHERE deleted_at IS NULL %2 ORDER BY name COLLATE NOCASE, id")
                          .arg(kColumns, includeInactive ? QString() : QStringLiteral("AND coalesce(active, 1) = 1")),
                      {}, readStaff),
        "StaffRepository::all");
}

std::optional<Staff> StaffRepository::get(const QString& id) const
{
    return valueOrWarn(selectOne<Staff>(m_db, QStringLiteral("SELECT %1 FROM staff WHERE id = ? AND deleted_at IS NULL").arg(kColumns),
                                        {id}, readStaff),
                       "StaffRepository::get");
}

QHash<QString, QString> StaffRepository::idsByInitials() const
{
    using Pair = std::pair<QString, QString>;
    const auto rows = valueOrWarn(
        select<Pair>(m_db, QStringLiteral("SELECT initials, id FROM staff WHERE deleted_at IS NULL ORDER BY id DESC"), {},
                     [](const QSqlQuery& q) { return Pair{q.value(0).toString().toUpper(), q.value(1).toString()}; }),
        "StaffRepository::idsByInitials");
    QHash<QString, QString> out;
    for (const auto& [initials, id] : rows) {
        out.insert(initials, id);
    }
    return out;
}

QStringList StaffRepository::idsInInitialsOrder(Profession profession) const
{
    return valueOrWarn(
        select<QString>(m_db,
                        QStringLiteral("SELECT id FROM staff WHERE deleted_at IS NULL AND profession = ? ORDER BY initials, id"),
                        {Professions::code(profession)}, [](const QSqlQuery& q) { return q.value(0).toString(); }),
        "StaffRepository::idsInInitialsOrder");
}

std::optional<Staff> StaffRepository::byInitials(const QString& initials) const
{
    return valueOrWarn(selectOne<Staff>(m_db,
                                        QStringLiteral("SELECT %1 FROM staff WHERE initials = ? AND deleted_at IS NULL "
                                                       "ORDER BY id LIMIT 1")
                                            .arg(kColumns),
                                        {initials.trimmed().toUpper()}, readStaff),
                       "StaffRepository::byInitials");
}

QVector<QString> StaffRepository::validate(const Staff& s) const
{
    QVector<QString> problems;
    if (s.name.trimmed().isEmpty()) {
        problems << tr("The name is missing.");
    }
    static const QRegularExpression initialsRe(QStringLiteral("^[A-Za-zÆØÅæøå]{2,6}[0-9]{0,2}$"));
    const QString initials = s.initials.trimmed();
    if (initials.isEmpty()) {
        problems << tr("The initials are missing.");
    } else if (!initialsRe.match(initials).hasMatch()) {
        problems << tr("Initials are 2 to 6 letters, optionally followed by a number (e.g. MHA or MHA2).");
    } else if (auto other = byInitials(initials); other && other->id != s.id) {
        problems << tr("The initials %1 already belong to %2.").arg(initials.toUpper(), other->name);
    }
    return problems;
}

QVariantMap StaffRepository::fields(const Staff& s)
{
    return {{QStringLiteral("name"), s.name.trimmed()},
            {QStringLiteral("initials"), s.initials.trimmed().toUpper()},
            {QStringLiteral("profession"), Professions::code(s.profession)},
            {QStringLiteral("active"), s.active},
            {QStringLiteral("leader"), s.leader}};
}

Result<Staff> StaffRepository::create(Staff s)
{
    s.id = newUuid();
    if (const auto problems = validate(s); !problems.isEmpty()) {
        return fail(problems.join(QLatin1Char(' ')));
    }
    auto values = fields(s);
    values.insert(QStringLiteral("created_at"), m_db.clock().now());
    auto r = m_db.write(QStringLiteral("staff"), s.id, values);
    if (!r) {
        return Error{r.error()};
    }
    s.initials = s.initials.trimmed().toUpper();
    return s;
}

Status StaffRepository::update(const Staff& s)
{
    const auto before = get(s.id);
    if (!before) {
        return fail(tr("This staff member no longer exists."));
    }
    if (const auto problems = validate(s); !problems.isEmpty()) {
        return fail(problems.join(QLatin1Char(' ')));
    }
    const bool wasLeader = before->leader && before->active;
    if (wasLeader && !(s.leader && s.active) && leaders().size() <= 1) {
        return fail(tr("%1 is the team's only leader. Make another staff member a leader first.").arg(before->name));
    }
    auto r = m_db.write(QStringLiteral("staff"), s.id, fields(s));
    return r ? Status{} : Status{Error{r.error()}};
}

Status StaffRepository::deactivate(const QString& id)
{
    auto s = get(id);
    if (!s) {
        return fail(tr("This staff member no longer exists."));
    }
    s->active = false;
    return update(*s);
}

std::optional<Staff> StaffRepository::byAccount(const QString& account) const
{
    const auto staffId = valueOrWarn(
        selectOne<QString>(m_db,
                           QStringLiteral("SELECT staff_id FROM staff_account WHERE account = ? AND deleted_at IS NULL "
                                          "ORDER BY created_at DESC, id LIMIT 1"),
                           {OsAccount::normalise(account)}, [](const QSqlQuery& q) { return q.value(0).toString(); }),
        "StaffRepository::byAccount");
    return staffId ? get(*staffId) : std::nullopt;
}

QStringList StaffRepository::accountsOf(const QString& staffId) const
{
    return valueOrWarn(select<QString>(m_db,
                                       QStringLiteral("SELECT account FROM staff_account WHERE staff_id = ? AND "
                                                      "deleted_at IS NULL ORDER BY account"),
                                       {staffId}, [](const QSqlQuery& q) { return q.value(0).toString(); }),
                       "StaffRepository::accountsOf");
}

bool StaffRepository::anyAccountBound() const
{
    return valueOrWarn(selectNumber(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM staff_account WHERE deleted_at IS NULL)")),
                       "StaffRepository::anyAccountBound", qint64(1))
        != 0;
}

QVector<Staff> StaffRepository::leaders() const
{
    return valueOrWarn(select<Staff>(m_db,
                                     QStringLiteral("SELECT %1 FROM staff WHERE deleted_at IS NULL AND coalesce(active, 1) = 1 "
                                                    "AND (leader = 1 OR profession = 'manager') ORDER BY name COLLATE NOCASE, id")
                                         .arg(kColumns),
                                     {}, readStaff),
                       "StaffRepository::leaders");
}

Status StaffRepository::bindAccount(const QString& staffId, const QString& account)
{
    const QString key = OsAccount::normalise(account);
    if (key.isEmpty()) {
        return fail(tr("Name the account (as the person logs on to the PC, e.g. KOMMUNE\\mha)."));
    }
    const auto member = get(staffId);
    if (!member) {
        return fail(tr("This staff member no longer exists."));
    }
    if (const auto owner = byAccount(key)) {
        if (owner->id == staffId) {
            return {};
        }
        return fail(tr("The account %1 already belongs to %2. Unbind it there first.").arg(key, owner->name));
    }
    auto r = m_db.write(QStringLiteral("staff_account"), newUuid(),
                        {{QStringLiteral("staff_id"), staffId},
                         {QStringLiteral("account"), key},
                         {QStringLiteral("created_at"), m_db.clock().now()}});
    return r ? Status{} : Status{Error{r.error()}};
}

Status StaffRepository::unbindAccount(const QString& account)
{
    const QString key = OsAccount::normalise(account);
    const auto ids = select<QString>(m_db, QStringLiteral("SELECT id FROM staff_account WHERE account = ? AND deleted_at IS NULL"),
                                     {key}, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!ids) {
        return Error{ids.error()};
    }
    if (ids->isEmpty()) {
        return fail(tr("The account %1 is bound to nobody.").arg(key));
    }
    Database::Transaction tx(m_db);
    for (const QString& id : *ids) {
        if (auto s = m_db.softDelete(QStringLiteral("staff_account"), id); !s) {
            return s;
        }
    }
    return tx.commit();
}

Status StaffRepository::remove(const QString& id)
{
    return m_db.softDelete(QStringLiteral("staff"), id);
}

QVector<CheckFinding> StaffRepository::check(Database& db)
{
    using S = CheckFinding::Severity;
    QVector<CheckFinding> out;
    if (int n = ConsistencyCheck::count(db, QStringLiteral("SELECT count(*) FROM (SELECT initials FROM staff WHERE deleted_at IS NULL "
                                           "GROUP BY initials HAVING count(*) > 1)"));
        n != 0) {
        if (n < 0) {
            out.append(ConsistencyCheck::couldNotRun());
        } else {
            out.append({S::Warning, QCoreApplication::translate("ConsistencyCheck", "%n set(s) of initials are used by more than one staff member.", nullptr, n)});
        }
    }
    const auto professions = select<QString>(db, QStringLiteral("SELECT DISTINCT profession FROM staff WHERE deleted_at IS NULL"),
                                             {}, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!professions) {
        out.append(ConsistencyCheck::couldNotRun());
    } else {
        for (const QString& code : professions.value()) {
            if (!Professions::fromCode(code)) {
                out.append({S::Error, QCoreApplication::translate("ConsistencyCheck", "A staff member has the unknown profession “%1”.").arg(code)});
            }
        }
    }
    return out;
}

} // namespace samspil
