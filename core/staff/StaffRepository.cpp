#include "StaffRepository.h"

#include "core/storage/Select.h"
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
