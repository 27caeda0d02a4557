// Companies and placements on the command line (issue 19): company-import, companies, place,
// placements.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "core/citizen/CitizenRepository.h"
#include "core/company/Accommodations.h"
#include "core/company/CompanyImporter.h"
#include "core/company/CompanyRepository.h"
#include "core/company/Cvr.h"
#include "core/company/Matching.h"
#include "core/company/PlacementRepository.h"
#include "core/company/PlacementRules.h"
#include "core/plan/PlanRepository.h"
#include "core/storage/AccessLog.h"
#include "core/teamday/NoteRepository.h"
#include "core/util/Dates.h"
#include "ui/company/PlacementAgreement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonValue isoOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject companyJson(const Company& c)
{
    QJsonArray contacts;
    for (const auto& p : c.contacts) {
        contacts.append(QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("phone"), p.phone},
                                    {QStringLiteral("email"), p.email},
                                    {QStringLiteral("role"), p.role}});
    }
    QJsonArray offers;
    for (const auto& o : c.offers) {
        offers.append(QJsonObject{{QStringLiteral("kind"), PlacementKinds::code(o.kind)},
                                  {QStringLiteral("tasks"), o.tasks},
                                  {QStringLiteral("hours"), o.hoursPerWeek},
                                  {QStringLiteral("demands"), o.demands},
                                  {QStringLiteral("capacity"), o.capacity},
                                  {QStringLiteral("from"), isoOrNull(o.availableFrom)}});
    }
    return {{QStringLiteral("cvr"), c.cvr},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("p_number"), c.pNumber},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("offers"), offers}};
}

QJsonObject placementJson(const Placement& p, const QString& cpr)
{
    QJsonArray accommodations;
    for (const auto& a : p.accommodations) {
        accommodations.append(a);
    }
    QJsonArray followUps;
    for (const auto& f : p.followUps) {
        followUps.append(QJsonObject{{QStringLiteral("date"), f.date.toString(Qt::ISODate)}, {QStringLiteral("done"), f.done}});
    }
    return {{QStringLiteral("citizen_cpr"), cpr},
            {QStringLiteral("company"), p.companyName},
            {QStringLiteral("cvr"), p.companyCvr},
            {QStringLiteral("kind"), PlacementKinds::code(p.kind)},
            {QStringLiteral("from"), isoOrNull(p.from)},
            {QStringLiteral("to"), isoOrNull(p.to)},
            {QStringLiteral("hours"), p.hoursPerWeek},
            {QStringLiteral("accommodations"), accommodations},
            {QStringLiteral("follow_ups"), followUps},
            {QStringLiteral("outcome"), p.outcome ? QJsonValue(PlacementKinds::outcomeCode(*p.outcome)) : QJsonValue()}};
}

int runCompanyImport(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addPositionalArgument(QStringLiteral("file"), Tr::tr("The CSV file with the companies (cvr;name;address;contact;phone;email)."));
    if (!cl.parse()) {
        return Usage;
    }
    if (cl.positionalArguments().size() != 1) {
        return cl.usage(Tr::tr("Name one CSV file to import."));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    auto report = CompanyImporter(cl.db()).importFile(cl.positionalArguments().front());
    if (!report) {
        return cl.fail(report.error());
    }
    printJson(ctx, report->toJson());
    return Ok;
}

int runCompanies(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("query"), Tr::tr("Only companies whose name, CVR number, address or contact holds these words."),
                  QStringLiteral("TEXT")});
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    auto found = CompanyRepository(cl.db()).search(cl.value(QStringLiteral("query")));
    if (!found) {
        return cl.fail(found.error());
    }
    QJsonArray out;
    for (const auto& c : std::as_const(*found)) {
        out.append(companyJson(c));
    }
    printJson(ctx, {{QStringLiteral("companies"), out}});
    return Ok;
}

