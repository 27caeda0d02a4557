// Citizens' basic data: the caseload imported from the case system.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/citizen/CitizenImporter.h"

#include <QCoreApplication>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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

} // namespace

std::vector<Command> citizenCommands()
{
    return {
        {QStringLiteral("import-citizens"), QStringLiteral("import-citizens --db FILE CASELOAD.csv"), runImportCitizens},
    };
}

} // namespace samspil::cli
