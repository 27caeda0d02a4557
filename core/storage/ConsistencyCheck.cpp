#include "ConsistencyCheck.h"

#include "core/Modules.h"

#include "core/domain/Catalogue.h"
#include "core/domain/Cpr.h"
#include "core/domain/Staff.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace samspil {

namespace {

std::vector<ConsistencyCheck::Extra>& extraChecks()
{
    static std::vector<ConsistencyCheck::Extra> checks;
    return checks;
}

/// The count a query gives, or -1 when it fails (with a warning in the log).
int countOf(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!Database::checkRead(q.exec(sql), q, "ConsistencyCheck")) {
        return -1;
    }
    if (q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

/// A count's finding: `found` when the count is above 0, couldNotRun() when it failed.
void addCount(QVector<CheckFinding>& out, int n, const std::function<CheckFinding(int)>& found)
{
    if (n > 0) {
        out.append(found(n));
    } else if (n < 0) {
        out.append(ConsistencyCheck::couldNotRun());
    }
}

} // namespace

CheckFinding ConsistencyCheck::couldNotRun()
{
    return {CheckFinding::Severity::Error,
            tr("A check could not run because the database reported an error; the error is in the program's log.")};
}

void ConsistencyCheck::registerCheck(Extra check)
{
    extraChecks().push_back(std::move(check));
}

bool ConsistencyCheck::sound(const QVector<CheckFinding>& findings)
{
    return std::none_of(findings.begin(), findings.end(), [](const CheckFinding& f) {
        return f.severity == CheckFinding::Severity::Error;
    });
}

QJsonObject ConsistencyCheck::toJson(const QVector<CheckFinding>& findings)
{
    QJsonArray errors;
    QJsonArray warnings;
    for (const auto& f : findings) {
        (f.severity == CheckFinding::Severity::Error ? errors : warnings).append(f.message);
    }
    return {{QStringLiteral("sound"), sound(findings)},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), warnings}};
}

namespace {

using S = CheckFinding::Severity;

/// SQLite's own checks: the file's integrity and the foreign keys.
void checkSqlite(Database& db, QVector<CheckFinding>& out)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        out.append({S::Error, ConsistencyCheck::tr("SQLite's integrity check could not run: %1").arg(q.lastError().text())});
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok")) {
                out.append({S::Error, ConsistencyCheck::tr("SQLite integrity check: %1").arg(line)});
            }
        }
    }
    if (!Database::checkRead(q.exec(QStringLiteral("PRAGMA foreign_key_check")), q, "ConsistencyCheck")) {
        out.append(ConsistencyCheck::couldNotRun());
    } else if (q.next()) {
        out.append({S::Error, ConsistencyCheck::tr("SQLite found rows that point at missing rows in table %1.")
                                  .arg(q.value(0).toString())});
    }
}

/// Every live citizen's CPR number, benefit, target group and status.
void checkCitizens(Database& db, QVector<CheckFinding>& out)
{
    const auto& catalogue = BenefitCatalogue::shipped();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!Database::checkRead(
            q.exec(QStringLiteral("SELECT cpr, benefit, target_group, status FROM citizen WHERE deleted_at IS NULL")),
            q,
            "ConsistencyCheck")) {
        out.append(ConsistencyCheck::couldNotRun());
        return;
    }
    int badCpr = 0;
    int badBenefit = 0;
    int badTarget = 0;
    int badStatus = 0;
    const QDate today = db.clock().today();
    while (q.next()) {
        badCpr += Cpr::parse(q.value(0).toString(), today).ok() ? 0 : 1;
        badBenefit += catalogue.benefit(q.value(1).toString()) ? 0 : 1;
        badTarget += q.value(2).isNull() || catalogue.targetGroup(q.value(2).toString()) ? 0 : 1;
        const QString status = q.value(3).toString();
        badStatus += status == QLatin1String("active") || status == QLatin1String("closed") ? 0 : 1;
    }
    if (badCpr) {
        out.append({S::Error, ConsistencyCheck::tr("%n citizen(s) have a CPR number that does not validate.", nullptr, badCpr)});
    }
    if (badBenefit) {
        out.append({S::Error, ConsistencyCheck::tr("%n citizen(s) have a benefit that is not in the catalogue.", nullptr, badBenefit)});
    }
    if (badTarget) {
        out.append({S::Error, ConsistencyCheck::tr("%n citizen(s) have an unknown target group.", nullptr, badTarget)});
    }
    if (badStatus) {
        out.append({S::Error, ConsistencyCheck::tr("%n citizen(s) have an unknown status.", nullptr, badStatus)});
    }
}

