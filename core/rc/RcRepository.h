#pragma once

#include "core/rc/RcSurvey.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Database.h"

#include <optional>

namespace samspil {

/// Relational coordination surveys and responses. Every change goes through Database::write,
/// so it is in the change log and reaches the other PCs.
class RcRepository
{
    Q_DECLARE_TR_FUNCTIONS(RcRepository)
public:
    explicit RcRepository(Database& db)
        : m_db(db)
    {
    }

    /// The live surveys, oldest round first (by date, then name).
    QVector<RcSurvey> surveys() const;
    std::optional<RcSurvey> survey(const QString& id) const;
    /// The live survey with this name (trimmed, case-insensitive).
    std::optional<RcSurvey> findSurvey(const QString& name) const;

    /// Why a survey cannot be created as given (translated), or empty.
    QStringList validateSurvey(const QString& name, const QDate& heldOn, const QStringList& groups) const;
    Result<RcSurvey> createSurvey(const QString& name, const QDate& heldOn, const QStringList& groups);
    /// Adds groups to a survey (e.g. a profession forgotten at the start). Existing groups stay.
    Result<RcSurvey> addGroups(const QString& surveyId, const QStringList& groups);
    /// Deletes the survey and its responses (tombstones that replicate).
    Status removeSurvey(const QString& surveyId);

    /// Why a response cannot be saved in this survey (translated), or empty.
    static QStringList validateResponse(const RcSurvey& survey, const RcResponse& response);
    /// Saves one response; the groups are stored in the survey's own spelling.
    Result<RcResponse> addResponse(RcResponse response);
    /// Saves one respondent's rows together: all of them, or none.
    Result<QVector<RcResponse>> addResponses(QVector<RcResponse> responses);
    /// The live responses of a survey, in the order they were entered.
    QVector<RcResponse> responses(const QString& surveyId) const;
    Status removeResponse(const QString& responseId);

    /// What `check` reports about relational coordination data: answers without a live survey,
    /// answers outside 1–5, groups a survey does not list, two surveys with one name (two PCs).
    QVector<CheckFinding> check() const;

    static QString encodeGroups(const QStringList& groups);
    static QStringList decodeGroups(const QString& json);
    /// Groups as a person typed them: trimmed, blanks and duplicates (case-insensitive) dropped.
    static QStringList cleanGroups(const QStringList& groups);

private:
    Database& m_db;
};

} // namespace samspil
