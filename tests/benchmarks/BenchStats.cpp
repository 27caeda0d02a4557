// bench_stats: how fast the team dashboard (Team ▸ Overblik, `samspil-cli stats`) is computed and
// the window opened on many citizens, beside the same rows read in plain SQLite (the floor). A
// program that prints a Markdown table, not a timed test; ctest runs it with --quick so it cannot rot.
//
//   bench_stats [--quick] [--citizens N] [--db FILE] [--rounds N]   (--db: a copy of an existing database instead
//   of demo data; --rounds: how many times each is measured, 5 unless told)
#include "tests/benchmarks/BenchSupport.h"
#include "core/Modules.h"
#include "core/demo/DemoData.h"
#include "core/stats/Dashboard.h"
#include "core/storage/Database.h"
#include "core/util/Language.h"
#include "core/workflow/NextStep.h"
#include "ui/common/Settings.h"
#include "ui/UiModules.h"
#include "ui/dashboard/DashboardWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace samspil;
using bench::median;
using bench::ms;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

[[noreturn]] void die(const QString& what)
{
    bench::die("bench_stats", what);
}

std::unique_ptr<Database> openDb(const QString& path, OpenOptions::Mode mode = OpenOptions::Mode::OpenOrCreate)
{
    return bench::openDb("bench_stats", path, mode);
}

/// The rows the dashboard reads (core/stats/StatsQueries and the latest decided screenings),
/// each selected once and every column read as text, with nothing computed.
const char* const kFloorSql[] = {
    "SELECT id, caseworker_id, status, benefit_start, outcome, outcome_date FROM citizen WHERE deleted_at IS NULL",
    "SELECT s.citizen_id, s.id, s.decided_risk, s.screened_at FROM screening s WHERE s.deleted_at IS NULL AND NOT "
    "EXISTS (SELECT 1 FROM screening t WHERE t.supersedes = s.id AND t.deleted_at IS NULL) ORDER BY s.citizen_id, "
    "s.screened_at DESC",
    "SELECT p.citizen_id, p.id, p.status, p.version, g.lineage, g.parent_lineage, g.position, g.tracks, g.target_date, "
    "g.achieved_on FROM plan p LEFT JOIN plan_goal g ON g.plan_id = p.id AND g.deleted_at IS NULL WHERE p.deleted_at IS NULL",
    "SELECT p.citizen_id, i.tracks FROM plan p JOIN plan_intervention i ON i.plan_id = p.id AND i.deleted_at IS NULL "
    "WHERE p.deleted_at IS NULL",
    "SELECT citizen_id, held_on, tracks FROM conference WHERE deleted_at IS NULL",
    "SELECT citizen_id, goal_lineage, rater, score, rated_on FROM plan_rating WHERE deleted_at IS NULL",
    "SELECT citizen_id, kind, status, starts_at FROM appointment WHERE deleted_at IS NULL",
    "SELECT id, name, initials, profession, active FROM staff WHERE deleted_at IS NULL",
};

qint64 floorRead(const QString& path, size_t* cellsRead)
{
    QElapsedTimer t;
    t.start();
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        die(QStringLiteral("sqlite3_open failed"));
    }
    std::vector<std::string> cells;
    for (const char* sql : kFloorSql) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
            die(QString::fromUtf8(sqlite3_errmsg(db)));
        }
        const int columns = sqlite3_column_count(st);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
                cells.emplace_back(text ? text : "");
            }
        }
        sqlite3_finalize(st);
    }
    const qint64 ns = t.nsecsElapsed();
    sqlite3_close(db);
    *cellsRead = cells.size();
    return ns;
}

int scalarCount(Database& db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM citizen WHERE deleted_at IS NULL")) && q.next() ? q.value(0).toInt() : 0;
}

struct Line
{
    QString what;
    double samspil;
    double floor; ///< 0: no floor
    QString target;
    bool met;
};

} // namespace