/// The company whose CVR number --company names; says why when there is none.
std::optional<Company> companyOf(CommandLine& cl)
{
    auto cvr = Cvr::parse(cl.value(QStringLiteral("company")));
    if (!cvr) {
        cl.fail(cvr.error());
        return std::nullopt;
    }
    auto found = CompanyRepository(cl.db()).byCvr(*cvr);
    if (!found) {
        cl.fail(found.error());
        return std::nullopt;
    }
    if (!*found) {
        cl.fail(Tr::tr("No company has the CVR number %1.").arg(Cvr::format(*cvr)));
    }
    return *found;
}

/// The placement described by the options, or the reason it cannot be (a usage problem).
Result<Placement> placementFrom(CommandLine& cl)
{
    Placement p;
    const auto kind = PlacementKinds::fromCode(cl.value(QStringLiteral("kind")));
    if (!kind) {
        return fail(Tr::tr("--kind takes praktik, loentilskud, fleksjob, ordinaert or smaajob."));
    }
    p.kind = *kind;
    const auto from = parseDate(cl.value(QStringLiteral("from")));
    if (!from) {
        return fail(Tr::tr("Give the start with --from DD-MM-YYYY."));
    }
    p.from = *from;
    if (cl.isSet(QStringLiteral("to"))) {
        const auto to = parseDate(cl.value(QStringLiteral("to")));
        if (!to) {
            return fail(Tr::tr("Give the end with --to DD-MM-YYYY."));
        }
        p.to = *to;
    }
    if (cl.isSet(QStringLiteral("hours"))) {
        const auto hours = PlacementRules::parseHours(cl.value(QStringLiteral("hours")));
        if (!hours) {
            return fail(Tr::tr("--hours takes the hours per week, a number from 0 to 60."));
        }
        p.hoursPerWeek = *hours;
    }
    return p;
}

