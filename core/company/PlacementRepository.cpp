#include "PlacementRepository.h"

#include "core/citizen/CitizenRepository.h"
#include "core/company/CompanyRepository.h"
#include "core/company/PlacementRules.h"
#include "core/storage/RawQuery.h"
#include "core/storage/Select.h"
#include "core/teamday/ConsentRepository.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"

#include <QSqlQuery>

namespace samspil {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT p.id, p.citizen_id, p.company_id, p.offer_id, p.kind, p.start_date, p.end_date, p.hours_per_week, p.tasks,"
    " p.accommodations, p.accommodation_note, p.contact_id, p.mentor, p.follow_ups, p.outcome, p.outcome_date,"
    " p.outcome_reason, p.goal_lineage, p.intervention_id, p.consultant_id, p.created_at, c.name, c.cvr"
    " FROM placement p LEFT JOIN company c ON c.id = p.company_id WHERE p.deleted_at IS NULL");

QDate isoDate(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<Placement> readPlacement(const QSqlQuery& q)
{
    const auto kind = PlacementKinds::fromCode(q.value(4).toString());
    if (!kind) {
        return std::nullopt;
    }
    Placement p;
    p.id = q.value(0).toString();
    p.citizenId = q.value(1).toString();
    p.companyId = q.value(2).toString();
    p.offerId = q.value(3).toString();
    p.kind = *kind;
    p.from = isoDate(q.value(5));
    p.to = isoDate(q.value(6));
    p.hoursPerWeek = q.value(7).toDouble();
    p.tasks = q.value(8).toString();
    p.accommodations = q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.accommodationNote = q.value(10).toString();
    p.contactId = q.value(11).toString();
    p.mentor = q.value(12).toString();
    p.followUps = Placement::followUpsFromJson(q.value(13).toString());
    p.outcome = PlacementKinds::outcomeFromCode(q.value(14).toString());
    p.outcomeDate = isoDate(q.value(15));
    p.outcomeReason = q.value(16).toString();
    p.goalLineage = q.value(17).toString();
    p.interventionId = q.value(18).toString();
    p.consultantId = q.value(19).toString();
    p.createdAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);
    p.companyName = q.value(21).toString();
    p.companyCvr = q.value(22).toString();
    return p;
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariantMap placementValues(const Placement& p)
{
    return {{QStringLiteral("citizen_id"), p.citizenId},
            {QStringLiteral("company_id"), p.companyId},
            {QStringLiteral("offer_id"), p.offerId},
            {QStringLiteral("kind"), PlacementKinds::code(p.kind)},
            {QStringLiteral("start_date"), dateOrNull(p.from)},
            {QStringLiteral("end_date"), dateOrNull(p.to)},
            {QStringLiteral("hours_per_week"), p.hoursPerWeek > 0 ? QVariant(p.hoursPerWeek) : QVariant()},
            {QStringLiteral("tasks"), p.tasks.trimmed()},
            {QStringLiteral("accommodations"), p.accommodations.join(QLatin1Char(','))},
            {QStringLiteral("accommodation_note"), p.accommodationNote.trimmed()},
            {QStringLiteral("contact_id"), p.contactId},
            {QStringLiteral("mentor"), p.mentor.trimmed()},
            {QStringLiteral("follow_ups"), p.followUpsJson()},
            {QStringLiteral("outcome"), p.outcome ? PlacementKinds::outcomeCode(*p.outcome) : QString()},
            {QStringLiteral("outcome_date"), dateOrNull(p.outcomeDate)},
            {QStringLiteral("outcome_reason"), p.outcomeReason.trimmed()},
            {QStringLiteral("goal_lineage"), p.goalLineage},
            {QStringLiteral("intervention_id"), p.interventionId},
            {QStringLiteral("consultant_id"), p.consultantId}};
}
} // namespace

Result<QVector<Placement>> PlacementRepository::read(const QString& where, const QVariantList& binds) const
{
    if (auto allowed = m_db.require(Capability::ReadCitizens); !allowed) {
        return Error{allowed.error()};
    }
    return select<Placement>(m_db, kSelect + where, binds, readPlacement);
}

Result<std::optional<Placement>> PlacementRepository::get(const QString& id) const
{
    auto found = read(QStringLiteral(" AND p.id = ?"), {id});
    if (!found) {
        return Error{found.error()};
    }
    return found->isEmpty() ? std::optional<Placement>{} : std::optional<Placement>{found->first()};
}

Result<QVector<Placement>> PlacementRepository::forCitizen(const QString& citizenId) const
{
    return read(QStringLiteral(" AND p.citizen_id = ? ORDER BY p.start_date DESC, p.id"), {citizenId});
}

