#include "CitizenImporter.h"
#include "core/util/Dates.h"

#include "core/citizen/Citizen.h"
#include "core/citizen/Cpr.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Uuid.h"

#include <QJsonArray>

namespace samspil {

QJsonObject ImportReport::toJson() const
{
    QJsonArray rej;
    for (const auto& r : rejected) {
        rej.append(QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("reason"), r.reason}});
    }
    QJsonArray warn;
    for (const auto& w : warnings) {
        warn.append(QJsonObject{{QStringLiteral("line"), w.line}, {QStringLiteral("warning"), w.warning}});
    }
    return {{QStringLiteral("imported"), imported},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("rejected"), rej},
            {QStringLiteral("warnings"), warn}};
}

QByteArray ImportReport::toCsv() const
{
    auto quote = [](QString s) { return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    QString out = QStringLiteral("\uFEFF") + CitizenImporter::tr("line") + QLatin1Char(';') + CitizenImporter::tr("kind")
                  + QLatin1Char(';') + CitizenImporter::tr("message") + QStringLiteral("\r\n");
    for (const auto& r : rejected) {
        out += QString::number(r.line) + QLatin1Char(';') + quote(CitizenImporter::tr("rejected")) + QLatin1Char(';')
               + quote(r.reason) + QStringLiteral("\r\n");
    }
    for (const auto& w : warnings) {
        out += QString::number(w.line) + QLatin1Char(';') + quote(CitizenImporter::tr("warning")) + QLatin1Char(';')
               + quote(w.warning) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Result<ImportReport> CitizenImporter::importFile(const QString& path, const Progress& progress)
{
    auto table = CsvReader::readFile(path);
    if (!table) {
        return Error{table.error()};
    }
    return importTable(table.value(), progress);
}

Result<ImportReport> CitizenImporter::importData(const QByteArray& data, const Progress& progress)
{
    auto table = CsvReader::read(data);
    if (!table) {
        return Error{table.error()};
    }
    return importTable(table.value(), progress);
}

Result<ImportReport> CitizenImporter::importTable(const CsvTable& table, const Progress& progress)
{
    const int cCpr = table.column(QStringLiteral("cpr"));
    const int cName = table.column(QStringLiteral("name"));
    const int cBenefit = table.column(QStringLiteral("benefit"));
    const int cStart = table.column(QStringLiteral("benefit_start"));
    const int cCaseworker = table.column(QStringLiteral("caseworker"));
    const int cPhone = table.column(QStringLiteral("phone"));
    const int cEmail = table.column(QStringLiteral("email"));
    const int cTarget = table.column(QStringLiteral("target_group"));
    QStringList missing;
    const QList<QPair<int, QString>> required = {{cCpr, QStringLiteral("cpr")},
                                                 {cName, QStringLiteral("name")},
                                                 {cBenefit, QStringLiteral("benefit")},
                                                 {cStart, QStringLiteral("benefit_start")},
                                                 {cCaseworker, QStringLiteral("caseworker")}};
    for (const auto& [index, name] : required) {
        if (index < 0) {
            missing << name;
        }
    }
    if (!missing.isEmpty()) {
        return fail(tr("The header row lacks the column(s) %1. Expected: cpr, name, benefit, benefit_start, "
                       "caseworker, and optionally phone, email, target_group.")
                        .arg(missing.join(QLatin1String(", "))));
    }

    ImportReport report;
    if (!table.encodingWarning.isEmpty()) {
        report.warnings.append({1, table.encodingWarning});
    }

    // Look-ups done once per file rather than once per row.
    const QHash<QString, QString> staffByInitials = StaffRepository(m_db).idsByInitials();
    QHash<QString, QString> citizenByCpr = CitizenRepository(m_db, m_catalogue).idsByCpr();

    CitizenRepository citizens(m_db, m_catalogue);
    const QDate today = m_db.clock().today();
    QHash<QString, int> seenInFile;
    const int total = int(table.records.size());
    const int expectedFields = int(table.header.size());

    Database::Transaction tx(m_db);
    if (!tx.active()) {
        return fail(tr("The database is busy; nothing was imported."));
    }
    int done = 0;
    for (const auto& record : table.records) {
        if (progress && (done % 500 == 0)) {
            progress(done, total);
        }
        ++done;
        const int line = record.line;
        auto field = [&](int index) { return index >= 0 && index < record.fields.size() ? record.fields[index].trimmed() : QString(); };
        if (record.fields.size() != expectedFields) {
            report.rejected.append({line, tr("The row has %1 fields; the header has %2.").arg(record.fields.size()).arg(expectedFields)});
            continue;
        }
        auto cpr = Cpr::parse(field(cCpr), today);
        if (!cpr) {
            report.rejected.append({line, cpr.error()});
            continue;
        }
        if (auto it = seenInFile.constFind(cpr->digits); it != seenInFile.constEnd()) {
            report.rejected.append({line, tr("CPR number %1 already appeared on line %2; only the first row counts.")
                                              .arg(cpr->formatted())
                                              .arg(*it)});
            continue;
        }
        const QString name = field(cName);
        if (name.isEmpty()) {
            report.rejected.append({line, tr("The name is missing.")});
            continue;
        }
        auto benefit = m_catalogue.resolveBenefit(field(cBenefit));
        if (!benefit) {
            report.rejected.append({line, benefit.error()});
            continue;
        }
        const QDate start = CsvReader::parseDate(field(cStart));
        if (!start.isValid()) {
            report.rejected.append({line, tr("“%1” is not a date; write YYYY-MM-DD or DD-MM-YYYY.").arg(field(cStart))});
            continue;
        }
        if (start < cpr->birthDate) {
            report.rejected.append({line, tr("The benefit cannot start before the citizen was born.")});
            continue;
        }
        seenInFile.insert(cpr->digits, line);
        const QString existing = citizenByCpr.value(cpr->digits);

        QStringList rowWarnings = cpr->warnings;
        if (!benefit->warning.isEmpty()) {
            rowWarnings << benefit->warning;
        }
        if (start > today) {
            rowWarnings << tr("The benefit starts in the future (%1).").arg(formatDate(start));
        }
        QString caseworkerId;
        const QString initials = field(cCaseworker);
        if (!initials.isEmpty()) {
            caseworkerId = staffByInitials.value(initials.toUpper());
            if (caseworkerId.isEmpty()) {
                rowWarnings << (existing.isEmpty()
                                    ? tr("No staff member has the initials %1; the citizen was imported without a "
                                         "caseworker.")
                                          .arg(initials)
                                    : tr("No staff member has the initials %1; the citizen keeps the current caseworker.")
                                          .arg(initials));
            }
        }
        QVariantMap values{{QStringLiteral("cpr"), cpr->digits},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("benefit"), benefit->code},
                           {QStringLiteral("benefit_start"), start}};
        if (!caseworkerId.isEmpty()) {
            values.insert(QStringLiteral("caseworker_id"), caseworkerId);
        }
        const QString phone = field(cPhone);
        if (!phone.isEmpty()) {
            if (CitizenRules::plausiblePhone(phone)) {
                values.insert(QStringLiteral("phone"), phone);
            } else {
                rowWarnings << tr("“%1” does not look like a phone number; it was left out.").arg(phone);
            }
        }
        const QString email = field(cEmail);
        if (!email.isEmpty()) {
            if (CitizenRules::plausibleEmail(email)) {
                values.insert(QStringLiteral("email"), email);
            } else {
                rowWarnings << tr("“%1” does not look like an e-mail address; it was left out.").arg(email);
            }
        }
        const QString target = field(cTarget);
        if (!target.isEmpty()) {
            auto group = m_catalogue.resolveTargetGroup(target);
            if (group) {
                values.insert(QStringLiteral("target_group"), group->code);
            } else {
                rowWarnings << group.error();
            }
        }

        if (!existing.isEmpty()) {
            auto r = m_db.write(QStringLiteral("citizen"), existing, values);
            if (!r) {
                return fail(tr("Nothing was imported: %1").arg(r.error()));
            }
            ++report.updated;
        } else {
            const QString id = newUuid();
            values.insert(QStringLiteral("status"), CitizenRules::statusCode(CitizenStatus::Active));
            values.insert(QStringLiteral("created_at"), m_db.clock().now());
            auto r = m_db.insertNew(QStringLiteral("citizen"), id, values);
            if (!r) {
                return fail(tr("Nothing was imported: %1").arg(r.error()));
            }
            citizenByCpr.insert(cpr->digits, id);
            ++report.imported;
        }
        for (const auto& w : rowWarnings) {
            report.warnings.append({line, w});
        }
    }
    if (auto s = tx.commit(); !s) {
        return fail(tr("Nothing was imported: %1").arg(s.error()));
    }
    if (progress) {
        progress(total, total);
    }
    return report;
}

} // namespace samspil