int runPlace(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    cl.addOption({QStringLiteral("company"), Tr::tr("The company's CVR number."), QStringLiteral("CVR")});
    cl.addOption({QStringLiteral("kind"), Tr::tr("praktik, loentilskud, fleksjob, ordinaert or smaajob."), QStringLiteral("KIND")});
    cl.addOption({QStringLiteral("from"), Tr::tr("The first day (dd-mm-yyyy or yyyy-mm-dd)."), QStringLiteral("DATE")});
    cl.addOption({QStringLiteral("to"), Tr::tr("The last day (leave out: open-ended)."), QStringLiteral("DATE")});
    cl.addOption({QStringLiteral("hours"), Tr::tr("Hours per week."), QStringLiteral("N")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("citizen")) || !cl.isSet(QStringLiteral("company"))) {
        return cl.usage(Tr::tr("Name the citizen with --citizen CPR and the company with --company CVR."));
    }
    auto placement = placementFrom(cl);
    if (!placement) {
        return cl.usage(placement.error());
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    const auto company = companyOf(cl);
    if (!company) {
        return Failed;
    }
    placement->companyId = company->id;
    placement->citizenId = QStringLiteral("?"); // checked first, so a refusal reads (and logs) no citizen
    if (const QStringList problems = PlacementRules::problems(*placement, cl.db().clock().today()); !problems.isEmpty()) {
        return cl.fail(problems.join(QLatin1Char('\n')));
    }
    const auto citizen = cl.citizen();
    if (!citizen) {
        return Failed;
    }
    placement->citizenId = citizen->id;
    for (const auto& o : company->offers) {
        if (o.kind == placement->kind) {
            placement->offerId = o.id;
            placement->tasks = o.tasks;
            break;
        }
    }
    auto saved = PlacementRepository(cl.db()).save(*placement);
    if (!saved) {
        return cl.fail(saved.error());
    }
    printJson(ctx, placementJson(*saved, citizen->cpr));
    return Ok;
}

/// The placements of the company, each citizen's read logged as the command line logs a citizen's.
int companyPlacements(Context& ctx, CommandLine& cl)
{
    const auto company = companyOf(cl);
    if (!company) {
        return Failed;
    }
    auto placements = PlacementRepository(cl.db()).forCompany(company->id);
    if (!placements) {
        return cl.fail(placements.error());
    }
    QStringList citizens;
    for (const auto& p : std::as_const(*placements)) {
        if (!citizens.contains(p.citizenId)) {
            citizens << p.citizenId;
        }
    }
    if (auto logged = AccessLog(cl.db()).recordEach(AccessLog::Action::Open, citizens, AccessLog::kCommandLine + QStringLiteral("placements"));
        !logged) {
        return cl.fail(logged.error());
    }
    QHash<QString, QString> cprs;
    for (const auto& c : CitizenRepository(cl.db()).all()) {
        cprs.insert(c.id, c.cpr);
    }
    QJsonArray out;
    for (const auto& p : std::as_const(*placements)) {
        out.append(placementJson(p, cprs.value(p.citizenId)));
    }
    printJson(ctx, {{QStringLiteral("company"), company->name}, {QStringLiteral("cvr"), company->cvr}, {QStringLiteral("placements"), out}});
    return Ok;
}

/// The options of a command about either a citizen (--citizen CPR) or a company (--company CVR),
/// parsed, and the database opened.
int openForCitizenOrCompany(CommandLine& cl)
{
    cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    cl.addOption({QStringLiteral("company"), Tr::tr("The company's CVR number."), QStringLiteral("CVR")});
    if (!cl.parse()) {
        return Usage;
    }
    if (cl.isSet(QStringLiteral("citizen")) == cl.isSet(QStringLiteral("company"))) {
        return cl.usage(Tr::tr("Name either the citizen with --citizen CPR or the company with --company CVR."));
    }
    return cl.open(OpenOptions::Mode::OpenExisting);
}

int runPlacements(Context& ctx)
{
    CommandLine cl(ctx);
    if (const int code = openForCitizenOrCompany(cl); code != Ok) {
        return code;
    }
    if (cl.isSet(QStringLiteral("company"))) {
        return companyPlacements(ctx, cl);
    }
    const auto citizen = cl.citizen();
    if (!citizen) {
        return Failed;
    }
    auto placements = PlacementRepository(cl.db()).forCitizen(citizen->id);
    if (!placements) {
        return cl.fail(placements.error());
    }
    QJsonArray out;
    for (const auto& p : std::as_const(*placements)) {
        out.append(placementJson(p, citizen->cpr));
    }
    printJson(ctx, {{QStringLiteral("citizen_cpr"), citizen->cpr}, {QStringLiteral("placements"), out}});
    return Ok;
}

/// The skånehensyn of a citizen: those chosen for the newest placement, else those the signed
/// notes the reader may see propose.
QStringList accommodationsOf(Database& db, const QString& citizenId)
{
    QStringList out;
    auto placements = PlacementRepository(db).forCitizen(citizenId);
    if (placements && !placements->isEmpty()) {
        return placements->front().accommodations;
    }
    for (const auto& p : Accommodations::propose(NoteRepository(db).currentSigned(citizenId))) {
        out << p.code;
    }
    return out;
}

/// For each offer of the company, the citizens whose plan points there; each citizen's read is logged.
int matchCompany(Context& ctx, CommandLine& cl)
{
    const auto company = companyOf(cl);
    if (!company) {
        return Failed;
    }
    Database& db = cl.db();
    const auto plans = PlanRepository(db).currentForAll();
    QHash<QString, QString> cprs;
    QHash<QString, Plan> active;
    for (const auto& c : CitizenRepository(db).all()) {
        if (c.status == CitizenStatus::Active && plans.contains(c.id)) {
            cprs.insert(c.id, c.cpr);
            active.insert(c.id, plans.value(c.id));
        }
    }
    QHash<QString, QStringList> accommodations;
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        accommodations.insert(it.key(), accommodationsOf(db, it.key()));
    }
    QJsonArray offers;
    QStringList named;
    for (const auto& o : company->offers) {
        QJsonArray citizens;
        for (const auto& m : Matching::forOffer(o, active, accommodations)) {
            citizens.append(QJsonObject{{QStringLiteral("citizen_cpr"), cprs.value(m.citizenId)}, {QStringLiteral("why"), m.explanation}});
            named << m.citizenId;
        }
        offers.append(QJsonObject{{QStringLiteral("kind"), PlacementKinds::code(o.kind)}, {QStringLiteral("citizens"), citizens}});
    }
    named.removeDuplicates();
    if (auto logged = AccessLog(db).recordEach(AccessLog::Action::Open, named, AccessLog::kCommandLine + QStringLiteral("match"));
        !logged) {
        return cl.fail(logged.error());
    }
    printJson(ctx, {{QStringLiteral("company"), company->name}, {QStringLiteral("offers"), offers}});
    return Ok;
}

