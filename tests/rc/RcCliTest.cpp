#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace samspil::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SAMSPIL_CLI), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject json(const QByteArray& bytes)
{
    QJsonParseError e{};
    const auto doc = QJsonDocument::fromJson(bytes, &e);
    INFO(bytes.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

QJsonObject expected(const QString& name)
{
    return json(readFile(dataPath(QStringLiteral("rc/%1.expected.json").arg(name))));
}

} // namespace

TEST_CASE("samspil-cli rc-import and rc-report, golden files", "[rc][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("rc.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);

    SECTION("rejections with line numbers")
    {
        const Run r = cli({QStringLiteral("--lang"),
                           QStringLiteral("en"),
                           QStringLiteral("rc-import"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--survey"),
                           QStringLiteral("Runde 1"),
                           dataPath(QStringLiteral("rc/rejections.csv"))});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(json(r.out) == expected(QStringLiteral("rejections")));
    }
    SECTION("the report of a round, and of the next round compared with it")
    {
        Run r = cli({QStringLiteral("rc-import"),
                     QStringLiteral("--db"),
                     db,
                     QStringLiteral("--survey"),
                     QStringLiteral("Runde 1"),
                     QStringLiteral("--date"),
                     QStringLiteral("01-05-2026"),
                     dataPath(QStringLiteral("rc/measure.csv"))});
        REQUIRE(r.exitCode == 0);
        CHECK(json(r.out).value(QStringLiteral("imported")).toInt() == 12);
        r = cli({QStringLiteral("rc-report"),
                 QStringLiteral("--db"),
                 db,
                 QStringLiteral("--survey"),
                 QStringLiteral("Runde 1")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        INFO(r.out.toStdString());
        CHECK(json(r.out) == expected(QStringLiteral("measure")));

        r = cli({QStringLiteral("rc-import"),
                 QStringLiteral("--db"),
                 db,
                 QStringLiteral("--survey"),
                 QStringLiteral("Runde 2"),
                 dataPath(QStringLiteral("rc/measure_round2.csv"))});
        REQUIRE(r.exitCode == 0);
        r = cli({QStringLiteral("rc-report"),
                 QStringLiteral("--db"),
                 db,
                 QStringLiteral("--survey"),
                 QStringLiteral("Runde 2"),
                 QStringLiteral("--compare"),
                 QStringLiteral("Runde 1")});
        REQUIRE(r.exitCode == 0);
        INFO(r.out.toStdString());
        CHECK(json(r.out) == expected(QStringLiteral("measure_round2")));
    }
    SECTION("a survey that does not exist is a clear error")
    {
        const Run r = cli({QStringLiteral("--lang"),
                           QStringLiteral("en"),
                           QStringLiteral("rc-report"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--survey"),
                           QStringLiteral("Ingen")});
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("There is no survey called “Ingen”.")));
    }
    SECTION("messages in Danish")
    {
        const Run r = cli({QStringLiteral("--lang"),
                           QStringLiteral("da"),
                           QStringLiteral("rc-import"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--survey"),
                           QStringLiteral("Runde 1"),
                           dataPath(QStringLiteral("rc/rejections.csv"))});
        REQUIRE(r.exitCode == 0);
        const QString text = QString::fromUtf8(r.out);
        CHECK(text.contains(QStringLiteral("uden for skalaen 1 til 5")));
    }
}

TEST_CASE("samspil-cli demo creates two rounds that pass the check", "[rc][cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--citizens"), QStringLiteral("2")})
                .exitCode
            == 0);
    const Run list = cli({QStringLiteral("rc-surveys"), QStringLiteral("--db"), db});
    REQUIRE(list.exitCode == 0);
    const auto surveys = json(list.out).value(QStringLiteral("surveys")).toArray();
    REQUIRE(surveys.size() == 2);
    for (const auto& s : surveys) {
        CHECK(s.toObject().value(QStringLiteral("rows")).toInt() > 100);
    }
    const QString first = surveys[0].toObject().value(QStringLiteral("name")).toString();
    const QString second = surveys[1].toObject().value(QStringLiteral("name")).toString();
    const Run report = cli({QStringLiteral("rc-report"),
                            QStringLiteral("--db"),
                            db,
                            QStringLiteral("--survey"),
                            second,
                            QStringLiteral("--compare"),
                            first});
    REQUIRE(report.exitCode == 0);
    int weak = 0;
    double change = 0;
    for (const auto& t : json(report.out).value(QStringLiteral("ties")).toArray()) {
        const auto o = t.toObject();
        weak += o.value(QStringLiteral("index")).toDouble() < 3.5 ? 1 : 0;
        change += o.value(QStringLiteral("change")).toDouble();
    }
    CHECK(weak > 0); // some ties are weak
    CHECK(change > 0.0); // and the team improved between rounds
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
}