Result<QVector<Placement>> PlacementRepository::forCompany(const QString& companyId) const
{
    return read(QStringLiteral(" AND p.company_id = ? ORDER BY p.start_date DESC, p.id"), {companyId});
}

Result<QVector<Placement>> PlacementRepository::all() const
{
    return read(QStringLiteral(" ORDER BY p.start_date, p.id"), {});
}

Result<QVector<Placement>> PlacementRepository::openForFacts(const QString& citizenId) const
{
    if (auto allowed = m_db.require(Capability::ReadCitizens); !allowed) {
        return Error{allowed.error()};
    }
    RawQuery q(m_db, QByteArray("SELECT citizen_id, kind, end_date, follow_ups, outcome FROM placement WHERE deleted_at IS NULL")
                         + (citizenId.isEmpty() ? QByteArray() : QByteArray(" AND citizen_id = ?")));
    if (!citizenId.isEmpty()) {
        q.bind(0, citizenId);
    }
    QVector<Placement> out;
    while (q.next()) {
        // As readPlacement: a kind it does not know is skipped, the outcome and dates read alike.
        const auto kind = PlacementKinds::fromCode(q.text(1));
        if (!kind || PlacementKinds::outcomeFromCode(q.text(4))) {
            continue;
        }
        Placement p;
        p.citizenId = q.ascii(0);
        p.kind = *kind;
        p.to = QDate::fromString(q.text(2), Qt::ISODate);
        if (!q.isNull(3)) {
            p.followUps = Placement::followUpsFromJson(q.text(3));
        }
        out.append(std::move(p));
    }
    if (!q.ok()) {
        return fail(q.error());
    }
    return out;
}

