#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "core/io/CsvReader.h"
#include "core/rc/RcCsvImport.h"
#include "core/rc/RcMeasure.h"
#include "core/rc/RcRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(RcMeasure::rounded(*v)) : QJsonValue(QJsonValue::Null);
}

int runRcImport(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("survey"), Tr::tr("The name of the survey round."), QStringLiteral("NAME")});
    cl.addOption({QStringLiteral("date"),
                  Tr::tr("The date the survey was held, if it is new (default: today)."),
                  QStringLiteral("DATE")});
    cl.addPositionalArgument(QStringLiteral("file"), Tr::tr("The CSV file with the answers."));
    if (!cl.parse()) {
        return Usage;
    }
    if (cl.positionalArguments().size() != 1) {
        return cl.fail(Tr::tr("Name one CSV file to import."));
    }
    if (cl.value(QStringLiteral("survey")).trimmed().isEmpty()) {
        return cl.fail(Tr::tr("Name the survey with --survey NAME."));
    }
    QDate heldOn;
    if (cl.isSet(QStringLiteral("date"))) {
        heldOn = CsvReader::parseDate(cl.value(QStringLiteral("date")));
        if (!heldOn.isValid()) {
            return cl.fail(Tr::tr("--date takes a date such as 2026-11-23 or 23-11-2026."));
        }
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    auto report
        = RcCsvImport(db).importFile(cl.value(QStringLiteral("survey")), cl.positionalArguments().front(), heldOn);
    if (!report) {
        return cl.fail(report.error());
    }
    printJson(ctx, report->toJson());
    return Ok;
}

int runRcReport(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("survey"), Tr::tr("The name of the survey round."), QStringLiteral("NAME")});
    cl.addOption({QStringLiteral("compare"),
                  Tr::tr("An earlier round to compare with: each tie gets its change."),
                  QStringLiteral("NAME")});
    if (!cl.parse()) {
        return Usage;
    }
    if (cl.value(QStringLiteral("survey")).trimmed().isEmpty()) {
        return cl.fail(Tr::tr("Name the survey with --survey NAME."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    RcRepository repo(db);
    const auto survey = repo.findSurvey(cl.value(QStringLiteral("survey")));
    if (!survey) {
        return cl.fail(Tr::tr("There is no survey called “%1”.").arg(cl.value(QStringLiteral("survey"))));
    }
    const RcResult result = RcMeasure::measure(survey->groups, repo.responses(survey->id));
    std::optional<RcResult> earlier;
    if (cl.isSet(QStringLiteral("compare"))) {
        const auto other = repo.findSurvey(cl.value(QStringLiteral("compare")));
        if (!other) {
            return cl.fail(Tr::tr("There is no survey called “%1”.").arg(cl.value(QStringLiteral("compare"))));
        }
        earlier = RcMeasure::measure(other->groups, repo.responses(other->id));
    }

    QJsonArray ties;
    for (const auto& t : result.ties) {
        if (t.n == 0) {
            continue;
        }
        QJsonObject dims;
        for (auto d : RcDimensions::all()) {
            dims.insert(RcDimensions::code(d), number(t.dimension(d)));
        }
        QJsonObject tie{{QStringLiteral("from"), t.from},
                        {QStringLiteral("to"), t.to},
                        {QStringLiteral("n"), t.n},
                        {QStringLiteral("index"), number(t.index)},
                        {QStringLiteral("dimensions"), dims}};
        if (earlier) {
            const RcTie* before = earlier->tie(t.from, t.to);
            const bool both = before && before->n > 0;
            tie.insert(
                QStringLiteral("change"),
                both ? QJsonValue(RcMeasure::rounded(RcMeasure::rounded(*t.index) - RcMeasure::rounded(*before->index)))
                     : QJsonValue(QJsonValue::Null));
        }
        ties.append(tie);
    }
    QJsonArray groups;
    for (const auto& g : result.groupScores) {
        groups.append(QJsonObject{{QStringLiteral("group"), g.group},
                                  {QStringLiteral("seen_by_others"), number(g.seenByOthers)}});
    }
    printJson(ctx, {{QStringLiteral("ties"), ties}, {QStringLiteral("groups"), groups}});
    return Ok;
}

int runRcSurveys(Context& ctx)
{
    CommandLine cl(ctx);
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    RcRepository repo(db);
    QJsonArray list;
    for (const auto& s : repo.surveys()) {
        list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("held_on"), s.heldOn.toString(Qt::ISODate)},
                                {QStringLiteral("groups"), QJsonArray::fromStringList(s.groups)},
                                {QStringLiteral("rows"), int(repo.responses(s.id).size())}});
    }
    printJson(ctx, {{QStringLiteral("surveys"), list}});
    return Ok;
}

} // namespace

std::vector<Command> rcCommands()
{
    return {
        {QStringLiteral("rc-import"),
         QStringLiteral("rc-import --db FILE --survey NAME [--date DATE] ANSWERS.csv"),
         runRcImport},
        {QStringLiteral("rc-report"),
         QStringLiteral("rc-report --db FILE --survey NAME [--compare NAME]"),
         runRcReport},
        {QStringLiteral("rc-surveys"), QStringLiteral("rc-surveys --db FILE"), runRcSurveys},
    };
}

} // namespace samspil::cli
