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
    case Action::Change: return QStringLiteral("change");
    }
    return {};
}

const QVector<AccessLog::Action>& AccessLog::actions()
{
    static const QVector<Action> all{Action::Open, Action::Print, Action::Export, Action::Change};
    return all;
}

std::optional<AccessLog::Action> AccessLog::fromCode(const QString& code)
{
    for (const Action a : actions()) {
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
    case Action::Change: return tr("Changed");
    }
    return {};
}

QString AccessLog::recordLabel(const QString& table)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("citizen"), QT_TR_NOOP("Basic data")},
        {QStringLiteral("screening"), QT_TR_NOOP("Screening")},
        {QStringLiteral("plan"), QT_TR_NOOP("Intervention plan")},
        {QStringLiteral("plan_goal"), QT_TR_NOOP("Goal in the intervention plan")},
        {QStringLiteral("plan_intervention"), QT_TR_NOOP("Intervention in the plan")},
        {QStringLiteral("plan_rating"), QT_TR_NOOP("Progression rating")},
        {QStringLiteral("appointment"), QT_TR_NOOP("Appointment")},
        {QStringLiteral("consent"), QT_TR_NOOP("Consent")},
        {QStringLiteral("icf_note"), QT_TR_NOOP("Professional note")},
        {QStringLiteral("conference"), QT_TR_NOOP("Interdisciplinary conference")},
    };
    const char* label = labels.value(table);
    return label ? tr(label) : table;
}

QString AccessLog::describe(const Entry& e)
{
    if (e.action == Action::Change) {
        // A new record names no fields (it has them all); a change names the fields changed.
        if (e.detail == QLatin1String("new")) {
            return tr("%1 created").arg(recordLabel(e.recordTable));
        }
        if (e.detail == QLatin1String("deleted")) {
            return tr("%1 deleted").arg(recordLabel(e.recordTable));
        }
        const QString what = tr("%1 changed").arg(recordLabel(e.recordTable));
        return e.fields.isEmpty() ? what : tr("%1: %2").arg(what, e.fields.join(QStringLiteral(", ")));
    }
    if (e.detail == kPage) {
        return tr("The citizen's page");
    }
    if (e.detail == kPlanPrint) {
        return tr("The intervention plan, on paper");
    }
    if (e.detail == kPlanPdf) {
        return tr("The intervention plan as PDF");
    }
    if (e.detail == kDayView) {
        return tr("The day view of appointments");
    }
    if (e.detail == kCitizenExport) {
        return tr("Everything about the citizen (PDF and data file)");
    }
    return e.detail;
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

Status AccessLog::recordEach(Action action, const QStringList& citizenIds, const QString& detail)
{
    Database::Transaction tx(m_db);
    QStringList done;
    for (const QString& id : citizenIds) {
        if (id.isEmpty() || done.contains(id)) {
            continue;
        }
        done << id;
        if (auto s = record(action, id, detail); !s) {
            return s;
        }
    }
    return tx.commit();
}

QVector<AccessLog::Entry> AccessLog::forCitizen(const QString& citizenId, std::optional<Action> only) const
{
    return query(QStringLiteral("citizen_id"), citizenId, only);
}

QVector<AccessLog::Entry> AccessLog::byStaff(const QString& staffId, std::optional<Action> only) const
{
    return query(QStringLiteral("staff_id"), staffId, only);
}

QVector<AccessLog::Entry> AccessLog::query(const QString& column, const QString& value, std::optional<Action> only) const
{
    QVector<Entry> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The column is one of two fixed names, never data.
    q.prepare(QStringLiteral("SELECT id, at, staff_id, action, citizen_id, detail, record_table, record_id, fields "
                             "FROM audit_log WHERE %1 = ? AND deleted_at IS NULL %2 ORDER BY at DESC, id DESC")
                  .arg(column, only ? QStringLiteral("AND action = ?") : QString()));
    q.addBindValue(value);
    if (only) {
        q.addBindValue(code(*only));
    }
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
        e.recordTable = q.value(6).toString();
        e.recordId = q.value(7).toString();
        const QString fields = q.value(8).toString();
        e.fields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','));
        out.append(e);
    }
    return out;
}

} // namespace samspil
