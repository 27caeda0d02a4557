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
    QCommandLineParser p;
    p.addOption({QStringLiteral("instrument"), Tr::tr("The instrument (a JSON file, or the id of a shipped one)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("answers"), Tr::tr("The answers as JSON: {\"q1\": 7, …}."), QStringLiteral("FILE")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (!p.isSet(QStringLiteral("instrument")) || !p.isSet(QStringLiteral("answers"))) {
        ctx.err << Tr::tr("Give both --instrument FILE and --answers FILE.") << Qt::endl;
        return Usage;
    }
    const auto instrument = loadInstrument(p.value(QStringLiteral("instrument")));
    if (!instrument) {
        return failWith(ctx, instrument.error());
    }
    const auto answers = loadAnswers(p.value(QStringLiteral("answers")));
    if (!answers) {
        return failWith(ctx, answers.error());
    }
    const auto result = instrument->score(answers.value());
    if (!result) {
        return failWith(ctx, result.error());
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
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("citizen"), Tr::tr("Only this citizen's screenings, newest first."), QStringLiteral("CPR")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    CitizenRepository citizens(*db);
    ScreeningRepository repo(*db);
    QVector<Screening> list;
    if (p.isSet(QStringLiteral("citizen"))) {
        const auto c = citizens.findByCpr(p.value(QStringLiteral("citizen")));
        if (!c) {
            return failWith(ctx, Tr::tr("No citizen has the CPR number %1.").arg(p.value(QStringLiteral("citizen"))));
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
    QCommandLineParser p;
    addDatabaseOptions(p);
    p.addOption({QStringLiteral("citizen"), Tr::tr("Only this citizen."), QStringLiteral("CPR")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return Failed;
    }
    QVector<Citizen> citizens = CitizenRepository(*db).all();
    if (p.isSet(QStringLiteral("citizen"))) {
        const auto c = CitizenRepository(*db).findByCpr(p.value(QStringLiteral("citizen")));
        if (!c) {
            return failWith(ctx, Tr::tr("No citizen has the CPR number %1.").arg(p.value(QStringLiteral("citizen"))));
        }
        citizens = {*c};
    }
    const auto steps = Workflow::nextStepsForAll(*db);
    const QDate today = db->clock().today();
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
