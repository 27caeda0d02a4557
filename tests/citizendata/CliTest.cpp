// The command line: retention, erase-citizen, export-citizen and access-log --action, end to end.
#include "tests/citizendata/CitizenWorld.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;

namespace {

using Run = CliRun;

Run cli(const QStringList& args)
{
    return runCli(QStringLiteral(SAMSPIL_CLI), args);
}

} // namespace

TEST_CASE("The command line lists, exports and erases a citizen's data", "[cli][erasure][export]")
{
    TempDb t;
    CitizenWorld w(*t);
    w.fill();
    const QString db = t.path();
    bindOsAccount(*t, w.caseworker.id, true); // erasure is a leader's
    t.db.reset(); // the commands open the file themselves
    const QString aase = QStringLiteral("610190-1234");

    auto listed = cli({QStringLiteral("retention"), QStringLiteral("--db"), db});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json.value(QStringLiteral("years")).toInt() == 5);
    const QJsonArray cases = listed.json.value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].toObject().value(QStringLiteral("cpr")).toString() == aase);
    CHECK(cases[0].toObject().value(QStringLiteral("ended_on")).toString() == QStringLiteral("2020-01-10"));
    CHECK(cases[0].toObject().value(QStringLiteral("kept_until")).toString() == QStringLiteral("2025-01-10"));
    CHECK(cases[0].toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("ordinary_job"));
    CHECK(cli({QStringLiteral("retention"), QStringLiteral("--db"), db, QStringLiteral("--years"), QStringLiteral("30")})
              .json.value(QStringLiteral("cases")).toArray().isEmpty());
    CHECK(cli({QStringLiteral("retention"), QStringLiteral("--db"), db, QStringLiteral("--years"), QStringLiteral("0")}).exitCode == 2);

    auto changes = cli({QStringLiteral("access-log"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), aase,
                        QStringLiteral("--action"), QStringLiteral("change")});
    REQUIRE(changes.exitCode == 0);
    const QJsonArray entries = changes.json.value(QStringLiteral("access")).toArray();
    REQUIRE(entries.size() > 5);
    QSet<QString> records;
    for (const auto& e : entries) {
        CHECK(e.toObject().value(QStringLiteral("action")).toString() == QStringLiteral("change"));
        records.insert(e.toObject().value(QStringLiteral("record")).toString());
    }
    CHECK(records.contains(QStringLiteral("citizen")));
    CHECK(records.contains(QStringLiteral("plan_goal")));
    CHECK(records.contains(QStringLiteral("icf_note")));
    CHECK(cli({QStringLiteral("access-log"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), aase,
               QStringLiteral("--action"), QStringLiteral("read")})
              .exitCode
          == 2);

    // A folder that is not there yet is made, as a script expects of an output folder.
    QTemporaryDir out;
    const QString folder = QDir(out.path()).filePath(QStringLiteral("indsigt/2026"));
    auto exported = cli({QStringLiteral("export-citizen"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), aase,
                         QStringLiteral("--out"), folder});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(QFileInfo::exists(exported.json.value(QStringLiteral("pdf")).toString()));
    CHECK(exported.json.value(QStringLiteral("pdf")).toString().startsWith(folder));
    CHECK(QFileInfo::exists(exported.json.value(QStringLiteral("json")).toString()));
    CHECK(exported.json.value(QStringLiteral("pages")).toInt() >= 3);
    // A folder that cannot be made (a file stands where it should go): a message, nothing written.
    writeFile(QDir(out.path()).filePath(QStringLiteral("a-file")), "x");
    auto blocked = cli({QStringLiteral("export-citizen"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), aase,
                        QStringLiteral("--out"), QDir(out.path()).filePath(QStringLiteral("a-file/sub"))});
    CHECK(blocked.exitCode == 1);
    CHECK(blocked.err.contains(QStringLiteral("could not be made")));
    auto exports = cli({QStringLiteral("access-log"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), aase,
                        QStringLiteral("--action"), QStringLiteral("export")});
    REQUIRE(exports.json.value(QStringLiteral("access")).toArray().size() == 1);
    CHECK(exports.json.value(QStringLiteral("access")).toArray()[0].toObject().value(QStringLiteral("description")).toString()
          == QStringLiteral("Everything about the citizen (PDF and data file)"));
    CHECK(exports.json.value(QStringLiteral("access")).toArray()[0].toObject().value(QStringLiteral("staff")).toString()
          == QStringLiteral("KK")); // the account that ran it, never a name the command made up

    auto open = cli({QStringLiteral("erase-citizen"), QStringLiteral("--db"), db, QStringLiteral("--citizen"),
                     QStringLiteral("620285-1235")});
    CHECK(open.exitCode == 1);
    CHECK(open.err.contains(QStringLiteral("still open")));

    auto erased = cli({QStringLiteral("erase-citizen"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), aase});
    INFO(erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(isUuid(erased.json.value(QStringLiteral("erasure")).toString()));
    CHECK(erased.json.value(QStringLiteral("records")).toInt() > 20);
    CHECK(erased.json.value(QStringLiteral("problems")).toArray().isEmpty());
    CHECK(cli({QStringLiteral("retention"), QStringLiteral("--db"), db}).json.value(QStringLiteral("cases")).toArray().isEmpty());
    auto gone = cli({QStringLiteral("access-log"), QStringLiteral("--db"), db, QStringLiteral("--citizen"), aase});
    CHECK(gone.exitCode == 1);
    CHECK(gone.err.contains(QStringLiteral("No citizen has the CPR number")));
    CHECK_FALSE(readFile(db).contains(CitizenWorld::kAaseName.toUtf8()));
    // Bo can go early with a reason.
    auto early = cli({QStringLiteral("erase-citizen"), QStringLiteral("--db"), db, QStringLiteral("--citizen"),
                      QStringLiteral("620285-1235"), QStringLiteral("--reason"), QStringLiteral("Borgeren bad om det")});
    CHECK(early.exitCode == 0);
}
