#include "PlanModule.h"

#include "core/demo/DemoData.h"
#include "core/plan/Tracks.h"
#include "core/plan/InterventionCatalogue.h"
#include "core/plan/PlanSignals.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/plan/PlanRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/workflow/NextStep.h"
#include "core/util/Uuid.h"
#include "core/workflow/PlanDraft.h"

#include <QRegularExpression>
#include <optional>
#include <algorithm>
#include <array>

namespace samspil {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanModule)
};

/// Days the caseworker has to agree a drafted plan with the citizen.
constexpr int kAgreeWithinDays = 14;

void planFacts(Database& db, QHash<QString, CitizenFacts>& facts, const QString& onlyCitizen, FactsByproducts* keep)
{
    // Lean rows: the caseload asks this for every citizen on every reload.
    const auto outlines = PlanRepository(db).outlinesForAll(onlyCitizen);
    for (auto [citizenId, m] : outlines.milestones.asKeyValueRange()) {
        auto it = facts.find(citizenId);
        if (it == facts.end()) {
            continue;
        }
        if (m.drafted.isValid()) {
            it->milestones.insert(QStringLiteral("plan_drafted"), m.drafted);
        }
        if (m.agreed.isValid()) {
            it->milestones.insert(QStringLiteral("plan_agreed"), m.agreed);
        }
    }
    const QDate today = db.clock().today();
    auto ratings = std::make_shared<const RatingSeries>(ProgressionRepository(db).seriesForAll(today, onlyCitizen));
    const auto& series = ratings->byCitizen;
    const SeriesSummaries none;
    for (auto it = outlines.current.cbegin(); it != outlines.current.cend(); ++it) {
        auto f = facts.find(it.key());
        if (f == facts.end()) {
            continue;
        }
        const auto s = series.constFind(it.key());
        if (PlanSignals::any(it.value(), s == series.cend() ? none : *s, today)) {
            f->milestones.insert(QStringLiteral("plan_review_signal"), today);
        }
    }
    if (keep) {
        keep->put(std::move(ratings));
    }
}

std::optional<NextStep> agreeRule(const CitizenFacts& f)
{
    if (!f.milestones.contains(QStringLiteral("plan_drafted")) || f.milestones.contains(QStringLiteral("plan_agreed"))) {
        return std::nullopt;
    }
    return NextStep{QStringLiteral("agree_plan"), Tr::tr("Agree the plan with the citizen"),
                    f.milestones.value(QStringLiteral("plan_drafted")).addDays(kAgreeWithinDays)};
}

std::optional<NextStep> reviewRule(const CitizenFacts& f)
{
    if (!f.milestones.contains(QStringLiteral("plan_review_signal"))) {
        return std::nullopt;
    }
    return NextStep{QStringLiteral("review_plan"), Tr::tr("Review the plan"), f.milestones.value(QStringLiteral("plan_review_signal"))};
}

QVector<CheckFinding> planChecks(Database& db)
{
    QVector<CheckFinding> out;
    if (const int n = PlanRepository(db).countWithoutCitizen(); n > 0) {
        out.append({CheckFinding::Severity::Error, Tr::tr("%n plan version(s) belong to a citizen who does not exist.", nullptr, n)});
    }
    if (const int n = PlanRepository(db).countOrphanItems(); n > 0) {
        out.append({CheckFinding::Severity::Error, Tr::tr("%n goal(s) or intervention(s) belong to a plan that does not exist.", nullptr, n)});
    }
    if (const int n = ProgressionRepository(db).countWithoutCitizen(); n > 0) {
        out.append({CheckFinding::Severity::Error, Tr::tr("%n rating(s) belong to a citizen who does not exist.", nullptr, n)});
    }
    return out;
}

// --- Demo ------------------------------------------------------------------------------------

struct DemoGoal
{
    const char* text;
    const char* criterion;
    const char* track;
    const char* intervention;
};

