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
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("Who has opened this citizen's record."), QStringLiteral("CPR")});
    cl.addOption({QStringLiteral("staff"), Tr::tr("Whose records this staff member has opened."), QStringLiteral("INITIALS")});
    cl.addOption({QStringLiteral("action"), Tr::tr("Only one kind: open, print, export or change."), QStringLiteral("ACTION")});
    if (!cl.parse()) {
        return Usage;
    }
    std::optional<AccessLog::Action> only;
    if (cl.isSet(QStringLiteral("action"))) {
        only = AccessLog::fromCode(cl.value(QStringLiteral("action")));
        if (!only) {
            return cl.usage(Tr::tr("Give --action open, print, export or change."));
        }
    }
    const bool byCitizen = cl.isSet(QStringLiteral("citizen"));
    if (byCitizen == cl.isSet(QStringLiteral("staff"))) {
        return cl.usage(Tr::tr("Name either --citizen CPR or --staff INITIALS."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    CitizenRepository citizens(db);
    StaffRepository staff(db);
    AccessLog log(db);
    QVector<AccessLog::Entry> entries;
    if (byCitizen) {
        const auto c = cl.citizen();
        if (!c) {
            return Failed;
        }
        entries = log.forCitizen(c->id, only);
    } else {
        const auto s = cl.staffMember(QStringLiteral("staff"));
        if (!s) {
            return Failed;
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
