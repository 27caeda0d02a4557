#pragma once

#include "core/rc/RcSurvey.h"

#include <QCoreApplication>

namespace samspil {

/// Where "weak" ends and "strong" begins. Default as in the Hjørring work: below 3.5 weak,
/// 3.5 to 4.0 moderate, above 4.0 strong. A manager may set others; they come in as values.
struct RcThresholds
{
    double weakBelow = 3.5;
    double strongAbove = 4.0;

    bool valid() const { return weakBelow >= 1.0 && strongAbove <= 5.0 && weakBelow <= strongAbove; }
};

enum class RcStrength { Weak, Moderate, Strong };

/// One tie: how the respondents of `from` rate `to`.
struct RcTie
{
    QString from;
    QString to;
    int n = 0; ///< rows with at least one answer
    std::optional<double> index; ///< mean of the rows' indices
    std::array<std::optional<double>, kRcDimensionCount> dimensions; ///< mean over the answers given
    std::array<int, kRcDimensionCount> answers{}; ///< how many answers each dimension mean rests on

    bool withinGroup() const { return from == to; }
    std::optional<double> dimension(RcDimension d) const { return dimensions[size_t(d)]; }
};

/// How the other groups see a group: the mean of the row indices where others rate it.
struct RcGroupScore
{
    QString group;
    std::optional<double> seenByOthers;
    int n = 0; ///< rows from other groups
};

struct RcResult
{
    QStringList groups;
    /// Every (from, to) pair of `groups` in order, row by row, including pairs without answers (n = 0).
    QVector<RcTie> ties;
    QVector<RcGroupScore> groupScores;
    int respondentRows = 0; ///< rows with at least one answer
    int ignoredRows = 0; ///< rows with no answers at all

    const RcTie* tie(const QString& from, const QString& to) const;
    const RcGroupScore* group(const QString& group) const;
};

/// The change of one tie from one round to the next.
struct RcTieChange
{
    QString from;
    QString to;
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> change; ///< after − before, when both rounds have the tie
};

/// Relational coordination as Gittell measures it, as pure functions over value types.
class RcMeasure
{
    Q_DECLARE_TR_FUNCTIONS(RcMeasure)
public:
    /// A row's index: the mean of its answered dimensions; none when nothing was answered.
    static std::optional<double> rowIndex(const RcResponse& row);

    /// The ties and the "seen by others" score of each group. Groups are the survey's, in its
    /// order; a group that appears only in the responses is added at the end.
    static RcResult measure(const QStringList& groups, const QVector<RcResponse>& rows);

    /// Strength of an index. Values at a threshold belong to "moderate" (3.5 and 4.0 are
    /// moderate with the defaults); a difference below 1e-9 counts as equal.
    static RcStrength classify(double index, const RcThresholds& thresholds = {});
    static QString strengthName(RcStrength s);
    /// A marker that does not rely on colour: "−" weak, "○" moderate, "+" strong.
    static QString strengthMarker(RcStrength s);

    /// The change of every tie that has answers in either round, in the order of `after`'s
    /// groups (groups only in `before` follow).
    static QVector<RcTieChange> compare(const RcResult& before, const RcResult& after);

    /// Rounded to two decimals, as reports show it.
    static double rounded(double value);
};

} // namespace samspil
