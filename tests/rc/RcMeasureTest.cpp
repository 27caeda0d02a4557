#include "core/rc/RcMeasure.h"

#include "core/rc/RcCsvImport.h"
#include "core/rc/RcRepository.h"
#include "tests/support/TestSupport.h"

using namespace samspil;
using namespace samspil::test;
using Catch::Detail::Approx;

namespace {

const QString kCase = QStringLiteral("Sagsbehandlere");
const QString kPsych = QStringLiteral("Psykologer");
const QString kMentor = QStringLiteral("Mentorer");

RcResponse row(const QString& from, const QString& to, std::initializer_list<int> answers)
{
    RcResponse r;
    r.respondentGroup = from;
    r.ratedGroup = to;
    int i = 0;
    for (int a : answers) {
        if (a > 0) { // 0 stands for a blank in these fixtures
            r.answers[size_t(i)] = a;
        }
        ++i;
    }
    return r;
}

/// The fixture tests/data/rc/measure.csv, read through the importer as a manager would.
RcResult measureFixture(Database& db, const QString& name, const QString& survey)
{
    auto report = RcCsvImport(db).importFile(survey, dataPath(QStringLiteral("rc/%1.csv").arg(name)));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    REQUIRE(report->rejected.isEmpty());
    RcRepository repo(db);
    const auto s = repo.findSurvey(survey);
    REQUIRE(s.has_value());
    return RcMeasure::measure(s->groups, repo.responses(s->id));
}

} // namespace

TEST_CASE("A row's index is the mean of the dimensions answered", "[measure]")
{
    CHECK(*RcMeasure::rowIndex(row(kCase, kPsych, {5, 4, 4, 5, 5, 4, 5})) == Approx(32.0 / 7));
    CHECK(*RcMeasure::rowIndex(row(kCase, kPsych, {3, 3, 0, 4, 3, 0, 4})) == Approx(3.4)); // blanks left out
    CHECK(*RcMeasure::rowIndex(row(kCase, kPsych, {4, 0, 0, 0, 0, 0, 0})) == Approx(4.0)); // one answer
    CHECK_FALSE(RcMeasure::rowIndex(row(kCase, kPsych, {0, 0, 0, 0, 0, 0, 0})).has_value());
}

TEST_CASE("Ties, dimensions and 'seen by others' match the hand-computed fixture", "[measure]")
{
    TempDb t;
    const RcResult r = measureFixture(*t, QStringLiteral("measure"), QStringLiteral("Runde 1"));
    CHECK(r.groups == QStringList{kCase, kPsych, kMentor}); // the survey took the groups in file order
    CHECK(r.ignoredRows == 1); // line 4 has no answers
    CHECK(r.respondentRows == 11);

    SECTION("two rows, blanks in one of them")
    {
        const RcTie* tie = r.tie(kCase, kPsych);
        REQUIRE(tie);
        CHECK(tie->n == 2);
        CHECK(*tie->index == Approx((3.4 + 3.0) / 2));
        CHECK(*tie->dimension(RcDimension::Frequent) == Approx(2.5));
        CHECK(*tie->dimension(RcDimension::Accurate) == Approx(4.0)); // only r2 answered
        CHECK(tie->answers[size_t(RcDimension::Accurate)] == 1);
        CHECK(*tie->dimension(RcDimension::ProblemSolving) == Approx(3.5));
        CHECK(*tie->dimension(RcDimension::SharedKnowledge) == Approx(3.0));
        CHECK(*tie->dimension(RcDimension::MutualRespect) == Approx(4.0));
    }
    SECTION("the row with no answers is ignored, not counted as zero")
    {
        const RcTie* tie = r.tie(kCase, kMentor);
        REQUIRE(tie);
        CHECK(tie->n == 1);
        CHECK(*tie->index == Approx(4.0));
        CHECK(*tie->dimension(RcDimension::Frequent) == Approx(4.0));
        CHECK_FALSE(tie->dimension(RcDimension::Timely).has_value());
    }
    SECTION("the tie's index is the mean of row indices, not of dimension means")
    {
        const RcTie* tie = r.tie(kCase, kCase);
        REQUIRE(tie);
        CHECK(*tie->index == Approx((32.0 / 7 + 4.0) / 2)); // 4.2857
        const RcTie* psych = r.tie(kPsych, kCase);
        REQUIRE(psych);
        CHECK(psych->n == 2);
        CHECK(*psych->index == Approx(45.0 / 14)); // (31/7 + 2) / 2
    }
    SECTION("a single respondent")
    {
        const RcTie* tie = r.tie(kMentor, kCase);
        REQUIRE(tie);
        CHECK(tie->n == 1);
        CHECK(*tie->index == Approx(26.0 / 7));
        CHECK(*tie->dimension(RcDimension::SharedGoals) == Approx(4.0));
    }
    SECTION("within-group ties are the group rating itself")
    {
        CHECK(*r.tie(kPsych, kPsych)->index == Approx(5.0));
        CHECK(*r.tie(kMentor, kMentor)->index == Approx(1.0));
        CHECK(r.tie(kMentor, kMentor)->withinGroup());
    }
    SECTION("a tie nobody rated has no index")
    {
        const RcTie* tie = r.tie(kMentor, kPsych);
        REQUIRE(tie);
        CHECK(tie->n == 0);
        CHECK_FALSE(tie->index.has_value());
    }
    SECTION("seen by others: the mean of other groups' row indices, own group left out")
    {
        CHECK(*r.group(kCase)->seenByOthers == Approx(71.0 / 21)); // rows 8, 11, 12 — not the mean of ties (3.46)
        CHECK(r.group(kCase)->n == 3);
        CHECK(*r.group(kPsych)->seenByOthers == Approx(3.2)); // 5.0 from their own group left out
        CHECK(*r.group(kMentor)->seenByOthers == Approx(4.0)); // 1.0 from their own group left out
    }
}

