#include "CompanyModule.h"

#include "core/company/CompanyRepository.h"
#include "core/company/DemoCompanies.h"
#include "core/company/PlacementRepository.h"
#include "core/company/PlacementRules.h"
#include "core/demo/DemoData.h"
#include "core/storage/Select.h"
#include "core/teamday/TeamDayModule.h"
#include "core/workflow/NextStep.h"

namespace samspil {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompanyModule)
};

const QString kFollowUp = QStringLiteral("company_follow_up");
const QString kEnded = QStringLiteral("placement_ended");

/// A follow-up shows this many days before it is due.
constexpr int kFollowUpNoticeDays = 7;

/// The placements that matter for the next steps: the citizen's, or everyone's.
QVector<Placement> placementsFor(Database& db, const QString& onlyCitizen)
{
    PlacementRepository repo(db);
    return valueOrWarn(onlyCitizen.isEmpty() ? repo.all() : repo.forCitizen(onlyCitizen), "CompanyModule placements");
}

/// Milestones: the first follow-up with a company not yet held that is due within the notice
/// period, and the end date of a placement that ended without an outcome.
void placementFacts(Database& db, QHash<QString, CitizenFacts>& facts, const QString& onlyCitizen, FactsByproducts*)
{
    const QDate today = db.clock().today();
    // A placement with an outcome gives neither (its follow-ups are over).
    const auto open = valueOrWarn(PlacementRepository(db).openForFacts(onlyCitizen), "CompanyModule placement facts");
    for (const Placement& p : open) {
        auto f = facts.find(p.citizenId);
        if (f == facts.end()) {
            continue;
        }
        const QDate next = p.nextFollowUp();
        if (next.isValid() && next <= today.addDays(kFollowUpNoticeDays)
            && (!f->milestones.contains(kFollowUp) || next < f->milestones.value(kFollowUp))) {
            f->milestones.insert(kFollowUp, next);
        }
        if (PlacementRules::endedWithoutOutcome(p, today)
            && (!f->milestones.contains(kEnded) || p.to < f->milestones.value(kEnded))) {
            f->milestones.insert(kEnded, p.to);
        }
    }
}

std::optional<NextStep> followUpRule(const CitizenFacts& f)
{
    if (!f.milestones.contains(kFollowUp)) {
        return std::nullopt;
    }
    return NextStep{kFollowUp, Tr::tr("Follow up with the company"), f.milestones.value(kFollowUp)};
}

std::optional<NextStep> endedRule(const CitizenFacts& f)
{
    if (!f.milestones.contains(kEnded)) {
        return std::nullopt;
    }
    return NextStep{kEnded, Tr::tr("Record how the placement ended"), f.milestones.value(kEnded)};
}

/// The responsible virksomhedskonsulent's own tasks: follow-ups and endings of their placements.
QVector<MyTask> consultantTasks(Database& db, const QString& staffId)
{
    const QDate today = db.clock().today();
    QVector<MyTask> out;
    for (const Placement& p : placementsFor(db, {})) {
        if (p.consultantId != staffId) {
            continue;
        }
        const QDate next = p.outcome ? QDate() : p.nextFollowUp();
        if (next.isValid() && next <= today.addDays(kFollowUpNoticeDays)) {
            out.append({p.citizenId, {kFollowUp, Tr::tr("Follow up with %1").arg(p.companyName), next}});
        } else if (PlacementRules::endedWithoutOutcome(p, today)) {
            out.append({p.citizenId, {kEnded, Tr::tr("Record how the placement at %1 ended").arg(p.companyName), p.to}});
        }
    }
    return out;
}

} // namespace

void registerCompanyModule()
{
    // A random source of its own, so the demo companies change nothing of the rest of the demo.
    DemoData::registerRunStep([](Database& db, DemoRandom&) {
        DemoRandom own(19);
        return addDemoCompanies(db, own);
    });
    Workflow::registerFacts(placementFacts);
    // Before the stages of the course: a date agreed with a company comes first.
    Workflow::registerRule(50, kFollowUp, followUpRule);
    Workflow::registerRule(60, kEnded, endedRule);
    MyTasks::registerSource(consultantTasks);
    ConsistencyCheck::registerCheck([](Database& db) { return CompanyRepository(db).check(); });
}

} // namespace samspil
