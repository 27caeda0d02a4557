#include "Dashboard.h"

#include "core/citizen/Citizen.h"
#include "core/plan/Tracks.h"
#include "core/io/CsvWriter.h"
#include "core/plan/PlanSignals.h"
#include "core/screening/Instrument.h"
#include "core/staff/StaffRepository.h"
#include "core/stats/StatsQueries.h"
#include "core/util/Dates.h"
#include "core/workflow/NextStep.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

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

/// A figure of citizens: the count is the number of distinct citizens.
Figure citizenFigure(QString code, QString label, QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    Figure f;
    f.code = std::move(code);
    f.label = std::move(label);
    f.count = int(ids.size());
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
        ids.sort();
        s.citizenIds = std::move(ids);
        return s;
    }
    WeeksRow finish() const { return {code, label, stat(all, allIds), stat(closed, closedIds), stat(open, openIds)}; }
};

std::optional<LatestRisk> latestOf(const QHash<QString, LatestRisk>& latest, const QString& citizenId)
{
    const auto it = latest.constFind(citizenId);
    return it == latest.cend() ? std::nullopt : std::optional<LatestRisk>(*it);
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

} // namespace

std::optional<double> Figure::shareOf(int whole) const
{
    if (whole <= 0) {
        return std::nullopt;
    }
    return double(count) / double(whole);
}

