#include "core/screening/InstrumentLoader.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace samspil;
using namespace samspil::test;

namespace {

QJsonObject fixtureJson()
{
    return QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("screening/fixture.json")))).object();
}

/// Loads the fixture after `change`; returns the error (empty if it loaded).
QString errorAfter(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject o = fixtureJson();
    change(o);
    auto r = InstrumentLoader::fromJson(QJsonDocument(o).toJson(), QStringLiteral("broken.json"));
    return r.ok() ? QString() : r.error();
}

/// Changes item number `index` of the fixture.
void editItem(QJsonObject& o, int index, const std::function<void(QJsonObject&)>& change)
{
    QJsonArray items = o.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(index).toObject();
    change(item);
    items.replace(index, item);
    o.insert(QStringLiteral("items"), items);
}

void editArray(QJsonObject& o, const QString& key, int index, const std::function<void(QJsonObject&)>& change)
{
    QJsonArray list = o.value(key).toArray();
    QJsonObject e = list.at(index).toObject();
    change(e);
    list.replace(index, e);
    o.insert(key, list);
}

QJsonObject condition(const QString& score, const QString& op, double value)
{
    return {{QStringLiteral("score"), score}, {QStringLiteral("op"), op}, {QStringLiteral("value"), value}};
}

} // namespace

TEST_CASE("The unchanged fixture loads (so each error below comes from its one change)", "[screening][loader]")
{
    CHECK(errorAfter([](QJsonObject&) {}).isEmpty());
}

TEST_CASE("Loader: unknown or missing format", "[screening][loader]")
{
    const QString e = errorAfter([](QJsonObject& o) { o.insert(QStringLiteral("format"), QStringLiteral("samspil-instrument/2")); });
    CHECK(e.contains(QStringLiteral("samspil-instrument/2")));
    CHECK(e.contains(QStringLiteral("format")));
    CHECK(e.contains(QStringLiteral("broken.json")));
    CHECK(errorAfter([](QJsonObject& o) { o.remove(QStringLiteral("format")); }).contains(QStringLiteral("format")));
}

TEST_CASE("Loader: not JSON, or not an object", "[screening][loader]")
{
    auto r = InstrumentLoader::fromJson("{\"format\": ", QStringLiteral("cut.json"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("cut.json")));
    CHECK(r.error().contains(QStringLiteral("JSON")));
    CHECK_FALSE(InstrumentLoader::fromJson("[1, 2]").ok());
    auto missing = InstrumentLoader::loadFile(QStringLiteral("/nonexistent/instrument.json"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("/nonexistent/instrument.json")));
}

TEST_CASE("Loader: missing id, bad version or title", "[screening][loader]")
{
    CHECK(errorAfter([](QJsonObject& o) { o.remove(QStringLiteral("id")); }).contains(QStringLiteral("“id”")));
    CHECK(errorAfter([](QJsonObject& o) { o.insert(QStringLiteral("version"), 0); }).contains(QStringLiteral("“version”")));
    CHECK(errorAfter([](QJsonObject& o) { o.insert(QStringLiteral("version"), 1.5); }).contains(QStringLiteral("“version”")));
    CHECK(errorAfter([](QJsonObject& o) { o.insert(QStringLiteral("title"), QJsonObject{}); }).contains(QStringLiteral("“title”")));
}

TEST_CASE("Loader: no items", "[screening][loader]")
{
    CHECK(errorAfter([](QJsonObject& o) { o.insert(QStringLiteral("items"), QJsonArray{}); }).contains(QStringLiteral("“items”")));
}

TEST_CASE("Loader: duplicate item id", "[screening][loader]")
{
    const QString e = errorAfter([](QJsonObject& o) {
        editItem(o, 2, [](QJsonObject& item) { item.insert(QStringLiteral("id"), QStringLiteral("q1")); });
    });
    CHECK(e.contains(QStringLiteral("q1")));
    CHECK(e.contains(QStringLiteral("more than once")));
}

