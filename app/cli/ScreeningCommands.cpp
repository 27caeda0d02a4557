#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/screening/InstrumentLoader.h"
#include "core/citizen/CitizenRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/util/Dates.h"
#include "core/workflow/NextStep.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// A file, or the id of an instrument shipped with Samspil.
Result<Instrument> loadInstrument(const QString& nameOrPath)
{
    if (!QFileInfo::exists(nameOrPath)) {
        if (const Instrument* shipped = InstrumentLoader::findShipped(nameOrPath)) {
            return *shipped;
        }
    }
    return InstrumentLoader::loadFile(nameOrPath);
}

Result<Answers> loadAnswers(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(Tr::tr("Cannot read the answers %1: %2").arg(path, f.errorString()));
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (doc.isNull() || !doc.isObject()) {
        return fail(Tr::tr("The answers %1 must be a JSON object such as {\"q1\": 7}: %2")
                        .arg(path, doc.isNull() ? err.errorString() : Tr::tr("not an object")));
    }
    return Instrument::answersFromJson(doc.object());
}

int runScore(Context& ctx)
{
    CommandLine cl(ctx, CommandLine::Uses::NoDatabase);
    cl.addOption({QStringLiteral("instrument"), Tr::tr("The instrument (a JSON file, or the id of a shipped one)."), QStringLiteral("FILE")});
    cl.addOption({QStringLiteral("answers"), Tr::tr("The answers as JSON: {\"q1\": 7, …}."), QStringLiteral("FILE")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("instrument")) || !cl.isSet(QStringLiteral("answers"))) {
        return cl.usage(Tr::tr("Give both --instrument FILE and --answers FILE."));
    }
    const auto instrument = loadInstrument(cl.value(QStringLiteral("instrument")));
    if (!instrument) {
        return cl.fail(instrument.error());
    }
    const auto answers = loadAnswers(cl.value(QStringLiteral("answers")));
    if (!answers) {
        return cl.fail(answers.error());
    }
    const auto result = instrument->score(answers.value());
    if (!result) {
        return cl.fail(result.error());
    }
    printJson(ctx, result->toJson());
    return Ok;
}

QJsonObject screeningJson(const Screening& s, const QString& cpr)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("citizen_id"), s.citizenId},
            {QStringLiteral("cpr"), cpr},
            {QStringLiteral("instrument_id"), s.instrumentId},
            {QStringLiteral("instrument_version"), s.instrumentVersion},
            {QStringLiteral("answers"), Instrument::answersToJson(s.answers)},
            {QStringLiteral("scores"), Instrument::scoresToJson(s.scores)},
            {QStringLiteral("proposed_risk"), Risks::code(s.proposedRisk)},
            {QStringLiteral("decided_risk"), Risks::code(s.decidedRisk)},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("assessment"), s.assessment},
            {QStringLiteral("screened_by"), s.screenedBy},
            {QStringLiteral("screened_at"), s.screenedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("supersedes"), s.supersedes.isEmpty() ? QJsonValue() : QJsonValue(s.supersedes)},
            {QStringLiteral("superseded_by"), s.supersededBy.isEmpty() ? QJsonValue() : QJsonValue(s.supersededBy)}};
}

int runScreenings(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("Only this citizen's screenings, newest first."), QStringLiteral("CPR")});
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    CitizenRepository citizens(db);
    ScreeningRepository repo(db);
    QVector<Screening> list;
    if (cl.isSet(QStringLiteral("citizen"))) {
        const auto c = cl.citizen();
        if (!c) {
            return Failed;
        }
        list = repo.history(c->id);
    } else {
        list = repo.all();
    }
    QHash<QString, QString> cprs;
    for (const auto& c : citizens.all()) {
        cprs.insert(c.id, c.cpr);
    }
    QJsonArray out;
    for (const auto& s : list) {
        out.append(screeningJson(s, cprs.value(s.citizenId)));
    }
    printJson(ctx, {{QStringLiteral("screenings"), out}});
    return Ok;
}

int runNextSteps(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("Only this citizen."), QStringLiteral("CPR")});
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    Database& db = cl.db();
    QVector<Citizen> citizens = CitizenRepository(db).all();
    if (cl.isSet(QStringLiteral("citizen"))) {
        const auto c = cl.citizen();
        if (!c) {
            return Failed;
        }
        citizens = {*c};
    }
    const auto steps = Workflow::nextStepsForAll(db);
    const QDate today = db.clock().today();
    QJsonArray out;
    for (const auto& c : citizens) {
        const auto it = steps.constFind(c.id);
        if (it == steps.cend()) {
            continue;
        }
        out.append(QJsonObject{{QStringLiteral("citizen_id"), c.id},
                               {QStringLiteral("cpr"), c.cpr},
                               {QStringLiteral("step"), it->code},
                               {QStringLiteral("due"), it->due.isValid() ? QJsonValue(it->due.toString(Qt::ISODate)) : QJsonValue()},
                               {QStringLiteral("overdue"), it->overdue(today)}});
    }
    printJson(ctx, {{QStringLiteral("next_steps"), out}});
    return Ok;
}

} // namespace

std::vector<Command> screeningCommands()
{
    return {
        {QStringLiteral("score"), QStringLiteral("score --instrument FILE|ID --answers FILE"), runScore},
        {QStringLiteral("screenings"), QStringLiteral("screenings --db FILE [--citizen CPR]"), runScreenings},
        {QStringLiteral("next-steps"), QStringLiteral("next-steps --db FILE [--citizen CPR]"), runNextSteps},
    };
}

} // namespace samspil::cli
