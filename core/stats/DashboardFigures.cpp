#include "Dashboard.h"

#include "core/citizen/Citizen.h"
#include "core/company/Company.h"
#include "core/plan/Tracks.h"
#include "core/plan/PlanSignals.h"
#include "core/plan/ProgressionRepository.h"
#include "core/screening/Instrument.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Select.h"
#include "core/stats/StatsQueries.h"
#include "core/util/Dates.h"
#include "core/workflow/NextStep.h"

#include <QSet>

#include <algorithm>
#include <map>

// How the dashboard's figures are computed (Dashboard::compute), one figure after the other;
// what each counts is in docs/dashboard.md.

namespace samspil {

namespace {

const QString kNotScreened = QStringLiteral("not_screened");
const QString kNone = QStringLiteral("none");
const QString kTotal = QStringLiteral("total");

/// Collects citizen ids (and a count) for one figure; finish() sorts them and drops doubles.
struct FigureBuilder
{
    Figure f;
    QSet<QString> ids;
    FigureBuilder(QString code = {}, QString label = {})
    {
        f.code = std::move(code);
        f.label = std::move(label);
    }
    void add(const QString& citizenId, int n = 1)
    {
        f.count += n;
        ids.insert(citizenId);
    }
    Figure finish()
    {
        f.citizenIds = QStringList(ids.cbegin(), ids.cend());
        f.citizenIds.sort();
        return f;
    }
};

/// Lists made in the order of the citizen rows (sorted by id) are in order already: checked in
/// one pass, sorted only when they are not.
bool inOrder(const QStringList& ids, bool strictly)
{
    return std::adjacent_find(ids.cbegin(), ids.cend(), [strictly](const QString& a, const QString& b) {
               return strictly ? !(a < b) : b < a;
           })
        == ids.cend();
}

/// A figure of citizens: the count is the number of distinct citizens.
Figure citizenFigure(QString code, QString label, QStringList ids)
{
    if (!inOrder(ids, true)) {
        ids.sort();
        ids.removeDuplicates();
    }
    Figure f;
    f.code = std::move(code);
    f.label = std::move(label);
    f.count = int(ids.size());
    ids.squeeze(); // kept while the dashboard is shown: no room to grow
    f.citizenIds = std::move(ids);
    return f;
}

struct WeeksBuilder
{
    QString code;
    QString label;
    QVector<int> all, closed, open;
    QStringList allIds, closedIds, openIds;

    void add(const QString& id, int weeks, bool isClosed)
    {
        all.append(weeks);
        allIds.append(id);
        (isClosed ? closed : open).append(weeks);
        (isClosed ? closedIds : openIds).append(id);
    }
    static WeeksStat stat(const QVector<int>& v, QStringList ids)
    {
        WeeksStat s;
        s.n = int(v.size());
        if (!v.isEmpty()) {
            s.median = Dashboard::median(v);
            double sum = 0;
            for (int w : v) {
                sum += w;
            }
            s.average = sum / double(v.size());
        }
        if (!inOrder(ids, false)) {
            ids.sort();
        }
        ids.squeeze(); // kept while the dashboard is shown: no room to grow
        s.citizenIds = std::move(ids);
        return s;
    }
    WeeksRow finish() const { return {code, label, stat(all, allIds), stat(closed, closedIds), stat(open, openIds)}; }
};

/// The citizen's latest decided screening, from the next-step facts.
std::optional<LatestRisk> latestOf(const QHash<QString, CitizenFacts>& facts, const QString& citizenId)
{
    const auto it = facts.constFind(citizenId);
    return it == facts.cend() ? std::nullopt : it->screening;
}

QString riskCode(const std::optional<LatestRisk>& r)
{
    return r ? Risks::code(r->risk) : kNotScreened;
}

QString riskLabel(const QString& code)
{
    if (const auto r = Risks::fromCode(code)) {
        QString l = Risks::label(*r);
        if (!l.isEmpty()) {
            l[0] = l[0].toUpper();
        }
        return l;
    }
    return Dashboard::tr("Not screened");
}

QStringList riskCodes()
{
    QStringList codes;
    for (Risk r : Risks::all()) {
        codes << Risks::code(r);
    }
    codes << kNotScreened;
    return codes;
}

bool inPeriod(const QDate& d, const DashboardQuery& q)
{
    return d.isValid() && d >= q.from && d <= q.to;
}


/// What every figure is computed from, read once.
struct Inputs
{
    const DashboardQuery& query;
    QDate today;
    QVector<StatsQueries::CitizenRow> mine; ///< the caseworker's citizens (or all)
    /// The workflow's facts of every citizen: the latest decided screening and what the next-step
    /// rules need (the same facts as the caseload's next step).
    QHash<QString, CitizenFacts> facts;
    QVector<const StatsQueries::CitizenRow*> population; ///< citizens in the period
};

/// Weeks per citizen, grouped by entry quarter and by decided risk, with a total: how both the
/// weeks on support and the weeks to the first company attachment are shown.
struct WeeksGroups
{
    std::map<QString, WeeksBuilder> cohorts;
    QHash<QString, WeeksBuilder> byRisk;
    WeeksBuilder total{kTotal, Dashboard::tr("Total"), {}, {}, {}, {}, {}, {}};

