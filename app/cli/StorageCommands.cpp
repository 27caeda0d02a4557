// The database itself: make a new one, read it all out, check it is sound.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Dump.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Initials from a name: the first letter of each of its first three words ("Mette Hald
/// Andersen" → MHA), or the first two letters of a one-word name.
QString initialsFrom(const QString& name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    for (const QString& w : words.mid(0, 3)) {
        out += w.front();
    }
    if (out.size() < 2 && !words.isEmpty()) {
        out = words.first().left(2);
    }
    return out.toUpper();
}

int runInit(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("name"), Tr::tr("Your name (the team's first leader); by default the account's name."),
                  QStringLiteral("NAME")});
    cl.addOption({QStringLiteral("initials"), Tr::tr("Your initials; by default made from the name."), QStringLiteral("INITIALS")});
    if (!cl.parse()) {
        return Usage;
    }
    // A new database, or one from before accounts (none bound yet) that the first account takes.
    const bool exists = QFileInfo::exists(cl.value(QStringLiteral("db")));
    if (const int code = cl.open(exists ? OpenOptions::Mode::OpenExisting : OpenOptions::Mode::CreateNew, nullptr,
                                 CommandLine::Who::Anyone);
        code != Ok) {
        return code;
    }
    Database& db = cl.db();
    if (exists && cl.session().standing() != Session::Standing::NoAccounts) {
        return cl.fail(Tr::tr("%1 already exists. Samspil never overwrites a database; choose another file name.")
                           .arg(QDir::toNativeSeparators(db.path())));
    }
    const OsAccount account = OsAccount::current();
    QString name = cl.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        name = account.displayName.isEmpty() ? account.name : account.displayName;
    }
    const QString initials = cl.isSet(QStringLiteral("initials")) ? cl.value(QStringLiteral("initials")) : initialsFrom(name);
    auto session = Session::startAsFirstLeader(db, account, name, initials);
    if (!session) {
        return cl.fail(session.error());
    }
    printJson(ctx, {{QStringLiteral("created"), db.path()},
                    {QStringLiteral("site"), db.siteId()},
                    {QStringLiteral("schema"), db.schemaVersion()},
                    {QStringLiteral("leader"), session->toJson()}});
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
    auto dump = exportDatabase(cl.db()); // a leader's full export, logged per citizen
    if (!dump) {
        return cl.fail(dump.error());
    }
    ctx.out.flush();
    ctx.out << QString::fromUtf8(*dump);
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
        {QStringLiteral("init"), QStringLiteral("init --db FILE [--name NAME] [--initials INITIALS]"), runInit},
        {QStringLiteral("dump"), QStringLiteral("dump --db FILE"), runDump},
        {QStringLiteral("check"), QStringLiteral("check --db FILE"), runCheck},
    };
}

} // namespace samspil::cli