int runMatch(Context& ctx)
{
    CommandLine cl(ctx);
    if (const int code = openForCitizenOrCompany(cl); code != Ok) {
        return code;
    }
    if (cl.isSet(QStringLiteral("company"))) {
        return matchCompany(ctx, cl);
    }
    const auto citizen = cl.citizen();
    if (!citizen) {
        return Failed;
    }
    Database& db = cl.db();
    auto companies = CompanyRepository(db).search();
    if (!companies) {
        return cl.fail(companies.error());
    }
    const QStringList accommodations = accommodationsOf(db, citizen->id);
    QJsonArray out;
    for (const auto& m : Matching::forCitizen(*companies, PlanRepository(db).current(citizen->id), accommodations,
                                              db.clock().today())) {
        out.append(QJsonObject{{QStringLiteral("company"), m.companyName},
                               {QStringLiteral("kind"), PlacementKinds::code(m.offer.kind)},
                               {QStringLiteral("hours"), m.offer.hoursPerWeek},
                               {QStringLiteral("why"), m.explanation}});
    }
    QJsonArray chosen;
    for (const auto& a : accommodations) {
        chosen.append(a);
    }
    printJson(ctx, {{QStringLiteral("citizen_cpr"), citizen->cpr}, {QStringLiteral("accommodations"), chosen}, {QStringLiteral("matches"), out}});
    return Ok;
}

