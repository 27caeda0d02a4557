#include "RcMeasure.h"

#include <QHash>
#include <cmath>

namespace samspil {

namespace {

constexpr double kEpsilon = 1e-9;

QString keyOf(const QString& from, const QString& to)
{
    return from + QChar(0x1f) + to;
}

} // namespace

const RcTie* RcResult::tie(const QString& from, const QString& to) const
{
    for (const auto& t : ties) {
        if (t.from == from && t.to == to) {
            return &t;
        }
    }
    return nullptr;
}

const RcGroupScore* RcResult::group(const QString& name) const
{
    for (const auto& g : groupScores) {
        if (g.group == name) {
            return &g;
        }
    }
    return nullptr;
}

std::optional<double> RcMeasure::rowIndex(const RcResponse& row)
{
    int sum = 0;
    int count = 0;
    for (const auto& a : row.answers) {
        if (a) {
            sum += *a;
            ++count;
        }
    }
    if (count == 0) {
        return std::nullopt;
    }
    return double(sum) / count;
}

RcResult RcMeasure::measure(const QStringList& groups, const QVector<RcResponse>& rows)
{
    RcResult result;
    result.groups = groups;
    for (const auto& r : rows) {
        for (const auto& g : {r.respondentGroup, r.ratedGroup}) {
            if (!g.isEmpty() && !result.groups.contains(g)) {
                result.groups << g;
            }
        }
    }

    struct Acc
    {
        double indexSum = 0;
        int n = 0;
        std::array<int, kRcDimensionCount> dimSum{};
        std::array<int, kRcDimensionCount> dimCount{};
    };
    QHash<QString, Acc> ties;
    QHash<QString, std::pair<double, int>> seen;
    for (const auto& r : rows) {
        const auto index = rowIndex(r);
        if (!index) {
            ++result.ignoredRows;
            continue;
        }
        ++result.respondentRows;
        Acc& acc = ties[keyOf(r.respondentGroup, r.ratedGroup)];
        acc.indexSum += *index;
        ++acc.n;
        for (int i = 0; i < kRcDimensionCount; ++i) {
            if (const auto& a = r.answers[size_t(i)]) {
                acc.dimSum[size_t(i)] += *a;
                ++acc.dimCount[size_t(i)];
            }
        }
        if (r.respondentGroup != r.ratedGroup) {
            auto& s = seen[r.ratedGroup];
            s.first += *index;
            ++s.second;
        }
    }

    for (const auto& from : result.groups) {
        for (const auto& to : result.groups) {
            RcTie t;
            t.from = from;
            t.to = to;
            const auto it = ties.constFind(keyOf(from, to));
            if (it != ties.constEnd()) {
                t.n = it->n;
                t.index = it->indexSum / it->n;
                for (int i = 0; i < kRcDimensionCount; ++i) {
                    t.answers[size_t(i)] = it->dimCount[size_t(i)];
                    if (it->dimCount[size_t(i)] > 0) {
                        t.dimensions[size_t(i)] = double(it->dimSum[size_t(i)]) / it->dimCount[size_t(i)];
                    }
                }
            }
            result.ties.append(t);
        }
    }
    for (const auto& g : result.groups) {
        RcGroupScore score;
        score.group = g;
        if (const auto it = seen.constFind(g); it != seen.constEnd()) {
            score.n = it->second;
            score.seenByOthers = it->first / it->second;
        }
        result.groupScores.append(score);
    }
    return result;
}

RcStrength RcMeasure::classify(double index, const RcThresholds& thresholds)
{
    if (index < thresholds.weakBelow - kEpsilon) {
        return RcStrength::Weak;
    }
    if (index > thresholds.strongAbove + kEpsilon) {
        return RcStrength::Strong;
    }
    return RcStrength::Moderate;
}

QString RcMeasure::strengthName(RcStrength s)
{
    switch (s) {
    case RcStrength::Weak:
        return tr("weak");
    case RcStrength::Moderate:
        return tr("moderate");
    case RcStrength::Strong:
        return tr("strong");
    }
    return {};
}

QString RcMeasure::strengthMarker(RcStrength s)
{
    switch (s) {
    case RcStrength::Weak:
        return QStringLiteral("\u2212");
    case RcStrength::Moderate:
        return QStringLiteral("\u25CB");
    case RcStrength::Strong:
        return QStringLiteral("+");
    }
    return {};
}

QVector<RcTieChange> RcMeasure::compare(const RcResult& before, const RcResult& after)
{
    QStringList groups = after.groups;
    for (const auto& g : before.groups) {
        if (!groups.contains(g)) {
            groups << g;
        }
    }
    QVector<RcTieChange> out;
    for (const auto& from : groups) {
        for (const auto& to : groups) {
            const RcTie* b = before.tie(from, to);
            const RcTie* a = after.tie(from, to);
            RcTieChange c;
            c.from = from;
            c.to = to;
            if (b && b->n > 0) {
                c.before = b->index;
            }
            if (a && a->n > 0) {
                c.after = a->index;
            }
            if (!c.before && !c.after) {
                continue;
            }
            if (c.before && c.after) {
                c.change = *c.after - *c.before;
            }
            out.append(c);
        }
    }
    return out;
}

double RcMeasure::rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace samspil