int main(int argc, char** argv)
{
    bench::setUpProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    Language::setCurrent(QStringLiteral("da"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    registerCoreModules();
    ui::registerUiModules();
    const QStringList args = QCoreApplication::arguments();
    int citizens = 20000;
    if (args.contains(QStringLiteral("--quick"))) {
        citizens = 1000;
    }
    if (const int i = int(args.indexOf(QStringLiteral("--citizens"))); i >= 0 && i + 1 < args.size()) {
        citizens = args[i + 1].toInt();
    }
    int rounds = 5; // --rounds N: more, e.g. under a profiler
    if (const int i = int(args.indexOf(QStringLiteral("--rounds"))); i >= 0 && i + 1 < args.size()) {
        rounds = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir dir;
    ui::Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    QElapsedTimer total;
    total.start();
    if (const int i = int(args.indexOf(QStringLiteral("--db"))); i >= 0 && i + 1 < args.size()) {
        if (!QFile::copy(args[i + 1], path)) {
            die(QStringLiteral("could not copy %1").arg(args[i + 1]));
        }
        auto db = openDb(path, OpenOptions::Mode::OpenExisting); // brings it to the current schema
    } else {
        auto db = openDb(path, OpenOptions::Mode::CreateNew);
        if (auto r = DemoData::populate(*db, {citizens, 1}); !r) {
            die(r.error());
        }
    }
    const double populateMs = ms(total.nsecsElapsed());

    auto db = openDb(path, OpenOptions::Mode::OpenExisting);
    const QDate today = db->clock().today();
    const DashboardQuery year{today.addYears(-1).addDays(1), today, {}};
    QVector<Line> lines;

    std::vector<double> floor;
    size_t cells = 0;
    for (int i = 0; i < rounds; ++i) {
        floor.push_back(ms(floorRead(path, &cells)));
    }
    const double fl = median(floor);

    // 1. The figures alone (what `samspil-cli stats` computes), the last 12 months, the whole team.
    {
        std::vector<double> v;
        int counted = 0;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            auto d = Dashboard::compute(*db, year, db->clock());
            v.push_back(ms(t.nsecsElapsed()));
            if (!d) {
                die(d.error());
            }
            counted = d->citizens.count;
        }
        if (counted <= 0) {
            die(QStringLiteral("the dashboard counted no citizens"));
        }
        const double s = median(v);
        lines.append({QStringLiteral("Dashboard::compute, whole team, 12 months (%L1 citizens in the period)").arg(counted),
                      s, fl, QStringLiteral("< 500 ms"), s < 500});
    }
    // Of which the workflow's facts of every citizen (the caseload's next steps; the plan and
    // team-day modules fill them, with their own queries): no floor of its own here. The dashboard
    // works out the same facts (Workflow::completeFacts) from its own citizen rows, so it spends a
    // little less on them than factsForAll, which reads every citizen whole first.
    {
        std::vector<double> v;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            const auto facts = Workflow::factsForAll(*db);
            v.push_back(ms(t.nsecsElapsed()));
            if (facts.isEmpty()) {
                die(QStringLiteral("no facts"));
            }
        }
        const double f = median(v);
        const double all = lines.first().samspil;
        lines.append({QStringLiteral("… of which, about, the next-step facts (Workflow::factsForAll, as the caseload)"), f, 0,
                      QStringLiteral("—"), true});
        lines.append({QStringLiteral("… the dashboard's own queries and figures (the difference, about)"), all - f, fl,
                      QStringLiteral("≤ 3× floor"), all - f <= 3 * fl});
    }
    // 2. One caseworker.
    {
        const QString someone = Dashboard::compute(*db, year, db->clock()).value().caseload.first().staffId;
        std::vector<double> v;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            auto d = Dashboard::compute(*db, {year.from, year.to, someone}, db->clock());
            v.push_back(ms(t.nsecsElapsed()));
        }
        const double s = median(v);
        lines.append({QStringLiteral("Dashboard::compute, one caseworker"), s, fl, QStringLiteral("< 500 ms"), s < 500});
    }
    // 3. Opening the window: shown and painted at once, then the figures, tiles, eight tables and
    //    charts from the background count, painted.
    {
        std::vector<double> shown;
        std::vector<double> filled;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            ui::DashboardWindow w(*db, {});
            w.resize(1280, 800);
            w.show();
            if (!QTest::qWaitForWindowExposed(&w)) {
                die(QStringLiteral("the window was not shown"));
            }
            QCoreApplication::processEvents();
            shown.push_back(ms(t.nsecsElapsed()));
            w.waitForFigures();
            QCoreApplication::processEvents();
            if (w.dashboard().caseload.isEmpty()) {
                die(QStringLiteral("the window shows no figures"));
            }
            filled.push_back(ms(t.nsecsElapsed()));
        }
        const double s = median(shown);
        lines.append({QStringLiteral("Open Team ▸ Overblik (window shown and painted, figures counting)"), s, fl,
                      QStringLiteral("< 500 ms"), s < 500});
        const double f = median(filled);
        lines.append({QStringLiteral("… until its figures are in and painted"), f, fl, QStringLiteral("< 1500 ms"), f < 1500});
    }

    out << "## bench_stats: " << scalarCount(*db) << " citizens (median of " << rounds << ")\n\n";
    out << "| Measure | Samspil (ms) | Plain SQLite floor (ms) | Ratio | Target | Met |\n";
    out << "|---|---:|---:|---:|---|---|\n";
    for (const auto& l : lines) {
        out << "| " << l.what << " | " << QString::number(l.samspil, 'f', 1) << " | "
            << (l.floor > 0 ? QString::number(l.floor, 'f', 1) : QStringLiteral("—")) << " | "
            << (l.floor > 0 ? QString::number(l.samspil / l.floor, 'f', 1) + QStringLiteral("×") : QStringLiteral("—"))
            << " | " << l.target << " | " << (l.met ? "yes" : "**no**") << " |\n";
    }
    out << "\nThe floor reads the same rows in plain SQLite (" << cells
        << " cells, every column as text, nothing computed). Demo data took "
        << QString::number(populateMs / 1000, 'f', 1) << " s to create.\n";
    out.flush();
    ui::Settings::useFile({});
    // A missed target is reported, not failed: timings on a shared machine vary.
    return 0;
}