TEST_CASE("A single respondent who rates only another group", "[measure]")
{
    const RcResult r = RcMeasure::measure({kCase, kPsych}, {row(kCase, kPsych, {2, 3, 0, 0, 0, 0, 0})});
    CHECK(r.tie(kCase, kPsych)->n == 1);
    CHECK(*r.tie(kCase, kPsych)->index == Approx(2.5));
    CHECK(*r.group(kPsych)->seenByOthers == Approx(2.5));
    CHECK_FALSE(r.group(kCase)->seenByOthers.has_value());
    CHECK(r.tie(kCase, kCase)->n == 0);
    CHECK(r.ties.size() == 4); // every pair, rated or not
}

TEST_CASE("Strength at the thresholds", "[measure][thresholds]")
{
    const RcThresholds defaults;
    CHECK(RcMeasure::classify(3.49, defaults) == RcStrength::Weak);
    CHECK(RcMeasure::classify(3.5, defaults) == RcStrength::Moderate);
    CHECK(RcMeasure::classify(4.0, defaults) == RcStrength::Moderate);
    CHECK(RcMeasure::classify(4.01, defaults) == RcStrength::Strong);
    CHECK(RcMeasure::classify(1.0, defaults) == RcStrength::Weak);
    CHECK(RcMeasure::classify(5.0, defaults) == RcStrength::Strong);

    SECTION("an index computed to 3.5 through thirds is moderate, not weak by a rounding error")
    {
        const RcResult r = RcMeasure::measure(
            {kCase, kPsych}, {row(kCase, kPsych, {3, 3, 4, 0, 0, 0, 0}), row(kCase, kPsych, {4, 4, 3, 0, 0, 0, 0})});
        CHECK(RcMeasure::classify(*r.tie(kCase, kPsych)->index) == RcStrength::Moderate);
    }
    SECTION("a manager's own thresholds")
    {
        const RcThresholds own{3.0, 4.5};
        REQUIRE(own.valid());
        CHECK(RcMeasure::classify(2.99, own) == RcStrength::Weak);
        CHECK(RcMeasure::classify(3.0, own) == RcStrength::Moderate);
        CHECK(RcMeasure::classify(4.2, own) == RcStrength::Moderate);
        CHECK(RcMeasure::classify(4.5, own) == RcStrength::Moderate);
        CHECK(RcMeasure::classify(4.51, own) == RcStrength::Strong);
        CHECK_FALSE(RcThresholds{4.5, 3.0}.valid());
    }
    SECTION("markers and names do not rely on colour")
    {
        CHECK(RcMeasure::strengthMarker(RcStrength::Weak) != RcMeasure::strengthMarker(RcStrength::Strong));
        CHECK(RcMeasure::strengthName(RcStrength::Weak) == QStringLiteral("weak"));
    }
}

TEST_CASE("The change of each tie between two rounds", "[measure][compare]")
{
    TempDb t;
    const RcResult r1 = measureFixture(*t, QStringLiteral("measure"), QStringLiteral("Runde 1"));
    const RcResult r2 = measureFixture(*t, QStringLiteral("measure_round2"), QStringLiteral("Runde 2"));
    const auto changes = RcMeasure::compare(r1, r2);
    auto find = [&](const QString& from, const QString& to) -> const RcTieChange* {
        for (const auto& c : changes) {
            if (c.from == from && c.to == to) {
                return &c;
            }
        }
        return nullptr;
    };
    const auto* up = find(kCase, kPsych);
    REQUIRE(up);
    CHECK(*up->change == Approx(0.8));
    const auto* down = find(kMentor, kCase);
    REQUIRE(down);
    CHECK(*down->change == Approx(3.0 - 26.0 / 7));
    const auto* gone = find(kCase, kCase); // measured in round 1 only
    REQUIRE(gone);
    CHECK(*gone->before == Approx(30.0 / 7));
    CHECK_FALSE(gone->after.has_value());
    CHECK_FALSE(gone->change.has_value());
    CHECK(find(kMentor, kPsych) == nullptr); // in neither round
    CHECK(changes.size() == 8);
}

TEST_CASE("Rounding as reports show it", "[measure]")
{
    CHECK(RcMeasure::rounded(45.0 / 14) == 3.21);
    CHECK(RcMeasure::rounded(30.0 / 7) == 4.29);
}
