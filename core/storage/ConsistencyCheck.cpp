#include "ConsistencyCheck.h"

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

} // namespace

CheckFinding ConsistencyCheck::couldNotRun()
{
    return {CheckFinding::Severity::Error,
            tr("A check could not run because the database reported an error; the error is in the program's log.")};
}

int ConsistencyCheck::count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (Database::checkRead(q.exec(sql), q, "ConsistencyCheck") && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
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

QVector<CheckFinding> ConsistencyCheck::run(Database& db)
{
    using S = CheckFinding::Severity;
    QVector<CheckFinding> out;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            out.append({S::Error, tr("SQLite's integrity check could not run: %1").arg(q.lastError().text())});
        } else {
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QLatin1String("ok")) {
                    out.append({S::Error, tr("SQLite integrity check: %1").arg(line)});
                }
            }
        }
        if (!Database::checkRead(q.exec(QStringLiteral("PRAGMA foreign_key_check")), q, "ConsistencyCheck")) {
            out.append(couldNotRun());
        } else if (q.next()) {
            out.append({S::Error, tr("SQLite found rows that point at missing rows in table %1.").arg(q.value(0).toString())});
        }
    }
    {
        QSqlQuery q(db.sql());
        if (!Database::checkRead(q.exec(QStringLiteral("SELECT DISTINCT tbl FROM change_log")), q, "ConsistencyCheck")) {
            out.append(couldNotRun());
        }
        while (q.next()) {
            if (!Schema::table(q.value(0).toString())) {
                out.append({S::Error, tr("The change log names an unknown table “%1”.").arg(q.value(0).toString())});
            }
        }
    }
    for (const auto& check : extraChecks()) {
        out += check(db);
    }
    return out;
}

} // namespace samspil
