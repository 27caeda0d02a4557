#include "RcSurvey.h"

namespace samspil {

const std::array<RcDimension, kRcDimensionCount>& RcDimensions::all()
{
    static const std::array<RcDimension, kRcDimensionCount> dims = {
        RcDimension::Frequent,
        RcDimension::Timely,
        RcDimension::Accurate,
        RcDimension::ProblemSolving,
        RcDimension::SharedGoals,
        RcDimension::SharedKnowledge,
        RcDimension::MutualRespect,
    };
    return dims;
}

QString RcDimensions::code(RcDimension d)
{
    switch (d) {
    case RcDimension::Frequent:
        return QStringLiteral("frequent");
    case RcDimension::Timely:
        return QStringLiteral("timely");
    case RcDimension::Accurate:
        return QStringLiteral("accurate");
    case RcDimension::ProblemSolving:
        return QStringLiteral("problem_solving");
    case RcDimension::SharedGoals:
        return QStringLiteral("shared_goals");
    case RcDimension::SharedKnowledge:
        return QStringLiteral("shared_knowledge");
    case RcDimension::MutualRespect:
        return QStringLiteral("mutual_respect");
    }
    return {};
}

std::optional<RcDimension> RcDimensions::fromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    for (auto d : all()) {
        if (RcDimensions::code(d) == c) {
            return d;
        }
    }
    return std::nullopt;
}

QString RcDimensions::label(RcDimension d)
{
    switch (d) {
    case RcDimension::Frequent:
        return tr("Frequent communication");
    case RcDimension::Timely:
        return tr("Timely communication");
    case RcDimension::Accurate:
        return tr("Accurate communication");
    case RcDimension::ProblemSolving:
        return tr("Problem-solving communication");
    case RcDimension::SharedGoals:
        return tr("Shared goals");
    case RcDimension::SharedKnowledge:
        return tr("Shared knowledge");
    case RcDimension::MutualRespect:
        return tr("Mutual respect");
    }
    return {};
}

QString RcSurvey::canonicalGroup(const QString& group) const
{
    const QString g = group.trimmed();
    if (g.isEmpty()) {
        return {};
    }
    for (const auto& own : groups) {
        if (own.compare(g, Qt::CaseInsensitive) == 0) {
            return own;
        }
    }
    return {};
}

int RcResponse::answeredCount() const
{
    int n = 0;
    for (const auto& a : answers) {
        n += a.has_value() ? 1 : 0;
    }
    return n;
}

} // namespace samspil