/// Doubles and dangling references that syncs between PCs can leave behind.
void checkDoubles(Database& db, QVector<CheckFinding>& out)
{
    addCount(out,
             countOf(db,
                     QStringLiteral("SELECT count(*) FROM (SELECT cpr FROM citizen WHERE deleted_at IS NULL "
                                    "GROUP BY cpr HAVING count(*) > 1)")),
             [](int n) {
                 return CheckFinding{
                     S::Warning,
                     ConsistencyCheck::tr("%n CPR number(s) belong to more than one citizen record "
                                          "(created on two PCs before they synced); merge them by hand.",
                                          nullptr,
                                          n)};
             });
    addCount(out,
             countOf(db,
                     QStringLiteral("SELECT count(*) FROM citizen c WHERE c.deleted_at IS NULL AND "
                                    "c.caseworker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM staff s "
                                    "WHERE s.id = c.caseworker_id AND s.deleted_at IS NULL)")),
             [](int n) {
                 return CheckFinding{
                     S::Warning,
                     ConsistencyCheck::tr("%n citizen(s) have a caseworker who is not (yet) known here; "
                                          "a sync may bring the staff record.",
                                          nullptr,
                                          n)};
             });
    addCount(out,
             countOf(db,
                     QStringLiteral("SELECT count(*) FROM (SELECT initials FROM staff WHERE deleted_at IS NULL "
                                    "GROUP BY initials HAVING count(*) > 1)")),
             [](int n) {
                 return CheckFinding{S::Warning,
                                     ConsistencyCheck::tr("%n set(s) of initials are used by more than "
                                                          "one staff member.",
                                                          nullptr,
                                                          n)};
             });
}

/// Codes only this version of Samspil can judge: staff professions and the change log's tables.
void checkCodes(Database& db, QVector<CheckFinding>& out)
{
    {
        QSqlQuery q(db.sql());
        if (!Database::checkRead(
                q.exec(QStringLiteral("SELECT DISTINCT profession FROM staff WHERE deleted_at IS NULL")),
                q,
                "ConsistencyCheck")) {
            out.append(ConsistencyCheck::couldNotRun());
        }
        while (q.next()) {
            if (!Professions::fromCode(q.value(0).toString())) {
                out.append({S::Error, ConsistencyCheck::tr("A staff member has the unknown profession “%1”.")
                                          .arg(q.value(0).toString())});
            }
        }
    }
    {
        QSqlQuery q(db.sql());
        if (!Database::checkRead(
                q.exec(QStringLiteral("SELECT DISTINCT tbl FROM change_log")), q, "ConsistencyCheck")) {
            out.append(ConsistencyCheck::couldNotRun());
        }
        while (q.next()) {
            if (!Schema::table(q.value(0).toString())) {
                out.append({S::Error, ConsistencyCheck::tr("The change log names an unknown table “%1”.")
                                          .arg(q.value(0).toString())});
            }
        }
    }
}

} // namespace

QVector<CheckFinding> ConsistencyCheck::run(Database& db)
{
    registerCoreModules();
    QVector<CheckFinding> out;
    checkSqlite(db, out);
    checkCitizens(db, out);
    checkDoubles(db, out);
    checkCodes(db, out);
    for (const auto& check : extraChecks()) {
        out += check(db);
    }
    return out;
}

} // namespace samspil
