#include "RcCsvImport.h"

#include "core/rc/RcSurvey.h"
#include "core/rc/RcRepository.h"

#include <QJsonArray>

namespace samspil {

QJsonObject RcImportReport::toJson() const
{
    QJsonArray rej;
    for (const auto& r : rejected) {
        rej.append(QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("reason"), r.reason}});
    }
    return {{QStringLiteral("imported"), imported}, {QStringLiteral("rejected"), rej}};
}

Result<RcImportReport> RcCsvImport::importFile(const QString& surveyName, const QString& path, const QDate& heldOn)
{
    auto table = CsvReader::readFile(path);
    if (!table) {
        return Error{table.error()};
    }
    return importTable(surveyName, table.value(), heldOn);
}

Result<RcImportReport> RcCsvImport::importData(const QString& surveyName, const QByteArray& data, const QDate& heldOn)
{
    auto table = CsvReader::read(data);
    if (!table) {
        return Error{table.error()};
    }
    return importTable(surveyName, table.value(), heldOn);
}

Result<RcImportReport> RcCsvImport::importTable(const QString& surveyName, const CsvTable& table, const QDate& heldOn)
{
    if (surveyName.simplified().isEmpty()) {
        return fail(tr("Name the survey the answers belong to."));
    }
    const int cFrom = table.column(QStringLiteral("respondent_group"));
    const int cTo = table.column(QStringLiteral("rated_group"));
    const int cRespondent = table.column(QStringLiteral("respondent_id"));
    std::array<int, kRcDimensionCount> cDim{};
    QStringList missing;
    if (cFrom < 0) {
        missing << QStringLiteral("respondent_group");
    }
    if (cTo < 0) {
        missing << QStringLiteral("rated_group");
    }
    for (auto d : RcDimensions::all()) {
        cDim[size_t(d)] = table.column(RcDimensions::code(d));
        if (cDim[size_t(d)] < 0) {
            missing << RcDimensions::code(d);
        }
    }
    if (!missing.isEmpty()) {
        return fail(tr("The header row lacks the column(s) %1. Expected: respondent_group, rated_group, frequent, "
                       "timely, accurate, problem_solving, shared_goals, shared_knowledge, mutual_respect.")
                        .arg(missing.join(QLatin1String(", "))));
    }

    RcRepository repo(m_db);
    Database::Transaction tx(m_db);
    if (!tx.active()) {
        return fail(tr("The database is busy; nothing was imported."));
    }
    RcImportReport report;
    const int expectedFields = int(table.header.size());
    auto field = [](const CsvTable::Record& r, int index) {
        return index >= 0 && index < r.fields.size() ? r.fields[index].trimmed() : QString();
    };

    auto survey = repo.findSurvey(surveyName);
    if (!survey) {
        // A new survey gets the groups the file names, in the order they first appear.
        QStringList groups;
        for (const auto& r : table.records) {
            if (r.fields.size() == expectedFields) {
                groups << field(r, cFrom) << field(r, cTo);
            }
        }
        groups = RcRepository::cleanGroups(groups);
        if (groups.isEmpty()) {
            return fail(tr("The file names no professional groups, so the survey “%1” cannot be created.")
                            .arg(surveyName.simplified()));
        }
        auto created = repo.createSurvey(surveyName, heldOn.isValid() ? heldOn : m_db.clock().today(), groups);
        if (!created) {
            return Error{created.error()};
        }
        survey = created.value();
        report.surveyCreated = true;
    }
    report.surveyId = survey->id;

    QVector<RcResponse> rows;
    for (const auto& record : table.records) {
        if (record.fields.size() != expectedFields) {
            report.rejected.append(
                {record.line,
                 tr("The row has %1 fields; the header has %2.").arg(record.fields.size()).arg(expectedFields)});
            continue;
        }
        RcResponse r;
        r.surveyId = survey->id;
        r.respondentId = field(record, cRespondent);
        r.respondentGroup = field(record, cFrom);
        r.ratedGroup = field(record, cTo);
        QStringList problems;
        for (auto d : RcDimensions::all()) {
            const QString text = field(record, cDim[size_t(d)]);
            if (text.isEmpty()) {
                continue;
            }
            bool ok = false;
            const int v = text.toInt(&ok);
            if (!ok) {
                bool isNumber = false;
                text.toDouble(&isNumber);
                problems << (isNumber
                                 ? tr("%1: %2 is not a whole number; answers are whole numbers from 1 to 5 or blank.")
                                 : tr("%1: “%2” is not a number; answers are whole numbers from 1 to 5 or blank."))
                                .arg(RcDimensions::code(d), text);
            } else if (!RcDimensions::validAnswer(v)) {
                problems << tr("%1: %2 is outside the scale 1 to 5.").arg(RcDimensions::code(d)).arg(v);
            } else {
                r.setAnswer(d, v);
            }
        }
        if (problems.isEmpty()) {
            problems = RcRepository::validateResponse(*survey, r);
        }
        if (!problems.isEmpty()) {
            report.rejected.append({record.line, problems.join(QLatin1Char(' '))});
            continue;
        }
        rows.append(r);
    }
    if (!rows.isEmpty()) {
        auto saved = repo.addResponses(rows);
        if (!saved) {
            return Error{saved.error()};
        }
        report.imported = int(saved->size());
    }
    if (auto s = tx.commit(); !s) {
        return Error{s.error()};
    }
    return report;
}

} // namespace samspil
