#include "core/screening/InstrumentLoader.h"
#include "core/util/Language.h"
#include "tests/support/TestSupport.h"

using namespace samspil;
using namespace samspil::test;

namespace {

Instrument fixture()
{
    auto loaded = InstrumentLoader::loadFile(dataPath(QStringLiteral("screening/fixture.json")));
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.ok());
    return loaded.value();
}

Answers answers(int q1, int q2, int q3, int q4)
{
    return {{QStringLiteral("q1"), q1}, {QStringLiteral("q2"), q2}, {QStringLiteral("q3"), q3}, {QStringLiteral("q4"), q4}};
}

ScoringResult scored(const Instrument& in, const Answers& a)
{
    auto r = in.score(a);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("The fixture instrument loads with its items, scores and strata", "[screening][loader]")
{
    const Instrument in = fixture();
    CHECK(in.id == QStringLiteral("test-fixture"));
    CHECK(in.version == 3);
    CHECK(in.items.size() == 4);
    CHECK(in.scores.size() == 3);
    CHECK(in.strata.size() == 5);
    REQUIRE(in.item(QStringLiteral("q1")));
    CHECK(in.item(QStringLiteral("q1"))->labels.value(10).en == QStringLiteral("Completely"));
}

TEST_CASE("Scoring at the boundaries of every stratum", "[screening][scoring]")
{
    const Instrument in = fixture();
    // q1 = 0, q2 = 10 (reversed to 0), q3 = 0: total = weighted = q4.
    struct Case
    {
        int q4;
        Risk risk;
    };
    const Case onTotal[] = {{0, Risk::Low},       {49, Risk::Low},       {50, Risk::Moderate}, {51, Risk::Moderate},
                            {59, Risk::Moderate}, {60, Risk::High},      {61, Risk::High},     {100, Risk::High}};
    for (const auto& c : onTotal) {
        INFO("total " << c.q4);
        const auto r = scored(in, answers(0, 10, 0, c.q4));
        CHECK(r.scores.value(QStringLiteral("total")) == c.q4);
        CHECK(r.proposed == c.risk);
    }
    // The weighted stratum: weighted > 54 and total < 50. With q1 = 10: total = 10 + q4, weighted = 20 + q4.
    const Case onWeighted[] = {{33, Risk::Low}, {34, Risk::Low}, {35, Risk::Moderate}, {36, Risk::Moderate}, {39, Risk::Moderate}};
    for (const auto& c : onWeighted) {
        INFO("weighted " << 20 + c.q4);
        const auto r = scored(in, answers(10, 10, 0, c.q4));
        CHECK(r.scores.value(QStringLiteral("weighted")) == 20 + c.q4);
        CHECK(r.proposed == c.risk);
    }
    // The first stratum: distress == 10 (q3 = 4 recoded to 10) wins before anything else.
    CHECK(scored(in, answers(0, 10, 4, 0)).proposed == Risk::High);
    CHECK(scored(in, answers(0, 10, 3, 0)).proposed == Risk::Low);
}

TEST_CASE("Reverse scores min + max - answer", "[screening][scoring]")
{
    const Instrument in = fixture();
    CHECK(scored(in, answers(0, 0, 0, 0)).scores.value(QStringLiteral("total")) == 10);
    CHECK(scored(in, answers(0, 3, 0, 0)).scores.value(QStringLiteral("total")) == 7);
    CHECK(scored(in, answers(0, 10, 0, 0)).scores.value(QStringLiteral("total")) == 0);
    InstrumentItem shifted;
    shifted.min = 1;
    shifted.max = 5;
    shifted.reverse = true;
    CHECK(shifted.scoredValue(1) == 5);
    CHECK(shifted.scoredValue(4) == 2);
}

TEST_CASE("Recode maps listed answers and scores unlisted ones 0", "[screening][scoring]")
{
    const Instrument in = fixture();
    const int expected[] = {0, 0, 0, 5, 10};
    for (int q3 = 0; q3 <= 4; ++q3) {
        INFO("q3 " << q3);
        CHECK(scored(in, answers(0, 10, q3, 0)).scores.value(QStringLiteral("distress")) == expected[q3]);
    }
}

TEST_CASE("Weights multiply an item's scored value and unlisted items weigh 1", "[screening][scoring]")
{
    const Instrument in = fixture();
    const auto r = scored(in, answers(7, 10, 0, 3));
    CHECK(r.scores.value(QStringLiteral("weighted")) == 2 * 7 + 3);
    CHECK(r.scores.value(QStringLiteral("total")) == 7 + 3);
}

TEST_CASE("Every comparison op holds exactly where it should", "[screening][scoring]")
{
    auto holds = [](const char* op, double v) {
        Condition c;
        c.op = *Condition::opFromText(QString::fromLatin1(op));
        c.value = 50;
        return c.holds(v);
    };
    CHECK_FALSE(holds(">=", 49));
    CHECK(holds(">=", 50));
    CHECK(holds(">=", 51));
    CHECK_FALSE(holds(">", 50));
    CHECK(holds(">", 51));
    CHECK(holds("<=", 49));
    CHECK(holds("<=", 50));
    CHECK_FALSE(holds("<=", 51));
    CHECK(holds("<", 49));
    CHECK_FALSE(holds("<", 50));
    CHECK_FALSE(holds("==", 49));
    CHECK(holds("==", 50));
    CHECK_FALSE(holds("==", 51));
    CHECK_FALSE(Condition::opFromText(QStringLiteral("=>")));
}

TEST_CASE("Missing, unknown and out-of-range answers are errors that name the item", "[screening][scoring]")
{
    const Instrument in = fixture();
    Answers a = answers(1, 2, 3, 4);
    a.remove(QStringLiteral("q2"));
    auto r = in.score(a);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("q2")));

    a = answers(1, 11, 3, 4);
    r = in.score(a);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("q2")));
    CHECK(r.error().contains(QStringLiteral("11")));

    a = answers(1, 2, -1, 4);
    CHECK(in.score(a).error().contains(QStringLiteral("q3")));

    a = answers(1, 2, 3, 4);
    a.insert(QStringLiteral("q77"), 1);
    CHECK(in.score(a).error().contains(QStringLiteral("q77")));

    auto parsed = Instrument::answersFromJson(QJsonObject{{QStringLiteral("q1"), 2.5}});
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().contains(QStringLiteral("q1")));
    parsed = Instrument::answersFromJson(QJsonObject{{QStringLiteral("q4"), QStringLiteral("seven")}});
    CHECK(parsed.error().contains(QStringLiteral("q4")));
}

