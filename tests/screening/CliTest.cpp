#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

using namespace samspil::test;

namespace {

using Run = CliRun;

Run cli(const QStringList& args)
{
    return runCli(QStringLiteral(SAMSPIL_CLI), args);
}

QString data(const char* name)
{
    return dataPath(QStringLiteral("screening/") + QLatin1String(name));
}

} // namespace

TEST_CASE("CLI score prints the scores and the proposed risk (golden)", "[screening][cli]")
{
    const Run r = cli({QStringLiteral("score"), QStringLiteral("--instrument"), data("fixture.json"), QStringLiteral("--answers"),
                       data("answers_moderate.json")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out == QString::fromUtf8(readFile(data("answers_moderate.expected.json"))));
}

TEST_CASE("CLI score names the item of a missing, unknown or out-of-range answer and fails", "[screening][cli]")
{
    struct Case
    {
        const char* file;
        const char* names;
    };
    for (const Case& c : {Case{"answers_missing.json", "q2"}, Case{"answers_out_of_range.json", "q2"}, Case{"answers_unknown.json", "q9"}}) {
        INFO(c.file);
        const Run r = cli({QStringLiteral("score"), QStringLiteral("--instrument"), data("fixture.json"), QStringLiteral("--answers"), data(c.file)});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QLatin1String(c.names)));
    }
}

TEST_CASE("CLI score refuses an invalid instrument, naming the field", "[screening][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QByteArray json = readFile(data("fixture.json"));
    json.replace("\"op\": \"==\"", "\"op\": \"=<\"");
    writeFile(path, json);
    const Run r = cli({QStringLiteral("score"), QStringLiteral("--instrument"), path, QStringLiteral("--answers"), data("answers_moderate.json")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Stratum 1")));
    CHECK(r.err.contains(QStringLiteral("=<")));
    const Run usage = cli({QStringLiteral("score"), QStringLiteral("--answers"), data("answers_moderate.json")});
    CHECK(usage.exitCode == 2);
}

TEST_CASE("CLI score uses a shipped instrument by id", "[screening][cli]")
{
    QTemporaryDir dir;
    const QString answers = dir.filePath(QStringLiteral("a.json"));
    QJsonObject a;
    for (int i = 1; i <= 14; ++i) {
        a.insert(QStringLiteral("q%1").arg(i), 1);
    }
    writeFile(answers, QJsonDocument(a).toJson());
    const Run r = cli({QStringLiteral("score"), QStringLiteral("--instrument"), QStringLiteral("hjoerring-screening"),
                       QStringLiteral("--answers"), answers});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(out.value(QStringLiteral("scores")).toObject().contains(QStringLiteral("total")));
    CHECK(out.contains(QStringLiteral("proposed_risk")));
}

TEST_CASE("CLI demo creates screenings, and the screenings and next-steps commands list them", "[screening][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--citizens"), QStringLiteral("30")}).exitCode == 0);
    const Run list = cli({QStringLiteral("screenings"), QStringLiteral("--db"), db});
    REQUIRE(list.exitCode == 0);
    const auto screenings = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("screenings")).toArray();
    REQUIRE_FALSE(screenings.isEmpty());
    const QString cpr = screenings.first().toObject().value(QStringLiteral("cpr")).toString();
    const Run one = cli({QStringLiteral("screenings"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), cpr});
    REQUIRE(one.exitCode == 0);
    for (const auto& s : QJsonDocument::fromJson(one.out.toUtf8()).object().value(QStringLiteral("screenings")).toArray()) {
        CHECK(s.toObject().value(QStringLiteral("cpr")).toString() == cpr);
    }
    CHECK(cli({QStringLiteral("screenings"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), QStringLiteral("610101-0000")}).exitCode == 1);
    const Run steps = cli({QStringLiteral("next-steps"), QStringLiteral("--db"), db});
    REQUIRE(steps.exitCode == 0);
    CHECK(steps.out.contains(QStringLiteral("\"step\"")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
}
