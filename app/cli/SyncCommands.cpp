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
    auto joined = engine.join(cl.value(QStringLiteral("share")));
    if (!joined) {
        return cl.fail(joined.error());
    }
    QJsonObject out{{QStringLiteral("status"), joined->joined ? QStringLiteral("joined") : QStringLiteral("waiting")},
                    {QStringLiteral("site"), db.siteId()},
                    {QStringLiteral("share"), engine.sharePath()}};
    if (joined->joined) {
        out.insert(QStringLiteral("team"), engine.teamId());
        out.insert(QStringLiteral("code"), engine.admissionCode());
        const auto admitter = engine.admittedBy();
        if (!admitter.code.isEmpty()) {
            out.insert(QStringLiteral("admitted_by"),
                       QJsonObject{{QStringLiteral("host"), admitter.host}, {QStringLiteral("code"), admitter.code}});
        }
    } else {
        out.insert(QStringLiteral("code"), joined->code);
        out.insert(QStringLiteral("message"),
                   Tr::tr("Waiting to be admitted. On a PC of the team, compare this code and admit this PC: "
                          "samspil-cli admit --db FILE --code \"%1\"")
                       .arg(joined->code));
    }
    printJson(ctx, out);
    return Ok;
}

QJsonObject requestJson(const JoinRequest& r)
{
    return {{QStringLiteral("site"), r.site},
            {QStringLiteral("code"), r.code()},
            {QStringLiteral("host"), r.host},
            {QStringLiteral("asked_at"), jsonTime(r.at)}};
}

int runAdmit(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("code"), Tr::tr("Admit the waiting PC that shows this code."), QStringLiteral("CODE")});
    cl.addOption({QStringLiteral("list"), Tr::tr("List the PCs that wait to be admitted, with their codes.")});
    if (!cl.parse()) {
        return Usage;
    }
    if (cl.isSet(QStringLiteral("code")) == cl.isSet(QStringLiteral("list"))) {
        return cl.fail(Tr::tr("Give either --code CODE or --list."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    SyncEngine engine(cl.db());
    if (cl.isSet(QStringLiteral("list"))) {
        auto waiting = engine.requests();
        if (!waiting) {
            return cl.fail(waiting.error());
        }
        QJsonArray list;
        for (const auto& r : waiting.value()) {
            list.append(requestJson(r));
        }
        printJson(ctx, {{QStringLiteral("waiting"), list}});
        return Ok;
    }
    if (auto s = engine.admit(cl.value(QStringLiteral("code"))); !s) {
        return cl.fail(s.error());
    }
    printJson(ctx, {{QStringLiteral("admitted"), Sealing::normaliseCode(cl.value(QStringLiteral("code")))},
                    {QStringLiteral("members"), int(engine.team().members.size())}});
    return Ok;
}

int runRetire(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("site"), Tr::tr("The id of the PC to take out of the team."), QStringLiteral("ID")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("site"))) {
        return cl.fail(Tr::tr("Name the PC with --site ID (samspil-cli team --db FILE lists them)."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    SyncEngine engine(cl.db());
    if (auto s = engine.retire(cl.value(QStringLiteral("site"))); !s) {
        return cl.fail(s.error());
    }
    printJson(ctx, {{QStringLiteral("retired"), cl.value(QStringLiteral("site"))},
                    {QStringLiteral("members"), int(engine.team().members.size())}});
    return Ok;
}

int runTeam(Context& ctx)
{
    CommandLine cl(ctx);
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting, nullptr, CommandLine::Who::Anyone); code != Ok) {
        return code;
    }
    SyncEngine engine(cl.db());
    const TeamState team = engine.team();
    QJsonArray members;
    for (const auto& m : team.members) {
        members.append(QJsonObject{{QStringLiteral("site"), m.site},
                                   {QStringLiteral("host"), m.host},
                                   {QStringLiteral("this_pc"), m.site == cl.db().siteId()},
                                   {QStringLiteral("admitted_at"), jsonTime(m.admitted)}});
    }
    QJsonArray retired;
    for (const auto& r : team.retired) {
        retired.append(QJsonObject{{QStringLiteral("site"), r.site}, {QStringLiteral("retired_at"), jsonTime(r.retired)}});
    }
    QJsonObject out{{QStringLiteral("team"), team.team}, {QStringLiteral("members"), members},
                    {QStringLiteral("retired"), retired}};
    if (engine.waiting()) {
        out.insert(QStringLiteral("status"), QStringLiteral("waiting"));
        out.insert(QStringLiteral("code"), engine.admissionCode());
    } else {
        out.insert(QStringLiteral("status"), engine.joined() ? QStringLiteral("joined") : QStringLiteral("not joined"));
        if (engine.joined()) {
            out.insert(QStringLiteral("code"), engine.admissionCode());
        }
    }
    printJson(ctx, out);
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
        {QStringLiteral("admit"),
         Tr::tr("admit --db FILE (--code CODE | --list)   admit a PC that asked to join, after comparing its code"),
         runAdmit},
        {QStringLiteral("retire"), Tr::tr("retire --db FILE --site ID   take a lost or replaced PC out of the team"),
         runRetire},
        {QStringLiteral("team"), Tr::tr("team --db FILE   the PCs of the team and this PC's standing"), runTeam},
        {QStringLiteral("conflicts"),
         Tr::tr("conflicts --db FILE [--keep ID | --take-other ID]   list or settle sync conflicts"), runConflicts},
    };
}

} // namespace samspil::cli