    void add(const Inputs& in, const StatsQueries::CitizenRow& c, int weeks, bool closed)
    {
        // A group's code and label are made when its first citizen comes (a label is translated).
        const QString quarter = Dashboard::quarterCode(c.benefitStart);
        auto& cohort = cohorts[quarter];
        if (cohort.code.isEmpty()) {
            cohort.code = quarter;
            cohort.label = Dashboard::quarterLabel(c.benefitStart);
        }
        cohort.add(c.id, weeks, closed);
        const QString risk = riskCode(latestOf(in.facts, c.id));
        auto& r = byRisk[risk];
        if (r.code.isEmpty()) {
            r.code = risk;
            r.label = riskLabel(risk);
        }
        r.add(c.id, weeks, closed);
        total.add(c.id, weeks, closed);
    }

    void finish(QVector<WeeksRow>& byCohortOut, QVector<WeeksRow>& byRiskOut, WeeksRow& totalOut) const
    {
        for (const auto& [code, b] : cohorts) {
            byCohortOut.append(b.finish());
        }
        for (const auto& code : riskCodes()) {
            WeeksBuilder b = byRisk.value(code);
            b.code = code;
            b.label = riskLabel(code);
            byRiskOut.append(b.finish());
        }
        totalOut = total.finish();
    }
};

/// Cases per caseworker: active cases today.
void caseloadFigures(Dashboard& d, const Inputs& in, const QVector<Staff>& staff, const QHash<QString, Staff>& staffById)
{
    std::map<QString, QStringList> active; // caseworker id (or "") -> citizens
    if (in.query.caseworkerId.isEmpty()) {
        for (const auto& s : staff) {
            if (s.active && s.profession == Profession::Caseworker) {
                active[s.id];
            }
        }
    } else {
        active[in.query.caseworkerId];
    }
    for (const auto& c : in.mine) {
        if (c.active) {
            active[staffById.contains(c.caseworkerId) ? c.caseworkerId : QString()].append(c.id);
        }
    }
    for (auto& [id, ids] : active) {
        CaseloadRow row;
        row.staffId = id;
        if (id.isEmpty()) {
            row.name = Dashboard::tr("(no caseworker)");
        } else {
            row.initials = staffById.value(id).initials;
            row.name = staffById.value(id).name;
        }
        row.active = citizenFigure(id.isEmpty() ? kNone : row.initials, row.name, ids);
        row.overTarget = row.active.count > Dashboard::kCaseTarget;
        d.caseload.append(row);
    }
    std::sort(d.caseload.begin(), d.caseload.end(), [](const CaseloadRow& a, const CaseloadRow& b) {
        if (a.staffId.isEmpty() != b.staffId.isEmpty()) {
            return b.staffId.isEmpty(); // the citizens without a caseworker last
        }
        return a.initials < b.initials;
    });
}

void riskFigures(Dashboard& d, const Inputs& in)
{
    QHash<QString, QStringList> byRisk;
    for (const auto* c : in.population) {
        byRisk[riskCode(latestOf(in.facts, c->id))].append(c->id);
    }
    for (const auto& code : riskCodes()) {
        d.risk.append(citizenFigure(code, riskLabel(code), byRisk.value(code)));
    }
}

/// Tracks: the current plan's (goals and interventions); without a plan, the latest conference's.
void trackFigures(Dashboard& d, const Inputs& in, const QHash<QString, StatsQueries::CurrentPlan>& plans,
                  const QHash<QString, QStringList>& conferences)
{
    QHash<QString, QStringList> byTrack;
    for (const auto* c : in.population) {
        QStringList codes;
        if (const auto p = plans.constFind(c->id); p != plans.cend()) {
            for (const auto& g : p->goals) {
                codes += g.tracks;
            }
            codes += p->interventionTracks;
        } else {
            codes = conferences.value(c->id);
        }
        bool any = false;
        for (const auto& code : Tracks::split(Tracks::join(codes))) {
            if (Tracks::isValid(code)) {
                byTrack[code].append(c->id);
                any = true;
            }
        }
        if (!any) {
            byTrack[kNone].append(c->id);
        }
    }
    for (const auto& t : Tracks::all()) {
        d.tracks.append(citizenFigure(t.code, QStringLiteral("%1 %2").arg(t.number).arg(t.name()), byTrack.value(t.code)));
    }
    d.tracks.append(citizenFigure(kNone, Dashboard::tr("No track yet"), byTrack.value(kNone)));
}

/// Next steps of the active citizens.
void stepFigures(Dashboard& d, const Inputs& in)
{
    QStringList inPeriodIds, todayIds, overdueIds;
    QHash<QString, StepRow> rows;
    QHash<QString, QStringList> rowPeriod, rowToday, rowOverdue;
    for (const auto& c : in.mine) { // in their order: the lists come out sorted
        const auto it = in.facts.constFind(c.id);
        if (!c.active || it == in.facts.cend()) {
            continue;
        }
        const auto step = Workflow::nextStep(it.value());
        if (!step || !step->due.isValid()) {
            continue;
        }
        const NextStep& s = *step;
        if (!rows.contains(s.code)) {
            rows.insert(s.code, StepRow{s.code, s.label, {}, {}, {}});
        }
        if (inPeriod(s.due, in.query)) {
            inPeriodIds.append(it.key());
            rowPeriod[s.code].append(it.key());
        }
        if (s.due == in.today) {
            todayIds.append(it.key());
            rowToday[s.code].append(it.key());
        }
        if (s.overdue(in.today)) {
            overdueIds.append(it.key());
            rowOverdue[s.code].append(it.key());
        }
    }
    d.stepsDueInPeriod = citizenFigure(QStringLiteral("due_in_period"), Dashboard::tr("Due in the period"), inPeriodIds);
    d.stepsDueToday = citizenFigure(QStringLiteral("due_today"), Dashboard::tr("Due today"), todayIds);
    d.stepsOverdue = citizenFigure(QStringLiteral("overdue"), Dashboard::tr("Overdue"), overdueIds);
    for (auto& row : rows) {
        row.dueInPeriod = citizenFigure(QStringLiteral("due_in_period"), Dashboard::tr("Due in the period"), rowPeriod.value(row.code));
        row.dueToday = citizenFigure(QStringLiteral("due_today"), Dashboard::tr("Due today"), rowToday.value(row.code));
        row.overdue = citizenFigure(QStringLiteral("overdue"), Dashboard::tr("Overdue"), rowOverdue.value(row.code));
        if (row.dueInPeriod.count + row.dueToday.count + row.overdue.count > 0) {
            d.steps.append(row);
        }
    }
    std::sort(d.steps.begin(), d.steps.end(), [](const StepRow& a, const StepRow& b) {
        return a.label.localeAwareCompare(b.label) < 0;
    });
}

/// Outcomes dated in the period.
void outcomeFigures(Dashboard& d, const Inputs& in)
{
    QHash<QString, QStringList> byOutcome;
    QStringList all;
    for (const auto& c : in.mine) {
        if (!c.active && !c.outcome.isEmpty() && inPeriod(c.outcomeDate, in.query)) {
            byOutcome[Outcomes::isValid(c.outcome) ? c.outcome : QStringLiteral("other")].append(c.id);
            all.append(c.id);
        }
    }
    d.outcomesTotal = citizenFigure(kTotal, Dashboard::tr("Outcomes in the period"), all);
    for (const auto& code : Outcomes::codes()) {
        d.outcomes.append(citizenFigure(code, Outcomes::label(code), byOutcome.value(code)));
    }
}

/// Weeks on support of the citizens whose benefit started in the period.
void weeksFigures(Dashboard& d, const Inputs& in)
{
    WeeksGroups groups;
    for (const auto& c : in.mine) {
        if (!inPeriod(c.benefitStart, in.query)) {
            continue;
        }
        const bool closed = !c.active && c.outcomeDate.isValid();
        groups.add(in, c, CitizenRules::weeksBetween(c.benefitStart, closed ? c.outcomeDate : in.today), closed);
    }
    groups.finish(d.weeksByCohort, d.weeksByRisk, d.weeksTotal);
}

/// Team day on the day of the screening.
void teamDayFigures(Dashboard& d, const Inputs& in, const QHash<QString, QVector<StatsQueries::Talk>>& talks)
{
    StatsQueries::LocalDates local;
    QStringList base, same, later, none;
    for (const auto& c : in.mine) {
        const auto r = latestOf(in.facts, c.id);
        if (!r || r->risk == Risk::Low) {
            continue;
        }
        const QDate screened = local.of(r->screenedAt);
        if (!inPeriod(screened, in.query)) {
            continue;
        }
        base.append(c.id);
        const auto mineTalks = talks.value(c.id);
        if (mineTalks.isEmpty()) {
            none.append(c.id);
            continue;
        }
        QSet<QString> onTheDay;
        for (const auto& t : mineTalks) {
            if (t.day == screened) {
                onTheDay.insert(t.kind);
            }
        }
        (onTheDay.size() == 3 ? same : later).append(c.id);
    }
    d.teamDayBase = citizenFigure(QStringLiteral("moderate_or_high"), Dashboard::tr("Moderate or high risk, screened in the period"), base);
    d.teamDaySameDay = citizenFigure(QStringLiteral("same_day"), Dashboard::tr("Team day on the screening day"), same);
    d.teamDayLater = citizenFigure(QStringLiteral("later_day"), Dashboard::tr("Team day on another day"), later);
    d.teamDayNone = citizenFigure(QStringLiteral("not_booked"), Dashboard::tr("No team day booked"), none);
}

/// The goal figures of progression, built together.
struct ProgressionBuilders
{
    FigureBuilder all{QStringLiteral("goals"), Dashboard::tr("Goals in current plans")};
    FigureBuilder rated{QStringLiteral("rated"), Dashboard::tr("Rated, not reached")};
    FigureBuilder rising{QStringLiteral("rising"), Dashboard::tr("Rising")};
    FigureBuilder stagnating{QStringLiteral("stagnating"), Dashboard::tr("Stagnating")};
    FigureBuilder diverging{QStringLiteral("diverging"), Dashboard::tr("Diverging")};
    FigureBuilder reached{QStringLiteral("reached"), Dashboard::tr("Reached")};
    FigureBuilder notRated{QStringLiteral("not_rated"), Dashboard::tr("Not rated yet")};

