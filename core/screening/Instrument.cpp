#include "Instrument.h"

#include "core/util/Language.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace samspil {

const QVector<Risk>& Risks::all()
{
    static const QVector<Risk> risks = {Risk::Low, Risk::Moderate, Risk::High};
    return risks;
}

QString Risks::code(Risk r)
{
    switch (r) {
    case Risk::Low:
        return QStringLiteral("low");
    case Risk::Moderate:
        return QStringLiteral("moderate");
    case Risk::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<Risk> Risks::fromCode(const QString& code)
{
    for (Risk r : all()) {
        if (Risks::code(r) == code) {
            return r;
        }
    }
    return std::nullopt;
}

QString Risks::label(Risk r)
{
    switch (r) {
    case Risk::Low:
        return tr("low");
    case Risk::Moderate:
        return tr("moderate");
    case Risk::High:
        return tr("high");
    }
    return {};
}

QString LocalizedText::text() const
{
    if (Language::isDanish()) {
        return da.isEmpty() ? en : da;
    }
    return en.isEmpty() ? da : en;
}

double InstrumentItem::scoredValue(int answer) const
{
    if (recode) {
        return recode->value(answer, 0.0);
    }
    if (reverse) {
        return double(min + max - answer);
    }
    return double(answer);
}

bool Condition::holds(double v) const
{
    switch (op) {
    case CompareOp::GreaterOrEqual:
        return v >= value;
    case CompareOp::Greater:
        return v > value;
    case CompareOp::LessOrEqual:
        return v <= value;
    case CompareOp::Less:
        return v < value;
    case CompareOp::Equal:
        return v == value;
    }
    return false;
}

std::optional<CompareOp> Condition::opFromText(const QString& text)
{
    for (CompareOp op : {CompareOp::GreaterOrEqual, CompareOp::Greater, CompareOp::LessOrEqual, CompareOp::Less,
                         CompareOp::Equal}) {
        if (opText(op) == text) {
            return op;
        }
    }
    return std::nullopt;
}

QString Condition::opText(CompareOp op)
{
    switch (op) {
    case CompareOp::GreaterOrEqual:
        return QStringLiteral(">=");
    case CompareOp::Greater:
        return QStringLiteral(">");
    case CompareOp::LessOrEqual:
        return QStringLiteral("<=");
    case CompareOp::Less:
        return QStringLiteral("<");
    case CompareOp::Equal:
        return QStringLiteral("==");
    }
    return {};
}

QJsonObject ScoringResult::toJson() const
{
    return {{QStringLiteral("scores"), Instrument::scoresToJson(scores)},
            {QStringLiteral("proposed_risk"), Risks::code(proposed)}};
}

const InstrumentItem* Instrument::item(const QString& itemId) const
{
    for (const auto& i : items) {
        if (i.id == itemId) {
            return &i;
        }
    }
    return nullptr;
}

QStringList Instrument::answerProblems(const Answers& answers) const
{
    QStringList problems;
    for (const auto& i : items) {
        const auto it = answers.constFind(i.id);
        if (it == answers.cend()) {
            problems << tr("Item %1 is not answered.").arg(i.id);
        } else if (!i.inRange(it.value())) {
            problems << tr("The answer to item %1 is %2, but it must be from %3 to %4.")
                            .arg(i.id)
                            .arg(it.value())
                            .arg(i.min)
                            .arg(i.max);
        }
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!item(it.key())) {
            problems << tr("There is an answer to item %1, which is not in the instrument %2.").arg(it.key(), id);
        }
    }
    return problems;
}

Result<ScoringResult> Instrument::score(const Answers& answers) const
{
    const QStringList problems = answerProblems(answers);
    if (!problems.isEmpty()) {
        return fail(problems.join(QLatin1Char(' ')));
    }
    ScoringResult r;
    for (const auto& s : scores) {
        double sum = 0;
        for (const auto& itemId : s.items) {
            const InstrumentItem* i = item(itemId);
            if (i) {
                sum += i->scoredValue(answers.value(itemId)) * s.weight(itemId);
            }
        }
        r.scores.insert(s.id, sum);
    }
    r.proposed = propose(r.scores);
    return r;
}

std::pair<double, double> Instrument::scoreRange(const QString& scoreId) const
{
    double lo = 0;
    double hi = 0;
    for (const auto& s : scores) {
        if (s.id != scoreId) {
            continue;
        }
        for (const auto& itemId : s.items) {
            const InstrumentItem* i = item(itemId);
            if (!i) {
                continue;
            }
            double itemLo = 0;
            double itemHi = 0;
            for (int a = i->min; a <= i->max; ++a) {
                const double v = i->scoredValue(a) * s.weight(itemId);
                itemLo = a == i->min ? v : std::min(itemLo, v);
                itemHi = a == i->min ? v : std::max(itemHi, v);
            }
            lo += itemLo;
            hi += itemHi;
        }
    }
    return {lo, hi};
}

Risk Instrument::propose(const Scores& values) const
{
    for (const auto& stratum : strata) {
        bool all = true;
        for (const auto& c : stratum.when) {
            if (!c.holds(values.value(c.score))) {
                all = false;
                break;
            }
        }
        if (all) {
            return stratum.risk;
        }
    }
    return Risk::Low;
}

Result<Answers> Instrument::answersFromJson(const QJsonObject& object)
{
    Answers out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 1e9) {
            return fail(tr("The answer to item %1 must be a whole number.").arg(it.key()));
        }
        out.insert(it.key(), int(d));
    }
    return out;
}

QJsonObject Instrument::answersToJson(const Answers& answers)
{
    QJsonObject o;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QJsonObject Instrument::scoresToJson(const Scores& values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const double v = it.value();
        // Whole numbers as integers, so that "57" never prints as "57.0" anywhere.
        if (std::floor(v) == v && std::abs(v) < 1e15) {
            o.insert(it.key(), qint64(v));
        } else {
            o.insert(it.key(), v);
        }
    }
    return o;
}

Scores Instrument::scoresFromJson(const QJsonObject& object)
{
    Scores out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        out.insert(it.key(), it.value().toDouble());
    }
    return out;
}

} // namespace samspil
