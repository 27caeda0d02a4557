#include "PlanRepository.h"

#include "core/plan/PlanRowQueries.h"
#include "core/plan/PlanRules.h"
#include "core/plan/Tracks.h"
#include "core/util/Uuid.h"
#include "core/workflow/PlanDraft.h"

#include <QSqlQuery>

#include "core/storage/RawQuery.h"
#include "core/storage/Select.h"
#include "core/util/Dates.h"

#include <algorithm>

namespace samspil {

namespace {

const QString kPlanColumns = QStringLiteral(
    "id, citizen_id, version, status, employment_goal, goal_kind, hours_per_week, target_date, what_matters, "
    "first_step, agreed_on, agreed_how, agreed_present, previous_id, conference_id, caseworker_id, created_at");
const QString kGoalColumns = QStringLiteral(
    "id, plan_id, lineage, parent_lineage, position, text, criterion, tracks, target_date, responsible_id, achieved_on");
const QString kInterventionColumns = QStringLiteral(
    "id, plan_id, lineage, position, kind, title, tracks, provider_id, provider_external, start_date, end_date, status, "
    "stop_reason, goal_lineages");

QVariant fromDate(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Validation

QVector<FieldIssue> PlanRepository::validate(const Plan& plan) const
{
    return PlanRules(facts()).validate(plan);
}

QVector<FieldIssue> PlanRepository::validateAgreement(const Plan& plan, const Agreement& agreement) const
{
    return PlanRules(facts()).validateAgreement(plan, agreement);
}

bool PlanRepository::rowExists(Database& db, const QString& table, const QString& id)
{
    if (id.isEmpty()) {
        return false;
    }
    QSqlQuery& q = db.prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(table));
    q.bindValue(0, id);
    const bool found = Database::checkRead(q.exec(), q, "PlanRepository::rowExists") && q.next();
    q.finish();
    return found;
}

PlanFacts PlanRepository::facts() const
{
    Database* db = &m_db;
    PlanFacts f;
    f.today = m_db.clock().today();
    f.exists = [db](const QString& table, const QString& id) { return rowExists(*db, table, id); };
    f.goalInPlan = [db](const QString& lineage, const QString& citizenId) {
        QSqlQuery& q = db->prepared(QStringLiteral(
            "SELECT 1 FROM plan_goal g JOIN plan p ON p.id = g.plan_id WHERE g.lineage = ? AND p.citizen_id = ? "
            "AND g.deleted_at IS NULL AND p.deleted_at IS NULL LIMIT 1"));
        q.bindValue(0, lineage);
        q.bindValue(1, citizenId);
        const bool found = q.exec() && q.next();
        q.finish();
        return found;
    };
    f.caseClosed = [db](const QString& citizenId) {
        QSqlQuery& q = db->prepared(
            QStringLiteral("SELECT 1 FROM citizen WHERE id = ? AND status = ? AND deleted_at IS NULL"));
        q.bindValue(0, citizenId);
        q.bindValue(1, CitizenRules::statusCode(CitizenStatus::Closed));
        const bool found = Database::checkRead(q.exec(), q, "PlanRepository::caseClosed") && q.next();
        q.finish();
        return found;
    };
    return f;
}

// ---------------------------------------------------------------------------------------------
// Writing

Status PlanRepository::writePlanRow(const Plan& p)
{
    const QVariantMap values{
        {QStringLiteral("citizen_id"), p.citizenId},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("status"), PlanText::statusCode(p.status)},
        {QStringLiteral("employment_goal"), p.employmentGoal.trimmed()},
        {QStringLiteral("goal_kind"), PlanText::goalKindCode(p.goalKind)},
        {QStringLiteral("hours_per_week"), p.hoursPerWeek > 0 ? QVariant(p.hoursPerWeek) : QVariant()},
        {QStringLiteral("target_date"), fromDate(p.targetDate)},
        {QStringLiteral("what_matters"), p.whatMatters.trimmed()},
        {QStringLiteral("first_step"), p.firstStep.trimmed()},
        {QStringLiteral("agreed_on"), fromDate(p.agreedOn)},
        {QStringLiteral("agreed_how"), p.agreedOn.isValid() ? PlanText::methodCode(p.agreedHow) : QString()},
        {QStringLiteral("agreed_present"), p.agreedPresent.trimmed()},
        {QStringLiteral("previous_id"), p.previousId},
        {QStringLiteral("conference_id"), p.conferenceId},
        {QStringLiteral("caseworker_id"), p.caseworkerId},
        {QStringLiteral("created_at"), p.createdAt},
    };
    auto w = m_db.write(QStringLiteral("plan"), p.id, values);
    if (!w) {
        return Error{w.error()};
    }
    return {};
}

Status PlanRepository::writeItems(Plan& plan, const Plan* stored)
{
    // New goals get ids and lineages first, so interventions can point at them.
    QSet<QString> keepGoals;
    int pos = 0;
    for (auto& g : plan.goals) {
        if (g.id.isEmpty()) {
            g.id = newUuid();
        }
        if (g.lineage.isEmpty()) {
            g.lineage = g.id;
        }
        g.position = pos++;
        keepGoals.insert(g.id);
        auto w = m_db.write(QStringLiteral("plan_goal"), g.id, goalValues(plan.id, g));
        if (!w) {
            return Error{w.error()};
        }
    }
    QSet<QString> keepInterventions;
    pos = 0;
    for (auto& i : plan.interventions) {
        if (i.id.isEmpty()) {
            i.id = newUuid();
        }
        if (i.lineage.isEmpty()) {
            i.lineage = i.id;
        }
        i.position = pos++;
        keepInterventions.insert(i.id);
        auto w = m_db.write(QStringLiteral("plan_intervention"), i.id, interventionValues(plan.id, i));
        if (!w) {
            return Error{w.error()};
        }
    }
    if (stored) {
        for (const auto& g : stored->goals) {
            if (!keepGoals.contains(g.id)) {
                if (auto s = m_db.softDelete(QStringLiteral("plan_goal"), g.id); !s) {
                    return s;
                }
            }
        }
        for (const auto& i : stored->interventions) {
            if (!keepInterventions.contains(i.id)) {
                if (auto s = m_db.softDelete(QStringLiteral("plan_intervention"), i.id); !s) {
                    return s;
                }
            }
        }
    }
    return {};
}

Result<Plan> PlanRepository::createDraft(Plan plan)
{
    const auto issues = validate(plan);
    if (PlanRules::hasBlocking(issues)) {
        return fail(PlanRules::joinIssues(issues));
    }
    const auto all = versions(plan.citizenId);
    for (const auto& v : all) {
        if (v.status == PlanStatus::Draft) {
            return fail(tr("The citizen already has a draft plan; continue with that one."));
        }
    }
    auto tx = m_db.transaction();
    plan.id = newUuid();
    plan.version = all.isEmpty() ? 1 : all.first().version + 1;
    plan.status = PlanStatus::Draft;
    plan.agreedOn = QDate();
    plan.agreedPresent.clear();
    plan.createdAt = m_db.clock().now();
    if (plan.previousId.isEmpty() && !all.isEmpty()) {
        plan.previousId = all.first().id;
    }
    for (auto& g : plan.goals) {
        g.id.clear(); // rows of this version; lineages are kept
    }
    for (auto& i : plan.interventions) {
        i.id.clear();
    }
    if (auto s = writePlanRow(plan); !s) {
        return Error{s.error()};
    }
    if (auto s = writeItems(plan, nullptr); !s) {
        return Error{s.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return plan;
}

Result<Plan> PlanRepository::saveDraft(Plan plan)
{
    const auto stored = get(plan.id);
    if (!stored) {
        return fail(tr("The plan does not exist; nothing was saved."));
    }
    if (!stored->editable()) {
        return fail(tr("Version %1 of the plan is %2 and cannot be changed; start a new version to change it.")
                        .arg(stored->version)
                        .arg(PlanText::statusLabel(stored->status).toLower()));
    }
    if (plan.citizenId != stored->citizenId) {
        return fail(tr("A plan cannot be moved to another citizen."));
    }
    const auto issues = validate(plan);
    if (PlanRules::hasBlocking(issues)) {
        return fail(PlanRules::joinIssues(issues));
    }
    // The version's identity and status are the store's, never the caller's.
    plan.version = stored->version;
    plan.status = PlanStatus::Draft;
    plan.previousId = stored->previousId;
    plan.conferenceId = stored->conferenceId;
    plan.createdAt = stored->createdAt;
    plan.agreedOn = QDate();
    plan.agreedPresent.clear();
    // Rows that are not live rows of this version (a goal removed and saved, then brought back
    // by undo; a row of another version) become new rows with the same lineage.
    QSet<QString> liveGoals;
    QSet<QString> liveInterventions;
    for (const auto& g : stored->goals) {
        liveGoals.insert(g.id);
    }
    for (const auto& i : stored->interventions) {
        liveInterventions.insert(i.id);
    }
    for (auto& g : plan.goals) {
        if (!liveGoals.contains(g.id)) {
            g.id.clear();
        }
    }
    for (auto& i : plan.interventions) {
        if (!liveInterventions.contains(i.id)) {
            i.id.clear();
        }
    }
    auto tx = m_db.transaction();
    if (auto s = writePlanRow(plan); !s) {
        return Error{s.error()};
    }
    if (auto s = writeItems(plan, &*stored); !s) {
        return Error{s.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return *get(plan.id);
}

Result<Plan> PlanRepository::agree(const QString& planId, const Agreement& agreement)
{
    auto plan = get(planId);
    if (!plan) {
        return fail(tr("The plan does not exist; nothing was saved."));
    }
    if (auto s = PlanRules(facts()).checkAgreement(*plan, agreement); !s) {
        return Error{s.error()};
    }
    auto tx = m_db.transaction();
    for (const auto& v : versions(plan->citizenId)) {
        if (v.status == PlanStatus::Agreed) {
            auto w = m_db.write(QStringLiteral("plan"), v.id, {{QStringLiteral("status"), PlanText::statusCode(PlanStatus::Superseded)}});
            if (!w) {
                return Error{w.error()};
            }
        }
    }
    auto w = m_db.write(QStringLiteral("plan"),
                        planId,
                        {{QStringLiteral("status"), PlanText::statusCode(PlanStatus::Agreed)},
                         {QStringLiteral("agreed_on"), agreement.on},
                         {QStringLiteral("agreed_how"), PlanText::methodCode(agreement.how)},
                         {QStringLiteral("agreed_present"), agreement.present.trimmed()}});
    if (!w) {
        return Error{w.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return *get(planId);
}

Result<Plan> PlanRepository::revise(const QString& agreedPlanId)
{
    const auto base = get(agreedPlanId);
    if (!base) {
        return fail(tr("The plan does not exist; nothing was saved."));
    }
    for (const auto& v : versions(base->citizenId)) {
        if (v.status == PlanStatus::Draft) {
            return v; // already being revised
        }
    }
    return createDraft(PlanRules::nextVersion(*base));
}

Status PlanRepository::discardDraft(const QString& planId)
{
    const auto plan = get(planId);
    if (!plan) {
        return fail(tr("The plan does not exist; nothing was saved."));
    }
    if (!plan->editable()) {
        return fail(tr("Only a draft can be thrown away; an agreed plan is kept."));
    }
    if (auto s = PlanRules(facts()).checkCaseOpen(plan->citizenId); !s) {
        return s;
    }
    auto tx = m_db.transaction();
    for (const auto& g : plan->goals) {
        if (auto s = m_db.softDelete(QStringLiteral("plan_goal"), g.id); !s) {
            return s;
        }
    }
    for (const auto& i : plan->interventions) {
        if (auto s = m_db.softDelete(QStringLiteral("plan_intervention"), i.id); !s) {
            return s;
        }
    }
    if (auto s = m_db.softDelete(QStringLiteral("plan"), planId); !s) {
        return s;
    }
    return tx.commit();
}

Result<QString> PlanRepository::createFromConference(const PlanDraftRequest& request)
{
    Plan p;
    p.citizenId = request.citizenId;
    p.conferenceId = request.conferenceId;
    p.caseworkerId = request.caseworkerId;
    p.employmentGoal = request.employmentGoal;
    // The hours the conference's goal names ("25 timer om ugen") are the plan's hours too.
    p.hoursPerWeek = PlanText::hoursNamedIn(p.employmentGoal).value_or(0);
    const QStringList tracks = Tracks::split(Tracks::join(request.tracks));
    if (!Tracks::unknown(request.tracks).isEmpty()) {
        return fail(tr("The conference named an unknown track; the draft plan was not created."));
    }
    for (const auto& text : request.draftGoals) {
        if (text.trimmed().isEmpty()) {
            continue;
        }
        PlanGoal g;
        g.text = text.trimmed();
        g.tracks = tracks;
        g.responsibleId = request.caseworkerId;
        p.goals.append(g);
    }
    auto created = createDraft(p);
    if (!created) {
        return Error{created.error()};
    }
    return created->id;
}

// ---------------------------------------------------------------------------------------------
// Reading


Result<QVector<Plan>> PlanRepository::read(const QString& where, const QVariantList& binds) const
{
    auto plans = select<Plan>(
        m_db,
        QStringLiteral("SELECT %1 FROM plan WHERE deleted_at IS NULL %2 ORDER BY citizen_id, version DESC, id").arg(kPlanColumns, where),
        binds, readPlan);
    if (!plans || plans->isEmpty()) {
        return plans;
    }
    QHash<QString, int> index;
    for (int i = 0; i < plans->size(); ++i) {
        index.insert(plans->at(i).id, i);
    }
    const QString sub = QStringLiteral("SELECT id FROM plan WHERE deleted_at IS NULL %1").arg(where);
    // A plan's goals and its interventions are read the same way: the rows of the plans read
    // above, in their order, each put on its plan.
    const auto attach = [&](const char* table, const QString& columns, auto readRow, auto member) -> Status {
        using Row = decltype(readRow(std::declval<const QSqlQuery&>()));
        auto rows = select<Row>(m_db,
                                QStringLiteral("SELECT %1 FROM %2 WHERE deleted_at IS NULL AND plan_id IN (%3) ORDER BY position, id")
                                    .arg(columns, QLatin1String(table), sub),
                                binds, readRow);
        if (!rows) {
            return Error{rows.error()};
        }
        for (const auto& [planId, item] : rows.value()) {
            if (const int at = index.value(planId, -1); at >= 0) {
                ((*plans)[at].*member).append(item);
            }
        }
        return {};
    };
    if (auto s = attach("plan_goal", kGoalColumns, readGoal, &Plan::goals); !s) {
        return Error{s.error()};
    }
    if (auto s = attach("plan_intervention", kInterventionColumns, readIntervention, &Plan::interventions); !s) {
        return Error{s.error()};
    }
    return plans;
}

QVector<Plan> PlanRepository::load(const QString& where, const QVariantList& binds) const
{
    auto plans = read(where, binds);
    if (!plans) {
        qWarning("Samspil: a plan could not be read: %s", qPrintable(plans.error()));
        return {};
    }
    return plans.value();
}

std::optional<Plan> PlanRepository::get(const QString& id) const
{
    const auto plans = load(QStringLiteral("AND id = ?"), {id});
    if (plans.isEmpty()) {
        return std::nullopt;
    }
    return plans.first();
}

QVector<Plan> PlanRepository::versions(const QString& citizenId) const
{
    return load(QStringLiteral("AND citizen_id = ?"), {citizenId});
}

namespace {
std::optional<Plan> pickCurrent(const QVector<Plan>& newestFirst)
{
    for (const auto& p : newestFirst) {
        if (p.status == PlanStatus::Draft) {
            return p;
        }
    }
    for (const auto& p : newestFirst) {
        if (p.status == PlanStatus::Agreed) {
            return p;
        }
    }
    if (newestFirst.isEmpty()) {
        return std::nullopt;
    }
    return newestFirst.first();
}
} // namespace

std::optional<Plan> PlanRepository::current(const QString& citizenId) const
{
    return pickCurrent(versions(citizenId));
}

std::optional<Plan> PlanRepository::latestAgreed(const QString& citizenId) const
{
    for (const auto& p : versions(citizenId)) {
        if (p.status == PlanStatus::Agreed) {
            return p;
        }
    }
    return std::nullopt;
}

QHash<QString, Plan> PlanRepository::currentForAll() const
{
    QHash<QString, QVector<Plan>> byCitizen;
    for (const auto& p : load(QString(), {})) {
        byCitizen[p.citizenId].append(p);
    }
    QHash<QString, Plan> out;
    for (auto it = byCitizen.cbegin(); it != byCitizen.cend(); ++it) {
        if (auto p = pickCurrent(it.value())) {
            out.insert(it.key(), *p);
        }
    }
    return out;
}

QStringList PlanRepository::citizensWithPlan() const
{
    QStringList out;
    RawQuery q(m_db, "SELECT DISTINCT citizen_id FROM plan WHERE deleted_at IS NULL ORDER BY citizen_id");
    while (q.next()) {
        out << q.text(0);
    }
    return out;
}

PlanRepository::Outlines PlanRepository::outlinesForAll(const QString& citizenId) const
{
    Outlines out;
    QHash<QString, QString> citizenOfPlan;
    const QByteArray onlyOne = citizenId.isEmpty() ? QByteArray() : QByteArray(" AND citizen_id = ?");
    {
        // Every version in one lean pass, by citizen; the current one picked as current() does.
        RawQuery q(m_db, "SELECT id, citizen_id, version, status, target_date, created_at, agreed_on FROM plan "
                         "WHERE deleted_at IS NULL" + onlyOne + " ORDER BY citizen_id, version DESC, id");
        if (!citizenId.isEmpty()) {
            q.bind(0, citizenId);
        }
        struct Version
        {
            QString id;
            int version = 0;
            PlanStatus status = PlanStatus::Draft;
            QDate target;
        };
        QByteArray citizen;
        QVector<Version> versions;
        QByteArray firstCreated;
        QByteArray lastAgreed;
        const QByteArray draftCode = PlanText::statusCode(PlanStatus::Draft).toLatin1();
        const QByteArray agreedCode = PlanText::statusCode(PlanStatus::Agreed).toLatin1();
        auto finish = [&] {
            if (versions.isEmpty()) {
                return;
            }
            const QString citizenId = QString::fromLatin1(citizen);
            // Newest first: the newest draft, else the newest agreed version, else the newest.
            const Version* pick = nullptr;
            for (PlanStatus wanted : {PlanStatus::Draft, PlanStatus::Agreed}) {
                for (const auto& v : versions) {
                    if (!pick && v.status == wanted) {
                        pick = &v;
                    }
                }
            }
            pick = pick ? pick : &versions.front();
            Plan p;
            p.id = pick->id;
            p.citizenId = citizenId;
            p.version = pick->version;
            p.status = pick->status;
            p.targetDate = pick->target;
            citizenOfPlan.insert(p.id, citizenId);
            out.current.insert(citizenId, p);
            Milestones m;
            m.drafted = localDate(parseStoredDateTime(QString::fromLatin1(firstCreated)));
            m.agreed = lastAgreed.isEmpty() ? QDate() : parseStoredDate(QString::fromLatin1(lastAgreed));
            out.milestones.insert(citizenId, m);
            versions.clear();
            firstCreated.clear();
            lastAgreed.clear();
        };
        while (q.next()) {
            if (q.bytes(1) != citizen) {
                finish();
                citizen = q.bytes(1).toByteArray();
            }
            const QByteArrayView status = q.bytes(3);
            versions.append({q.ascii(0), q.integer(2),
                             status == draftCode ? PlanStatus::Draft
                                 : status == agreedCode ? PlanStatus::Agreed
                                                        : PlanStatus::Superseded,
                             q.date(4)});
            // Stored times and dates compare as text (fixed ISO layout).
            if (const QByteArrayView created = q.bytes(5); !created.isEmpty() && (firstCreated.isEmpty() || created < firstCreated)) {
                firstCreated = created.toByteArray();
            }
            if (const QByteArrayView agreed = q.bytes(6); agreed > lastAgreed) {
                lastAgreed = agreed.toByteArray();
            }
        }
        finish();
    }
    addOutlineGoals(citizenId, citizenOfPlan, out);
    return out;
}

void PlanRepository::addOutlineGoals(const QString& citizenId, const QHash<QString, QString>& citizenOfPlan,
                                     Outlines& out) const
{
    // No ORDER BY: Plan::orderedGoals() puts them in order.
    RawQuery q(m_db, "SELECT plan_id, lineage, parent_lineage, position, target_date, achieved_on FROM plan_goal "
                     "WHERE deleted_at IS NULL"
                         + (citizenId.isEmpty() ? QByteArray() : QByteArray(" AND plan_id IN (SELECT id FROM plan WHERE citizen_id = ?)")));
    if (!citizenId.isEmpty()) {
        q.bind(0, citizenId);
    }
    while (q.next()) {
        const auto citizen = citizenOfPlan.constFind(q.ascii(0));
        if (citizen == citizenOfPlan.cend()) {
            continue; // a goal of an older version
        }
        PlanGoal g;
        g.lineage = q.ascii(1);
        g.parentLineage = q.ascii(2);
        g.position = q.integer(3);
        g.targetDate = q.date(4);
        g.achievedOn = q.date(5);
        out.current[*citizen].goals.append(g);
    }
}

int PlanRepository::countWithoutCitizen() const
{
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM plan p WHERE p.deleted_at IS NULL AND NOT EXISTS "
                          "(SELECT 1 FROM citizen c WHERE c.id = p.citizen_id)"));
    return q.next() ? q.value(0).toInt() : 0;
}

int PlanRepository::countOrphanItems() const
{
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM plan_goal g WHERE g.deleted_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM plan p WHERE p.id = g.plan_id)) + (SELECT count(*) FROM plan_intervention i WHERE "
        "i.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.id = i.plan_id))"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace samspil
