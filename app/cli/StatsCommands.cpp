#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "core/io/CsvReader.h"
#include "core/stats/Dashboard.h"
#include "core/staff/StaffRepository.h"

#include <QCoreApplication>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int usage(Context& ctx, const QString& message)
{
    ctx.err << message << Qt::endl;
    return Usage;
}

/// samspil-cli stats: the dashboard's numbers as JSON (docs/dashboard.md).
int runStats(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), Tr::tr("The Samspil database file."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("from"), Tr::tr("The first day of the period (default: a year before --to)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), Tr::tr("The last day of the period (default: today)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("caseworker"), Tr::tr("Only this caseworker's citizens (initials)."),
                 QStringLiteral("INITIALS")});
    p.addOption({QStringLiteral("today"),
                 Tr::tr("Count as on this day (weeks of open courses, overdue steps); default: today."),
                 QStringLiteral("DATE")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (!p.positionalArguments().isEmpty()) {
        return usage(ctx, Tr::tr("stats takes no file names; did you mean --db %1?").arg(p.positionalArguments().first()));
    }
    auto date = [&](const QString& option, QDate& out) {
        if (!p.isSet(option)) {
            return true;
        }
        out = CsvReader::parseDate(p.value(option).trimmed());
        if (!out.isValid()) {
            ctx.err << Tr::tr("--%1 takes a date such as 2026-11-23 or 23-11-2026, not “%2”.").arg(option, p.value(option))
                    << Qt::endl;
            return false;
        }
        return true;
    };
    QDate from, to, today;
    if (!date(QStringLiteral("from"), from) || !date(QStringLiteral("to"), to) || !date(QStringLiteral("today"), today)) {
        return Usage;
    }
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return usage(ctx, Tr::tr("Name the database with --db FILE."));
    }
    // A fixed clock at noon of --today, so every figure (and the workflow's due dates) agree on the day.
    MockClock fixed(today.isValid() ? QDateTime(today, QTime(12, 0)) : QDateTime::currentDateTimeUtc());
    OpenOptions o;
    o.path = path;
    o.mode = OpenOptions::Mode::OpenExisting;
    o.clock = today.isValid() ? &fixed : nullptr;
    auto opened = Database::open(o);
    if (!opened) {
        return failWith(ctx, opened.error());
    }
    auto db = std::move(opened).value();
    const QDate now = db->clock().today();
    if (!to.isValid()) {
        to = now;
    }
    if (!from.isValid()) {
        from = to.addYears(-1).addDays(1);
    }
    DashboardQuery query{from, to, {}};
    if (p.isSet(QStringLiteral("caseworker"))) {
        const auto who = StaffRepository(*db).byInitials(p.value(QStringLiteral("caseworker")).trimmed());
        if (!who) {
            return usage(ctx, Tr::tr("No staff member has the initials %1.").arg(p.value(QStringLiteral("caseworker"))));
        }
        query.caseworkerId = who->id;
    }
    auto dashboard = Dashboard::compute(*db, query, db->clock());
    if (!dashboard) {
        return usage(ctx, dashboard.error());
    }
    printJson(ctx, dashboard->toJson());
    return Ok;
}

} // namespace

std::vector<Command> statsCommands()
{
    return {
        {QStringLiteral("stats"),
         QStringLiteral("stats --db FILE [--from DATE --to DATE] [--caseworker INITIALS] [--today DATE]"), runStats},
    };
}

} // namespace samspil::cli
