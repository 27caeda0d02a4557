// The citizen's data: the right of access (export-citizen), retention and erasure.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/citizen/Cpr.h"
#include "core/citizen/CitizenRepository.h"
#include "core/citizen/RetentionRepository.h"
#include "core/storage/Erasure.h"
#include "ui/common/Settings.h"
#include "ui/citizendata/CitizenExport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// --years N, default the desktop client's setting (five years unless changed); says what is wrong.
std::optional<int> retentionYears(CommandLine& cl)
{
    if (!cl.isSet(QStringLiteral("years"))) {
        return ui::prefs::retentionYears.get();
    }
    bool ok = false;
    const int years = cl.value(QStringLiteral("years")).toInt(&ok);
    if (!ok || years < 1) {
        cl.usage(Tr::tr("Give --years as a whole number of years, at least 1."));
        return std::nullopt;
    }
    return years;
}

void addYearsOption(CommandLine& cl)
{
    cl.addOption({QStringLiteral("years"),
                  Tr::tr("How many years closed cases are kept after they ended (default: the desktop client's setting, 5)."),
                  QStringLiteral("N")});
}

/// export-citizen --db F --citizen CPR --out DIR: the citizen's PDF and data file.
int runExportCitizen(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    cl.addOption({QStringLiteral("out"), Tr::tr("The folder to write the PDF and the data file to."), QStringLiteral("DIR")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("citizen")) || cl.value(QStringLiteral("out")).isEmpty()) {
        return cl.usage(Tr::tr("Name the citizen with --citizen CPR and the folder with --out DIR."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    const auto c = cl.citizen();
    if (!c) {
        return Failed;
    }
    // A script names where the export goes; the folder is made if it is not there yet.
    const QString folder = cl.value(QStringLiteral("out"));
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        return cl.fail(Tr::tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(folder)));
    }
    auto written = ui::CitizenExport::write(db, c->id, folder);
    if (!written) {
        return cl.fail(written.error());
    }
    printJson(ctx, {{QStringLiteral("pdf"), written->pdf},
                    {QStringLiteral("json"), written->json},
                    {QStringLiteral("pages"), written->pages},
                    {QStringLiteral("records"), written->records}});
    return Ok;
}

/// retention --db F [--years N]: the closed cases past the retention period.
int runRetention(Context& ctx)
{
    CommandLine cl(ctx);
    addYearsOption(cl);
    if (!cl.parse()) {
        return Usage;
    }
    const auto years = retentionYears(cl);
    if (!years) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    QJsonArray cases;
    for (const auto& rc : RetentionRepository(db).pastRetention(*years)) {
        cases.append(QJsonObject{{QStringLiteral("cpr"), Cpr::format(rc.citizen.cpr)},
                                 {QStringLiteral("name"), rc.citizen.name},
                                 {QStringLiteral("status"), rc.deleted && rc.citizen.status != CitizenStatus::Closed
                                                                ? QStringLiteral("deleted")
                                                                : QStringLiteral("closed")},
                                 {QStringLiteral("outcome"), rc.citizen.outcome},
                                 {QStringLiteral("ended_on"), iso(rc.closedOn)},
                                 {QStringLiteral("kept_until"), iso(rc.erasableFrom)},
                                 {QStringLiteral("caseworker"), rc.caseworkerName}});
    }
    printJson(ctx, {{QStringLiteral("years"), *years},
                    {QStringLiteral("today"), iso(db.clock().today())},
                    {QStringLiteral("cases"), cases}});
    return Ok;
}

/// erase-citizen --db F --citizen CPR [--reason TEXT] [--years N]
int runEraseCitizen(Context& ctx)
{
    CommandLine cl(ctx);
    addYearsOption(cl);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    cl.addOption({QStringLiteral("reason"),
                  Tr::tr("Why the citizen is erased before the retention period has run out (no name or CPR number)."),
                  QStringLiteral("TEXT")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("citizen"))) {
        return cl.usage(Tr::tr("Name the citizen with --citizen CPR."));
    }
    const auto years = retentionYears(cl);
    if (!years) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    const QString id = CitizenRepository(db).idByCprIncludingDeleted(cl.value(QStringLiteral("citizen")));
    if (id.isEmpty()) {
        return cl.fail(Tr::tr("No citizen has the CPR number %1.").arg(cl.value(QStringLiteral("citizen"))));
    }
    auto erased = RetentionRepository(db).erase(id, *years, cl.value(QStringLiteral("reason")));
    if (!erased) {
        return cl.fail(erased.error());
    }
    for (const auto& problem : erased->problems) {
        ctx.err << problem << Qt::endl;
    }
    printJson(ctx, {{QStringLiteral("erasure"), erased->erasureId},
                    {QStringLiteral("records"), erased->records},
                    {QStringLiteral("backups_cleaned"), QJsonArray::fromStringList(erased->backupsCleaned)},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(erased->problems)}});
    return Ok;
}

} // namespace

std::vector<Command> citizenDataCommands()
{
    return {
        {QStringLiteral("export-citizen"), QStringLiteral("export-citizen --db FILE --citizen CPR --out DIR"), runExportCitizen},
        {QStringLiteral("retention"), QStringLiteral("retention --db FILE [--years N]"), runRetention},
        {QStringLiteral("erase-citizen"), QStringLiteral("erase-citizen --db FILE --citizen CPR [--reason TEXT] [--years N]"),
         runEraseCitizen},
    };
}

} // namespace samspil::cli