const std::array<DemoGoal, 10> kGoals = {{
    {"Kunne gå en tur på 30 minutter uden smerter", "Går dagligt 30 minutter og skriver det i dagbogen", "physical", "physiotherapy"},
    {"Sove bedre og have mere energi om dagen", "Sover mindst 6 timer de fleste nætter", "mild_mental", "stress_course"},
    {"Kunne håndtere stress i hverdagen", "Bruger selv to redskaber mod stress og kan fortælle hvilke", "mild_mental", "psychologist"},
    {"Få styr på økonomien", "Har en budgetaftale og betaler regninger til tiden", "social", "debt_counselling"},
    {"Møde stabilt i praktik", "Møder 4 af 5 dage i fire uger i træk", "unclarified", "company_internship"},
    {"Afklare arbejdsevnen", "Der ligger en beskrivelse af hvad borgeren kan og ikke kan", "unclarified", "occupational_assessment"},
    {"Komme i bedre fysisk form", "Træner to gange om ugen i tre måneder", "lifestyle", "exercise_programme"},
    {"Få struktur på dagen", "Står op og har en fast plan for dagen på hverdage", "developmental", "mentor"},
    {"Stoppe med at drikke i hverdagen", "Ingen alkohol mandag til torsdag i otte uger", "substance", "substance_treatment"},
    {"Prøve et job med løntilskud", "Har en aftale med en virksomhed om løntilskud", "physical", "wage_subsidy"},
}};

const std::array<const char*, 5> kEmploymentGoals = {
    "Job som lagermedarbejder 25 timer om ugen",
    "Tilbage til eget job som social- og sundhedshjælper",
    "Fleksjob i en børnehave",
    "Starte på uddannelse som smed",
    "Job i detailhandlen på deltid",
};
/// The hours a goal's text names ("25 timer om ugen"), so the field can say the same.
std::optional<int> hoursInText(const QString& text)
{
    return PlanText::hoursNamedIn(text);
}

const std::array<const char*, 4> kWhatMatters = {
    "At jeg kan være noget for mine børn og have en hverdag med arbejde.",
    "At komme ud blandt andre mennesker igen og være en del af et arbejdsfællesskab.",
    "At jeg ikke skal have ondt hele tiden, og at jeg selv kan betale mine regninger.",
    "At blive taget alvorligt og have én fast kontaktperson.",
};
const std::array<const char*, 4> kFirstSteps = {
    "Jeg ringer til fysioterapeuten i morgen.",
    "Jeg går en tur hver formiddag.",
    "Jeg tager mine papirer med til gældsrådgivningen.",
    "Jeg besøger praktikstedet sammen med min mentor.",
};

EmploymentGoalKind kindFor(int i)
{
    static const EmploymentGoalKind k[] = {EmploymentGoalKind::OrdinaryJob, EmploymentGoalKind::OrdinaryJob,
                                           EmploymentGoalKind::FlexJob, EmploymentGoalKind::Education,
                                           EmploymentGoalKind::OrdinaryJob};
    return k[i];
}

