#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/storage/AccessLog.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// access-log --db F (--citizen CPR | --staff INITIALS) [--action open|print|export|change]:
/// who opened, printed, exported or changed what.
int runAccessLog(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("citizen"), Tr::tr("Who has opened this citizen's record."), QStringLiteral("CPR")});
    p.addOption({QStringLiteral("staff"), Tr::tr("Whose records this staff member has opened."), QStringLiteral("INITIALS")});
    p.addOption({QStringLiteral("action"), Tr::tr("Only one kind: open, print, export or change."), QStringLiteral("ACTION")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    std::optional<AccessLog::Action> only;
    if (p.isSet(QStringLiteral("action"))) {
        only = AccessLog::fromCode(p.value(QStringLiteral("action")));
        if (!only) {
            failWith(ctx, Tr::tr("Give --action open, print, export or change."));
            return Usage;
        }
    }
    const bool byCitizen = p.isSet(QStringLiteral("citizen"));
    if (byCitizen == p.isSet(QStringLiteral("staff"))) {
        failWith(ctx, Tr::tr("Name either --citizen CPR or --staff INITIALS."));
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    CitizenRepository citizens(*db);
    StaffRepository staff(*db);
    AccessLog log(*db);
    QVector<AccessLog::Entry> entries;
    if (byCitizen) {
        const auto c = citizens.findByCpr(p.value(QStringLiteral("citizen")));
        if (!c) {
            return failWith(ctx, Tr::tr("No citizen has the CPR number %1.").arg(p.value(QStringLiteral("citizen"))));
        }
        entries = log.forCitizen(c->id, only);
    } else {
        const auto s = staff.byInitials(p.value(QStringLiteral("staff")));
        if (!s) {
            return failWith(ctx, Tr::tr("No staff member has the initials %1.").arg(p.value(QStringLiteral("staff"))));
        }
        entries = log.byStaff(s->id, only);
    }
    QJsonArray out;
    for (const auto& e : entries) {
        const auto c = citizens.get(e.citizenId);
        const auto s = staff.get(e.staffId);
        QJsonObject o{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("action"), AccessLog::code(e.action)},
                      {QStringLiteral("detail"), e.detail},
                      // What the access log window shows, in the language of --lang.
                      {QStringLiteral("description"), AccessLog::describe(e)},
                      {QStringLiteral("cpr"), c ? QJsonValue(c->cpr) : QJsonValue()},
                      {QStringLiteral("staff"), s ? QJsonValue(s->initials) : QJsonValue(e.staffId)}};
        if (e.action == AccessLog::Action::Change) {
            o.insert(QStringLiteral("record"), e.recordTable);
            o.insert(QStringLiteral("record_id"), e.recordId);
            o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(e.fields));
        }
        out.append(o);
    }
    printJson(ctx, {{QStringLiteral("access"), out}});
    return Ok;
}

} // namespace

std::vector<Command> auditCommands()
{
    return {
        {QStringLiteral("access-log"),
         Tr::tr("access-log --db FILE (--citizen CPR | --staff INITIALS) [--action open|print|export|change]   who "
                "opened, printed, exported or changed whose record"),
         runAccessLog},
    };
}

} // namespace samspil::cli
