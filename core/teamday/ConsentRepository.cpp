#include "ConsentRepository.h"

#include "core/citizen/CitizenRepository.h"
#include "core/storage/Select.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"

#include <QSqlQuery>

namespace samspil {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, citizen_id, given_on, scope, form, withdrawn_on, recorded_by FROM consent WHERE deleted_at IS NULL");

Consent readConsent(const QSqlQuery& q)
{
    Consent c;
    c.id = q.value(0).toString();
    c.citizenId = q.value(1).toString();
    c.givenOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.scope = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.form = ConsentForms::fromCode(q.value(4).toString()).value_or(ConsentForm::Written);
    c.withdrawnOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.recordedBy = q.value(6).toString();
    return c;
}

/// The citizen's newest consent record; nothing when there is none, an error when the read failed.
Result<std::optional<Consent>> readCurrent(Database& db, const QString& citizenId)
{
    return selectOne<Consent>(db, kSelect + QStringLiteral(" AND citizen_id = ? ORDER BY recorded_at DESC, id DESC LIMIT 1"),
                              {citizenId}, readConsent);
}
} // namespace

std::optional<Consent> ConsentRepository::current(const QString& citizenId) const
{
    return valueOrWarn(readCurrent(m_db, citizenId), "ConsentRepository::current");
}

QVector<Consent> ConsentRepository::history(const QString& citizenId) const
{
    return valueOrWarn(select<Consent>(m_db, kSelect + QStringLiteral(" AND citizen_id = ? ORDER BY recorded_at, id"), {citizenId},
                                       readConsent),
                       "ConsentRepository::history");
}

QHash<QString, Consent> ConsentRepository::currentForAll() const
{
    const auto all = valueOrWarn(select<Consent>(m_db, kSelect + QStringLiteral(" ORDER BY recorded_at, id"), {}, readConsent),
                                 "ConsentRepository::currentForAll");
    QHash<QString, Consent> out;
    for (const Consent& c : all) {
        out.insert(c.citizenId, c); // the newest record last, so it wins
    }
    return out;
}

Result<Consent> ConsentRepository::give(Consent c)
{
    if (!CitizenRepository(m_db).get(c.citizenId)) {
        return fail(tr("The citizen does not exist."));
    }
    if (!c.givenOn.isValid()) {
        return fail(tr("Enter the date the consent was given."));
    }
    if (c.givenOn > m_db.clock().today()) {
        return fail(tr("The consent date %1 lies in the future.").arg(formatDate(c.givenOn)));
    }
    c.scope.removeDuplicates();
    c.scope.removeAll(QString());
    if (c.scope.isEmpty()) {
        return fail(tr("Choose which professions the consent covers."));
    }
    for (const auto& p : c.scope) {
        if (!Professions::fromCode(p)) {
            return fail(tr("Unknown profession in the consent: %1").arg(p));
        }
    }
    c.id = newUuid();
    c.withdrawnOn = QDate();
    if (c.recordedBy.isEmpty()) {
        c.recordedBy = m_db.actor();
    }
    auto tx = m_db.transaction();
    auto w = m_db.insertNew(QStringLiteral("consent"), c.id,
                            {{QStringLiteral("citizen_id"), c.citizenId},
                             {QStringLiteral("given_on"), c.givenOn},
                             {QStringLiteral("scope"), c.scope.join(QLatin1Char(','))},
                             {QStringLiteral("form"), ConsentForms::code(c.form)},
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

Status ConsentRepository::mayWithdraw(const QDate& givenOn, const QDate& withdrawnOn, const QDate& on,
                                      const QDate& today)
{
    if (!givenOn.isValid() || withdrawnOn.isValid()) {
        return fail(tr("There is no consent in force to withdraw."));
    }
    if (!on.isValid() || on < givenOn || on > today) {
        return fail(tr("The withdrawal date must lie between the consent date and today."));
    }
    return {};
}

Status ConsentRepository::withdraw(const QString& citizenId, const QDate& on)
{
    const auto found = readCurrent(m_db, citizenId);
    if (!found) {
        return Error{found.error()};
    }
    const auto& c = found.value();
    if (auto allowed = mayWithdraw(c ? c->givenOn : QDate(), c ? c->withdrawnOn : QDate(), on, m_db.clock().today());
        !allowed) {
        return allowed;
    }
    auto tx = m_db.transaction();
    auto w = m_db.write(QStringLiteral("consent"), c->id, {{QStringLiteral("withdrawn_on"), on}});
    if (!w) {
        return Error{w.error()};
    }
    return tx.commit();
}

} // namespace samspil
