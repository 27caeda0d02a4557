#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>
#include <optional>

namespace samspil {

/// Gittell's seven dimensions of relational coordination, in the order they are asked.
enum class RcDimension { Frequent, Timely, Accurate, ProblemSolving, SharedGoals, SharedKnowledge, MutualRespect };

constexpr int kRcDimensionCount = 7;

/// Answers on the 1–5 scale; std::nullopt where the respondent left the question blank.
using RcAnswers = std::array<std::optional<int>, kRcDimensionCount>;

class RcDimensions
{
    Q_DECLARE_TR_FUNCTIONS(RcDimensions)
public:
    static const std::array<RcDimension, kRcDimensionCount>& all();
    /// The stored column name and CSV header: frequent, timely, accurate, problem_solving,
    /// shared_goals, shared_knowledge, mutual_respect.
    static QString code(RcDimension d);
    static std::optional<RcDimension> fromCode(const QString& code);
    /// A short name for headings ("Shared goals"), translated.
    static QString label(RcDimension d);
    static bool validAnswer(int value) { return value >= 1 && value <= 5; }
};

/// One survey round: its name, the date it was held, and the professional groups it covers.
struct RcSurvey
{
    QString id;
    QString name;
    QDate heldOn;
    QStringList groups;
    QDateTime createdAt;

    bool hasGroup(const QString& group) const { return !canonicalGroup(group).isEmpty(); }
    /// The survey's own spelling of a group (matched trimmed and case-insensitively), or empty.
    QString canonicalGroup(const QString& group) const;
};

/// One respondent's ratings of one group (their own included).
struct RcResponse
{
    QString id;
    QString surveyId;
    /// Optional opaque id that ties together one respondent's rows; never a name or CPR.
    QString respondentId;
    QString respondentGroup;
    QString ratedGroup;
    RcAnswers answers;
    QDateTime enteredAt;

    std::optional<int> answer(RcDimension d) const { return answers[size_t(d)]; }
    void setAnswer(RcDimension d, std::optional<int> v) { answers[size_t(d)] = v; }
    int answeredCount() const;
};

} // namespace samspil
