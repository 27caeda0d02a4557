#include "AccessLog.h"

#include "core/storage/Database.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"

#include <QSqlQuery>

namespace samspil {

QString AccessLog::code(Action a)
{
    switch (a) {
    case Action::Open: return QStringLiteral("open");
    case Action::Print: return QStringLiteral("print");
    case Action::Export: return QStringLiteral("export");
    }
    return {};
}

std::optional<AccessLog::Action> AccessLog::fromCode(const QString& code)
{
    for (const Action a : {Action::Open, Action::Print, Action::Export}) {
        if (AccessLog::code(a) == code) {
            return a;
        }
    }
    return std::nullopt;
}

QString AccessLog::label(Action a)
{
    switch (a) {
    case Action::Open: return tr("Opened");
    case Action::Print: return tr("Printed");
    case Action::Export: return tr("Exported");
    }
    return {};
}

Status AccessLog::record(Action action, const QString& citizenId, const QString& detail)
{
    if (citizenId.isEmpty()) {
        return fail(tr("No citizen was named for the access log."));
    }
    auto r = m_db.insertNew(QStringLiteral("audit_log"), newUuid(),
                            {{QStringLiteral("at"), m_db.clock().now()},
                             {QStringLiteral("staff_id"), m_db.actor()},
                             {QStringLiteral("action"), code(action)},
                             {QStringLiteral("citizen_id"), citizenId},
                             {QStringLiteral("detail"), detail}});
    return r ? Status{} : Status{Error{r.error()}};
}

QVector<AccessLog::Entry> AccessLog::forCitizen(const QString& citizenId) const
{
    return query(QStringLiteral("citizen_id"), citizenId);
}

QVector<AccessLog::Entry> AccessLog::byStaff(const QString& staffId) const
{
    return query(QStringLiteral("staff_id"), staffId);
}

QVector<AccessLog::Entry> AccessLog::query(const QString& column, const QString& value) const
{
    QVector<Entry> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, staff_id, action, citizen_id, detail FROM audit_log "
                             "WHERE %1 = ? AND deleted_at IS NULL ORDER BY at DESC, id DESC")
                  .arg(column));
    q.addBindValue(value);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toString();
        e.at = parseStoredDateTime(q.value(1).toString());
        e.staffId = q.value(2).toString();
        e.action = fromCode(q.value(3).toString()).value_or(Action::Open);
        e.citizenId = q.value(4).toString();
        e.detail = q.value(5).toString();
        out.append(e);
    }
    return out;
}

} // namespace samspil
