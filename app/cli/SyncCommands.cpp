#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/storage/Replica.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonValue jsonTime(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

int runJoin(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("share"), Tr::tr("The team's shared folder."), QStringLiteral("DIR")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("share"))) {
        return cl.fail(Tr::tr("Name the shared folder with --share DIR."));
    }
    // A new PC's database has no account yet: it may join its team (core allows only that).
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting, nullptr, CommandLine::Who::Anyone); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    SyncEngine engine(db);
    if (auto s = engine.join(cl.value(QStringLiteral("share"))); !s) {
        return cl.fail(s.error());
    }
    printJson(ctx, {{QStringLiteral("team"), engine.teamId()},
                    {QStringLiteral("site"), db.siteId()},
                    {QStringLiteral("share"), engine.sharePath()}});
    return Ok;
}

int runSync(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("share"), Tr::tr("Use this shared folder this time (it must hold the same team)."),
                  QStringLiteral("DIR")});
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting, nullptr, CommandLine::Who::Anyone); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    SyncEngine engine(db);
    auto report = engine.sync(cl.value(QStringLiteral("share")));
    if (!report) {
        return cl.fail(report.error());
    }
    printJson(ctx, report->toJson());
    return Ok;
}

int runConflicts(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("keep"), Tr::tr("Settle conflict ID by keeping the current value."), QStringLiteral("ID")});
    cl.addOption({QStringLiteral("take-other"), Tr::tr("Settle conflict ID by putting the other value back."),
                  QStringLiteral("ID")});
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    Replica replica(db);
    for (const auto& [option, takeOther] : {std::pair{QStringLiteral("keep"), false}, {QStringLiteral("take-other"), true}}) {
        if (!cl.isSet(option)) {
            continue;
        }
        bool ok = false;
        const qint64 id = cl.value(option).toLongLong(&ok);
        if (!ok) {
            return cl.fail(Tr::tr("--%1 takes the number of a conflict.").arg(option));
        }
        if (auto s = replica.resolve(id, takeOther); !s) {
            return cl.fail(s.error());
        }
    }
    QJsonArray conflicts;
    for (const auto& c : replica.conflicts()) {
        conflicts.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("table"), c.table},
            {QStringLiteral("row"), c.rowId},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("current"), QJsonValue::fromVariant(c.currentValue)},
            {QStringLiteral("other"), QJsonValue::fromVariant(c.otherValue)},
            {QStringLiteral("current_site"), c.currentSite},
            {QStringLiteral("other_site"), c.otherSite},
            {QStringLiteral("current_time"), jsonTime(c.currentTime)},
            {QStringLiteral("other_time"), jsonTime(c.otherTime)},
        });
    }
    QJsonArray flags;
    for (const auto& f : replica.flags()) {
        flags.append(QJsonObject{{QStringLiteral("table"), f.table},
                                 {QStringLiteral("row"), f.rowId},
                                 {QStringLiteral("kind"), f.kind},
                                 {QStringLiteral("detected_at"), jsonTime(f.detectedAt)}});
    }
    printJson(ctx, {{QStringLiteral("conflicts"), conflicts}, {QStringLiteral("flags"), flags}});
    return Ok;
}

} // namespace

std::vector<Command> syncCommands()
{
    return {
        {QStringLiteral("join"), Tr::tr("join --db FILE --share DIR   join the team's shared folder"), runJoin},
        {QStringLiteral("sync"), Tr::tr("sync --db FILE [--share DIR]   exchange changes with the team's other PCs"),
         runSync},
        {QStringLiteral("conflicts"),
         Tr::tr("conflicts --db FILE [--keep ID | --take-other ID]   list or settle sync conflicts"), runConflicts},
    };
}

} // namespace samspil::cli