Result<Placement> PlacementRepository::save(Placement p)
{
    if (auto allowed = m_db.require(Capability::WriteCitizens); !allowed) {
        return Error{allowed.error()};
    }
    if (const QStringList problems = PlacementRules::problems(p, m_db.clock().today()); !problems.isEmpty()) {
        return fail(problems.join(QLatin1Char('\n')));
    }
    if (!CitizenRepository(m_db).get(p.citizenId)) {
        return fail(tr("The citizen does not exist."));
    }
    auto company = CompanyRepository(m_db).get(p.companyId);
    if (!company) {
        return Error{company.error()};
    }
    if (!*company) {
        return fail(tr("The company does not exist; it may have been removed on another PC."));
    }
    if (!p.contactId.isEmpty()
        && std::none_of((*company)->contacts.cbegin(), (*company)->contacts.cend(),
                        [&](const CompanyContact& c) { return c.id == p.contactId; })) {
        return fail(tr("The contact person is not one of the company's."));
    }
    const bool isNew = p.id.isEmpty();
    if (isNew) {
        p.id = newUuid();
        if (p.consultantId.isEmpty()) {
            p.consultantId = (*company)->consultantId;
        }
    }
    auto tx = m_db.transaction();
    QVariantMap values = placementValues(p);
    if (isNew) {
        values.insert(QStringLiteral("created_at"), m_db.clock().now());
    }
    if (auto w = isNew ? m_db.insertNew(QStringLiteral("placement"), p.id, values)
                       : m_db.write(QStringLiteral("placement"), p.id, values);
        !w) {
        return Error{w.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    auto saved = get(p.id);
    if (!saved || !*saved) {
        return fail(tr("The placement was saved but could not be read back."));
    }
    return **saved;
}

Status PlacementRepository::end(const QString& id, PlacementOutcome outcome, const QDate& on, const QString& reason)
{
    auto found = get(id);
    if (!found) {
        return Error{found.error()};
    }
    if (!*found) {
        return fail(tr("The placement no longer exists."));
    }
    Placement p = **found;
    p.outcome = outcome;
    p.outcomeDate = on;
    p.outcomeReason = reason;
    if (on.isValid() && on > m_db.clock().today()) {
        return fail(tr("The end date %1 lies in the future.").arg(formatDate(on)));
    }
    auto saved = save(p);
    return saved ? Status{} : Status{Error{saved.error()}};
}

Status PlacementRepository::followUpHeld(const QString& id, const QDate& date)
{
    auto found = get(id);
    if (!found) {
        return Error{found.error()};
    }
    if (!*found) {
        return fail(tr("The placement no longer exists."));
    }
    Placement p = **found;
    bool marked = false;
    for (FollowUp& f : p.followUps) {
        if (f.date == date && !f.done) {
            f.done = true;
            marked = true;
        }
    }
    if (!marked) {
        return fail(tr("No follow-up is planned on %1.").arg(formatDate(date)));
    }
    auto saved = save(p);
    return saved ? Status{} : Status{Error{saved.error()}};
}

Status PlacementRepository::remove(const QString& id)
{
    if (auto allowed = m_db.require(Capability::WriteCitizens); !allowed) {
        return allowed;
    }
    auto tx = m_db.transaction();
    if (auto s = m_db.softDelete(QStringLiteral("placement"), id); !s) {
        return s;
    }
    return tx.commit();
}

// --- the consent scope "company" ------------------------------------------------------------

namespace {
const QString kConsent = QStringLiteral("SELECT id, citizen_id, company_id, given_on, shared_health, withdrawn_on,"
                                        " recorded_by FROM company_consent WHERE deleted_at IS NULL");

CompanyConsent readConsent(const QSqlQuery& q)
{
    CompanyConsent c;
    c.id = q.value(0).toString();
    c.citizenId = q.value(1).toString();
    c.companyId = q.value(2).toString();
    c.givenOn = isoDate(q.value(3));
    c.sharedHealth = q.value(4).toString();
    c.withdrawnOn = isoDate(q.value(5));
    c.recordedBy = q.value(6).toString();
    return c;
}
} // namespace

Result<std::optional<CompanyConsent>> CompanyConsentRepository::current(const QString& citizenId,
                                                                          const QString& companyId) const
{
    if (auto allowed = m_db.require(Capability::ReadCitizens); !allowed) {
        return Error{allowed.error()};
    }
    return selectOne<CompanyConsent>(
        m_db, kConsent + QStringLiteral(" AND citizen_id = ? AND company_id = ? ORDER BY recorded_at DESC, id DESC LIMIT 1"),
        {citizenId, companyId}, readConsent);
}

Result<QVector<CompanyConsent>> CompanyConsentRepository::history(const QString& citizenId) const
{
    if (auto allowed = m_db.require(Capability::ReadCitizens); !allowed) {
        return Error{allowed.error()};
    }
    return select<CompanyConsent>(m_db, kConsent + QStringLiteral(" AND citizen_id = ? ORDER BY recorded_at, id"),
                                  {citizenId}, readConsent);
}

Result<CompanyConsent> CompanyConsentRepository::give(CompanyConsent c)
{
    if (auto allowed = m_db.require(Capability::WriteCitizens); !allowed) {
        return Error{allowed.error()};
    }
    if (!CitizenRepository(m_db).get(c.citizenId)) {
        return fail(tr("The citizen does not exist."));
    }
    auto company = CompanyRepository(m_db).get(c.companyId);
    if (!company) {
        return Error{company.error()};
    }
    if (!*company) {
        return fail(tr("The company does not exist."));
    }
    if (!c.givenOn.isValid()) {
        return fail(tr("Enter the date the consent was given."));
    }
    if (c.givenOn > m_db.clock().today()) {
        return fail(tr("The consent date %1 lies in the future.").arg(formatDate(c.givenOn)));
    }
    c.sharedHealth = c.sharedHealth.trimmed();
    if (c.sharedHealth.isEmpty()) {
        return fail(tr("Write what the citizen agrees the company may know about their health."));
    }
    c.id = newUuid();
    c.withdrawnOn = QDate();
    if (c.recordedBy.isEmpty()) {
        c.recordedBy = m_db.actor();
    }
    auto tx = m_db.transaction();
    auto w = m_db.insertNew(QStringLiteral("company_consent"), c.id,
                            {{QStringLiteral("citizen_id"), c.citizenId},
                             {QStringLiteral("company_id"), c.companyId},
                             {QStringLiteral("given_on"), c.givenOn},
                             {QStringLiteral("shared_health"), c.sharedHealth},
                             {QStringLiteral("recorded_by"), c.recordedBy},
                             {QStringLiteral("recorded_at"), m_db.clock().now()}});
    if (!w) {
        return Error{w.error()};
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return c;
}

Status CompanyConsentRepository::withdraw(const QString& citizenId, const QString& companyId, const QDate& on)
{
    auto found = current(citizenId, companyId);
    if (!found) {
        return Error{found.error()};
    }
    const auto& c = found.value();
    if (auto allowed = ConsentRepository::mayWithdraw(c ? c->givenOn : QDate(), c ? c->withdrawnOn : QDate(), on,
                                                      m_db.clock().today());
        !allowed) {
        return allowed;
    }
    auto tx = m_db.transaction();
    if (auto w = m_db.write(QStringLiteral("company_consent"), c->id, {{QStringLiteral("withdrawn_on"), on}}); !w) {
        return Error{w.error()};
    }
    return tx.commit();
}

} // namespace samspil
