#include "RetentionRepository.h"

#include "core/citizen/Cpr.h"
#include "core/storage/RowClock.h"
#include "core/storage/Schema.h"
#include "core/util/Dates.h"
#include "core/util/Hlc.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace samspil {

namespace {

constexpr int kMaxReason = 300;

/// Whether the text names the citizen: the CPR number (with or without dash) or the name, or a
/// part of it of three letters or more, as a whole word.
bool namesCitizen(const QString& text, const QString& cpr, const QString& name)
{
    const QString digits = Cpr::digitsOf(text);
    if (!cpr.isEmpty() && (digits.contains(cpr) || text.contains(cpr.left(6)))) {
        return true;
    }
    for (const QString& part : name.split(QRegularExpression(QStringLiteral("[\\s,.-]+")), Qt::SkipEmptyParts)) {
        if (part.size() < 3) {
            continue;
        }
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(part)),
                                      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (word.match(text).hasMatch()) {
            return true;
        }
    }
    return false;
}

} // namespace

QVector<RetentionCase> RetentionRepository::readCases(const QString& where, const QVariantList& binds, int years) const
{
    QVector<RetentionCase> out;
    static const TableSpec* citizens = Schema::table(QStringLiteral("citizen"));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.cpr, c.name, c.caseworker_id, c.status, c.outcome, c.outcome_date,"
                             " c.deleted_at, c.sync_clock, c.benefit, c.benefit_start, s.name, c.created_at"
                             " FROM citizen c LEFT JOIN staff s ON s.id = c.caseworker_id WHERE %1")
                  .arg(where));
    for (const auto& b : binds) {
        q.addBindValue(b);
    }
    if (!Database::checkRead(q.exec(), q, "Erasure::readCases")) {
        return out;
    }
    while (q.next()) {
        RetentionCase rc;
        Citizen& c = rc.citizen;
        c.id = q.value(0).toString();
        c.cpr = q.value(1).toString();
        c.name = q.value(2).toString();
        c.caseworkerId = q.value(3).toString();
        c.status = CitizenRules::statusFromCode(q.value(4).toString());
        c.outcome = q.value(5).toString();
        c.outcomeDate = parseStoredDate(q.value(6).toString());
        c.benefit = q.value(9).toString();
        c.benefitStart = parseStoredDate(q.value(10).toString());
        c.createdAt = parseStoredDateTime(q.value(12).toString());
        rc.caseworkerName = q.value(11).toString();
        const QDateTime deletedAt = parseStoredDateTime(q.value(7).toString());
        rc.deleted = deletedAt.isValid();
        if (c.status == CitizenStatus::Closed) {
            rc.closedOn = c.outcomeDate;
            if (!rc.closedOn.isValid()) {
                // Closed before outcomes were recorded: the day the status was last set.
                const FieldClock status = RowClock::parse(q.value(8).toString(), *citizens).get(QStringLiteral("status"));
                rc.closedOn = status.isValid() ? Hlc::toDateTime(status.dotHlc()).toLocalTime().date()
                                               : c.createdAt.toLocalTime().date();
            }
        } else if (rc.deleted) {
            rc.closedOn = deletedAt.toLocalTime().date();
        } else {
            continue; // an open case is kept
        }
        rc.erasableFrom = rc.closedOn.addYears(years);
        out.append(rc);
    }
    return out;
}

std::optional<RetentionCase> RetentionRepository::retentionOf(const QString& citizenId, int years) const
{
    const auto cases = readCases(QStringLiteral("c.id = ?"), {citizenId}, years);
    if (cases.isEmpty()) {
        return std::nullopt;
    }
    return cases.first();
}

QVector<RetentionCase> RetentionRepository::pastRetention(int years) const
{
    const QDate today = m_db.clock().today();
    QVector<RetentionCase> out;
    for (const auto& rc : readCases(QStringLiteral("c.status = 'closed' OR c.deleted_at IS NOT NULL"), {}, years)) {
        if (rc.erasableFrom <= today) {
            out.append(rc);
        }
    }
    std::sort(out.begin(), out.end(), [](const RetentionCase& a, const RetentionCase& b) {
        return a.erasableFrom != b.erasableFrom ? a.erasableFrom < b.erasableFrom : a.citizen.cpr < b.citizen.cpr;
    });
    return out;
}

Status RetentionRepository::check(const QString& citizenId, int years, const QString& reason) const
{
    if (years < 1) {
        return fail(tr("The retention period must be at least one year."));
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT cpr, name, status, deleted_at FROM citizen WHERE id = ?"));
    q.addBindValue(citizenId);
    if (!q.exec()) {
        return Database::queryError(q);
    }
    if (!q.next()) {
        if (auto s = m_db.loadErasedCitizens(); !s) {
            return s;
        }
        if (m_db.erasedCitizens().contains(citizenId)) {
            return fail(tr("This citizen has already been erased."));
        }
        return fail(tr("The citizen does not exist."));
    }
    const QString cpr = q.value(0).toString();
    const QString name = q.value(1).toString();
    const QString text = reason.trimmed();
    if (text.size() > kMaxReason) {
        return fail(tr("Keep the reason short (at most %1 characters).").arg(kMaxReason));
    }
    if (!text.isEmpty() && namesCitizen(text, cpr, name)) {
        return fail(tr("Write the reason without the citizen's name or CPR number: the record that remains of the "
                       "erasure must not hold personal data."));
    }
    const auto rc = retentionOf(citizenId, years);
    if (rc && rc->erasableFrom <= m_db.clock().today()) {
        return {};
    }
    if (!text.isEmpty()) {
        return {};
    }
    if (!rc) {
        return fail(tr("The case is still open. Close the case first, or give the reason for erasing the citizen now."));
    }
    return fail(tr("The case was closed on %1 and is kept until %2 (%n years). To erase it before then, give the reason.",
                   nullptr, years)
                    .arg(formatDate(rc->closedOn), formatDate(rc->erasableFrom)));
}

Result<ErasureResult> RetentionRepository::erase(const QString& citizenId, int years, const QString& reason)
{
    if (auto s = check(citizenId, years, reason); !s) {
        return Error{s.error()};
    }
    const auto rc = retentionOf(citizenId, years);
    const bool due = rc && rc->erasableFrom <= m_db.clock().today();
    return Erasure(m_db).eraseCitizen(citizenId, due ? Erasure::kRetention : Erasure::kReason, reason);
}

} // namespace samspil
