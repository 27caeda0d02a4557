#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/citizen/Cpr.h"
#include "core/plan/PlanDiff.h"
#include "core/plan/PlanSignals.h"
#include "core/storage/AccessLog.h"
#include "core/citizen/CitizenRepository.h"
#include "core/plan/PlanRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/common/Settings.h"
#include "ui/plan/PlanDocument.h"

#include <QCoreApplication>
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

QJsonObject planJson(const Plan& p)
{
    QJsonArray goals;
    for (const auto& g : p.orderedGoals()) {
        goals.append(QJsonObject{{QStringLiteral("id"), g.lineage},
                                 {QStringLiteral("parent"), g.parentLineage},
                                 {QStringLiteral("text"), g.text},
                                 {QStringLiteral("criterion"), g.criterion},
                                 {QStringLiteral("tracks"), QJsonArray::fromStringList(g.tracks)},
                                 {QStringLiteral("target_date"), iso(g.targetDate)},
                                 {QStringLiteral("responsible_id"), g.responsibleId},
                                 {QStringLiteral("achieved_on"), iso(g.achievedOn)}});
    }
    QJsonArray interventions;
    for (const auto& i : p.interventions) {
        interventions.append(QJsonObject{{QStringLiteral("id"), i.lineage},
                                         {QStringLiteral("kind"), i.kind},
                                         {QStringLiteral("title"), i.title},
                                         {QStringLiteral("tracks"), QJsonArray::fromStringList(i.tracks)},
                                         {QStringLiteral("provider_id"), i.providerId},
                                         {QStringLiteral("provider_external"), i.providerExternal},
                                         {QStringLiteral("start"), iso(i.start)},
                                         {QStringLiteral("end"), iso(i.end)},
                                         {QStringLiteral("status"), PlanText::interventionStatusCode(i.status)},
                                         {QStringLiteral("stop_reason"), i.stopReason},
                                         {QStringLiteral("goals"), QJsonArray::fromStringList(i.goalLineages)}});
    }
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("version"), p.version},
            {QStringLiteral("status"), PlanText::statusCode(p.status)},
            {QStringLiteral("employment_goal"), p.employmentGoal},
            {QStringLiteral("goal_kind"), PlanText::goalKindCode(p.goalKind)},
            {QStringLiteral("hours_per_week"), p.hoursPerWeek},
            {QStringLiteral("target_date"), iso(p.targetDate)},
            {QStringLiteral("what_matters"), p.whatMatters},
            {QStringLiteral("first_step"), p.firstStep},
            {QStringLiteral("agreed_on"), iso(p.agreedOn)},
            {QStringLiteral("agreed_how"), p.agreedOn.isValid() ? PlanText::methodCode(p.agreedHow) : QString()},
            {QStringLiteral("agreed_present"), p.agreedPresent},
            {QStringLiteral("previous_id"), p.previousId},
            {QStringLiteral("conference_id"), p.conferenceId},
            {QStringLiteral("goals"), goals},
            {QStringLiteral("interventions"), interventions}};
}

/// Opens the database and finds the citizen named by --citizen; says what is wrong otherwise.
std::optional<Citizen> openWithCitizen(CommandLine& cl)
{
    if (cl.open(OpenOptions::Mode::OpenExisting) != Ok) {
        return std::nullopt;
    }
    if (!cl.isSet(QStringLiteral("citizen"))) {
        cl.fail(Tr::tr("Name the citizen with --citizen CPR."));
        return std::nullopt;
    }
    return cl.citizen();
}

void addCitizenOption(CommandLine& cl)
{
    cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
}