/// A rating history over `points` ratings. Most plans go well (every series rising); about a
/// third have one goal whose ratings diverge or stand still, or an employment goal whose progress
/// stands still, so the plan's signals (and the "review the plan" step) are there, not everywhere.
void demoRatings(Database& db, DemoRandom& rnd, const Plan& plan, const QDate& from, const QDate& to)
{
    ProgressionRepository ratings(db);
    const int span = std::max(1, int(from.daysTo(to)));
    const int points = std::clamp(span / 21, 1, 6);
    const bool troubled = rnd.chance(0.35);
    const int troubledGoal = troubled ? rnd.uniform(0, int(plan.goals.size())) : -1; // size(): the employment goal
    int goalIndex = 0;
    for (const auto& g : plan.goals) {
        const int profile = goalIndex++ == troubledGoal ? rnd.uniform(1, 2) : 0; // 0 rising, 1 diverging, 2 stagnating
        int c = rnd.uniform(2, 4);
        int p = profile == 0 ? c + rnd.uniform(-1, 1) : rnd.uniform(2, 4);
        for (int k = 0; k < points; ++k) {
            const QDate on = from.addDays(span * (k + 1) / (points + 1));
            if (profile == 0) {
                // Both rise, close together (the citizen and the professional see the same progress).
                c = std::min(10, c + rnd.uniform(1, 2));
                p = std::clamp(p + rnd.uniform(1, 2), std::max(1, c - 2), std::min(10, c + 2));
            } else if (profile == 1) {
                c = std::min(9, c + rnd.uniform(1, 2));
                p = std::clamp(p + rnd.uniform(-1, 1), 1, 6);
            } else {
                c = std::clamp(c + rnd.uniform(-1, 1), 1, 10);
                p = std::clamp(p + rnd.uniform(-1, 0), 1, 10);
            }
            for (auto [rater, score] : {std::pair{Rater::Citizen, c}, std::pair{Rater::Professional, p}}) {
                Rating r;
                r.citizenId = plan.citizenId;
                r.goalLineage = g.lineage;
                r.rater = rater;
                r.score = score;
                r.ratedOn = on;
                r.ratedBy = g.responsibleId;
                (void)ratings.add(r);
            }
        }
    }
    int e = rnd.uniform(2, 4);
    const bool employmentStill = troubledGoal == int(plan.goals.size());
    for (int k = 0; k < points; ++k) {
        e = employmentStill ? std::clamp(e + rnd.uniform(-1, 0), 1, 10) : std::min(10, e + rnd.uniform(0, 1) + (k % 2));
        Rating r;
        r.citizenId = plan.citizenId;
        r.rater = Rater::Caseworker;
        r.score = e;
        r.ratedOn = from.addDays(span * (k + 1) / (points + 1));
        r.ratedBy = plan.caseworkerId;
        (void)ratings.add(r);
    }
}

QString pickStaff(const QVector<Staff>& staff, DemoRandom& rnd, Profession preferred)
{
    QVector<Staff> fit;
    for (const auto& s : staff) {
        if (s.profession == preferred) {
            fit.append(s);
        }
    }
    if (fit.isEmpty()) {
        return staff.isEmpty() ? QString() : rnd.pick(staff).id;
    }
    return rnd.pick(fit).id;
}

Profession professionFor(const QString& track)
{
    if (track == QLatin1String("physical") || track == QLatin1String("lifestyle")) {
        return Profession::Physiotherapist;
    }
    if (track == QLatin1String("mild_mental") || track == QLatin1String("mental_illness")) {
        return Profession::Psychologist;
    }
    if (track == QLatin1String("developmental")) {
        return Profession::Mentor;
    }
    if (track == QLatin1String("unclarified")) {
        return Profession::Nurse;
    }
    return Profession::Caseworker;
}

/// A demo goal of the plan with its intervention, and now and then a first sub-goal.
void addDemoGoal(Plan& p, DemoRandom& rnd, const DemoGoal& d, const QVector<Staff>& staff, const QDate& start,
                 const QDate& today)
{
    PlanGoal g;
    g.lineage = newUuid();
    g.text = QString::fromUtf8(d.text);
    g.criterion = QString::fromUtf8(d.criterion);
    g.tracks = {QLatin1String(d.track)};
    g.targetDate = rnd.chance(0.05) ? today.addDays(-rnd.uniform(1, 30)) : today.addDays(rnd.uniform(14, 150));
    g.responsibleId = pickStaff(staff, rnd, professionFor(g.tracks.first()));
    p.goals.append(g);
    PlanIntervention i;
    i.kind = QLatin1String(d.intervention);
    i.tracks = g.tracks;
    i.providerId = g.responsibleId;
    i.start = start.addDays(rnd.uniform(3, 20));
    i.end = i.start.addDays(rnd.uniform(8, 20) * 7);
    i.status = i.start > today ? InterventionStatus::Planned : i.end < today ? InterventionStatus::Completed
                                                                             : InterventionStatus::Running;
    i.goalLineages = {g.lineage};
    p.interventions.append(i);
    if (rnd.chance(0.3)) {
        PlanGoal sub;
        sub.lineage = newUuid();
        sub.parentLineage = g.lineage;
        sub.text = QString::fromUtf8("Første skridt: aftale et møde med %1").arg(InterventionCatalogue::shipped().find(i.kind)->nameDa.toLower());
        sub.tracks = g.tracks;
        sub.targetDate = std::min(g.targetDate, today.addDays(rnd.uniform(7, 45)));
        sub.responsibleId = p.caseworkerId;
        p.goals.append(sub);
    }
}

