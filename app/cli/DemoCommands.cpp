// Demo data: a fictitious team and citizens, and random user actions on them.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/citizen/CitizenRepository.h"
#include "core/demo/DemoData.h"

#include <QCoreApplication>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
    if (const int code = cl.open(OpenOptions::Mode::OpenOrCreate, nullptr, CommandLine::Who::Anyone); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    // Demo data goes into a demo database, or a new one that becomes one; never among real citizens.
    const bool demoDb = db.meta(QStringLiteral("demo")) == QLatin1String("1");
    if (!demoDb) {
        const bool fresh = cl.session().standing() == Session::Standing::NoAccounts || cl.session().member();
        const bool noCitizens = [&] {
            Database::EngineScope engine(db); // may not read citizens yet, but may ask whether there are any
            return CitizenRepository(db).noneEver();
        }();
        if (!fresh || !noCitizens) {
            return cl.fail(Tr::tr("Demo data goes only into a demo database or a new, empty one; %1 holds a team's "
                                  "own citizens.")
                               .arg(db.path()));
        }
        if (auto marked = db.setMeta(QStringLiteral("demo"), QStringLiteral("1")); !marked) {
            return cl.fail(marked.error());
        }
    }
    db.setPrincipal(Principal::engine()); // the demo team's actions are the generator's, not the user's
    if (cl.isSet(QStringLiteral("citizens"))) {
        const int n = cl.value(QStringLiteral("citizens")).toInt(&ok);
        if (!ok || n < 0) {
            return cl.fail(Tr::tr("--citizens takes a whole number of 0 or more."));
        }
        auto r = DemoData::populate(cl.db(), {n, seed});
        if (!r) {
            return cl.fail(r.error());
        }
        if (const int code = cl.restartSession(); code != Ok) { // binds the account to a demo caseworker
            return code;
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

} // namespace

std::vector<Command> demoCommands()
{
    return {
        {QStringLiteral("demo"), QStringLiteral("demo --db FILE (--citizens N | --activity K) [--seed S]"), runDemo},
    };
}

} // namespace samspil::cli
