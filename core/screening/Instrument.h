#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace samspil {

/// The risk of long-term public support, as the score proposes it and the caseworker decides it.
enum class Risk { Low, Moderate, High };

class Risks
{
    Q_DECLARE_TR_FUNCTIONS(Risks)
public:
    static const QVector<Risk>& all();
    /// The stored and file code: "low", "moderate", "high".
    static QString code(Risk r);
    static std::optional<Risk> fromCode(const QString& code);
    /// The user's word: "lav", "moderat", "høj" in Danish.
    static QString label(Risk r);
};

/// A text in Danish and English; shown in Language::current(), falling back to the other one.
struct LocalizedText
{
    QString da;
    QString en;
    QString text() const;
    bool isEmpty() const { return da.isEmpty() && en.isEmpty(); }
};

struct InstrumentItem
{
    QString id;
    LocalizedText text;
    int min = 0;
    int max = 0;
    /// Anchor labels for some answer values (typically the two ends).
    QMap<int, LocalizedText> labels;
    bool reverse = false;
    /// Answer -> scored value; answers not listed score 0. Empty: no recoding.
    std::optional<QMap<int, double>> recode;

    bool inRange(int answer) const { return answer >= min && answer <= max; }
    /// The answer as it counts in a score: itself, reversed (min + max − answer) or recoded.
    double scoredValue(int answer) const;
};

struct ScoreDefinition
{
    QString id;
    LocalizedText title; ///< optional; the id is shown when there is none
    QStringList items;
    /// Item id -> weight; items not listed weigh 1.
    QHash<QString, double> weights;
    double weight(const QString& item) const { return weights.value(item, 1.0); }
    QString label() const { return title.isEmpty() ? id : title.text(); }
};

enum class CompareOp { GreaterOrEqual, Greater, LessOrEqual, Less, Equal };

struct Condition
{
    QString score;
    CompareOp op = CompareOp::GreaterOrEqual;
    double value = 0;
    bool holds(double scoreValue) const;
    static std::optional<CompareOp> opFromText(const QString& text);
    static QString opText(CompareOp op);
};

struct Stratum
{
    Risk risk = Risk::Low;
    QVector<Condition> when; ///< all must hold; empty always holds
};

/// A person's answers: item id -> the chosen integer.
using Answers = QMap<QString, int>;
/// Score id -> value.
using Scores = QMap<QString, double>;

struct ScoringResult
{
    Scores scores;
    Risk proposed = Risk::Low;
    QJsonObject toJson() const;
};

/// A questionnaire as data (format samspil-instrument/1, see docs/instruments.md): items with
/// their ranges and anchors, scores over them, and strata that turn scores into a proposed risk.
/// Plain value; load it with InstrumentLoader, which guarantees it is consistent.
class Instrument
{
    Q_DECLARE_TR_FUNCTIONS(Instrument)
public:
    QString id;
    int version = 0;
    LocalizedText title;
    QVector<InstrumentItem> items;
    QVector<ScoreDefinition> scores;
    QVector<Stratum> strata;

    const InstrumentItem* item(const QString& itemId) const;

    /// Every problem with a set of answers: missing, unknown or out of range, naming the item.
    QStringList answerProblems(const Answers& answers) const;
    /// Scores and the proposed risk; an error naming the item if the answers are incomplete or wrong.
    Result<ScoringResult> score(const Answers& answers) const;
    /// The lowest and highest value a score can take (for showing "57 of 0–115").
    std::pair<double, double> scoreRange(const QString& scoreId) const;
    /// The first stratum whose conditions all hold. A loaded instrument always ends with one that does.
    Risk propose(const Scores& scores) const;

    /// Answers from a JSON object {"q1": 7, …}; a value that is not a whole number is an error
    /// naming the item. (Range and completeness are checked by score().)
    static Result<Answers> answersFromJson(const QJsonObject& object);
    static QJsonObject answersToJson(const Answers& answers);
    static QJsonObject scoresToJson(const Scores& scores);
    static Scores scoresFromJson(const QJsonObject& object);
};

} // namespace samspil