int runPlan(Context& ctx)
{
    CommandLine cl(ctx);
    addCitizenOption(cl);
    cl.addOption({QStringLiteral("all"), Tr::tr("Every version, newest first, with what changed from the one before.")});
    if (!cl.parse()) {
        return Usage;
    }
    const auto citizen = openWithCitizen(cl);
    if (!citizen) {
        return Failed;
    }
    Database& db = cl.db();
    PlanRepository repo(db);
    if (cl.isSet(QStringLiteral("all"))) {
        const auto versions = repo.versions(citizen->id);
        QJsonArray out;
        for (int i = 0; i < versions.size(); ++i) {
            QJsonObject v = planJson(versions[i]);
            if (i + 1 < versions.size()) {
                QJsonArray changes;
                for (const auto& c : PlanDiff::diff(versions[i + 1], versions[i])) {
                    changes.append(c.describe());
                }
                v.insert(QStringLiteral("changes"), changes);
            }
            out.append(v);
        }
        printJson(ctx, {{QStringLiteral("versions"), out}});
        return Ok;
    }
    const auto plan = repo.current(citizen->id);
    if (!plan) {
        return cl.fail(Tr::tr("The citizen has no intervention plan yet."));
    }
    QJsonObject out = planJson(*plan);
    QJsonArray warnings;
    for (const auto& s : PlanSignals::compute(*plan, ProgressionRepository(db).forCitizen(citizen->id), db.clock().today())) {
        warnings.append(s.message);
    }
    out.insert(QStringLiteral("signals"), warnings);
    printJson(ctx, {{QStringLiteral("plan"), out}});
    return Ok;
}

int runRate(Context& ctx)
{
    CommandLine cl(ctx);
    addCitizenOption(cl);
    cl.addOption({QStringLiteral("goal"), Tr::tr("The goal's id (leave out for the employment goal)."), QStringLiteral("ID")});
    cl.addOption({QStringLiteral("rater"), Tr::tr("citizen, professional or caseworker."), QStringLiteral("WHO")});
    cl.addOption({QStringLiteral("score"), Tr::tr("1 to 10."), QStringLiteral("N")});
    cl.addOption({QStringLiteral("date"), Tr::tr("The date of the rating (YYYY-MM-DD; default today)."), QStringLiteral("DATE")});
    cl.addOption({QStringLiteral("comment"), Tr::tr("A comment."), QStringLiteral("TEXT")});
    if (!cl.parse()) {
        return Usage;
    }
    const auto citizen = openWithCitizen(cl);
    if (!citizen) {
        return Failed;
    }
    Database& db = cl.db();
    const auto rater = PlanText::raterFromCode(cl.value(QStringLiteral("rater")));
    if (!rater) {
        return cl.fail(Tr::tr("Give --rater citizen, professional or caseworker."));
    }
    bool okScore = false;
    Rating r;
    r.citizenId = citizen->id;
    r.goalLineage = cl.value(QStringLiteral("goal"));
    r.rater = *rater;
    r.score = cl.value(QStringLiteral("score")).toInt(&okScore);
    if (!okScore) {
        return cl.fail(Tr::tr("Give --score as a whole number from 1 to 10."));
    }
    r.ratedOn = cl.isSet(QStringLiteral("date")) ? QDate::fromString(cl.value(QStringLiteral("date")), Qt::ISODate) : db.clock().today();
    r.comment = cl.value(QStringLiteral("comment"));
    auto added = ProgressionRepository(db).add(r);
    if (!added) {
        return cl.fail(added.error());
    }
    printJson(ctx, {{QStringLiteral("rating"), added->id}});
    return Ok;
}

int runAgree(Context& ctx)
{
    CommandLine cl(ctx);
    addCitizenOption(cl);
    cl.addOption({QStringLiteral("date"), Tr::tr("The date of the agreement (YYYY-MM-DD; default today)."), QStringLiteral("DATE")});
    cl.addOption({QStringLiteral("how"), Tr::tr("in_person, phone or digital."), QStringLiteral("HOW")});
    cl.addOption({QStringLiteral("present"), Tr::tr("Who was present."), QStringLiteral("TEXT")});
    if (!cl.parse()) {
        return Usage;
    }
    const auto citizen = openWithCitizen(cl);
    if (!citizen) {
        return Failed;
    }
    Database& db = cl.db();
    PlanRepository repo(db);
    const auto plan = repo.current(citizen->id);
    if (!plan) {
        return cl.fail(Tr::tr("The citizen has no intervention plan yet."));
    }
    Agreement a;
    a.on = cl.isSet(QStringLiteral("date")) ? QDate::fromString(cl.value(QStringLiteral("date")), Qt::ISODate) : db.clock().today();
    const auto how = PlanText::methodFromCode(cl.value(QStringLiteral("how")).isEmpty() ? QStringLiteral("in_person") : cl.value(QStringLiteral("how")));
    if (!how) {
        return cl.fail(Tr::tr("Give --how in_person, phone or digital."));
    }
    a.how = *how;
    a.present = cl.value(QStringLiteral("present"));
    auto agreed = repo.agree(plan->id, a);
    if (!agreed) {
        return cl.fail(agreed.error());
    }
    printJson(ctx, {{QStringLiteral("plan"), planJson(agreed.value())}});
    return Ok;
}