TEST_CASE("The shipped instrument has Danish and English text for every item, label and score", "[screening][i18n]")
{
    const auto& shipped = InstrumentLoader::shipped();
    REQUIRE_FALSE(shipped.isEmpty());
    const Instrument& in = InstrumentLoader::defaultInstrument();
    CHECK(in.id == QStringLiteral("hjoerring-screening"));
    CHECK(in.items.size() >= 12);
    CHECK(in.items.size() <= 16);
    for (const auto& instrument : shipped) {
        INFO(instrument.id.toStdString());
        CHECK_FALSE(instrument.title.da.isEmpty());
        CHECK_FALSE(instrument.title.en.isEmpty());
        for (const auto& item : instrument.items) {
            INFO(item.id.toStdString());
            CHECK_FALSE(item.text.da.isEmpty());
            CHECK_FALSE(item.text.en.isEmpty());
            CHECK(item.labels.contains(item.min));
            CHECK(item.labels.contains(item.max));
            for (const auto& label : item.labels) {
                CHECK_FALSE(label.da.isEmpty());
                CHECK_FALSE(label.en.isEmpty());
            }
        }
        for (const auto& s : instrument.scores) {
            INFO(s.id.toStdString());
            CHECK_FALSE(s.title.da.isEmpty());
            CHECK_FALSE(s.title.en.isEmpty());
        }
    }
    // Shown in the user's language.
    Language::setCurrent(QStringLiteral("da"));
    CHECK(in.item(QStringLiteral("q1"))->text.text() == in.item(QStringLiteral("q1"))->text.da);
    Language::setCurrent(QStringLiteral("en"));
    CHECK(in.item(QStringLiteral("q1"))->text.text() == in.item(QStringLiteral("q1"))->text.en);
}

TEST_CASE("The shipped instrument's strata fit its score range", "[screening][scoring]")
{
    const Instrument& in = InstrumentLoader::defaultInstrument();
    Answers best;
    Answers worst;
    for (const auto& item : in.items) {
        best.insert(item.id, item.reverse ? item.max : item.min);
        worst.insert(item.id, item.reverse ? item.min : item.max);
    }
    CHECK(scored(in, best).proposed == Risk::Low);
    CHECK(scored(in, best).scores.value(QStringLiteral("total")) == 0);
    CHECK(scored(in, worst).proposed == Risk::High);
    // A middling set of answers proposes moderate.
    Answers middle;
    for (const auto& item : in.items) {
        middle.insert(item.id, item.min + (item.max - item.min) / 2);
    }
    CHECK(scored(in, middle).proposed == Risk::Moderate);
}

TEST_CASE("The range a score can take", "[screening][scoring]")
{
    const Instrument in = fixture();
    CHECK(in.scoreRange(QStringLiteral("total")) == std::pair<double, double>(0, 130));
    CHECK(in.scoreRange(QStringLiteral("weighted")) == std::pair<double, double>(0, 120));
    CHECK(in.scoreRange(QStringLiteral("distress")) == std::pair<double, double>(0, 10));
    // As docs/instruments.md says for the shipped instrument.
    const Instrument& shipped = InstrumentLoader::defaultInstrument();
    CHECK(shipped.scoreRange(QStringLiteral("total")) == std::pair<double, double>(0, 115));
    CHECK(shipped.scoreRange(QStringLiteral("health")) == std::pair<double, double>(0, 40));
    CHECK(shipped.scoreRange(QStringLiteral("mind")) == std::pair<double, double>(0, 26));
    CHECK(shipped.scoreRange(QStringLiteral("work")) == std::pair<double, double>(0, 30));
    CHECK(shipped.scoreRange(QStringLiteral("life")) == std::pair<double, double>(0, 19));
}