/// The plan the tværfaglig konference drafted, as the caseworker goes on with it: the hours,
/// what matters to the citizen, the first step and the dates filled in; agreed with the citizen a
/// few days after the conference unless that was lately (the step is due within two weeks), with
/// ratings since.
Status completeConferenceDraft(Database& db, DemoRandom& rnd, const Plan& draft)
{
    const QDate today = db.clock().today();
    Plan p = draft;
    p.hoursPerWeek = hoursInText(p.employmentGoal).value_or(rnd.pick(std::array<int, 3>{15, 20, 25}));
    p.targetDate = today.addMonths(rnd.uniform(3, 10));
    p.whatMatters = QString::fromUtf8(rnd.pick(kWhatMatters));
    p.firstStep = QString::fromUtf8(rnd.pick(kFirstSteps));
    for (auto& g : p.goals) {
        g.targetDate = today.addDays(rnd.uniform(21, 150));
    }
    PlanRepository repo(db);
    auto saved = repo.saveDraft(p);
    if (!saved) {
        return Error{saved.error()};
    }
    const auto facts = Workflow::factsFor(db, p.citizenId);
    const QDate held = facts ? facts->milestones.value(QStringLiteral("conference_held")) : QDate();
    if (!held.isValid() || held.daysTo(today) < 10 || (DemoData::mayLeaveOpen(held, today) && rnd.chance(0.5))) {
        return {}; // the caseworker has not met the citizen about it yet
    }
    Agreement a;
    a.on = std::min(today, held.addDays(rnd.uniform(3, 9)));
    a.how = rnd.chance(0.7) ? AgreementMethod::InPerson : AgreementMethod::Phone;
    a.present = QString::fromUtf8("Borgeren og koordinerende sagsbehandler");
    auto agreed = repo.agree(saved->id, a);
    if (!agreed) {
        return Error{agreed.error()};
    }
    demoRatings(db, rnd, agreed.value(), std::max(a.on, today.addDays(-140)), today);
    return {};
}

