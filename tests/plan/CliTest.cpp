#include "tests/plan/PlanWorld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace samspil;
using namespace samspil::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run cli(const QStringList& args, const QString& lang = QStringLiteral("en"))
{
    return run(QStringLiteral(SAMSPIL_CLI), QStringList{QStringLiteral("--lang"), lang} + args);
}

/// A citizen with an agreed plan and a few ratings, the database closed for the CLI.
struct CliWorld : PlanWorld
{
    Plan plan;
    CliWorld()
    {
        plan = createAgreed();
        ProgressionRepository ratings(*t);
        int k = 0;
        for (int score : {3, 4, 6}) {
            for (Rater r : {Rater::Citizen, Rater::Professional}) {
                Rating x;
                x.citizenId = citizen;
                x.goalLineage = plan.goals[0].lineage;
                x.rater = r;
                x.score = r == Rater::Citizen ? score : score - 1;
                x.ratedOn = QDate(2026, 10, 1).addDays(14 * k);
                if (r == Rater::Professional) {
                    x.ratedBy = physio;
                }
                REQUIRE(ratings.add(x).ok());
            }
            Rating e;
            e.citizenId = citizen;
            e.rater = Rater::Caseworker;
            e.score = score;
            e.ratedOn = QDate(2026, 10, 1).addDays(14 * k);
            REQUIRE(ratings.add(e).ok());
            ++k;
        }
        bindOsAccount(*t, caseworker);
        t.db.reset(); // the CLI opens the file itself
    }
};

} // namespace

TEST_CASE("export-plan writes an A4 PDF whose text holds the goal, the name and Danish letters", "[plan][cli][pdf]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed");
        return;
    }
    CliWorld w;
    const QString pdf = w.t.dir.filePath(QStringLiteral("plan.pdf"));
    const Run r = cli({QStringLiteral("export-plan"), QStringLiteral("--db"), w.t.path(), QStringLiteral("--citizen"),
                       QStringLiteral("610190-1234"), QStringLiteral("--out"), pdf, QStringLiteral("--municipality"),
                       QStringLiteral("Hjørring Kommune"), QStringLiteral("--department"), QStringLiteral("Jobcenter Hjørring")},
                      QStringLiteral("da"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray head = readFile(pdf).left(5);
    CHECK(head == "%PDF-");
    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    // pdftotext may break lines; compare with whitespace collapsed.
    const QString flat = text.out.simplified();
    CHECK(flat.contains(QStringLiteral("Job som lagermedarbejder, 25 timer")));
    CHECK(flat.contains(QStringLiteral("Åse Ærø")));
    CHECK(flat.contains(QStringLiteral("610190-1234")));
    CHECK(flat.contains(QStringLiteral("Hjørring Kommune")));
    CHECK(flat.contains(QStringLiteral("At kunne gå tur med hunden")));
    CHECK(flat.contains(QStringLiteral("Indsatsplan")));
    CHECK(flat.contains(QStringLiteral("Side 1 af")));
    CHECK(flat.contains(QStringLiteral("Fagperson (Peter Fysioterapeut)"))); // the chart names who rated, as on screen
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.out.contains(QStringLiteral("A4")));
}

TEST_CASE("export-plan refuses an unknown citizen and a missing --out", "[plan][cli]")
{
    CliWorld w;
    Run r = cli({QStringLiteral("export-plan"), QStringLiteral("--db"), w.t.path(), QStringLiteral("--citizen"),
                 QStringLiteral("610101-0000"), QStringLiteral("--out"), w.t.dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("No citizen")));
    CHECK_FALSE(QFile::exists(w.t.dir.filePath(QStringLiteral("x.pdf"))));
    r = cli({QStringLiteral("export-plan"), QStringLiteral("--db"), w.t.path(), QStringLiteral("--citizen"), QStringLiteral("610190-1234")});
    CHECK(r.exitCode == 2);
}

TEST_CASE("plan, rate and agree-plan through the CLI", "[plan][cli]")
{
    CliWorld w;
    Run r = cli({QStringLiteral("plan"), QStringLiteral("--db"), w.t.path(), QStringLiteral("--citizen"), QStringLiteral("610190-1234")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("plan")).toObject();
    CHECK(plan.value(QStringLiteral("status")).toString() == QStringLiteral("agreed"));
    CHECK(plan.value(QStringLiteral("goals")).toArray().size() == 3);
    const QString goal = plan.value(QStringLiteral("goals")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();

    r = cli({QStringLiteral("rate"), QStringLiteral("--db"), w.t.path(), QStringLiteral("--citizen"), QStringLiteral("610190-1234"),
             QStringLiteral("--goal"), goal, QStringLiteral("--rater"), QStringLiteral("citizen"), QStringLiteral("--score"),
             QStringLiteral("12"), QStringLiteral("--date"), QStringLiteral("2026-11-01")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("1 to 10")));
    r = cli({QStringLiteral("rate"), QStringLiteral("--db"), w.t.path(), QStringLiteral("--citizen"), QStringLiteral("610190-1234"),
             QStringLiteral("--goal"), goal, QStringLiteral("--rater"), QStringLiteral("citizen"), QStringLiteral("--score"),
             QStringLiteral("9"), QStringLiteral("--date"), QStringLiteral("2026-11-01")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);

    // An agreed plan cannot be agreed again.
    r = cli({QStringLiteral("agree-plan"), QStringLiteral("--db"), w.t.path(), QStringLiteral("--citizen"), QStringLiteral("610190-1234"),
             QStringLiteral("--present"), QStringLiteral("Borgeren")});
    CHECK(r.exitCode == 1);
}

TEST_CASE("The command line's database and exported plan are readable by their owner only", "[plan][cli][security]")
{
    CliWorld w;
    const QString fresh = w.t.dir.filePath(QStringLiteral("new.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), fresh}).exitCode == 0);
    const QString pdf = w.t.dir.filePath(QStringLiteral("plan.pdf"));
    const Run r = cli({QStringLiteral("export-plan"), QStringLiteral("--db"), w.t.path(), QStringLiteral("--citizen"),
                       QStringLiteral("610190-1234"), QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    for (const QString& file : {fresh, pdf}) {
        INFO(file.toStdString());
        CHECK((QFile::permissions(file) & QFileDevice::ReadOwner));
        CHECK_FALSE((QFile::permissions(file) & others));
    }
}
