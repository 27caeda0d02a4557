#include "CitizenRepository.h"

#include "core/citizen/Catalogue.h"

#include "core/citizen/Cpr.h"
#include "core/storage/RawQuery.h"
#include "core/storage/Select.h"
#include "core/util/Dates.h"
#include "core/util/Uuid.h"

#include <QSqlQuery>

namespace samspil {

namespace {

#define SAMSPIL_CITIZEN_COLUMNS                                                                                \
    "c.id, c.cpr, c.name, c.phone, c.email, c.benefit, c.benefit_start, c.target_group, c.caseworker_id, c.status, " \
    "c.created_at, c.updated_at, c.outcome, c.outcome_date"

// Read on the raw handle: the caseload reads every citizen on each load, and Qt Sql's QVariant
// per value costs more than the query itself.
Citizen readCitizen(const RawQuery& q)
{
    Citizen c;
    c.id = q.ascii(0);
    c.cpr = q.ascii(1);
    c.name = q.text(2);
    c.phone = q.text(3);
    c.email = q.text(4);
    c.benefit = q.text(5);
    c.benefitStart = q.date(6);
    c.targetGroup = q.text(7);
    c.caseworkerId = q.ascii(8);
    c.status = CitizenRules::statusFromCode(q.ascii(9));
    c.createdAt = parseStoredDateTime(q.ascii(10));
    c.updatedAt = parseStoredDateTime(q.ascii(11));
    c.outcome = q.text(12);
    c.outcomeDate = q.date(13);
    return c;
}

QString readText(const QSqlQuery& q)
{
    return q.value(0).toString();
}

QStringList messages(const QVector<FieldIssue>& issues, bool blocking)
{
    QStringList out;
    for (const auto& i : issues) {
        if (i.blocking == blocking) {
            out << i.message;
        }
    }
    return out;
}

} // namespace

std::optional<Citizen> CitizenRepository::get(const QString& id) const
{
    // Asked for one citizen at a time by every step that needs one (the demo asks tens of
    // thousands of times): prepared once per connection, and reset at once so that it holds no
    // read open.
    static const QString sql =
        QStringLiteral("SELECT " SAMSPIL_CITIZEN_COLUMNS " FROM citizen c WHERE c.id = ? AND c.deleted_at IS NULL");
    RawQuery& q = m_db.raw(sql);
    q.bind(0, id);
    std::optional<Citizen> out;
    if (q.next()) {
        out = readCitizen(q);
    }
    q.reset();
    return out;
}

std::optional<Citizen> CitizenRepository::findByCpr(const QString& cpr) const
{
    RawQuery q(m_db, "SELECT " SAMSPIL_CITIZEN_COLUMNS
                     " FROM citizen c WHERE c.cpr = ? AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1");
    q.bind(0, Cpr::digitsOf(cpr));
    if (q.next()) {
        return readCitizen(q);
    }
    return std::nullopt;
}

QString CitizenRepository::idByCprIncludingDeleted(const QString& cpr) const
{
    return valueOrWarn(selectOne<QString>(m_db,
                                          QStringLiteral("SELECT id FROM citizen WHERE cpr = ? "
                                                         "ORDER BY deleted_at IS NOT NULL, id LIMIT 1"),
                                          {Cpr::digitsOf(cpr)}, readText),
                       "CitizenRepository::idByCprIncludingDeleted")
        .value_or(QString());
}

bool CitizenRepository::noneEver() const
{
    return valueOrWarn(selectNumber(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM citizen)")), "CitizenRepository::noneEver",
                       qint64(1))
        == 0;
}

QVector<Citizen> CitizenRepository::all() const
{
    QVector<Citizen> out;
    RawQuery q(m_db, "SELECT " SAMSPIL_CITIZEN_COLUMNS
                     " FROM citizen c WHERE c.deleted_at IS NULL ORDER BY c.name COLLATE NOCASE, c.id");
    while (q.next()) {
        out.append(readCitizen(q));
    }
    return out;
}

QStringList CitizenRepository::idsInNameOrder() const
{
    return valueOrWarn(select<QString>(m_db,
                                       QStringLiteral("SELECT id FROM citizen WHERE deleted_at IS NULL "
                                                      "ORDER BY name COLLATE NOCASE, id"),
                                       {}, readText),
                       "CitizenRepository::idsInNameOrder");
}

QVector<CaseloadEntry> CitizenRepository::caseload() const
{
    QVector<CaseloadEntry> out;
    RawQuery q(m_db, "SELECT " SAMSPIL_CITIZEN_COLUMNS ", s.initials, s.name FROM citizen c "
                     "LEFT JOIN staff s ON s.id = c.caseworker_id AND s.deleted_at IS NULL "
                     "WHERE c.deleted_at IS NULL");
    while (q.next()) {
        out.append({readCitizen(q), q.text(14), q.text(15)});
    }
    return out;
}

#undef SAMSPIL_CITIZEN_COLUMNS

QHash<QString, QString> CitizenRepository::idsByCpr() const
{
    using Pair = std::pair<QString, QString>;
    const auto rows = valueOrWarn(
        select<Pair>(m_db, QStringLiteral("SELECT cpr, id FROM citizen WHERE deleted_at IS NULL ORDER BY id DESC"), {},
                     [](const QSqlQuery& q) { return Pair{q.value(0).toString(), q.value(1).toString()}; }),
        "CitizenRepository::idsByCpr");
    // Newest id last wins on a (should-not-happen) duplicate, as before.
    QHash<QString, QString> out;
    for (const auto& [cpr, id] : rows) {
        out.insert(cpr, id);
    }
    return out;
}

QSet<QString> CitizenRepository::allCprNumbers() const
{
    const auto cprs = valueOrWarn(select<QString>(m_db, QStringLiteral("SELECT cpr FROM citizen"), {}, readText),
                                  "CitizenRepository::allCprNumbers");
    return QSet<QString>(cprs.cbegin(), cprs.cend());
}

QStringList CitizenRepository::idsInCprOrder() const
{
    return valueOrWarn(
        select<QString>(m_db, QStringLiteral("SELECT id FROM citizen WHERE deleted_at IS NULL ORDER BY cpr, id"), {}, readText),
        "CitizenRepository::idsInCprOrder");
}

int CitizenRepository::countForCaseworker(const QString& staffId, bool activeOnly) const
{
    return int(valueOrWarn(
        selectNumber(m_db,
                     QStringLiteral("SELECT count(*) FROM citizen WHERE caseworker_id = ? AND deleted_at IS NULL %1")
                         .arg(activeOnly ? QStringLiteral("AND coalesce(status, 'active') = 'active'") : QString()),
                     {staffId}),
        "CitizenRepository::countForCaseworker"));
}

QVector<FieldIssue> CitizenRepository::validate(const Citizen& c) const
{
    auto issues = CitizenRules::validate(c, m_db.clock().today(), m_catalogue);
    const QString digits = Cpr::digitsOf(c.cpr);
    if (digits.size() == 10) {
        if (auto other = findByCpr(digits); other && other->id != c.id) {
            issues.append({QStringLiteral("cpr"),
                           tr("A citizen with CPR number %1 already exists (%2).").arg(Cpr::format(digits), other->name),
                           true});
        }
    }
    if (!c.caseworkerId.isEmpty()) {
        // A read that fails counts as "not found" (as before), with a warning in the log.
        const auto found = valueOrWarn(selectNumber(m_db, QStringLiteral("SELECT count(*) FROM staff WHERE id = ? AND deleted_at IS NULL"),
                                                    {c.caseworkerId}),
                                       "CitizenRepository::validate");
        if (found == 0) {
            issues.append({QStringLiteral("caseworker_id"), tr("The chosen caseworker does not exist."), true});
        }
    }
    return issues;
}

QVariantMap CitizenRepository::fields(const Citizen& c)
{
    return {{QStringLiteral("cpr"), Cpr::digitsOf(c.cpr)},
            {QStringLiteral("name"), c.name.trimmed()},
            {QStringLiteral("phone"), c.phone.trimmed()},
            {QStringLiteral("email"), c.email.trimmed()},
            {QStringLiteral("benefit"), c.benefit},
            {QStringLiteral("benefit_start"), c.benefitStart},
            {QStringLiteral("target_group"), c.targetGroup},
            {QStringLiteral("caseworker_id"), c.caseworkerId},
            {QStringLiteral("status"), CitizenRules::statusCode(c.status)}};
}

Result<Citizen> CitizenRepository::create(Citizen c, QStringList* warnings)
{
    c.id.clear();
    const auto issues = validate(c);
    if (CitizenRules::hasBlocking(issues)) {
        return fail(messages(issues, true).join(QLatin1Char(' ')));
    }
    if (warnings) {
        *warnings = messages(issues, false);
    }
    c.id = newUuid();
    c.cpr = Cpr::digitsOf(c.cpr);
    c.createdAt = m_db.clock().now();
    auto values = fields(c);
    values.insert(QStringLiteral("created_at"), c.createdAt);
    auto r = m_db.write(QStringLiteral("citizen"), c.id, values);
    if (!r) {
        return Error{r.error()};
    }
    return c;
}

Result<QStringList> CitizenRepository::update(const Citizen& c, QStringList* warnings)
{
    if (!get(c.id)) {
        return fail(tr("This citizen no longer exists; the change was not saved."));
    }
    const auto issues = validate(c);
    if (CitizenRules::hasBlocking(issues)) {
        return fail(messages(issues, true).join(QLatin1Char(' ')));
    }
    if (warnings) {
        *warnings = messages(issues, false);
    }
    return m_db.write(QStringLiteral("citizen"), c.id, fields(c));
}

Status CitizenRepository::setStatus(const QString& id, CitizenStatus status)
{
    if (!get(id)) {
        return fail(tr("This citizen no longer exists."));
    }
    auto r = m_db.write(QStringLiteral("citizen"), id, {{QStringLiteral("status"), CitizenRules::statusCode(status)}});
    return r ? Status{} : Status{Error{r.error()}};
}

Status CitizenRepository::closeCase(const QString& id, const QString& outcome, const QDate& date)
{
    const auto c = get(id);
    if (!c) {
        return fail(tr("This citizen no longer exists."));
    }
    if (!Outcomes::isValid(outcome)) {
        return fail(tr("Choose how the course ended."));
    }
    if (!date.isValid()) {
        return fail(tr("Give the date the course ended."));
    }
    if (date > m_db.clock().today()) {
        return fail(tr("The course cannot end in the future (%1).").arg(formatDate(date)));
    }
    if (c->benefitStart.isValid() && date < c->benefitStart) {
        return fail(tr("The course cannot end before the benefit started (%1).").arg(formatDate(c->benefitStart)));
    }
    auto r = m_db.write(QStringLiteral("citizen"), id,
                        {{QStringLiteral("status"), CitizenRules::statusCode(CitizenStatus::Closed)},
                         {QStringLiteral("outcome"), outcome},
                         {QStringLiteral("outcome_date"), date}});
    return r ? Status{} : Status{Error{r.error()}};
}

Status CitizenRepository::reopenCase(const QString& id)
{
    if (!get(id)) {
        return fail(tr("This citizen no longer exists."));
    }
    auto r = m_db.write(QStringLiteral("citizen"), id,
                        {{QStringLiteral("status"), CitizenRules::statusCode(CitizenStatus::Active)},
                         {QStringLiteral("outcome"), QVariant()},
                         {QStringLiteral("outcome_date"), QVariant()}});
    return r ? Status{} : Status{Error{r.error()}};
}

Status CitizenRepository::remove(const QString& id)
{
    return m_db.softDelete(QStringLiteral("citizen"), id);
}

QVector<CheckFinding> CitizenRepository::check(Database& db)
{
    using S = CheckFinding::Severity;
    QVector<CheckFinding> out;
    const auto& catalogue = BenefitCatalogue::shipped();
    {
        struct Codes
        {
            QString cpr, benefit;
            QVariant targetGroup;
            QString status;
        };
        const auto rows = select<Codes>(
            db, QStringLiteral("SELECT cpr, benefit, target_group, status FROM citizen WHERE deleted_at IS NULL"), {},
            [](const QSqlQuery& q) { return Codes{q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3).toString()}; });
        if (!rows) {
            out.append(ConsistencyCheck::couldNotRun());
        }
        int badCpr = 0;
        int badBenefit = 0;
        int badTarget = 0;
        int badStatus = 0;
        const QDate today = db.clock().today();
        for (const Codes& c : rows ? rows.value() : QVector<Codes>{}) {
            badCpr += Cpr::parse(c.cpr, today).ok() ? 0 : 1;
            badBenefit += catalogue.benefit(c.benefit) ? 0 : 1;
            badTarget += c.targetGroup.isNull() || catalogue.targetGroup(c.targetGroup.toString()) ? 0 : 1;
            badStatus += c.status == QLatin1String("active") || c.status == QLatin1String("closed") ? 0 : 1;
        }
        if (badCpr) {
            out.append({S::Error, QCoreApplication::translate("ConsistencyCheck", "%n citizen(s) have a CPR number that does not validate.", nullptr, badCpr)});
        }
        if (badBenefit) {
            out.append({S::Error, QCoreApplication::translate("ConsistencyCheck", "%n citizen(s) have a benefit that is not in the catalogue.", nullptr, badBenefit)});
        }
        if (badTarget) {
            out.append({S::Error, QCoreApplication::translate("ConsistencyCheck", "%n citizen(s) have an unknown target group.", nullptr, badTarget)});
        }
        if (badStatus) {
            out.append({S::Error, QCoreApplication::translate("ConsistencyCheck", "%n citizen(s) have an unknown status.", nullptr, badStatus)});
        }
    }
    if (int n = ConsistencyCheck::count(db, QStringLiteral("SELECT count(*) FROM (SELECT cpr FROM citizen WHERE deleted_at IS NULL "
                                           "GROUP BY cpr HAVING count(*) > 1)"));
        n != 0) {
        if (n < 0) {
            out.append(ConsistencyCheck::couldNotRun());
        } else {
            out.append({S::Warning,
                        QCoreApplication::translate("ConsistencyCheck", "%n CPR number(s) belong to more than one citizen record (created on two PCs before they "
                           "synced); merge them by hand.",
                           nullptr,
                           n)});
        }
    }
    if (int n = ConsistencyCheck::count(db, QStringLiteral("SELECT count(*) FROM citizen c WHERE c.deleted_at IS NULL AND "
                                           "c.caseworker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM staff s "
                                           "WHERE s.id = c.caseworker_id AND s.deleted_at IS NULL)"));
        n != 0) {
        if (n < 0) {
            out.append(ConsistencyCheck::couldNotRun());
        } else {
            out.append({S::Warning,
                        QCoreApplication::translate("ConsistencyCheck", "%n citizen(s) have a caseworker who is not (yet) known here; a sync may bring the staff "
                           "record.",
                           nullptr,
                           n)});
        }
    }
    return out;
}

} // namespace samspil