double Dashboard::median(QVector<int> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

QString Dashboard::quarterCode(const QDate& d)
{
    return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

QString Dashboard::quarterLabel(const QDate& d)
{
    //: A quarter of a year: "2026 Q1" (Danish "2026 K1")
    return tr("%1 Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

Result<Dashboard> Dashboard::compute(Database& db, const DashboardQuery& query, const Clock& clock)
{
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
    const QDate today = d.today;

    QVector<StatsQueries::CitizenRow> mine;
    for (auto& c : StatsQueries::citizens(db)) {
        if (query.caseworkerId.isEmpty() || c.caseworkerId == query.caseworkerId) {
            mine.append(std::move(c));
        }
    }
    // The workflow's facts of every citizen: the latest decided screening and what the next-step
    // rules need (the same facts as the caseload's next step), read once.
    const auto facts = Workflow::factsForAll(db);
    QHash<QString, LatestRisk> latest;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (it->screening) {
            latest.insert(it.key(), *it->screening);
        }
    }

    // Citizens in the period: the course overlaps it.
    QVector<const StatsQueries::CitizenRow*> population;
    QStringList populationIds;
    for (const auto& c : mine) {
        const bool started = !c.benefitStart.isValid() || c.benefitStart <= query.to;
        const bool notEnded = c.active || !c.outcomeDate.isValid() || c.outcomeDate >= query.from;
        if (started && notEnded) {
            population.append(&c);
            populationIds.append(c.id);
        }
    }
    d.citizens = citizenFigure(QStringLiteral("citizens"), tr("Citizens in the period"), populationIds);

    // Cases per caseworker: active cases today.
    {
        std::map<QString, QStringList> active; // caseworker id (or "") -> citizens
        if (query.caseworkerId.isEmpty()) {
            for (const auto& s : staff) {
                if (s.active && s.profession == Profession::Caseworker) {
                    active[s.id];
                }
            }
        } else {
            active[query.caseworkerId];
        }
        for (const auto& c : mine) {
            if (c.active) {
                active[staffById.contains(c.caseworkerId) ? c.caseworkerId : QString()].append(c.id);
            }
        }
        for (auto& [id, ids] : active) {
            CaseloadRow row;
            row.staffId = id;
            if (id.isEmpty()) {
                row.name = tr("(no caseworker)");
            } else {
                row.initials = staffById.value(id).initials;
                row.name = staffById.value(id).name;
            }
            row.active = citizenFigure(id.isEmpty() ? kNone : row.initials, row.name, ids);
            row.overTarget = row.active.count > kCaseTarget;
            d.caseload.append(row);
        }
        std::sort(d.caseload.begin(), d.caseload.end(), [](const CaseloadRow& a, const CaseloadRow& b) {
            if (a.staffId.isEmpty() != b.staffId.isEmpty()) {
                return b.staffId.isEmpty(); // the citizens without a caseworker last
            }
            return a.initials < b.initials;
        });
    }

    // Risk.
    {
        QHash<QString, QStringList> byRisk;
        for (const auto* c : population) {
            byRisk[riskCode(latestOf(latest, c->id))].append(c->id);
        }
        for (const auto& code : riskCodes()) {
            d.risk.append(citizenFigure(code, riskLabel(code), byRisk.value(code)));
        }
    }

    // Tracks: the current plan's (goals and interventions); without a plan, the latest conference's.
    const auto plans = StatsQueries::currentPlans(db);
    {
        const auto conferences = StatsQueries::latestConferenceTracks(db);
        QHash<QString, QStringList> byTrack;
        for (const auto* c : population) {
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
        d.tracks.append(citizenFigure(kNone, tr("No track yet"), byTrack.value(kNone)));
    }

    // Next steps of the active citizens.
    {
        QSet<QString> mineActive;
        for (const auto& c : mine) {
            if (c.active) {
                mineActive.insert(c.id);
            }
        }
        QStringList inPeriodIds, todayIds, overdueIds;
        QHash<QString, StepRow> rows;
        QHash<QString, QStringList> rowPeriod, rowToday, rowOverdue;
        for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
            if (!mineActive.contains(it.key())) {
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
            if (inPeriod(s.due, query)) {
                inPeriodIds.append(it.key());
                rowPeriod[s.code].append(it.key());
            }
            if (s.due == today) {
                todayIds.append(it.key());
                rowToday[s.code].append(it.key());
            }
            if (s.overdue(today)) {
                overdueIds.append(it.key());
                rowOverdue[s.code].append(it.key());
            }
        }
        d.stepsDueInPeriod = citizenFigure(QStringLiteral("due_in_period"), tr("Due in the period"), inPeriodIds);
        d.stepsDueToday = citizenFigure(QStringLiteral("due_today"), tr("Due today"), todayIds);
        d.stepsOverdue = citizenFigure(QStringLiteral("overdue"), tr("Overdue"), overdueIds);
        for (auto& row : rows) {
            row.dueInPeriod = citizenFigure(QStringLiteral("due_in_period"), tr("Due in the period"), rowPeriod.value(row.code));
            row.dueToday = citizenFigure(QStringLiteral("due_today"), tr("Due today"), rowToday.value(row.code));
            row.overdue = citizenFigure(QStringLiteral("overdue"), tr("Overdue"), rowOverdue.value(row.code));
            if (row.dueInPeriod.count + row.dueToday.count + row.overdue.count > 0) {
                d.steps.append(row);
            }
        }
        std::sort(d.steps.begin(), d.steps.end(), [](const StepRow& a, const StepRow& b) {
            return a.label.localeAwareCompare(b.label) < 0;
        });
    }

    // Outcomes dated in the period.
    {
        QHash<QString, QStringList> byOutcome;
        QStringList all;
        for (const auto& c : mine) {
            if (!c.active && !c.outcome.isEmpty() && inPeriod(c.outcomeDate, query)) {
                byOutcome[Outcomes::isValid(c.outcome) ? c.outcome : QStringLiteral("other")].append(c.id);
                all.append(c.id);
            }
        }
        d.outcomesTotal = citizenFigure(kTotal, tr("Outcomes in the period"), all);
        for (const auto& code : Outcomes::codes()) {
            d.outcomes.append(citizenFigure(code, Outcomes::label(code), byOutcome.value(code)));
        }
    }

    // Weeks on support of the citizens whose benefit started in the period.
    {
        std::map<QString, WeeksBuilder> cohorts;
        QHash<QString, WeeksBuilder> byRisk;
        WeeksBuilder total{kTotal, tr("Total"), {}, {}, {}, {}, {}, {}};
        for (const auto& c : mine) {
            if (!inPeriod(c.benefitStart, query)) {
                continue;
            }
            const bool closed = !c.active && c.outcomeDate.isValid();
            const int weeks = CitizenRules::weeksBetween(c.benefitStart, closed ? c.outcomeDate : today);
            auto& cohort = cohorts[quarterCode(c.benefitStart)];
            cohort.code = quarterCode(c.benefitStart);
            cohort.label = quarterLabel(c.benefitStart);
            cohort.add(c.id, weeks, closed);
            const QString risk = riskCode(latestOf(latest, c.id));
            auto& r = byRisk[risk];
            r.code = risk;
            r.label = riskLabel(risk);
            r.add(c.id, weeks, closed);
            total.add(c.id, weeks, closed);
        }
        for (const auto& [code, b] : cohorts) {
            d.weeksByCohort.append(b.finish());
        }
        for (const auto& code : riskCodes()) {
            WeeksBuilder b = byRisk.value(code);
            b.code = code;
            b.label = riskLabel(code);
            d.weeksByRisk.append(b.finish());
        }
        d.weeksTotal = total.finish();
    }

    // Team day on the day of the screening.
    {
        const auto talks = StatsQueries::talks(db);
        StatsQueries::LocalDates local;
        QStringList base, same, later, none;
        for (const auto& c : mine) {
            const auto r = latestOf(latest, c.id);
            if (!r || r->risk == Risk::Low) {
                continue;
            }
            const QDate screened = local.of(r->screenedAt);
            if (!inPeriod(screened, query)) {
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
        d.teamDayBase = citizenFigure(QStringLiteral("moderate_or_high"), tr("Moderate or high risk, screened in the period"), base);
        d.teamDaySameDay = citizenFigure(QStringLiteral("same_day"), tr("Team day on the screening day"), same);
        d.teamDayLater = citizenFigure(QStringLiteral("later_day"), tr("Team day on another day"), later);
        d.teamDayNone = citizenFigure(QStringLiteral("not_booked"), tr("No team day booked"), none);
    }

    // Progression of the goals in the current plans, by PlanSignals' tests.
    {
        const auto series = StatsQueries::goalSeries(db);
        FigureBuilder all(QStringLiteral("goals"), tr("Goals in current plans"));
        FigureBuilder rated(QStringLiteral("rated"), tr("Rated, not reached"));
        FigureBuilder rising(QStringLiteral("rising"), tr("Rising"));
        FigureBuilder stagnating(QStringLiteral("stagnating"), tr("Stagnating"));
        FigureBuilder diverging(QStringLiteral("diverging"), tr("Diverging"));
        FigureBuilder reached(QStringLiteral("reached"), tr("Reached"));
        FigureBuilder notRated(QStringLiteral("not_rated"), tr("Not rated yet"));
        const auto risen = [](const QVector<Rating>& s) { return s.size() >= 2 && s.last().score > s.first().score; };
        for (const auto* c : population) {
            const auto p = plans.constFind(c->id);
            if (p == plans.cend()) {
                continue;
            }
            const auto mine = series.value(c->id);
            for (const auto& g : p->goals) {
                all.add(c->id);
                if (g.achievedOn.isValid()) {
                    reached.add(c->id); // reached goals give no signals
                    continue;
                }
                const auto it = mine.constFind(g.lineage);
                if (it == mine.cend() || (it->citizen.isEmpty() && it->professional.isEmpty())) {
                    notRated.add(c->id);
                    continue;
                }
                rated.add(c->id);
                const bool isStagnant = PlanSignals::stagnates(it->citizen, today) || PlanSignals::stagnates(it->professional, today);
                const bool isDivergent = PlanSignals::diverges(it->citizen, it->professional);
                if (isStagnant) {
                    stagnating.add(c->id);
                }
                if (isDivergent) {
                    diverging.add(c->id);
                }
                if (!isStagnant && !isDivergent && (risen(it->citizen) || risen(it->professional))) {
                    rising.add(c->id);
                }
            }
        }
        d.goals = all.finish();
        d.goalsRated = rated.finish();
        d.goalsRising = rising.finish();
        d.goalsStagnating = stagnating.finish();
        d.goalsDiverging = diverging.finish();
        d.goalsReached = reached.finish();
        d.goalsNotRated = notRated.finish();
    }
    return d;
}

// --- JSON ---------------------------------------------------------------------------------------

namespace {

QJsonValue rounded(const std::optional<double>& v, int decimals = 3)
{
    if (!v) {
        return QJsonValue::Null;
    }
    const double f = std::pow(10.0, decimals);
    return std::round(*v * f) / f;
}

QJsonObject weeksJson(const WeeksStat& s)
{
    return {{QStringLiteral("n"), s.n},
            {QStringLiteral("median"), s.n ? rounded(s.median, 1) : QJsonValue::Null},
            {QStringLiteral("average"), s.n ? rounded(s.average, 1) : QJsonValue::Null}};
}

QJsonObject weeksRowJson(const WeeksRow& r, const QString& key)
{
    return {{key, r.code},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("all"), weeksJson(r.all)},
            {QStringLiteral("closed"), weeksJson(r.closed)},
            {QStringLiteral("open"), weeksJson(r.open)}};
}

QJsonObject counts(const QVector<Figure>& figures)
{
    QJsonObject o;
    for (const auto& f : figures) {
        o.insert(f.code, f.count);
    }
    return o;
}

} // namespace

QJsonObject Dashboard::toJson() const
{
    QJsonObject period{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), to.toString(Qt::ISODate)},
                       {QStringLiteral("today"), today.toString(Qt::ISODate)}};
    QJsonArray caseworkers;
    for (const auto& r : caseload) {
        caseworkers.append(QJsonObject{{QStringLiteral("initials"), r.initials.isEmpty() ? QJsonValue::Null : QJsonValue(r.initials)},
                                       {QStringLiteral("name"), r.name},
                                       {QStringLiteral("active"), r.active.count},
                                       {QStringLiteral("over_target"), r.overTarget}});
    }
    QJsonArray byStep;
    for (const auto& s : steps) {
        byStep.append(QJsonObject{{QStringLiteral("step"), s.code},
                                  {QStringLiteral("label"), s.label},
                                  {QStringLiteral("due_in_period"), s.dueInPeriod.count},
                                  {QStringLiteral("due_today"), s.dueToday.count},
                                  {QStringLiteral("overdue"), s.overdue.count}});
    }
    QJsonObject outcomeCounts = counts(outcomes);
    outcomeCounts.insert(kTotal, outcomesTotal.count);
    QJsonArray cohorts, risks;
    for (const auto& r : weeksByCohort) {
        cohorts.append(weeksRowJson(r, QStringLiteral("cohort")));
    }
    for (const auto& r : weeksByRisk) {
        risks.append(weeksRowJson(r, QStringLiteral("risk")));
    }
    const int rated = goalsRated.count;
    return {
        {QStringLiteral("period"), period},
        {QStringLiteral("caseworker"), caseload.size() == 1 && !caseworkerId.isEmpty() ? QJsonValue(caseload.first().initials)
                                                                                        : QJsonValue::Null},
        {QStringLiteral("citizens"), citizens.count},
        {QStringLiteral("caseload"),
         QJsonObject{{QStringLiteral("target"), kCaseTarget}, {QStringLiteral("caseworkers"), caseworkers}}},
        {QStringLiteral("risk"), counts(risk)},
        {QStringLiteral("tracks"), counts(tracks)},
        {QStringLiteral("next_steps"),
         QJsonObject{{QStringLiteral("due_in_period"), stepsDueInPeriod.count},
                     {QStringLiteral("due_today"), stepsDueToday.count},
                     {QStringLiteral("overdue"), stepsOverdue.count},
                     {QStringLiteral("by_step"), byStep}}},
        {QStringLiteral("outcomes"), outcomeCounts},
        {QStringLiteral("weeks_on_support"),
         QJsonObject{{QStringLiteral("total"), weeksRowJson(weeksTotal, QStringLiteral("group"))},
                     {QStringLiteral("by_cohort"), cohorts},
                     {QStringLiteral("by_risk"), risks}}},
        {QStringLiteral("team_day_on_screening_day"),
         QJsonObject{{QStringLiteral("moderate_or_high"), teamDayBase.count},
                     {QStringLiteral("same_day"), teamDaySameDay.count},
                     {QStringLiteral("later_day"), teamDayLater.count},
                     {QStringLiteral("not_booked"), teamDayNone.count},
                     {QStringLiteral("share_same_day"), rounded(teamDaySameDay.shareOf(teamDayBase.count))}}},
        {QStringLiteral("progression"),
         QJsonObject{{QStringLiteral("goals"), goals.count},
                     {QStringLiteral("rated"), rated},
                     {QStringLiteral("rising"), goalsRising.count},
                     {QStringLiteral("stagnating"), goalsStagnating.count},
                     {QStringLiteral("diverging"), goalsDiverging.count},
                     {QStringLiteral("reached"), goalsReached.count},
                     {QStringLiteral("not_rated"), goalsNotRated.count},
                     {QStringLiteral("share_rising"), rounded(goalsRising.shareOf(rated))},
                     {QStringLiteral("share_stagnating"), rounded(goalsStagnating.shareOf(rated))},
                     {QStringLiteral("share_diverging"), rounded(goalsDiverging.shareOf(rated))}}},
    };
}

// --- tables ---------------------------------------------------------------------------------------

namespace {

DashboardCell text(const QString& s)
{
    return {DashboardCell::Kind::Text, s, {}};
}

DashboardCell count(const Figure& f)
{
    return {DashboardCell::Kind::Count, f.count, f.citizenIds};
}

DashboardCell percent(const Figure& f, int whole)
{
    const auto share = f.shareOf(whole);
    return {DashboardCell::Kind::Percent, share ? QVariant(*share * 100.0) : QVariant(), f.citizenIds};
}

DashboardCell weeksCount(const WeeksStat& s)
{
    return {DashboardCell::Kind::Count, s.n, s.citizenIds};
}

DashboardCell weeksValue(const WeeksStat& s, double v)
{
    return {DashboardCell::Kind::Decimal, s.n ? QVariant(v) : QVariant(), s.citizenIds};
}

QVector<DashboardCell> weeksCells(const WeeksRow& r)
{
    QVector<DashboardCell> row{text(r.label)};
    for (const WeeksStat* s : {&r.all, &r.closed, &r.open}) {
        row << weeksCount(*s) << weeksValue(*s, s->median) << weeksValue(*s, s->average);
    }
    return row;
}

QStringList weeksHeaders(const QString& first)
{
    return {first,
            Dashboard::tr("All: n"),
            Dashboard::tr("All: median"),
            Dashboard::tr("All: average"),
            Dashboard::tr("Closed: n"),
            Dashboard::tr("Closed: median"),
            Dashboard::tr("Closed: average"),
            Dashboard::tr("Open: n"),
            Dashboard::tr("Open: median"),
            Dashboard::tr("Open: average")};
}

DashboardTable shareTable(const QString& code, const QString& title, const QString& first, const QVector<Figure>& figures,
                          const Figure& total)
{
    DashboardTable t{code, title, {first, Dashboard::tr("Citizens"), Dashboard::tr("Share (%)")}, {}};
    for (const auto& f : figures) {
        t.rows.append({text(f.label), count(f), percent(f, total.count)});
    }
    t.rows.append({text(total.label), count(total), percent(total, total.count)});
    return t;
}

} // namespace

QVector<DashboardTable> Dashboard::tables() const
{
    QVector<DashboardTable> out;
    {
        DashboardTable t{QStringLiteral("caseload"), tr("Cases per caseworker"),
                         {tr("Caseworker"), tr("Initials"), tr("Active cases"), tr("Target"), tr("Above target")}, {}};
        for (const auto& r : caseload) {
            t.rows.append({text(r.name), text(r.initials), count(r.active),
                           {DashboardCell::Kind::Count, kCaseTarget, {}}, text(r.overTarget ? tr("Yes") : QString())});
        }
        out.append(t);
    }
    Figure all = citizens;
    all.label = tr("Total");
    out.append(shareTable(QStringLiteral("risk"), tr("Citizens by decided risk"), tr("Risk"), risk, all));
    {
        // Tracks overlap (a citizen counts in each of theirs): shares of the citizens, no total row.
        DashboardTable t{QStringLiteral("tracks"), tr("Citizens by intervention track"),
                         {tr("Track"), tr("Citizens"), tr("Share (%)")}, {}};
        for (const auto& f : tracks) {
            t.rows.append({text(f.label), count(f), percent(f, citizens.count)});
        }
        t.rows.append({text(tr("Citizens in the period")), count(citizens), percent(citizens, citizens.count)});
        out.append(t);
    }
    {
        DashboardTable t{QStringLiteral("next_steps"), tr("Next steps"),
                         {tr("Step"), tr("Due in the period"), tr("Due today"), tr("Overdue")}, {}};
        for (const auto& s : steps) {
            t.rows.append({text(s.label), count(s.dueInPeriod), count(s.dueToday), count(s.overdue)});
        }
        t.rows.append({text(tr("Total")), count(stepsDueInPeriod), count(stepsDueToday), count(stepsOverdue)});
        out.append(t);
    }
    {
        Figure total = outcomesTotal;
        total.label = tr("Total");
        out.append(shareTable(QStringLiteral("outcomes"), tr("Outcomes in the period"), tr("Outcome"), outcomes, total));
    }
    const auto weeksTable = [this](const QString& code, const QString& title, const QString& first,
                                   const QVector<WeeksRow>& rows) {
        DashboardTable t{code, title, weeksHeaders(first), {}};
        for (const auto& r : rows) {
            t.rows.append(weeksCells(r));
        }
        t.rows.append(weeksCells(weeksTotal));
        return t;
    };
    out.append(weeksTable(QStringLiteral("weeks_by_cohort"), tr("Weeks on public support by entry quarter"),
                          tr("Entry quarter"), weeksByCohort));
    out.append(weeksTable(QStringLiteral("weeks_by_risk"), tr("Weeks on public support by decided risk"), tr("Risk"),
                          weeksByRisk));
    {
        DashboardTable t{QStringLiteral("team_day"), tr("Team day on the screening day (moderate and high risk)"),
                         {tr("Team day"), tr("Citizens"), tr("Share (%)")}, {}};
        for (const Figure* f : {&teamDaySameDay, &teamDayLater, &teamDayNone, &teamDayBase}) {
            t.rows.append({text(f->label), count(*f), percent(*f, teamDayBase.count)});
        }
        out.append(t);
    }
    {
        DashboardTable t{QStringLiteral("progression"), tr("Progression of the plan goals"),
                         {tr("Goal status"), tr("Goals"), tr("Citizens"), tr("Share of rated goals (%)")}, {}};
        auto row = [&](const Figure& f, bool share) {
            t.rows.append({text(f.label), count(f), {DashboardCell::Kind::Count, int(f.citizenIds.size()), f.citizenIds},
                           share ? percent(f, goalsRated.count) : DashboardCell{DashboardCell::Kind::Percent, {}, {}}});
        };
        row(goalsRising, true);
        row(goalsStagnating, true);
        row(goalsDiverging, true);
        row(goalsRated, true);
        row(goalsReached, false);
        row(goalsNotRated, false);
        row(goals, false);
        out.append(t);
    }
    return out;
}

QByteArray Dashboard::toCsv(const QString& scope) const
{
    CsvWriter csv;
    csv.addRow({tr("Overview"), tr("From"), formatDate(from), tr("To"), formatDate(to), tr("Made"), formatDate(today),
                scope});
    for (const auto& t : tables()) {
        csv.addBlankLine();
        csv.addRow({t.title});
        csv.addRow(t.headers);
        for (const auto& row : t.rows) {
            QStringList fields;
            for (const auto& cell : row) {
                if (!cell.value.isValid()) {
                    fields << QString();
                } else if (cell.kind == DashboardCell::Kind::Decimal || cell.kind == DashboardCell::Kind::Percent) {
                    fields << CsvWriter::number(cell.value.toDouble(), 1);
                } else {
                    fields << cell.value.toString();
                }
            }
            csv.addRow(fields);
        }
    }
    return csv.data();
}

} // namespace samspil
