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

namespace {

/// The columns of an answers file (-1: absent).
struct RcColumns
{
    int from = -1;
    int to = -1;
    int respondent = -1;
    std::array<int, kRcDimensionCount> dims{};
};

QString fieldOf(const CsvTable::Record& r, int index)
{
    return index >= 0 && index < r.fields.size() ? r.fields[index].trimmed() : QString();
}

Result<RcColumns> rcColumns(const CsvTable& table)
{
    RcColumns c;
    c.from = table.column(QStringLiteral("respondent_group"));
    c.to = table.column(QStringLiteral("rated_group"));
    c.respondent = table.column(QStringLiteral("respondent_id"));
    QStringList missing;
    if (c.from < 0) {
        missing << QStringLiteral("respondent_group");
    }
    if (c.to < 0) {
        missing << QStringLiteral("rated_group");
    }
    for (auto d : RcDimensions::all()) {
        c.dims[size_t(d)] = table.column(RcDimensions::code(d));
        if (c.dims[size_t(d)] < 0) {
            missing << RcDimensions::code(d);
        }
    }
    if (!missing.isEmpty()) {
        return fail(RcCsvImport::tr("The header row lacks the column(s) %1. Expected: respondent_group, rated_group, "
                                    "frequent, timely, accurate, problem_solving, shared_goals, shared_knowledge, "
                                    "mutual_respect.")
                        .arg(missing.join(QLatin1String(", "))));
    }
    return c;
}

/// Reads one record's answers into `r`; returns what is wrong with them (nothing when all are fine).
QStringList readAnswers(const CsvTable::Record& record, const RcColumns& c, RcResponse& r)
{
    QStringList problems;
    for (auto d : RcDimensions::all()) {
        const QString text = fieldOf(record, c.dims[size_t(d)]);
        if (text.isEmpty()) {
            continue;
        }
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok) {
            bool isNumber = false;
            text.toDouble(&isNumber);
            problems << (isNumber
                             ? RcCsvImport::tr("%1: %2 is not a whole number; answers are whole numbers from 1 to 5 or blank.")
                             : RcCsvImport::tr("%1: “%2” is not a number; answers are whole numbers from 1 to 5 or blank."))
                            .arg(RcDimensions::code(d), text);
        } else if (!RcDimensions::validAnswer(v)) {
            problems << RcCsvImport::tr("%1: %2 is outside the scale 1 to 5.").arg(RcDimensions::code(d)).arg(v);
        } else {
            r.setAnswer(d, v);
        }
    }
    return problems;
}

/// The survey of that name, or a new one with the groups the file names, in the order they first appear.
Result<RcSurvey> surveyFor(Database& db, RcRepository& repo, const QString& surveyName, const CsvTable& table,
                           const RcColumns& c, const QDate& heldOn, bool& created)
{
    if (auto survey = repo.findSurvey(surveyName)) {
        return *survey;
    }
    const int expectedFields = int(table.header.size());
    QStringList groups;
    for (const auto& r : table.records) {
        if (r.fields.size() == expectedFields) {
            groups << fieldOf(r, c.from) << fieldOf(r, c.to);
        }
    }
    groups = RcRepository::cleanGroups(groups);
    if (groups.isEmpty()) {
        return fail(RcCsvImport::tr("The file names no professional groups, so the survey “%1” cannot be created.")
                        .arg(surveyName.simplified()));
    }
    auto survey = repo.createSurvey(surveyName, heldOn.isValid() ? heldOn : db.clock().today(), groups);
    if (survey) {
        created = true;
    }
    return survey;
}

} // namespace

Result<RcImportReport> RcCsvImport::importTable(const QString& surveyName, const CsvTable& table, const QDate& heldOn)
{
    if (surveyName.simplified().isEmpty()) {
        return fail(tr("Name the survey the answers belong to."));
    }
    const auto columns = rcColumns(table);
    if (!columns) {
        return Error{columns.error()};
    }
    const RcColumns& c = columns.value();

    RcRepository repo(m_db);
    Database::Transaction tx(m_db);
    if (!tx.active()) {
        return fail(tr("The database is busy; nothing was imported."));
    }
    RcImportReport report;
    const int expectedFields = int(table.header.size());
    const auto survey = surveyFor(m_db, repo, surveyName, table, c, heldOn, report.surveyCreated);
    if (!survey) {
        return Error{survey.error()};
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
        r.respondentId = fieldOf(record, c.respondent);
        r.respondentGroup = fieldOf(record, c.from);
        r.ratedGroup = fieldOf(record, c.to);
        QStringList problems = readAnswers(record, c, r);
        if (problems.isEmpty()) {
            problems = RcRepository::validateResponse(survey.value(), r);
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
