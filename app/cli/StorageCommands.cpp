// The database itself: make a new one, read it all out, check it is sound.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Dump.h"

namespace samspil::cli {

namespace {

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

std::vector<Command> storageCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("init --db FILE"), runInit},
        {QStringLiteral("dump"), QStringLiteral("dump --db FILE"), runDump},
        {QStringLiteral("check"), QStringLiteral("check --db FILE"), runCheck},
    };
}

} // namespace samspil::cli
