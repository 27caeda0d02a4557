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

/// --years N, default the desktop client's setting (five years unless changed).
std::optional<int> retentionYears(Context& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("years"))) {
        return ui::prefs::retentionYears.get();
    }
    bool ok = false;
    const int years = p.value(QStringLiteral("years")).toInt(&ok);
    if (!ok || years < 1) {
        ctx.err << Tr::tr("Give --years as a whole number of years, at least 1.") << Qt::endl;
        return std::nullopt;
    }
    return years;
}

/// --years and the database (retention, erase-citizen); nothing, with the exit code set, on a problem.
std::optional<std::pair<std::unique_ptr<Database>, int>> yearsAndDatabase(Context& ctx, const QCommandLineParser& p, int& code)
{
    const auto years = retentionYears(ctx, p);
    if (!years) {
        code = Usage;
        return std::nullopt;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        code = Failed;
        return std::nullopt;
    }
    return std::make_pair(std::move(db), *years);
}

void addYearsOption(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("years"),
                 Tr::tr("How many years closed cases are kept after they ended (default: the desktop client's setting, 5)."),
                 QStringLiteral("N")});
}

/// export-citizen --db F --citizen CPR --out DIR: the citizen's PDF and data file.
int runExportCitizen(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    p.addOption({QStringLiteral("out"), Tr::tr("The folder to write the PDF and the data file to."), QStringLiteral("DIR")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (!p.isSet(QStringLiteral("citizen")) || p.value(QStringLiteral("out")).isEmpty()) {
        ctx.err << Tr::tr("Name the citizen with --citizen CPR and the folder with --out DIR.") << Qt::endl;
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    const auto c = CitizenRepository(*db).findByCpr(p.value(QStringLiteral("citizen")));
    if (!c) {
        return failWith(ctx, Tr::tr("No citizen has the CPR number %1.").arg(p.value(QStringLiteral("citizen"))));
    }
    // A script names where the export goes; the folder is made if it is not there yet.
    const QString folder = p.value(QStringLiteral("out"));
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        return failWith(ctx, Tr::tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(folder)));
    }
    auto written = ui::CitizenExport::write(*db, c->id, folder);
    if (!written) {
        return failWith(ctx, written.error());
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
    QCommandLineParser p;
    addDatabaseOptions(p);
    addYearsOption(p);
    if (!parse(ctx, p)) {
        return Usage;
    }
    int code = Ok;
    auto opened = yearsAndDatabase(ctx, p, code);
    if (!opened) {
        return code;
    }
    auto& [db, years] = *opened;
    QJsonArray cases;
    for (const auto& rc : RetentionRepository(*db).pastRetention(years)) {
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
    printJson(ctx, {{QStringLiteral("years"), years},
                    {QStringLiteral("today"), iso(db->clock().today())},
                    {QStringLiteral("cases"), cases}});
    return Ok;
}

/// erase-citizen --db F --citizen CPR [--reason TEXT] [--years N]
int runEraseCitizen(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    addYearsOption(p);
    p.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    p.addOption({QStringLiteral("reason"),
                 Tr::tr("Why the citizen is erased before the retention period has run out (no name or CPR number)."),
                 QStringLiteral("TEXT")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (!p.isSet(QStringLiteral("citizen"))) {
        ctx.err << Tr::tr("Name the citizen with --citizen CPR.") << Qt::endl;
        return Usage;
    }
    int code = Ok;
    auto opened = yearsAndDatabase(ctx, p, code);
    if (!opened) {
        return code;
    }
    auto& [db, years] = *opened;
    const QString id = CitizenRepository(*db).idByCprIncludingDeleted(p.value(QStringLiteral("citizen")));
    if (id.isEmpty()) {
        return failWith(ctx, Tr::tr("No citizen has the CPR number %1.").arg(p.value(QStringLiteral("citizen"))));
    }
    auto erased = RetentionRepository(*db).erase(id, years, p.value(QStringLiteral("reason")));
    if (!erased) {
        return failWith(ctx, erased.error());
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
