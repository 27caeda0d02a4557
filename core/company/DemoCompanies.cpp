#include "DemoCompanies.h"

#include "core/citizen/CitizenRepository.h"
#include "core/company/Accommodations.h"
#include "core/company/CompanyRepository.h"
#include "core/company/PlacementRepository.h"
#include "core/demo/DemoData.h"
#include "core/plan/PlanRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/teamday/NoteRepository.h"

namespace samspil {

namespace {

struct DemoOffer
{
    PlacementKind kind;
    const char* tasks;
    double hours;
    const char* demands;
};

struct DemoCompany
{
    const char* cvr;
    const char* name;
    const char* address;
    const char* contact;
    const char* phone;
    const char* notes;
    QVector<DemoOffer> offers;
};

const QVector<DemoCompany>& demoCompanies()
{
    static const QVector<DemoCompany> all = {
        {"99002026", "Brønderslev Byggemarked (demo)", "Industrivej 4, 9700 Brønderslev", "Henrik Lauridsen", "+45 98 00 10 01",
         "Tager gerne borgere i praktik; fast mester på lageret.",
         {{PlacementKind::Praktik, "Varemodtagelse, opfyldning af hylder, kundeservice i butikken", 20,
           "Tunge løft på lageret; står meget"},
          {PlacementKind::Loentilskud, "Butiksassistent", 30, "Kundekontakt, travlt om lørdagen"}}},
        {"99015195", "Jammerbugt Plejecenter (demo)", "Skolevej 12, 9490 Pandrup", "Lone Kjærsgaard", "+45 98 00 10 02",
         "Godt samarbejde om småjob og fleksjob i køkken og pedelfunktion.",
         {{PlacementKind::Smaajob, "Hjælp i køkkenet ved middagen", 8, "Let arbejde; korte vagter"},
          {PlacementKind::Fleksjob, "Pedelmedhjælper: små reparationer, have", 15, "Varierede stillinger; ingen tunge løft"}}},
        {"99019247", "Hjørring Grønt & Park (demo)", "Parkvej 2, 9800 Hjørring", "Jens Brix", "+45 98 00 10 03",
         "Udendørs arbejde hele året; gode erfaringer med borgere med angst.",
         {{PlacementKind::Praktik, "Pasning af grønne områder, beskæring, fejning", 25, "Udendørs, roligt tempo, i et lille hold"},
          {PlacementKind::Ordinaert, "Gartnermedhjælper", 37, "Fuld tid; tunge løft i sæsonen"}}},
        {"99035455", "Nordjysk Kontorservice (demo)", "Havnegade 8, 9000 Aalborg", "Sara Lind", "+45 98 00 10 04",
         "Kontorpraktik med faste opgaver og skriftlige instruktioner.",
         {{PlacementKind::Praktik, "Scanning, arkiv, post og enkle opgaver på pc", 15, "Stille kontor; siddende arbejde"},
          {PlacementKind::Loentilskud, "Kontorassistent", 25, "Tidspres ved månedsskifte"}}},
        {"99039507", "Løkken Fiskeindustri (demo)", "Havnen 1, 9480 Løkken", "Per Thomsen", "+45 98 00 10 05",
         "Skiftehold; kan tage flere på én gang.",
         {{PlacementKind::Ordinaert, "Produktionsmedarbejder ved pakkelinjen", 37, "Skiftehold, højt tempo, står hele dagen"}}},
        {"99051663", "Vendsyssel Cykler (demo)", "Algade 30, 9800 Hjørring", "Mette Dahl", "+45 98 00 10 06",
         "Lille værksted med fast kontaktperson.",
         {{PlacementKind::Praktik, "Klargøring og enkle reparationer af cykler", 18, "Roligt værksted; fast kontaktperson"},
          {PlacementKind::Smaajob, "Opsætning af nye cykler om lørdagen", 6, "Let arbejde"}}},
    };
    return all;
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

Result<QVector<Company>> storeCompanies(Database& db)
{
    const QStringList consultants = StaffRepository(db).idsInInitialsOrder(Profession::CompanyConsultant);
    QVector<Company> out;
    for (const DemoCompany& d : demoCompanies()) {
        Company c;
        c.cvr = s(d.cvr);
        c.name = s(d.name);
        c.address = s(d.address);
        c.notes = s(d.notes);
        c.consultantId = consultants.value(0);
        c.contacts.append({{}, {}, s(d.contact), s(d.phone), {}, QStringLiteral("Kontaktperson")});
        for (const DemoOffer& o : d.offers) {
            c.offers.append({{}, {}, o.kind, s(o.tasks), o.hours, s(o.demands), 2, {}});
        }
        auto saved = CompanyRepository(db).save(c);
        if (!saved) {
            return Error{saved.error()};
        }
        out.append(*saved);
    }
    return out;
}

PlacementKind kindFor(EmploymentGoalKind goal)
{
    return goal == EmploymentGoalKind::FlexJob ? PlacementKind::Fleksjob : PlacementKind::Praktik;
}

/// A placement for a citizen with a plan, at a company that offers its kind.
Status placeCitizen(Database& db, DemoRandom& rnd, const Plan& plan, const QVector<Company>& companies, int index)
{
    const PlacementKind kind = kindFor(plan.goalKind);
    QVector<QPair<const Company*, const CompanyOffer*>> fits;
    for (const Company& c : companies) {
        for (const CompanyOffer& o : c.offers) {
            if (o.kind == kind) {
                fits.append({&c, &o});
            }
        }
    }
    if (fits.isEmpty()) {
        return {};
    }
    const auto& [company, offer] = fits.at(index % fits.size());
    const QDate today = db.clock().today();
    Placement p;
    p.citizenId = plan.citizenId;
    p.companyId = company->id;
    p.offerId = offer->id;
    p.kind = kind;
    p.from = today.addDays(-rnd.uniform(0, 50));
    p.to = p.from.addDays(27);
    p.hoursPerWeek = std::min(offer->hoursPerWeek, 20.0);
    p.tasks = offer->tasks;
    p.contactId = company->contacts.value(0).id;
    p.mentor = rnd.chance(0.5) ? QStringLiteral("Virksomhedsmentor fra %1").arg(company->contacts.value(0).name) : QString();
    for (const auto& proposal : Accommodations::propose(NoteRepository(db).currentSigned(plan.citizenId))) {
        p.accommodations << proposal.code;
    }
    if (!plan.goals.isEmpty()) {
        p.goalLineage = plan.goals.first().lineage;
    }
    for (int days : {7, 21}) {
        const QDate d = p.from.addDays(days);
        p.followUps.append({d, d < today.addDays(-2)});
    }
    // A believable week (DemoData::mayLeaveOpen): the consultant records how a placement ended
    // within days; only one that ended in the last week may still wait for it.
    const bool ended = p.to < today;
    const bool leftOpen = ended && p.to.daysTo(today) <= 7 && DemoData::mayLeaveOpen(p.to, today) && rnd.chance(0.3);
    if (ended && !leftOpen) {
        p.outcome = rnd.chance(0.6) ? PlacementOutcome::Job : PlacementOutcome::Other;
        p.outcomeDate = p.to;
        p.outcomeReason = p.outcome == PlacementOutcome::Job ? QStringLiteral("Ansat efter praktikken") : QString();
    }
    auto saved = PlacementRepository(db).save(p);
    return saved ? Status{} : Status{Error{saved.error()}};
}

} // namespace

Status addDemoCompanies(Database& db, DemoRandom& rnd)
{
    auto existing = CompanyRepository(db).search();
    if (!existing) {
        return Error{existing.error()};
    }
    if (!existing->isEmpty()) {
        return {}; // once per demo database
    }
    auto companies = storeCompanies(db);
    if (!companies) {
        return Error{companies.error()};
    }
    const auto plans = PlanRepository(db).currentForAll();
    QStringList withPlan;
    for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
        withPlan << it.key();
    }
    std::sort(withPlan.begin(), withPlan.end()); // QHash order is not stable between runs
    int placed = 0;
    for (const QString& citizenId : std::as_const(withPlan)) {
        const auto citizen = CitizenRepository(db).get(citizenId);
        if (!citizen || citizen->status != CitizenStatus::Active || !rnd.chance(0.35)) {
            continue;
        }
        if (auto st = placeCitizen(db, rnd, plans.value(citizenId), *companies, placed); !st) {
            return st;
        }
        ++placed;
    }
    return {};
}

} // namespace samspil