TEST_CASE("Loader: an item without id or text", "[screening][loader]")
{
    CHECK(errorAfter([](QJsonObject& o) { editItem(o, 1, [](QJsonObject& i) { i.remove(QStringLiteral("id")); }); })
              .contains(QStringLiteral("Item number 2")));
    const QString e = errorAfter([](QJsonObject& o) { editItem(o, 1, [](QJsonObject& i) { i.remove(QStringLiteral("text")); }); });
    CHECK(e.contains(QStringLiteral("Item q2")));
    CHECK(e.contains(QStringLiteral("“text”")));
}

TEST_CASE("Loader: min greater than max, or not whole numbers", "[screening][loader]")
{
    QString e = errorAfter([](QJsonObject& o) {
        editItem(o, 3, [](QJsonObject& i) {
            i.insert(QStringLiteral("min"), 5);
            i.insert(QStringLiteral("max"), 2);
        });
    });
    CHECK(e.contains(QStringLiteral("Item q4")));
    CHECK(e.contains(QStringLiteral("“min” (5) is greater than “max” (2)")));
    e = errorAfter([](QJsonObject& o) { editItem(o, 3, [](QJsonObject& i) { i.insert(QStringLiteral("max"), QStringLiteral("ten")); }); });
    CHECK(e.contains(QStringLiteral("Item q4")));
    CHECK(e.contains(QStringLiteral("“max”")));
}

TEST_CASE("Loader: a label key outside the range or not a number", "[screening][loader]")
{
    QString e = errorAfter([](QJsonObject& o) {
        editItem(o, 0, [](QJsonObject& i) {
            QJsonObject labels = i.value(QStringLiteral("labels")).toObject();
            labels.insert(QStringLiteral("11"), QJsonObject{{QStringLiteral("da"), QStringLiteral("For meget")}});
            i.insert(QStringLiteral("labels"), labels);
        });
    });
    CHECK(e.contains(QStringLiteral("Item q1")));
    CHECK(e.contains(QStringLiteral("label for 11")));
    e = errorAfter([](QJsonObject& o) {
        editItem(o, 0, [](QJsonObject& i) {
            i.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("high"), QJsonObject{{QStringLiteral("da"), QStringLiteral("x")}}}});
        });
    });
    CHECK(e.contains(QStringLiteral("Item q1")));
    CHECK(e.contains(QStringLiteral("“high”")));
}

TEST_CASE("Loader: a recode key outside the range, or a value that is not a number", "[screening][loader]")
{
    QString e = errorAfter([](QJsonObject& o) {
        editItem(o, 2, [](QJsonObject& i) { i.insert(QStringLiteral("recode"), QJsonObject{{QStringLiteral("7"), 1}}); });
    });
    CHECK(e.contains(QStringLiteral("Item q3")));
    CHECK(e.contains(QStringLiteral("recode key 7")));
    e = errorAfter([](QJsonObject& o) {
        editItem(o, 2, [](QJsonObject& i) { i.insert(QStringLiteral("recode"), QJsonObject{{QStringLiteral("3"), QStringLiteral("a")}}); });
    });
    CHECK(e.contains(QStringLiteral("Item q3")));
    CHECK(e.contains(QStringLiteral("recoded value for 3")));
}

TEST_CASE("Loader: reverse together with recode", "[screening][loader]")
{
    const QString e = errorAfter([](QJsonObject& o) { editItem(o, 2, [](QJsonObject& i) { i.insert(QStringLiteral("reverse"), true); }); });
    CHECK(e.contains(QStringLiteral("Item q3")));
    CHECK(e.contains(QStringLiteral("both “reverse” and “recode”")));
    CHECK(errorAfter([](QJsonObject& o) { editItem(o, 0, [](QJsonObject& i) { i.insert(QStringLiteral("reverse"), QStringLiteral("yes")); }); })
              .contains(QStringLiteral("Item q1")));
}

TEST_CASE("Loader: a score naming a missing item", "[screening][loader]")
{
    const QString e = errorAfter([](QJsonObject& o) {
        editArray(o, QStringLiteral("scores"), 0, [](QJsonObject& s) {
            s.insert(QStringLiteral("items"), QJsonArray{QStringLiteral("q1"), QStringLiteral("q99")});
        });
    });
    CHECK(e.contains(QStringLiteral("Score total")));
    CHECK(e.contains(QStringLiteral("q99")));
}

