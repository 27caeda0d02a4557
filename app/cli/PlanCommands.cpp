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

#include <QApplication>
#include <QJsonArray>

namespace samspil::cli {

std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return std::make_unique<QApplication>(argc, argv);
}

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

/// Opens the database and finds the citizen named by --citizen; prints the problem otherwise.
struct Opened
{
    std::unique_ptr<Database> db;
    Citizen citizen;
};

std::optional<Opened> openWithCitizen(Context& ctx, const QCommandLineParser& p)
{
    auto db = openDatabase(ctx, p, OpenOptions::Mode::OpenExisting);
    if (!db) {
        return std::nullopt;
    }
    if (!p.isSet(QStringLiteral("citizen"))) {
        ctx.err << Tr::tr("Name the citizen with --citizen CPR.") << Qt::endl;
        return std::nullopt;
    }
    const auto c = CitizenRepository(*db).findByCpr(p.value(QStringLiteral("citizen")));
    if (!c) {
        ctx.err << Tr::tr("No citizen has the CPR number %1.").arg(p.value(QStringLiteral("citizen"))) << Qt::endl;
        return std::nullopt;
    }
    return Opened{std::move(db), *c};
}

void addCitizenOption(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
}

int runPlan(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    addCitizenOption(p);
    p.addOption({QStringLiteral("all"), Tr::tr("Every version, newest first, with what changed from the one before.")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto o = openWithCitizen(ctx, p);
    if (!o) {
        return Failed;
    }
    PlanRepository repo(*o->db);
    if (p.isSet(QStringLiteral("all"))) {
        const auto versions = repo.versions(o->citizen.id);
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
    const auto plan = repo.current(o->citizen.id);
    if (!plan) {
        return failWith(ctx, Tr::tr("The citizen has no intervention plan yet."));
    }
    QJsonObject out = planJson(*plan);
    QJsonArray warnings;
    for (const auto& s : PlanSignals::compute(*plan, ProgressionRepository(*o->db).forCitizen(o->citizen.id), o->db->clock().today())) {
        warnings.append(s.message);
    }
    out.insert(QStringLiteral("signals"), warnings);
    printJson(ctx, {{QStringLiteral("plan"), out}});
    return Ok;
}

int runRate(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    addCitizenOption(p);
    p.addOption({QStringLiteral("goal"), Tr::tr("The goal's id (leave out for the employment goal)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("rater"), Tr::tr("citizen, professional or caseworker."), QStringLiteral("WHO")});
    p.addOption({QStringLiteral("score"), Tr::tr("1 to 10."), QStringLiteral("N")});
    p.addOption({QStringLiteral("date"), Tr::tr("The date of the rating (YYYY-MM-DD; default today)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("comment"), Tr::tr("A comment."), QStringLiteral("TEXT")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto o = openWithCitizen(ctx, p);
    if (!o) {
        return Failed;
    }
    const auto rater = PlanText::raterFromCode(p.value(QStringLiteral("rater")));
    if (!rater) {
        return failWith(ctx, Tr::tr("Give --rater citizen, professional or caseworker."));
    }
    bool okScore = false;
    Rating r;
    r.citizenId = o->citizen.id;
    r.goalLineage = p.value(QStringLiteral("goal"));
    r.rater = *rater;
    r.score = p.value(QStringLiteral("score")).toInt(&okScore);
    if (!okScore) {
        return failWith(ctx, Tr::tr("Give --score as a whole number from 1 to 10."));
    }
    r.ratedOn = p.isSet(QStringLiteral("date")) ? QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate) : o->db->clock().today();
    r.comment = p.value(QStringLiteral("comment"));
    auto added = ProgressionRepository(*o->db).add(r);
    if (!added) {
        return failWith(ctx, added.error());
    }
    printJson(ctx, {{QStringLiteral("rating"), added->id}});
    return Ok;
}

int runAgree(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    addCitizenOption(p);
    p.addOption({QStringLiteral("date"), Tr::tr("The date of the agreement (YYYY-MM-DD; default today)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("how"), Tr::tr("in_person, phone or digital."), QStringLiteral("HOW")});
    p.addOption({QStringLiteral("present"), Tr::tr("Who was present."), QStringLiteral("TEXT")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    auto o = openWithCitizen(ctx, p);
    if (!o) {
        return Failed;
    }
    PlanRepository repo(*o->db);
    const auto plan = repo.current(o->citizen.id);
    if (!plan) {
        return failWith(ctx, Tr::tr("The citizen has no intervention plan yet."));
    }
    Agreement a;
    a.on = p.isSet(QStringLiteral("date")) ? QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate) : o->db->clock().today();
    const auto how = PlanText::methodFromCode(p.value(QStringLiteral("how")).isEmpty() ? QStringLiteral("in_person") : p.value(QStringLiteral("how")));
    if (!how) {
        return failWith(ctx, Tr::tr("Give --how in_person, phone or digital."));
    }
    a.how = *how;
    a.present = p.value(QStringLiteral("present"));
    auto agreed = repo.agree(plan->id, a);
    if (!agreed) {
        return failWith(ctx, agreed.error());
    }
    printJson(ctx, {{QStringLiteral("plan"), planJson(agreed.value())}});
    return Ok;
}

int runExportPlan(Context& ctx)
{
    QCommandLineParser p;
    addDatabaseOptions(p);
    addCitizenOption(p);
    p.addOption({QStringLiteral("out"), Tr::tr("The PDF file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("version"), Tr::tr("The plan version to print (default: the current one)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("municipality"), Tr::tr("The municipality named in the header (default: the desktop client's setting)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("department"), Tr::tr("The department named in the header (default: the desktop client's setting)."), QStringLiteral("NAME")});
    if (!parse(ctx, p)) {
        return Usage;
    }
    if (p.value(QStringLiteral("out")).isEmpty()) {
        ctx.err << Tr::tr("Name the PDF file with --out FILE.") << Qt::endl;
        return Usage;
    }
    auto o = openWithCitizen(ctx, p);
    if (!o) {
        return Failed;
    }
    QString planId;
    if (p.isSet(QStringLiteral("version"))) {
        for (const auto& v : PlanRepository(*o->db).versions(o->citizen.id)) {
            if (QString::number(v.version) == p.value(QStringLiteral("version"))) {
                planId = v.id;
            }
        }
        if (planId.isEmpty()) {
            return failWith(ctx, Tr::tr("The plan has no version %1.").arg(p.value(QStringLiteral("version"))));
        }
    }
    auto data = ui::PlanDocumentData::load(*o->db, o->citizen.id, planId);
    if (!data) {
        return failWith(ctx, data.error());
    }
    data->municipality = p.isSet(QStringLiteral("municipality")) ? p.value(QStringLiteral("municipality")) : ui::prefs::municipalityName.get();
    data->department = p.isSet(QStringLiteral("department")) ? p.value(QStringLiteral("department")) : ui::prefs::departmentName.get();
    data->caseworkerContact = ui::prefs::departmentContact.get();
    const auto written = ui::PlanDocument(data.value()).writePdf(p.value(QStringLiteral("out")));
    if (!written) {
        return failWith(ctx, written.error());
    }
    if (const auto logged = AccessLog(*o->db).record(AccessLog::Action::Export, o->citizen.id, AccessLog::kPlanPdf); !logged) {
        return failWith(ctx, logged.error());
    }
    printJson(ctx, {{QStringLiteral("written"), p.value(QStringLiteral("out"))}});
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