    /// One goal of a citizen's current plan, by PlanSignals' tests, from the citizen's series
    /// (summed up with today's stagnation cutoff).
    void add(const QString& citizenId, const StatsQueries::Goal& g, const SeriesSummaries& series)
    {
        const auto risen = [](const SeriesSummary& s) { return s.count >= 2 && s.last > s.first; };
        all.add(citizenId);
        if (g.achievedOn.isValid()) {
            reached.add(citizenId); // reached goals give no signals
            return;
        }
        // Caseworkers rate the employment goal only (its lineage is empty): a goal has two series.
        const SeriesSummary citizen = g.lineage.isEmpty() ? SeriesSummary() : series.value(PlanSignals::key(g.lineage, Rater::Citizen));
        const SeriesSummary professional =
            g.lineage.isEmpty() ? SeriesSummary() : series.value(PlanSignals::key(g.lineage, Rater::Professional));
        if (citizen.count == 0 && professional.count == 0) {
            notRated.add(citizenId);
            return;
        }
        rated.add(citizenId);
        const bool isStagnant = PlanSignals::stagnates(citizen) || PlanSignals::stagnates(professional);
        const bool isDivergent = PlanSignals::diverges(citizen, professional);
        if (isStagnant) {
            stagnating.add(citizenId);
        }
        if (isDivergent) {
            diverging.add(citizenId);
        }
        if (!isStagnant && !isDivergent && (risen(citizen) || risen(professional))) {
            rising.add(citizenId);
        }
    }
};

/// Progression of the goals in the current plans.
void progressionFigures(Dashboard& d, const Inputs& in, const QHash<QString, StatsQueries::CurrentPlan>& plans,
                        const QHash<QString, SeriesSummaries>& series)
{
    ProgressionBuilders b;
    const SeriesSummaries none;
    for (const auto* c : in.population) {
        const auto p = plans.constFind(c->id);
        if (p == plans.cend()) {
            continue;
        }
        const auto s = series.constFind(c->id);
        const SeriesSummaries& mine = s == series.cend() ? none : *s;
        for (const auto& g : p->goals) {
            b.add(c->id, g, mine);
        }
    }
    d.goals = b.all.finish();
    d.goalsRated = b.rated.finish();
    d.goalsRising = b.rising.finish();
    d.goalsStagnating = b.stagnating.finish();
    d.goalsDiverging = b.diverging.finish();
    d.goalsReached = b.reached.finish();
    d.goalsNotRated = b.notRated.finish();
}

void attachmentWeeks(Dashboard& d, const Inputs& in, const QHash<QString, QVector<const Placement*>>& byCitizen);

/// Companies: attachment in the period, placements per company, endings, weeks to the first placement.
void companyFigures(Dashboard& d, const Inputs& in, const QVector<Placement>& placements)
{
    QHash<QString, QVector<const Placement*>> byCitizen;
    for (const Placement& p : placements) {
        byCitizen[p.citizenId].append(&p);
    }
    const auto underWay = [&](const Placement& p) {
        const QDate end = p.outcome && p.outcomeDate.isValid() ? p.outcomeDate : p.to;
        return p.from.isValid() && p.from <= in.query.to && (!end.isValid() || end >= in.query.from);
    };
    QStringList base, attached;
    std::map<QString, FigureBuilder> companies; // by name
    QHash<QString, FigureBuilder> endings;
    for (const auto* c : in.population) {
        for (const Placement* p : byCitizen.value(c->id)) {
            if (underWay(*p)) {
                auto& b = companies[p->companyName.toLower() + p->companyId];
                b.f.code = p->companyId;
                b.f.label = p->companyName;
                b.add(c->id);
            }
            if (p->outcome && inPeriod(p->outcomeDate, in.query)) {
                endings[PlacementKinds::outcomeCode(*p->outcome)].add(c->id);
            }
        }
        if (!c->active) {
            continue;
        }
        base << c->id;
        const auto& own = byCitizen.value(c->id);
        if (std::any_of(own.cbegin(), own.cend(), [&](const Placement* p) { return underWay(*p); })) {
            attached << c->id;
        }
    }
    d.companyBase = citizenFigure(QStringLiteral("active"), Dashboard::tr("Active citizens in the period"), base);
    d.companyAttached = citizenFigure(QStringLiteral("attached"), Dashboard::tr("With a company attachment"), attached);
    for (auto& [key, b] : companies) {
        b.f.count = int(b.ids.size()); // citizens, however many placements each had there
        d.placementsByCompany.append(b.finish());
    }
    for (PlacementOutcome o : PlacementKinds::outcomes()) {
        FigureBuilder b = endings.value(PlacementKinds::outcomeCode(o));
        b.f.code = PlacementKinds::outcomeCode(o);
        b.f.label = PlacementKinds::outcomeLabel(o);
        b.f.count = int(b.ids.size());
        d.placementEndings.append(b.finish());
    }
    attachmentWeeks(d, in, byCitizen);
}

/// Weeks from the benefit start to the first placement, by entry quarter and decided risk.
void attachmentWeeks(Dashboard& d, const Inputs& in, const QHash<QString, QVector<const Placement*>>& byCitizen)
{
    WeeksGroups groups;
    for (const auto& c : in.mine) {
        QDate first;
        for (const Placement* p : byCitizen.value(c.id)) {
            first = !first.isValid() || (p->from.isValid() && p->from < first) ? p->from : first;
        }
        if (!first.isValid() || !inPeriod(c.benefitStart, in.query) || first < c.benefitStart) {
            continue;
        }
        groups.add(in, c, CitizenRules::weeksBetween(c.benefitStart, first), false);
    }
    groups.finish(d.attachmentByCohort, d.attachmentByRisk, d.attachmentTotal);
}

} // namespace

Result<Dashboard> Dashboard::compute(Database& db, const DashboardQuery& query, const Clock& clock)
{
    if (auto allowed = db.require(Capability::Statistics); !allowed) { // docs/security.md
        return Error{allowed.error()};
    }
    if (!query.from.isValid() || !query.to.isValid()) {
        return fail(tr("Choose the first and the last day of the period."));
    }
    if (query.to < query.from) {
        return fail(tr("The period ends (%1) before it starts (%2).").arg(formatDate(query.to), formatDate(query.from)));
    }
    const auto staff = StaffRepository(db).all(true);
    QHash<QString, Staff> staffById;
    for (const auto& s : staff) {
        staffById.insert(s.id, s);
    }
    if (!query.caseworkerId.isEmpty() && !staffById.contains(query.caseworkerId)) {
        return fail(tr("The caseworker chosen is not on the staff of this database."));
    }

    Dashboard d;
    d.from = query.from;
    d.to = query.to;
    d.today = clock.today();
    d.caseworkerId = query.caseworkerId;

    Inputs in{query, d.today, {}, {}, {}};
    for (auto& c : StatsQueries::citizens(db)) {
        if (query.caseworkerId.isEmpty() || c.caseworkerId == query.caseworkerId) {
            in.mine.append(std::move(c));
        }
    }
    // The next-step facts the caseload computes, of the citizens the figures count, from the rows
    // just read (Workflow::factsForAll would read every citizen again, whole).
    QHash<QString, CitizenFacts> basics;
    basics.reserve(in.mine.size());
    for (const auto& c : std::as_const(in.mine)) {
        CitizenFacts f;
        f.citizenId = c.id;
        f.benefitStart = c.benefitStart;
        f.active = c.active;
        basics.insert(c.id, std::move(f));
    }
    FactsByproducts read; // the rating series, read once for the next steps and the progression figures
    in.facts = Workflow::completeFacts(db, std::move(basics), &read);
    // Citizens in the period: the course overlaps it.
    QStringList populationIds;
    for (const auto& c : std::as_const(in.mine)) {
        const bool started = !c.benefitStart.isValid() || c.benefitStart <= query.to;
        const bool notEnded = c.active || !c.outcomeDate.isValid() || c.outcomeDate >= query.from;
        if (started && notEnded) {
            in.population.append(&c);
            populationIds.append(c.id);
        }
    }
    d.citizens = citizenFigure(QStringLiteral("citizens"), tr("Citizens in the period"), populationIds);

    caseloadFigures(d, in, staff, staffById);
    riskFigures(d, in);
    const auto plans = StatsQueries::currentPlans(db);
    trackFigures(d, in, plans, StatsQueries::latestConferenceTracks(db));
    stepFigures(d, in);
    outcomeFigures(d, in);
    weeksFigures(d, in);
    teamDayFigures(d, in, StatsQueries::talks(db));
    auto ratings = read.get<RatingSeries>();
    if (!ratings || ratings->today != d.today) { // the plan module's facts ran on another day's clock
        ratings = std::make_shared<const RatingSeries>(ProgressionRepository(db).seriesForAll(d.today));
    }
    progressionFigures(d, in, plans, ratings->byCitizen);
    companyFigures(d, in, StatsQueries::placements(db));
    return d;
}

} // namespace samspil
