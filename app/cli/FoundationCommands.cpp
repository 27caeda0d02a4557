#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/demo/DemoData.h"
#include "core/citizen/CitizenImporter.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Dump.h"

#include <QCoreApplication>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runInit(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::CreateNew);
    if (!db) {
        return Failed;
    }
    printJson(ctx, {{QStringLiteral("created"), db->path()}, {QStringLiteral("site"), db->siteId()},
                    {QStringLiteral("schema"), db->schemaVersion()}});
    return Ok;
}

int runDemo(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("citizens"), Tr::tr("How many fictitious citizens to add."), QStringLiteral("N")});
    p.addOption({QStringLiteral("activity"), Tr::tr("How many random user actions to perform on existing data."), QStringLiteral("K")});
    p.addOption({QStringLiteral("seed"), Tr::tr("Seed for the random choices; the same seed gives the same data."), QStringLiteral("S")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    bool ok = true;
    const quint64 seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toULongLong(&ok) : 1;
    if (!ok) {
        return failWith(ctx, Tr::tr("--seed takes a whole number."));
    }
    if (p.isSet(QStringLiteral("citizens")) == p.isSet(QStringLiteral("activity"))) {
        return failWith(ctx, Tr::tr("Give either --citizens N (new demo citizens) or --activity K (random actions)."));
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenOrCreate);
    if (!db) {
        return Failed;
    }
    if (p.isSet(QStringLiteral("citizens"))) {
        const int n = p.value(QStringLiteral("citizens")).toInt(&ok);
        if (!ok || n < 0) {
            return failWith(ctx, Tr::tr("--citizens takes a whole number of 0 or more."));
        }
        auto r = DemoData::populate(*db, {n, seed});
        if (!r) {
            return failWith(ctx, r.error());
        }
        printJson(ctx, r.value());
        return Ok;
    }
    const int k = p.value(QStringLiteral("activity")).toInt(&ok);
    if (!ok || k < 0) {
        return failWith(ctx, Tr::tr("--activity takes a whole number of 0 or more."));
    }
    auto r = DemoData::activity(*db, k, seed);
    if (!r) {
        return failWith(ctx, r.error());
    }
    printJson(ctx, r.value());
    return Ok;
}

int runImportCitizens(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addPositionalArgument(QStringLiteral("file"), Tr::tr("The CSV file exported from the case system."));
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (p.positionalArguments().size() != 1) {
        return failWith(ctx, Tr::tr("Name one CSV file to import."));
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    auto report = CitizenImporter(*db).importFile(p.positionalArguments().front());
    if (!report) {
        return failWith(ctx, report.error());
    }
    printJson(ctx, report->toJson());
    return Ok;
}

int runDump(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    ctx.out.flush();
    ctx.out << QString::fromUtf8(dumpDatabase(*db));
    ctx.out.flush();
    return Ok;
}

int runCheck(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    const auto findings = ConsistencyCheck::run(*db);
    printJson(ctx, ConsistencyCheck::toJson(findings));
    return ConsistencyCheck::sound(findings) ? Ok : Failed;
}

} // namespace

std::vector<Command> foundationCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("init --db FILE"), runInit},
        {QStringLiteral("demo"), QStringLiteral("demo --db FILE (--citizens N | --activity K) [--seed S]"), runDemo},
        {QStringLiteral("import-citizens"), QStringLiteral("import-citizens --db FILE CASELOAD.csv"), runImportCitizens},
        {QStringLiteral("dump"), QStringLiteral("dump --db FILE"), runDump},
        {QStringLiteral("check"), QStringLiteral("check --db FILE"), runCheck},
    };
}

} // namespace samspil::cli
