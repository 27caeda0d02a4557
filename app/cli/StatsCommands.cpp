#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "core/io/CsvReader.h"
#include "core/stats/Dashboard.h"

#include <QCoreApplication>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// samspil-cli stats: the dashboard's numbers as JSON (docs/dashboard.md).
int runStats(Context& ctx)
{
    CommandLine cl(ctx, CommandLine::Uses::DatabaseOnly);
    cl.addOption({QStringLiteral("from"), Tr::tr("The first day of the period (default: a year before --to)."),
                  QStringLiteral("DATE")});
    cl.addOption({QStringLiteral("to"), Tr::tr("The last day of the period (default: today)."), QStringLiteral("DATE")});
    cl.addOption({QStringLiteral("caseworker"), Tr::tr("Only this caseworker's citizens (initials)."),
                  QStringLiteral("INITIALS")});
    cl.addOption({QStringLiteral("today"),
                  Tr::tr("Count as on this day (weeks of open courses, overdue steps); default: today."),
                  QStringLiteral("DATE")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.positionalArguments().isEmpty()) {
        return cl.usage(Tr::tr("stats takes no file names; did you mean --db %1?").arg(cl.positionalArguments().first()));
    }
    auto date = [&](const QString& option, QDate& out) {
        if (!cl.isSet(option)) {
            return true;
        }
        out = CsvReader::parseDate(cl.value(option).trimmed());
        if (!out.isValid()) {
            cl.usage(Tr::tr("--%1 takes a date such as 2026-11-23 or 23-11-2026, not “%2”.").arg(option, cl.value(option)));
            return false;
        }
        return true;
    };
    QDate from, to, today;
    if (!date(QStringLiteral("from"), from) || !date(QStringLiteral("to"), to) || !date(QStringLiteral("today"), today)) {
        return Usage;
    }
    // A fixed clock at noon of --today, so every figure (and the workflow's due dates) agree on the day.
    auto fixed = today.isValid() ? std::make_unique<MockClock>(QDateTime(today, QTime(12, 0))) : nullptr;
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting, std::move(fixed)); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    const QDate now = db.clock().today();
    if (!to.isValid()) {
        to = now;
    }
    if (!from.isValid()) {
        from = to.addYears(-1).addDays(1);
    }
    DashboardQuery query{from, to, {}};
    if (cl.isSet(QStringLiteral("caseworker"))) {
        const auto who = cl.staffMember(QStringLiteral("caseworker"));
        if (!who) {
            return Usage;
        }
        query.caseworkerId = who->id;
    }
    auto dashboard = Dashboard::compute(db, query, db.clock());
    if (!dashboard) {
        return cl.usage(dashboard.error());
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
