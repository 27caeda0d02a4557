#include "StaffRepository.h"

#include "core/util/Uuid.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace samspil {

namespace {

const QString kColumns = QStringLiteral("id, name, initials, profession, active");

Staff readStaff(const QSqlQuery& q)
{
    Staff s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.initials = q.value(2).toString();
    s.profession = Professions::fromCode(q.value(3).toString()).value_or(Profession::Other);
    s.active = q.value(4).isNull() || q.value(4).toLongLong() != 0;
    return s;
}

} // namespace

QVector<Staff> StaffRepository::all(bool includeInactive) const
{
    QVector<Staff> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    (void)Database::checkRead(
        q.exec(QStringLiteral("SELECT %1 FROM staff WHERE deleted_at IS NULL %2 ORDER BY name COLLATE NOCASE, id")
                   .arg(kColumns, includeInactive ? QString() : QStringLiteral("AND coalesce(active, 1) = 1"))),
        q,
        "StaffRepository::all");
    while (q.next()) {
        out.append(readStaff(q));
    }
    return out;
}

std::optional<Staff> StaffRepository::get(const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM staff WHERE id = ? AND deleted_at IS NULL").arg(kColumns));
    q.addBindValue(id);
    if (Database::checkRead(q.exec(), q, "StaffRepository::get") && q.next()) {
        return readStaff(q);
    }
    return std::nullopt;
}

QHash<QString, QString> StaffRepository::idsByInitials() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    (void)Database::checkRead(
        q.exec(QStringLiteral("SELECT initials, id FROM staff WHERE deleted_at IS NULL ORDER BY id DESC")),
        q,
        "StaffRepository::idsByInitials");
    while (q.next()) {
        out.insert(q.value(0).toString().toUpper(), q.value(1).toString());
    }
    return out;
}

QStringList StaffRepository::idsInInitialsOrder(Profession profession) const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM staff WHERE deleted_at IS NULL AND profession = ? ORDER BY initials, id"));
    q.addBindValue(Professions::code(profession));
    if (Database::checkRead(q.exec(), q, "StaffRepository::idsInInitialsOrder")) {
        while (q.next()) {
            out << q.value(0).toString();
        }
    }
    return out;
}

std::optional<Staff> StaffRepository::byInitials(const QString& initials) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM staff WHERE initials = ? AND deleted_at IS NULL "
                             "ORDER BY id LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(initials.trimmed().toUpper());
    if (Database::checkRead(q.exec(), q, "StaffRepository::byInitials") && q.next()) {
        return readStaff(q);
    }
    return std::nullopt;
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
            {QStringLiteral("active"), s.active}};
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
    if (!get(s.id)) {
        return fail(tr("This staff member no longer exists."));
    }
    if (const auto problems = validate(s); !problems.isEmpty()) {
        return fail(problems.join(QLatin1Char(' ')));
    }
    auto r = m_db.write(QStringLiteral("staff"), s.id, fields(s));
    return r ? Status{} : Status{Error{r.error()}};
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
    {
        QSqlQuery q(db.sql());
        if (!Database::checkRead(q.exec(QStringLiteral("SELECT DISTINCT profession FROM staff WHERE deleted_at IS NULL")), q,
                                 "ConsistencyCheck")) {
            out.append(ConsistencyCheck::couldNotRun());
        }
        while (q.next()) {
            if (!Professions::fromCode(q.value(0).toString())) {
                out.append({S::Error, QCoreApplication::translate("ConsistencyCheck", "A staff member has the unknown profession “%1”.").arg(q.value(0).toString())});
            }
        }
    }
    return out;
}

} // namespace samspil
