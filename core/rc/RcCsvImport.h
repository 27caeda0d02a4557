#pragma once

#include "core/io/CsvReader.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace samspil {

struct RcImportReport
{
    struct Rejection
    {
        int line = 0;
        QString reason;
    };
    QString surveyId;
    bool surveyCreated = false;
    int imported = 0;
    QVector<Rejection> rejected;

    /// {"imported": n, "rejected": [{"line": L, "reason": "…"}]}
    QJsonObject toJson() const;
};

/// Imports relational coordination answers from CSV (as exported from a survey tool or typed
/// in a spreadsheet). Header: respondent_group, rated_group, frequent, timely, accurate,
/// problem_solving, shared_goals, shared_knowledge, mutual_respect; optionally respondent_id.
/// Answers are whole numbers 1–5 or blank. A bad row is rejected with its line number (the
/// header is line 1) and the rest imported, all in one transaction. A survey that does not
/// exist is created with the groups the file names (dated today unless a date is given).
class RcCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(RcCsvImport)
public:
    explicit RcCsvImport(Database& db)
        : m_db(db)
    {
    }

    Result<RcImportReport> importFile(const QString& surveyName, const QString& path, const QDate& heldOn = {});
    Result<RcImportReport> importData(const QString& surveyName, const QByteArray& data, const QDate& heldOn = {});
    Result<RcImportReport> importTable(const QString& surveyName, const CsvTable& table, const QDate& heldOn = {});

private:
    Database& m_db;
};

} // namespace samspil
