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
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("survey"), Tr::tr("The name of the survey round."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("date"),
                 Tr::tr("The date the survey was held, if it is new (default: today)."),
                 QStringLiteral("DATE")});
    p.addPositionalArgument(QStringLiteral("file"), Tr::tr("The CSV file with the answers."));
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (p.positionalArguments().size() != 1) {
        return failWith(ctx, Tr::tr("Name one CSV file to import."));
    }
    if (p.value(QStringLiteral("survey")).trimmed().isEmpty()) {
        return failWith(ctx, Tr::tr("Name the survey with --survey NAME."));
    }
    QDate heldOn;
    if (p.isSet(QStringLiteral("date"))) {
        heldOn = CsvReader::parseDate(p.value(QStringLiteral("date")));
        if (!heldOn.isValid()) {
            return failWith(ctx, Tr::tr("--date takes a date such as 2026-11-23 or 23-11-2026."));
        }
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    auto report
        = RcCsvImport(*db).importFile(p.value(QStringLiteral("survey")), p.positionalArguments().front(), heldOn);
    if (!report) {
        return failWith(ctx, report.error());
    }
    printJson(ctx, report->toJson());
    return Ok;
}

int runRcReport(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("survey"), Tr::tr("The name of the survey round."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("compare"),
                 Tr::tr("An earlier round to compare with: each tie gets its change."),
                 QStringLiteral("NAME")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (p.value(QStringLiteral("survey")).trimmed().isEmpty()) {
        return failWith(ctx, Tr::tr("Name the survey with --survey NAME."));
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    RcRepository repo(*db);
    const auto survey = repo.findSurvey(p.value(QStringLiteral("survey")));
    if (!survey) {
        return failWith(ctx, Tr::tr("There is no survey called “%1”.").arg(p.value(QStringLiteral("survey"))));
    }
    const RcResult result = RcMeasure::measure(survey->groups, repo.responses(survey->id));
    std::optional<RcResult> earlier;
    if (p.isSet(QStringLiteral("compare"))) {
        const auto other = repo.findSurvey(p.value(QStringLiteral("compare")));
        if (!other) {
            return failWith(ctx, Tr::tr("There is no survey called “%1”.").arg(p.value(QStringLiteral("compare"))));
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
    QCommandLineParser p;
    addDatabaseOptions(p);
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    RcRepository repo(*db);
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