TEST_CASE("Loader: a weight for an item the score does not have, and duplicate or empty scores", "[screening][loader]")
{
    QString e = errorAfter([](QJsonObject& o) {
        editArray(o, QStringLiteral("scores"), 1, [](QJsonObject& s) {
            s.insert(QStringLiteral("weights"), QJsonObject{{QStringLiteral("q2"), 3}});
        });
    });
    CHECK(e.contains(QStringLiteral("Score weighted")));
    CHECK(e.contains(QStringLiteral("q2")));
    e = errorAfter([](QJsonObject& o) {
        editArray(o, QStringLiteral("scores"), 1, [](QJsonObject& s) { s.insert(QStringLiteral("id"), QStringLiteral("total")); });
    });
    CHECK(e.contains(QStringLiteral("score id total")));
    CHECK(errorAfter([](QJsonObject& o) { o.insert(QStringLiteral("scores"), QJsonArray{}); }).contains(QStringLiteral("“scores”")));
}

TEST_CASE("Loader: unknown risk in a stratum", "[screening][loader]")
{
    const QString e = errorAfter([](QJsonObject& o) {
        editArray(o, QStringLiteral("strata"), 2, [](QJsonObject& s) { s.insert(QStringLiteral("risk"), QStringLiteral("extreme")); });
    });
    CHECK(e.contains(QStringLiteral("Stratum 3")));
    CHECK(e.contains(QStringLiteral("extreme")));
}

TEST_CASE("Loader: unknown op in a condition", "[screening][loader]")
{
    const QString e = errorAfter([](QJsonObject& o) {
        editArray(o, QStringLiteral("strata"), 1, [](QJsonObject& s) {
            s.insert(QStringLiteral("when"), QJsonArray{condition(QStringLiteral("total"), QStringLiteral("=>"), 60)});
        });
    });
    CHECK(e.contains(QStringLiteral("Stratum 2")));
    CHECK(e.contains(QStringLiteral("“=>”")));
}

TEST_CASE("Loader: a condition on a score the instrument does not define, or without a number", "[screening][loader]")
{
    QString e = errorAfter([](QJsonObject& o) {
        editArray(o, QStringLiteral("strata"), 1, [](QJsonObject& s) {
            s.insert(QStringLiteral("when"), QJsonArray{condition(QStringLiteral("nosuch"), QStringLiteral(">="), 60)});
        });
    });
    CHECK(e.contains(QStringLiteral("Stratum 2")));
    CHECK(e.contains(QStringLiteral("nosuch")));
    e = errorAfter([](QJsonObject& o) {
        editArray(o, QStringLiteral("strata"), 1, [](QJsonObject& s) {
            s.insert(QStringLiteral("when"),
                     QJsonArray{QJsonObject{{QStringLiteral("score"), QStringLiteral("total")}, {QStringLiteral("op"), QStringLiteral(">=")}}});
        });
    });
    CHECK(e.contains(QStringLiteral("Stratum 2")));
    CHECK(e.contains(QStringLiteral("“value”")));
}

TEST_CASE("Loader: strata without a rule that always holds at the end", "[screening][loader]")
{
    QString e = errorAfter([](QJsonObject& o) {
        QJsonArray strata = o.value(QStringLiteral("strata")).toArray();
        strata.removeLast();
        o.insert(QStringLiteral("strata"), strata);
    });
    CHECK(e.contains(QStringLiteral("last stratum")));
    CHECK(errorAfter([](QJsonObject& o) { o.insert(QStringLiteral("strata"), QJsonArray{}); }).contains(QStringLiteral("“strata”")));
}

TEST_CASE("Loader reports every problem at once, one a line", "[screening][loader]")
{
    const QString e = errorAfter([](QJsonObject& o) {
        editItem(o, 0, [](QJsonObject& i) { i.insert(QStringLiteral("min"), 20); });
        editArray(o, QStringLiteral("strata"), 0, [](QJsonObject& s) { s.insert(QStringLiteral("risk"), QStringLiteral("none")); });
    });
    CHECK(e.contains(QStringLiteral("Item q1")));
    CHECK(e.contains(QStringLiteral("Stratum 1")));
    CHECK(e.count(QLatin1Char('\n')) >= 2);
}