int runCompanyConsent(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    cl.addOption({QStringLiteral("company"), Tr::tr("The company's CVR number."), QStringLiteral("CVR")});
    cl.addOption({QStringLiteral("share"), Tr::tr("What the citizen agrees the company may know about their health."),
                  QStringLiteral("TEXT")});
    cl.addOption({QStringLiteral("withdraw"), Tr::tr("Withdraw the consent in force.")});
    cl.addOption({QStringLiteral("on"), Tr::tr("The day (default: today)."), QStringLiteral("DATE")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("citizen")) || !cl.isSet(QStringLiteral("company"))
        || cl.isSet(QStringLiteral("share")) == cl.isSet(QStringLiteral("withdraw"))) {
        return cl.usage(Tr::tr("Name the citizen and the company, and either --share TEXT or --withdraw."));
    }
    if (cl.isSet(QStringLiteral("share")) && cl.value(QStringLiteral("share")).trimmed().isEmpty()) {
        return cl.usage(CompanyConsentRepository::tr("Write what the citizen agrees the company may know about their health."));
    }
    std::optional<QDate> on;
    if (cl.isSet(QStringLiteral("on"))) {
        on = parseDate(cl.value(QStringLiteral("on")));
        if (!on) {
            return cl.usage(Tr::tr("Give the day with --on DD-MM-YYYY."));
        }
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    const auto company = companyOf(cl);
    if (!company) {
        return Failed;
    }
    const auto citizen = cl.citizen();
    if (!citizen) {
        return Failed;
    }
    CompanyConsentRepository consents(cl.db());
    const QDate day = on.value_or(cl.db().clock().today());
    if (cl.isSet(QStringLiteral("withdraw"))) {
        if (auto s = consents.withdraw(citizen->id, company->id, day); !s) {
            return cl.fail(s.error());
        }
    } else {
        CompanyConsent c;
        c.citizenId = citizen->id;
        c.companyId = company->id;
        c.givenOn = day;
        c.sharedHealth = cl.value(QStringLiteral("share"));
        if (auto given = consents.give(c); !given) {
            return cl.fail(given.error());
        }
    }
    auto current = consents.current(citizen->id, company->id);
    if (!current) {
        return cl.fail(current.error());
    }
    const QString shared = PlacementRules::healthForCompany(*current, company->id, cl.db().clock().today());
    printJson(ctx, {{QStringLiteral("citizen_cpr"), citizen->cpr},
                    {QStringLiteral("company"), company->name},
                    {QStringLiteral("in_force"), !shared.isEmpty()},
                    {QStringLiteral("company_may_know"), shared.isEmpty() ? QJsonValue() : QJsonValue(shared)}});
    return Ok;
}

int runPlacementAgreement(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addOption({QStringLiteral("citizen"), Tr::tr("The citizen's CPR number."), QStringLiteral("CPR")});
    cl.addOption({QStringLiteral("out"), Tr::tr("The PDF file to write (never overwritten)."), QStringLiteral("FILE")});
    cl.addOption({QStringLiteral("municipality"), Tr::tr("The municipality in the header."), QStringLiteral("TEXT")});
    cl.addOption({QStringLiteral("department"), Tr::tr("The department in the header."), QStringLiteral("TEXT")});
    if (!cl.parse()) {
        return Usage;
    }
    if (!cl.isSet(QStringLiteral("citizen")) || !cl.isSet(QStringLiteral("out"))) {
        return cl.usage(Tr::tr("Name the citizen with --citizen CPR and the file with --out FILE."));
    }
    const QString out = cl.value(QStringLiteral("out"));
    if (QFileInfo::exists(out)) {
        return cl.fail(Tr::tr("%1 exists already; choose another file name.").arg(out));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    const auto citizen = cl.citizen();
    if (!citizen) {
        return Failed;
    }
    auto placements = PlacementRepository(cl.db()).forCitizen(citizen->id);
    if (!placements) {
        return cl.fail(placements.error());
    }
    if (placements->isEmpty()) {
        return cl.fail(Tr::tr("The citizen has no placement at a company."));
    }
    const QString municipality = cl.isSet(QStringLiteral("municipality")) ? cl.value(QStringLiteral("municipality"))
                                                                          : QStringLiteral("Hjørring Kommune");
    const QString department = cl.isSet(QStringLiteral("department")) ? cl.value(QStringLiteral("department"))
                                                                      : QStringLiteral("Jobcenter Hjørring");
    auto pages = ui::PlacementAgreement::writePdf(cl.db(), placements->front().id, out, municipality, department);
    if (!pages) {
        return cl.fail(pages.error());
    }
    printJson(ctx, {{QStringLiteral("pdf"), out}, {QStringLiteral("pages"), *pages}, {QStringLiteral("company"), placements->front().companyName}});
    return Ok;
}

} // namespace

std::vector<Command> companyCommands()
{
    return {
        {QStringLiteral("company-import"), QStringLiteral("company-import --db FILE COMPANIES.csv"), runCompanyImport},
        {QStringLiteral("companies"), QStringLiteral("companies --db FILE [--query TEXT]"), runCompanies},
        {QStringLiteral("place"),
         QStringLiteral("place --db FILE --citizen CPR --company CVR --kind praktik|loentilskud|fleksjob|ordinaert|smaajob "
                        "--from DATE [--to DATE] [--hours N]"),
         runPlace},
        {QStringLiteral("placements"), QStringLiteral("placements --db FILE (--citizen CPR | --company CVR)"), runPlacements},
        {QStringLiteral("match"), QStringLiteral("match --db FILE (--citizen CPR | --company CVR)"), runMatch},
        {QStringLiteral("company-consent"),
         QStringLiteral("company-consent --db FILE --citizen CPR --company CVR (--share TEXT | --withdraw) [--on DATE]"),
         runCompanyConsent},
        {QStringLiteral("placement-agreement"),
         QStringLiteral("placement-agreement --db FILE --citizen CPR --out FILE.pdf [--municipality TEXT] [--department TEXT]"),
         runPlacementAgreement},
    };
}

} // namespace samspil::cli
