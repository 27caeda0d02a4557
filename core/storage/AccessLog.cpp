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
        {QStringLiteral("placement"), QT_TR_NOOP("Placement at a company")},
        {QStringLiteral("company_consent"), QT_TR_NOOP("Consent to share health information with a company")},
    };
    const char* label = labels.value(table);
    return label ? tr(label) : table;
}

namespace {

struct FieldLabel
{
    const char* column;
    const char* label; ///< translated in the context AccessLog
};

// Column names are the same in every table that has them, so one list serves all.
const FieldLabel kFieldLabels[] = {
    {"cpr", QT_TRANSLATE_NOOP("AccessLog", "CPR number")},
    {"name", QT_TRANSLATE_NOOP("AccessLog", "name")},
    {"phone", QT_TRANSLATE_NOOP("AccessLog", "phone")},
    {"email", QT_TRANSLATE_NOOP("AccessLog", "e-mail")},
    {"benefit", QT_TRANSLATE_NOOP("AccessLog", "benefit")},
    {"benefit_start", QT_TRANSLATE_NOOP("AccessLog", "benefit start")},
    {"target_group", QT_TRANSLATE_NOOP("AccessLog", "target group")},
    {"caseworker_id", QT_TRANSLATE_NOOP("AccessLog", "coordinating caseworker")},
    {"status", QT_TRANSLATE_NOOP("AccessLog", "status")},
    {"outcome", QT_TRANSLATE_NOOP("AccessLog", "outcome")},
    {"outcome_date", QT_TRANSLATE_NOOP("AccessLog", "outcome date")},
    {"decided_risk", QT_TRANSLATE_NOOP("AccessLog", "decided risk")},
    {"reason", QT_TRANSLATE_NOOP("AccessLog", "reason")},
    {"employment_goal", QT_TRANSLATE_NOOP("AccessLog", "employment goal")},
    {"goal_kind", QT_TRANSLATE_NOOP("AccessLog", "kind of goal")},
    {"hours_per_week", QT_TRANSLATE_NOOP("AccessLog", "hours per week")},
    {"target_date", QT_TRANSLATE_NOOP("AccessLog", "target date")},
    {"what_matters", QT_TRANSLATE_NOOP("AccessLog", "what matters to the citizen")},
    {"first_step", QT_TRANSLATE_NOOP("AccessLog", "first step")},
    {"agreed_on", QT_TRANSLATE_NOOP("AccessLog", "agreed on")},
    {"agreed_how", QT_TRANSLATE_NOOP("AccessLog", "how it was agreed")},
    {"agreed_present", QT_TRANSLATE_NOOP("AccessLog", "present at the agreement")},
    {"position", QT_TRANSLATE_NOOP("AccessLog", "order")},
    {"text", QT_TRANSLATE_NOOP("AccessLog", "text")},
    {"criterion", QT_TRANSLATE_NOOP("AccessLog", "success criterion")},
    {"tracks", QT_TRANSLATE_NOOP("AccessLog", "intervention tracks")},
    {"responsible_id", QT_TRANSLATE_NOOP("AccessLog", "responsible")},
    {"achieved_on", QT_TRANSLATE_NOOP("AccessLog", "achieved on")},
    {"kind", QT_TRANSLATE_NOOP("AccessLog", "kind")},
    {"title", QT_TRANSLATE_NOOP("AccessLog", "title")},
    {"provider_id", QT_TRANSLATE_NOOP("AccessLog", "provider")},
    {"provider_external", QT_TRANSLATE_NOOP("AccessLog", "external provider")},
    {"start_date", QT_TRANSLATE_NOOP("AccessLog", "start date")},
    {"end_date", QT_TRANSLATE_NOOP("AccessLog", "end date")},
    {"stop_reason", QT_TRANSLATE_NOOP("AccessLog", "reason for stopping")},
    {"goal_lineages", QT_TRANSLATE_NOOP("AccessLog", "goals served")},
    {"score", QT_TRANSLATE_NOOP("AccessLog", "score")},
    {"rated_on", QT_TRANSLATE_NOOP("AccessLog", "rated on")},
    {"comment", QT_TRANSLATE_NOOP("AccessLog", "comment")},
    {"staff_id", QT_TRANSLATE_NOOP("AccessLog", "staff member")},
    {"starts_at", QT_TRANSLATE_NOOP("AccessLog", "start")},
    {"ends_at", QT_TRANSLATE_NOOP("AccessLog", "end")},
    {"place", QT_TRANSLATE_NOOP("AccessLog", "place")},
    {"late", QT_TRANSLATE_NOOP("AccessLog", "late")},
    {"given_on", QT_TRANSLATE_NOOP("AccessLog", "given on")},
    {"scope", QT_TRANSLATE_NOOP("AccessLog", "scope")},
    {"form", QT_TRANSLATE_NOOP("AccessLog", "form")},
    {"withdrawn_on", QT_TRANSLATE_NOOP("AccessLog", "withdrawn on")},
    {"findings", QT_TRANSLATE_NOOP("AccessLog", "ICF findings")},
    {"personal_factors", QT_TRANSLATE_NOOP("AccessLog", "personal factors")},
    {"job_meaning", QT_TRANSLATE_NOOP("AccessLog", "what it means for job or education")},
    {"signed_at", QT_TRANSLATE_NOOP("AccessLog", "signed")},
    {"held_on", QT_TRANSLATE_NOOP("AccessLog", "held on")},
    {"participants", QT_TRANSLATE_NOOP("AccessLog", "participants")},
    {"draft_goals", QT_TRANSLATE_NOOP("AccessLog", "draft goals")},
    {"note_ids", QT_TRANSLATE_NOOP("AccessLog", "notes")},
    {"concluded_at", QT_TRANSLATE_NOOP("AccessLog", "concluded")},
    {"plan_id", QT_TRANSLATE_NOOP("AccessLog", "intervention plan")},
    {"created_at", QT_TRANSLATE_NOOP("AccessLog", "created")},
    {"citizen_id", QT_TRANSLATE_NOOP("AccessLog", "citizen")},
    {"instrument_id", QT_TRANSLATE_NOOP("AccessLog", "questionnaire")},
    {"instrument_version", QT_TRANSLATE_NOOP("AccessLog", "questionnaire version")},
    {"answers", QT_TRANSLATE_NOOP("AccessLog", "answers")},
    {"scores", QT_TRANSLATE_NOOP("AccessLog", "scores")},
    {"proposed_risk", QT_TRANSLATE_NOOP("AccessLog", "proposed risk")},
    {"assessment", QT_TRANSLATE_NOOP("AccessLog", "assessment")},
    {"screened_by", QT_TRANSLATE_NOOP("AccessLog", "screened by")},
    {"screened_at", QT_TRANSLATE_NOOP("AccessLog", "screened")},
    {"supersedes", QT_TRANSLATE_NOOP("AccessLog", "earlier version")},
    {"previous_id", QT_TRANSLATE_NOOP("AccessLog", "earlier version")},
    {"version", QT_TRANSLATE_NOOP("AccessLog", "version")},
    {"conference_id", QT_TRANSLATE_NOOP("AccessLog", "interdisciplinary conference")},
    {"lineage", QT_TRANSLATE_NOOP("AccessLog", "goal")},
    {"parent_lineage", QT_TRANSLATE_NOOP("AccessLog", "parent goal")},
    {"goal_lineage", QT_TRANSLATE_NOOP("AccessLog", "goal")},
    {"rater", QT_TRANSLATE_NOOP("AccessLog", "rated by whom")},
    {"rated_by", QT_TRANSLATE_NOOP("AccessLog", "recorded by")},
    {"booking_id", QT_TRANSLATE_NOOP("AccessLog", "booking")},
    {"booked_by", QT_TRANSLATE_NOOP("AccessLog", "booked by")},
    {"booked_at", QT_TRANSLATE_NOOP("AccessLog", "booked")},
    {"override_reason", QT_TRANSLATE_NOOP("AccessLog", "reason for booking outside the rules")},
    {"recorded_by", QT_TRANSLATE_NOOP("AccessLog", "recorded by")},
    {"recorded_at", QT_TRANSLATE_NOOP("AccessLog", "recorded")},
    {"author_id", QT_TRANSLATE_NOOP("AccessLog", "author")},
    {"profession", QT_TRANSLATE_NOOP("AccessLog", "profession")},
    {"appointment_id", QT_TRANSLATE_NOOP("AccessLog", "talk")},
    {"signed_hash", QT_TRANSLATE_NOOP("AccessLog", "signature")},
    {"concluded_by", QT_TRANSLATE_NOOP("AccessLog", "concluded by")},
    {"at", QT_TRANSLATE_NOOP("AccessLog", "time")},
    {"action", QT_TRANSLATE_NOOP("AccessLog", "action")},
    {"detail", QT_TRANSLATE_NOOP("AccessLog", "detail")},
    {"record_table", QT_TRANSLATE_NOOP("AccessLog", "kind of record")},
    {"record_id", QT_TRANSLATE_NOOP("AccessLog", "record")},
    {"fields", QT_TRANSLATE_NOOP("AccessLog", "fields")},
    {"company_id", QT_TRANSLATE_NOOP("AccessLog", "company")},
    {"offer_id", QT_TRANSLATE_NOOP("AccessLog", "the company's offer")},
    {"tasks", QT_TRANSLATE_NOOP("AccessLog", "tasks")},
    {"accommodations", QT_TRANSLATE_NOOP("AccessLog", "accommodations (skånehensyn)")},
    {"accommodation_note", QT_TRANSLATE_NOOP("AccessLog", "further accommodations")},
    {"contact_id", QT_TRANSLATE_NOOP("AccessLog", "the company's contact person")},
    {"mentor", QT_TRANSLATE_NOOP("AccessLog", "mentor")},
    {"follow_ups", QT_TRANSLATE_NOOP("AccessLog", "follow-ups with the company")},
    {"outcome_reason", QT_TRANSLATE_NOOP("AccessLog", "how it ended")},
    {"intervention_id", QT_TRANSLATE_NOOP("AccessLog", "intervention")},
    {"consultant_id", QT_TRANSLATE_NOOP("AccessLog", "company consultant")},
    {"shared_health", QT_TRANSLATE_NOOP("AccessLog", "what the company may know")},
};

} // namespace

QString AccessLog::fieldLabel(const QString& column)
{
    static const QHash<QString, const char*> labels = [] {
        QHash<QString, const char*> out;
        for (const auto& f : kFieldLabels) {
            out.insert(QString::fromLatin1(f.column), f.label);
        }
        return out;
    }();
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
    if (e.detail == kFullExport) {
        return tr("The whole database (a leader's full export)");
    }
    if (e.detail == kPlacementPrint) {
        return tr("The agreement of a placement at a company, on paper");
    }
    if (e.detail == kPlacementPdf) {
        return tr("The agreement of a placement at a company as PDF");
    }
    if (e.detail.startsWith(kCommandLine)) {
        return tr("Read on the command line (%1)").arg(e.detail.mid(kCommandLine.size()));
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
