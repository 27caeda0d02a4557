// bench_memory: how much memory the desktop program holds with many citizens, once the caseload
// (main window, every next step in) and Team ▸ Overblik (every figure in) are shown: the
// resident set (VmRSS) and its peak (VmHWM) from /proc/self/status. Beside it, the same process
// before it opened the database (Qt, the fonts and the translations: the part no database
// changes). Target: under 200 MB resident at 20,000 citizens. Prints a Markdown table;
// --quick uses 2,000 citizens (run by ctest so it cannot rot).
//
//   bench_memory [--quick] [--citizens N] [--db FILE]   (--db: a copy of an existing database)

#include "tests/benchmarks/BenchSupport.h"
#include "core/Modules.h"
#include "core/demo/DemoData.h"
#include "core/staff/StaffRepository.h"
#include "core/staff/AccessPolicy.h"
#include "ui/UiModules.h"
#include "ui/common/Settings.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/caseload/CaseloadModel.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace samspil;

namespace {

[[noreturn]] void die(const QString& what)
{
    bench::die("bench_memory", what);
}

/// A line of /proc/self/status ("VmRSS:  123456 kB") in MB; 0 where there is no /proc.
double statusMb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    bench::setUpProcess();
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    registerCoreModules();
    ui::registerUiModules();
    const QStringList args = QCoreApplication::arguments();
    int citizens = args.contains(QStringLiteral("--quick")) ? 2000 : 20000;
    if (const int i = int(args.indexOf(QStringLiteral("--citizens"))); i >= 0 && i + 1 < args.size()) {
        citizens = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    ui::Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    if (const int i = int(args.indexOf(QStringLiteral("--db"))); i >= 0 && i + 1 < args.size()) {
        if (!QFile::copy(args[i + 1], path)) {
            die(QStringLiteral("could not copy %1").arg(args[i + 1]));
        }
        bench::openDb("bench_memory", path, OpenOptions::Mode::OpenExisting); // to the current schema
    } else if (const int i = int(args.indexOf(QStringLiteral("--make"))); i >= 0 && i + 1 < args.size()) {
        // The child that makes the demo data, so that its memory is not counted below.
        auto db = bench::openDb("bench_memory", args[i + 1], OpenOptions::Mode::CreateNew);
        if (auto r = DemoData::populate(*db, {citizens, 7}); !r) {
            die(r.error());
        }
        return 0;
    } else if (QProcess::execute(QCoreApplication::applicationFilePath(),
                                 {QStringLiteral("--make"), path, QStringLiteral("--citizens"), QString::number(citizens)})
               != 0) {
        die(QStringLiteral("the demo data could not be made"));
    }
    // What the process holds before it opens the database: a blank window of the same toolkit, shown.
    double before = 0;
    {
        QWidget blank;
        blank.resize(1200, 800);
        blank.show();
        (void)QTest::qWaitForWindowExposed(&blank);
        QCoreApplication::processEvents();
        before = statusMb("VmRSS:");
    }

    auto db = bench::openDb("bench_memory", path, OpenOptions::Mode::OpenExisting);
    const QStringList leaders = StaffRepository(*db).idsInInitialsOrder(Profession::Caseworker);
    const auto someone = leaders.isEmpty() ? std::nullopt : StaffRepository(*db).get(leaders.first());
    if (!someone) {
        die(QStringLiteral("the database has no caseworker"));
    }
    Staff lead = *someone;
    lead.leader = true; // Team ▸ Overblik is a leader's window
    db->setPrincipal(AccessPolicy::principal(QStringLiteral("bench"), lead));

    ui::MainWindow main(*db);
    main.resize(1200, 800);
    main.show();
    if (!QTest::qWaitForWindowExposed(&main)) {
        die(QStringLiteral("the main window was not shown"));
    }
    main.caseloadModel()->waitForNextSteps();
    QCoreApplication::processEvents();
    const int rows = main.caseloadModel()->rowCount();
    const double caseload = statusMb("VmRSS:");

    ui::DashboardWindow dashboard(*db, {});
    dashboard.resize(1280, 800);
    dashboard.show();
    if (!QTest::qWaitForWindowExposed(&dashboard)) {
        die(QStringLiteral("the dashboard was not shown"));
    }
    dashboard.waitForFigures();
    QCoreApplication::processEvents();
    if (dashboard.dashboard().caseload.isEmpty()) {
        die(QStringLiteral("the dashboard shows no figures"));
    }
    const double both = statusMb("VmRSS:");
    const double peak = statusMb("VmHWM:");

    std::printf("Memory benchmark: %d citizens in the caseload\n\n", rows);
    std::printf("| Moment | Resident (MB) | Target | Met |\n|---|---:|---|---|\n");
    std::printf("| A blank window of the same toolkit, before the database (the floor) | %.0f | — | — |\n", before);
    std::printf("| Caseload shown, every next step in | %.0f | — | — |\n", caseload);
    std::printf("| … and Team ▸ Overblik shown, every figure in | %.0f | < 200 MB | %s |\n", both, both < 200 ? "yes" : "no");
    std::printf("| Peak on the way (VmHWM) | %.0f | — | — |\n", peak);
    return 0;
}
