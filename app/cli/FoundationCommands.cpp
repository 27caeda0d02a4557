#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/demo/DemoData.h"
#include "core/io/CitizenImporter.h"
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
    CommandLine cl(ctx);
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::CreateNew); code != Ok) {
        return code;
    }
    const Database& db = cl.db();
    printJson(ctx, {{QStringLiteral("created"), db.path()}, {QStringLiteral("site"), db.siteId()},
                    {QStringLiteral("schema"), db.schemaVersion()}});
    return Ok;
}

int runDemo(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizens"), Tr::tr("How many fictitious citizens to add."), QStringLiteral("N")});
    cl.addOption({QStringLiteral("activity"), Tr::tr("How many random user actions to perform on existing data."), QStringLiteral("K")});
    cl.addOption({QStringLiteral("seed"), Tr::tr("Seed for the random choices; the same seed gives the same data."), QStringLiteral("S")});
    if (!cl.parse()) {
        return Usage;
    }
    bool ok = true;
    const quint64 seed = cl.isSet(QStringLiteral("seed")) ? cl.value(QStringLiteral("seed")).toULongLong(&ok) : 1;
    if (!ok) {
        return cl.fail(Tr::tr("--seed takes a whole number."));
    }
    if (cl.isSet(QStringLiteral("citizens")) == cl.isSet(QStringLiteral("activity"))) {
        return cl.fail(Tr::tr("Give either --citizens N (new demo citizens) or --activity K (random actions)."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenOrCreate); code != Ok) {
        return code;
    }
    if (cl.isSet(QStringLiteral("citizens"))) {
        const int n = cl.value(QStringLiteral("citizens")).toInt(&ok);
        if (!ok || n < 0) {
            return cl.fail(Tr::tr("--citizens takes a whole number of 0 or more."));
        }
        auto r = DemoData::populate(cl.db(), {n, seed});
        if (!r) {
            return cl.fail(r.error());
        }
        printJson(ctx, r.value());
        return Ok;
    }
    const int k = cl.value(QStringLiteral("activity")).toInt(&ok);
    if (!ok || k < 0) {
        return cl.fail(Tr::tr("--activity takes a whole number of 0 or more."));
    }
    auto r = DemoData::activity(cl.db(), k, seed);
    if (!r) {
        return cl.fail(r.error());
    }
    printJson(ctx, r.value());
    return Ok;
}

int runImportCitizens(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addPositionalArgument(QStringLiteral("file"), Tr::tr("The CSV file exported from the case system."));
    if (!cl.parse()) {
        return Usage;
    }
    if (cl.positionalArguments().size() != 1) {
        return cl.fail(Tr::tr("Name one CSV file to import."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    auto report = CitizenImporter(cl.db()).importFile(cl.positionalArguments().front());
    if (!report) {
        return cl.fail(report.error());
    }
    printJson(ctx, report->toJson());
    return Ok;
}

int runDump(Context& ctx)
{
    CommandLine cl(ctx);
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    ctx.out.flush();
    ctx.out << QString::fromUtf8(dumpDatabase(cl.db()));
    ctx.out.flush();
    return Ok;
}

int runCheck(Context& ctx)
{
    CommandLine cl(ctx);
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    const auto findings = ConsistencyCheck::run(cl.db());
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