int runExportPlan(Context& ctx)
{
    CommandLine cl(ctx);
    addCitizenOption(cl);
    cl.addOption({QStringLiteral("out"), Tr::tr("The PDF file to write."), QStringLiteral("FILE")});
    cl.addOption({QStringLiteral("version"), Tr::tr("The plan version to print (default: the current one)."), QStringLiteral("N")});
    cl.addOption({QStringLiteral("municipality"), Tr::tr("The municipality named in the header (default: the desktop client's setting)."), QStringLiteral("NAME")});
    cl.addOption({QStringLiteral("department"), Tr::tr("The department named in the header (default: the desktop client's setting)."), QStringLiteral("NAME")});
    if (!cl.parse()) {
        return Usage;
    }
    if (cl.value(QStringLiteral("out")).isEmpty()) {
        return cl.usage(Tr::tr("Name the PDF file with --out FILE."));
    }
    const auto citizen = openWithCitizen(cl);
    if (!citizen) {
        return Failed;
    }
    Database& db = cl.db();
    QString planId;
    if (cl.isSet(QStringLiteral("version"))) {
        for (const auto& v : PlanRepository(db).versions(citizen->id)) {
            if (QString::number(v.version) == cl.value(QStringLiteral("version"))) {
                planId = v.id;
            }
        }
        if (planId.isEmpty()) {
            return cl.fail(Tr::tr("The plan has no version %1.").arg(cl.value(QStringLiteral("version"))));
        }
    }
    auto data = ui::PlanDocumentData::load(db, citizen->id, planId);
    if (!data) {
        return cl.fail(data.error());
    }
    data->municipality = cl.isSet(QStringLiteral("municipality")) ? cl.value(QStringLiteral("municipality")) : ui::prefs::municipalityName.get();
    data->department = cl.isSet(QStringLiteral("department")) ? cl.value(QStringLiteral("department")) : ui::prefs::departmentName.get();
    data->caseworkerContact = ui::prefs::departmentContact.get();
    const auto written = ui::PlanDocument(data.value()).writePdf(cl.value(QStringLiteral("out")));
    if (!written) {
        return cl.fail(written.error());
    }
    if (const auto logged = AccessLog(db).record(AccessLog::Action::Export, citizen->id, AccessLog::kPlanPdf); !logged) {
        return cl.fail(logged.error());
    }
    printJson(ctx, {{QStringLiteral("written"), cl.value(QStringLiteral("out"))}});
    return Ok;
}

} // namespace

std::vector<Command> planCommands()
{
    return {
        {QStringLiteral("plan"), QStringLiteral("plan --db FILE --citizen CPR [--all]"), runPlan},
        {QStringLiteral("agree-plan"), QStringLiteral("agree-plan --db FILE --citizen CPR --present TEXT [--date D] [--how in_person|phone|digital]"), runAgree},
        {QStringLiteral("rate"), QStringLiteral("rate --db FILE --citizen CPR --rater WHO --score N [--goal ID] [--date D] [--comment TEXT]"), runRate},
        {QStringLiteral("export-plan"), QStringLiteral("export-plan --db FILE --citizen CPR --out plan.pdf [--version N]"), runExportPlan},
    };
}

} // namespace samspil::cli
