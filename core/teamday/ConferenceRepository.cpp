#include "ConferenceRepository.h"

#include "core/plan/Tracks.h"
#include "core/citizen/CitizenRepository.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/FlowRules.h"
#include "core/teamday/NoteRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Select.h"
#include "core/util/Uuid.h"
#include "core/workflow/PlanDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace samspil {

namespace {
const QString kTable = QStringLiteral("conference");
const QString kSelect = QStringLiteral(
    "SELECT id, citizen_id, held_on, participants, caseworker_id, employment_goal, tracks, draft_goals, note_ids,"
    " concluded_at, concluded_by, plan_id FROM conference WHERE deleted_at IS NULL");

QStringList list(const QString& s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Conference readConference(const QSqlQuery& q)
{
    Conference c;
    c.id = q.value(0).toString();
    c.citizenId = q.value(1).toString();
    c.heldOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.participants = list(q.value(3).toString());
    c.caseworkerId = q.value(4).toString();
    c.employmentGoal = q.value(5).toString();
    c.tracks = Tracks::split(q.value(6).toString());
    for (const auto& v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array()) {
        c.draftGoals << v.toString();
    }
    c.noteIds = list(q.value(8).toString());
    c.concludedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    c.concludedBy = q.value(10).toString();
    c.planId = q.value(11).toString();
    return c;
}

/// A conference just written, read back.
Result<Conference> readBack(const Result<std::optional<Conference>>& found)
{
    if (!found) {
        return Error{found.error()};
    }
    if (!found.value()) {
        return fail(QCoreApplication::translate("ConferenceRepository", "The conference does not exist."));
    }
    return *found.value();
}
} // namespace

Result<QVector<Conference>> ConferenceRepository::read(const QString& where, const QVariantList& binds) const
{
    return select<Conference>(m_db, kSelect + where, binds, readConference);
}

Result<std::optional<Conference>> ConferenceRepository::find(const QString& id) const
{
    return selectOne<Conference>(m_db, kSelect + QStringLiteral(" AND id = ?"), {id}, readConference);
}

QVector<Conference> ConferenceRepository::query(const QString& where, const QVariantList& binds, const char* caller) const
{
    return valueOrWarn(read(where, binds), caller);
}

std::optional<Conference> ConferenceRepository::get(const QString& id) const
{
    return valueOrWarn(find(id), "ConferenceRepository::get");
}

QVector<Conference> ConferenceRepository::forCitizen(const QString& citizenId) const
{
    return query(QStringLiteral(" AND citizen_id = ? ORDER BY held_on DESC, created_at DESC, id"), {citizenId},
                 "ConferenceRepository::forCitizen");
}

QVector<Conference> ConferenceRepository::all() const
{
    return query(QStringLiteral(" ORDER BY held_on, id"), {}, "ConferenceRepository::all");
}

Result<Conference> ConferenceRepository::save(Conference c)
{
    if (!c.id.isEmpty()) {
        const auto found = find(c.id);
        if (!found) {
            return Error{found.error()};
        }
        const auto& old = found.value();
        if (!old) {
            return fail(tr("The conference does not exist."));
        }
        if (old->concluded()) {
            return fail(tr("The conference is concluded and can no longer be changed."));
        }
        c.citizenId = old->citizenId;
    } else if (!CitizenRepository(m_db).get(c.citizenId)) {
        return fail(tr("The citizen does not exist."));
    }
    if (!c.heldOn.isValid()) {
        return fail(tr("Enter the date of the conference."));
    }
    StaffRepository staff(m_db);
    c.participants.removeDuplicates();
    for (const auto& p : c.participants) {
        if (!staff.get(p)) {
            return fail(tr("A participant does not exist on the team."));
        }
    }
    if (const auto unknown = Tracks::unknown(c.tracks); !unknown.isEmpty()) {
        return fail(tr("Unknown intervention tracks: %1").arg(unknown.join(QStringLiteral(", "))));
    }
    QJsonArray goals;
    QStringList cleaned;
    for (const auto& g : c.draftGoals) {
        if (!g.trimmed().isEmpty()) {
            goals.append(g.trimmed());
            cleaned << g.trimmed();
        }
    }
    c.draftGoals = cleaned;
    QVariantMap values{
        {QStringLiteral("held_on"), c.heldOn},
        {QStringLiteral("participants"), c.participants.join(QLatin1Char(','))},
        {QStringLiteral("caseworker_id"), c.caseworkerId},
        {QStringLiteral("employment_goal"), c.employmentGoal.trimmed()},
        {QStringLiteral("tracks"), Tracks::join(c.tracks)},
        {QStringLiteral("draft_goals"), QString::fromUtf8(QJsonDocument(goals).toJson(QJsonDocument::Compact))},
        {QStringLiteral("note_ids"), c.noteIds.join(QLatin1Char(','))},
    };
    const bool isNew = c.id.isEmpty();
    if (isNew) {
        c.id = newUuid();
        values.insert(QStringLiteral("citizen_id"), c.citizenId);
        values.insert(QStringLiteral("created_at"), m_db.clock().now());
    }
    auto tx = m_db.transaction();
    auto w = isNew ? m_db.insertNew(kTable, c.id, values) : m_db.write(kTable, c.id, values);
    if (!w) {
        return Error{w.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return readBack(find(c.id));
}

QStringList ConferenceRepository::problems(const Conference& c) const
{
    QStringList out;
    if (c.concluded()) {
        out << tr("The conference is already concluded.");
    }
    if (c.employmentGoal.trimmed().isEmpty()) {
        out << tr("Write the overall employment goal.");
    }
    if (c.tracks.isEmpty()) {
        out << tr("Choose at least one intervention track.");
    }
    if (c.participants.isEmpty()) {
        out << tr("Add the participants of the conference.");
    }
    if (c.heldOn.isValid() && c.heldOn > m_db.clock().today()) {
        out << tr("A conference cannot be concluded before the day it is held.");
    }
    return out;
}

Result<Conference> ConferenceRepository::conclude(const QString& id, const QString& byStaffId, const QDateTime& at)
{
    const auto found = find(id);
    if (!found) {
        return Error{found.error()};
    }
    const auto& c = found.value();
    if (!c) {
        return fail(tr("The conference does not exist."));
    }
    if (const auto p = problems(*c); !p.isEmpty()) {
        return fail(p.join(QLatin1Char('\n')));
    }
    if (const auto why = FlowRules::whyConferenceCannotBeHeld(AppointmentRepository(m_db).forCitizen(c->citizenId),
                                                              NoteRepository(m_db).currentSigned(c->citizenId));
        !why.isEmpty()) {
        return fail(why);
    }
    const QDateTime now = m_db.clock().now();
    if (at.isValid() && (at > now || at.toLocalTime().date() < c->heldOn)) {
        return fail(tr("A conference is concluded on or after the day it is held, and not in the future."));
    }
    QString caseworker = c->caseworkerId;
    if (caseworker.isEmpty()) {
        if (const auto citizen = CitizenRepository(m_db).get(c->citizenId)) {
            caseworker = citizen->caseworkerId;
        }
    }
    auto tx = m_db.transaction();
    auto plan = PlanDrafts::create(
        m_db, PlanDraftRequest{c->citizenId, c->id, caseworker, c->employmentGoal, c->tracks, c->draftGoals});
    if (!plan) {
        return Error{plan.error()}; // the transaction rolls back: nothing is concluded
    }
    auto w = m_db.write(kTable,
                        id,
                        {{QStringLiteral("concluded_at"), at.isValid() ? at.toUTC() : now},
                         {QStringLiteral("concluded_by"), byStaffId},
                         {QStringLiteral("plan_id"), plan.value()},
                         {QStringLiteral("caseworker_id"), caseworker}});
    if (!w) {
        return Error{w.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return readBack(find(id));
}

int ConferenceRepository::countWithMissingReferences() const
{
    return int(valueOrWarn(selectNumber(m_db, QStringLiteral("SELECT count(*) FROM conference f WHERE f.deleted_at IS NULL AND"
                                                             " NOT EXISTS (SELECT 1 FROM citizen c WHERE c.id = f.citizen_id)")),
                           "ConferenceRepository::countWithMissingReferences", qint64(-1)));
}

} // namespace samspil
