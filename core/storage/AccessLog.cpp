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
        {QStringLiteral("audit_log"), QT_TR_NOOP("Entry in the access log")},
    };
    const char* label = labels.value(table);
    return label ? tr(label) : table;
}

QString AccessLog::fieldLabel(const QString& column)
{
    // Column names are the same in every table that has them, so one list serves all.
    static const QHash<QString, const char*> labels{
        {QStringLiteral("cpr"), QT_TR_NOOP("CPR number")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("email"), QT_TR_NOOP("e-mail")},
        {QStringLiteral("benefit"), QT_TR_NOOP("benefit")},
        {QStringLiteral("benefit_start"), QT_TR_NOOP("benefit start")},
        {QStringLiteral("target_group"), QT_TR_NOOP("target group")},
        {QStringLiteral("caseworker_id"), QT_TR_NOOP("coordinating caseworker")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("outcome"), QT_TR_NOOP("outcome")},
        {QStringLiteral("outcome_date"), QT_TR_NOOP("outcome date")},
        {QStringLiteral("decided_risk"), QT_TR_NOOP("decided risk")},
        {QStringLiteral("reason"), QT_TR_NOOP("reason")},
        {QStringLiteral("employment_goal"), QT_TR_NOOP("employment goal")},
        {QStringLiteral("goal_kind"), QT_TR_NOOP("kind of goal")},
        {QStringLiteral("hours_per_week"), QT_TR_NOOP("hours per week")},
        {QStringLiteral("target_date"), QT_TR_NOOP("target date")},
        {QStringLiteral("what_matters"), QT_TR_NOOP("what matters to the citizen")},
        {QStringLiteral("first_step"), QT_TR_NOOP("first step")},
        {QStringLiteral("agreed_on"), QT_TR_NOOP("agreed on")},
        {QStringLiteral("agreed_how"), QT_TR_NOOP("how it was agreed")},
        {QStringLiteral("agreed_present"), QT_TR_NOOP("present at the agreement")},
        {QStringLiteral("position"), QT_TR_NOOP("order")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("criterion"), QT_TR_NOOP("success criterion")},
        {QStringLiteral("tracks"), QT_TR_NOOP("intervention tracks")},
        {QStringLiteral("responsible_id"), QT_TR_NOOP("responsible")},
        {QStringLiteral("achieved_on"), QT_TR_NOOP("achieved on")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("provider_id"), QT_TR_NOOP("provider")},
        {QStringLiteral("provider_external"), QT_TR_NOOP("external provider")},
        {QStringLiteral("start_date"), QT_TR_NOOP("start date")},
        {QStringLiteral("end_date"), QT_TR_NOOP("end date")},
        {QStringLiteral("stop_reason"), QT_TR_NOOP("reason for stopping")},
        {QStringLiteral("goal_lineages"), QT_TR_NOOP("goals served")},
        {QStringLiteral("score"), QT_TR_NOOP("score")},
        {QStringLiteral("rated_on"), QT_TR_NOOP("rated on")},
        {QStringLiteral("comment"), QT_TR_NOOP("comment")},
        {QStringLiteral("staff_id"), QT_TR_NOOP("staff member")},
        {QStringLiteral("starts_at"), QT_TR_NOOP("start")},
        {QStringLiteral("ends_at"), QT_TR_NOOP("end")},
        {QStringLiteral("place"), QT_TR_NOOP("place")},
        {QStringLiteral("late"), QT_TR_NOOP("late")},
        {QStringLiteral("given_on"), QT_TR_NOOP("given on")},
        {QStringLiteral("scope"), QT_TR_NOOP("scope")},
        {QStringLiteral("form"), QT_TR_NOOP("form")},
        {QStringLiteral("withdrawn_on"), QT_TR_NOOP("withdrawn on")},
        {QStringLiteral("findings"), QT_TR_NOOP("ICF findings")},
        {QStringLiteral("personal_factors"), QT_TR_NOOP("personal factors")},
        {QStringLiteral("job_meaning"), QT_TR_NOOP("what it means for job or education")},
        {QStringLiteral("signed_at"), QT_TR_NOOP("signed")},
        {QStringLiteral("held_on"), QT_TR_NOOP("held on")},
        {QStringLiteral("participants"), QT_TR_NOOP("participants")},
        {QStringLiteral("draft_goals"), QT_TR_NOOP("draft goals")},
        {QStringLiteral("note_ids"), QT_TR_NOOP("notes")},
        {QStringLiteral("concluded_at"), QT_TR_NOOP("concluded")},
        {QStringLiteral("plan_id"), QT_TR_NOOP("intervention plan")},
        {QStringLiteral("created_at"), QT_TR_NOOP("created")},
        {QStringLiteral("citizen_id"), QT_TR_NOOP("citizen")},
        {QStringLiteral("instrument_id"), QT_TR_NOOP("questionnaire")},
        {QStringLiteral("instrument_version"), QT_TR_NOOP("questionnaire version")},
        {QStringLiteral("answers"), QT_TR_NOOP("answers")},
        {QStringLiteral("scores"), QT_TR_NOOP("scores")},
        {QStringLiteral("proposed_risk"), QT_TR_NOOP("proposed risk")},
        {QStringLiteral("assessment"), QT_TR_NOOP("assessment")},
        {QStringLiteral("screened_by"), QT_TR_NOOP("screened by")},
        {QStringLiteral("screened_at"), QT_TR_NOOP("screened")},
        {QStringLiteral("supersedes"), QT_TR_NOOP("earlier version")},
        {QStringLiteral("previous_id"), QT_TR_NOOP("earlier version")},
        {QStringLiteral("version"), QT_TR_NOOP("version")},
        {QStringLiteral("conference_id"), QT_TR_NOOP("interdisciplinary conference")},
        {QStringLiteral("lineage"), QT_TR_NOOP("goal")},
        {QStringLiteral("parent_lineage"), QT_TR_NOOP("parent goal")},
        {QStringLiteral("goal_lineage"), QT_TR_NOOP("goal")},
        {QStringLiteral("rater"), QT_TR_NOOP("rated by whom")},
        {QStringLiteral("rated_by"), QT_TR_NOOP("recorded by")},
        {QStringLiteral("booking_id"), QT_TR_NOOP("booking")},
        {QStringLiteral("booked_by"), QT_TR_NOOP("booked by")},
        {QStringLiteral("booked_at"), QT_TR_NOOP("booked")},
        {QStringLiteral("recorded_by"), QT_TR_NOOP("recorded by")},
        {QStringLiteral("recorded_at"), QT_TR_NOOP("recorded")},
        {QStringLiteral("author_id"), QT_TR_NOOP("author")},
        {QStringLiteral("profession"), QT_TR_NOOP("profession")},
        {QStringLiteral("appointment_id"), QT_TR_NOOP("talk")},
        {QStringLiteral("signed_hash"), QT_TR_NOOP("signature")},
        {QStringLiteral("concluded_by"), QT_TR_NOOP("concluded by")},
        {QStringLiteral("at"), QT_TR_NOOP("time")},
        {QStringLiteral("action"), QT_TR_NOOP("action")},
        {QStringLiteral("detail"), QT_TR_NOOP("detail")},
        {QStringLiteral("record_table"), QT_TR_NOOP("kind of record")},
        {QStringLiteral("record_id"), QT_TR_NOOP("record")},
        {QStringLiteral("fields"), QT_TR_NOOP("fields")},
    };
    const char* label = labels.value(column);
    return label ? tr(label) : QString();
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
        QStringList fields;
        for (const QString& f : e.fields) {
            const QString label = fieldLabel(f);
            fields.append(label.isEmpty() ? f : label);
        }
        return fields.isEmpty() ? what : tr("%1: %2").arg(what, fields.join(QStringLiteral(", ")));
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