Status demoCitizenStep(Database& db, DemoRandom& rnd, const QString& citizenId)
{
    const auto c = CitizenRepository(db).get(citizenId);
    const QDate today = db.clock().today();
    // A closed case is read-only, so it gets none.
    if (!c || c->status == CitizenStatus::Closed) {
        return {};
    }
    // A citizen whose tværfaglig konference already drafted the plan keeps that one.
    if (const auto current = PlanRepository(db).current(citizenId)) {
        return current->conferenceId.isEmpty() || current->status != PlanStatus::Draft
                   ? Status{}
                   : completeConferenceDraft(db, rnd, *current);
    }
    // Plans for citizens who have been on benefit for a while (three weeks or more), not all,
    // and not while they are still on the way to their conference (screening, team day, notes).
    if (c->benefitStart.daysTo(today) < 21 || !rnd.chance(0.55)) {
        return {};
    }
    if (const auto step = Workflow::nextStepFor(db, citizenId); step && step->code != QLatin1String("standard_course")) {
        return {};
    }
    const auto staff = StaffRepository(db).all(false);
    Plan p;
    p.citizenId = c->id;
    p.caseworkerId = c->caseworkerId;
    const int eg = rnd.uniform(0, int(kEmploymentGoals.size()) - 1);
    p.employmentGoal = QString::fromUtf8(kEmploymentGoals[eg]);
    p.goalKind = kindFor(eg);
    p.hoursPerWeek = p.goalKind == EmploymentGoalKind::FlexJob ? 15 : rnd.pick(std::array<int, 3>{20, 25, 37});
    p.hoursPerWeek = hoursInText(p.employmentGoal).value_or(p.hoursPerWeek); // the text and the field agree
    const QDate start = c->benefitStart.addDays(rnd.uniform(10, 20));
    // Targets relative to today, so a long-running case is not all overdue: mostly ahead, a few passed.
    p.targetDate = today.addMonths(rnd.uniform(3, 10));
    p.whatMatters = QString::fromUtf8(rnd.pick(kWhatMatters));
    p.firstStep = QString::fromUtf8(rnd.pick(kFirstSteps));
    const int goals = rnd.uniform(2, 3);
    QVector<int> used;
    for (int k = 0; k < goals; ++k) {
        int gi = rnd.uniform(0, int(kGoals.size()) - 1);
        while (used.contains(gi)) {
            gi = (gi + 1) % int(kGoals.size());
        }
        used.append(gi);
        addDemoGoal(p, rnd, kGoals[gi], staff, start, today);
    }
    PlanRepository repo(db);
    auto created = repo.createDraft(p);
    if (!created) {
        return Error{created.error()};
    }
    if (start.daysTo(today) < 14 || rnd.chance(0.15)) {
        return {}; // still a draft
    }
    Agreement a;
    a.on = std::min(today, start.addDays(rnd.uniform(3, 10)));
    a.how = rnd.chance(0.7) ? AgreementMethod::InPerson : rnd.chance(0.5) ? AgreementMethod::Phone : AgreementMethod::Digital;
    a.present = QString::fromUtf8("Borgeren og koordinerende sagsbehandler");
    auto agreed = repo.agree(created->id, a);
    if (!agreed) {
        return Error{agreed.error()};
    }
    demoRatings(db, rnd, agreed.value(), std::max(a.on, today.addDays(-140)), today);
    return {};
}

/// A random citizen's current plan, or nothing (also when the case is closed: it is read-only).
std::optional<Plan> randomPlan(Database& db, DemoRandom& rnd)
{
    // The citizens of currentForAll() in its keys' sorted order, and only the picked one's plan read.
    const QStringList keys = PlanRepository(db).citizensWithPlan();
    if (keys.isEmpty()) {
        return std::nullopt;
    }
    const auto picked = PlanRepository(db).current(rnd.pick(keys));
    if (!picked || PlanRepository(db).facts().caseClosed(picked->citizenId)) {
        return std::nullopt;
    }
    return picked;
}

/// A draft to edit: the current draft, or a new version of the agreed plan.
Result<Plan> editable(Database& db, const Plan& p)
{
    if (p.editable()) {
        return p;
    }
    return PlanRepository(db).revise(p.id);
}

Result<bool> editFieldAction(Database& db, DemoRandom& rnd)
{
    auto p = randomPlan(db, rnd);
    if (!p) {
        return false;
    }
    auto d = editable(db, *p);
    if (!d) {
        return Error{d.error()};
    }
    Plan plan = d.value();
    switch (rnd.uniform(0, 2)) {
    case 0:
        plan.firstStep = QString::fromUtf8(rnd.pick(kFirstSteps));
        break;
    case 1:
        plan.hoursPerWeek = std::clamp(plan.hoursPerWeek + rnd.uniform(-5, 5), 5, 37);
        if (const auto named = hoursInText(plan.employmentGoal)) {
            // The goal's text says the hours too: it changes with the field.
            plan.employmentGoal.replace(QStringLiteral("%1 timer om ugen").arg(*named),
                                        QStringLiteral("%1 timer om ugen").arg(plan.hoursPerWeek));
        }
        break;
    default:
        if (!plan.goals.isEmpty()) {
            auto& g = plan.goals[rnd.uniform(0, int(plan.goals.size()) - 1)];
            g.targetDate = (g.targetDate.isValid() ? g.targetDate : db.clock().today()).addDays(rnd.uniform(14, 60));
        }
    }
    auto saved = PlanRepository(db).saveDraft(plan);
    if (!saved) {
        return Error{saved.error()};
    }
    return true;
}

Result<bool> addGoalAction(Database& db, DemoRandom& rnd)
{
    auto p = randomPlan(db, rnd);
    if (!p) {
        return false;
    }
    auto d = editable(db, *p);
    if (!d) {
        return Error{d.error()};
    }
    Plan plan = d.value();
    const DemoGoal& dg = rnd.pick(kGoals);
    PlanGoal g;
    g.lineage = newUuid();
    g.text = QString::fromUtf8(dg.text);
    g.criterion = QString::fromUtf8(dg.criterion);
    g.tracks = {QLatin1String(dg.track)};
    g.targetDate = db.clock().today().addMonths(rnd.uniform(2, 5));
    g.responsibleId = plan.caseworkerId;
    plan.goals.append(g);
    auto saved = PlanRepository(db).saveDraft(plan);
    if (!saved) {
        return Error{saved.error()};
    }
    return true;
}

Result<bool> addRatingAction(Database& db, DemoRandom& rnd)
{
    auto p = randomPlan(db, rnd);
    if (!p || p->goals.isEmpty()) {
        return false;
    }
    Rating r;
    r.citizenId = p->citizenId;
    r.ratedOn = db.clock().today();
    r.score = rnd.uniform(1, 10);
    const int who = rnd.uniform(0, 2);
    if (who == 2) {
        r.rater = Rater::Caseworker;
        r.ratedBy = p->caseworkerId;
    } else {
        r.rater = who == 0 ? Rater::Citizen : Rater::Professional;
        const auto& g = rnd.pick(p->goals);
        r.goalLineage = g.lineage;
        r.ratedBy = g.responsibleId;
        const auto prev = PlanSignals::series(ProgressionRepository(db).forCitizen(p->citizenId), g.lineage, r.rater);
        if (!prev.isEmpty()) {
            r.score = std::clamp(prev.last().score + rnd.uniform(-1, 2), 1, 10);
        }
    }
    auto added = ProgressionRepository(db).add(r);
    if (!added) {
        return Error{added.error()};
    }
    return true;
}

Result<bool> closeInterventionAction(Database& db, DemoRandom& rnd)
{
    auto p = randomPlan(db, rnd);
    if (!p) {
        return false;
    }
    bool any = false;
    for (const auto& i : p->interventions) {
        any = any || i.status == InterventionStatus::Running || i.status == InterventionStatus::Planned;
    }
    if (!any) {
        return false;
    }
    auto d = editable(db, *p);
    if (!d) {
        return Error{d.error()};
    }
    Plan plan = d.value();
    for (auto& i : plan.interventions) {
        if (i.status == InterventionStatus::Running || i.status == InterventionStatus::Planned) {
            if (rnd.chance(0.25)) {
                i.status = InterventionStatus::Stopped;
                i.stopReason = QString::fromUtf8("Borgeren blev syg og kunne ikke fortsætte.");
            } else {
                i.status = InterventionStatus::Completed;
            }
            i.end = db.clock().today();
            if (i.start.isValid() && i.start > i.end) {
                i.start = i.end;
            }
            break;
        }
    }
    auto saved = PlanRepository(db).saveDraft(plan);
    if (!saved) {
        return Error{saved.error()};
    }
    return true;
}

} // namespace

void registerPlanModule()
{
    PlanDrafts::setCreator([](Database& db, const PlanDraftRequest& request) {
        return PlanRepository(db).createFromConference(request);
    });
    Workflow::registerFacts(planFacts);
    Workflow::registerRule(650, QStringLiteral("agree_plan"), agreeRule);
    Workflow::registerRule(660, QStringLiteral("review_plan"), reviewRule);
    DemoData::registerCitizenStep(demoCitizenStep);
    DemoData::registerAction(QStringLiteral("plan-edit-field"), 2, editFieldAction);
    DemoData::registerAction(QStringLiteral("plan-add-goal"), 1, addGoalAction);
    DemoData::registerAction(QStringLiteral("plan-add-rating"), 3, addRatingAction);
    DemoData::registerAction(QStringLiteral("plan-close-intervention"), 1, closeInterventionAction);
    ConsistencyCheck::registerCheck(planChecks);
}

} // namespace samspil
