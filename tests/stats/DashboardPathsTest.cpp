// The dashboard reads its rows the lean way (issue 18): the next-step facts from its own citizen
// rows (Workflow::completeFacts), the talks, conference tracks and placements on the raw handle,
// the current plans chosen as the plans stream past, and each goal's ratings summed up as they
// stream past. Here each figure so derived is worked out again the earlier way — from the full
// reads (Workflow::nextStepsForAll, CitizenRepository, PlanRepository::currentForAll,
// PlacementRepository, Qt Sql with QDateTime::toLocalTime) and whole rating series with
// PlanSignals' tests on them — on demo data, for several periods, the team and each caseworker.
#include "core/citizen/CitizenRepository.h"
#include "core/company/PlacementRepository.h"
#include "core/demo/DemoData.h"
#include "core/plan/PlanRepository.h"
#include "core/plan/PlanSignals.h"
#include "core/plan/ProgressionRepository.h"
#include "core/plan/Tracks.h"
#include "core/screening/ScreeningRepository.h"
#include "core/stats/Dashboard.h"
#include "core/stats/StatsQueries.h"
#include "core/util/Dates.h"
#include "core/workflow/NextStep.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

#include <map>

using namespace samspil;
using namespace samspil::test;

namespace {

QStringList sortedOnce(QStringList ids)
{
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

bool inPeriod(const QDate& d, const DashboardQuery& q)
{
    return d.isValid() && d >= q.from && d <= q.to;
}

/// What the figures are checked against, read the earlier way once.
struct Reference
{
    QVector<Citizen> citizens;                         // CitizenRepository: every column
    QHash<QString, NextStep> steps;                    // Workflow::nextStepsForAll: factsForAll
    QHash<QString, LatestRisk> latest;                 // ScreeningRepository
    QHash<QString, QVector<StatsQueries::Talk>> talks; // Qt Sql, QDateTime::toLocalTime
    QHash<QString, QStringList> conferenceTracks;      // Qt Sql
    QVector<Placement> placements;                     // PlacementRepository::all
    QHash<QString, Plan> plans;                        // PlanRepository::currentForAll
    /// Whole rating series by citizen, goal lineage and rater, oldest first.
    QHash<QString, QHash<QString, QHash<int, QVector<Rating>>>> ratings;

    explicit Reference(Database& db)
    {
        citizens = CitizenRepository(db).all();
        steps = Workflow::nextStepsForAll(db);
        latest = ScreeningRepository(db).latestDecidedForAll();
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT citizen_id, kind, starts_at FROM appointment WHERE deleted_at IS NULL AND kind IN "
                                      "('physiotherapist_talk', 'psychologist_talk', 'nurse_talk') AND status IN ('planned', 'held')")));
        while (q.next()) {
            talks[q.value(0).toString()].append(
                {q.value(1).toString(), parseStoredDateTime(q.value(2).toString()).toLocalTime().date()});
        }
        REQUIRE(q.exec(QStringLiteral("SELECT citizen_id, tracks FROM conference WHERE deleted_at IS NULL "
                                      "ORDER BY citizen_id, held_on DESC, created_at DESC, id")));
        QString previous;
        while (q.next()) {
            const QString citizen = q.value(0).toString();
            if (citizen == previous) {
                continue;
            }
            previous = citizen;
            const QStringList tracks = q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!tracks.isEmpty()) {
                conferenceTracks.insert(citizen, tracks);
            }
        }
        placements = PlacementRepository(db).all().value();
        plans = PlanRepository(db).currentForAll();
        ProgressionRepository(db).forEachScore([&](QByteArrayView citizen, QByteArrayView goal, Rater who, int score, const QDate& on) {
            if (!goal.isEmpty()) {
                Rating r;
                r.score = score;
                r.ratedOn = on;
                ratings[QString::fromLatin1(citizen)][QString::fromLatin1(goal)][int(who)].append(r);
            }
        });
    }
};

/// The demo team both cases count on: 150 citizens, seed 7.
void populateDemo(Database& db)
{
    DemoOptions o;
    o.citizens = 150;
    o.seed = 7;
    REQUIRE(DemoData::populate(db, o).ok());
}

/// The earlier derivations of the figures whose reads changed, compared with the dashboard's.
void compare(Database& db, const Reference& ref, const DashboardQuery& q, const QDate& today)
{
    const auto& plans = ref.plans;
    INFO("period " << q.from.toString(Qt::ISODate).toStdString() << " to " << q.to.toString(Qt::ISODate).toStdString()
                   << ", caseworker " << (q.caseworkerId.isEmpty() ? std::string("(team)") : q.caseworkerId.toStdString()));
    auto computed = Dashboard::compute(db, q, db.clock());
    REQUIRE(computed.ok());
    const Dashboard& d = computed.value();

    QVector<const Citizen*> mine, population;
    for (const auto& c : ref.citizens) {
        if (!q.caseworkerId.isEmpty() && c.caseworkerId != q.caseworkerId) {
            continue;
        }
        mine.append(&c);
        const bool active = c.status == CitizenStatus::Active;
        if ((!c.benefitStart.isValid() || c.benefitStart <= q.to) && (active || !c.outcomeDate.isValid() || c.outcomeDate >= q.from)) {
            population.append(&c);
        }
    }

    // Next steps, from the caseload's facts of every citizen.
    QStringList period, dueToday, overdue;
    std::map<QString, QStringList> byCodePeriod, byCodeToday, byCodeOverdue;
    for (const Citizen* c : mine) {
        const auto s = ref.steps.constFind(c->id);
        if (c->status != CitizenStatus::Active || s == ref.steps.cend() || !s->due.isValid()) {
            continue;
        }
        if (inPeriod(s->due, q)) {
            period << c->id;
            byCodePeriod[s->code] << c->id;
        }
        if (s->due == today) {
            dueToday << c->id;
            byCodeToday[s->code] << c->id;
        }
        if (s->overdue(today)) {
            overdue << c->id;
            byCodeOverdue[s->code] << c->id;
        }
    }
    CHECK(d.stepsDueInPeriod.citizenIds == sortedOnce(period));
    CHECK(d.stepsDueToday.citizenIds == sortedOnce(dueToday));
    CHECK(d.stepsOverdue.citizenIds == sortedOnce(overdue));
    QSet<QString> codes;
    for (const auto& row : d.steps) {
        codes.insert(row.code);
        CHECK(row.dueInPeriod.citizenIds == sortedOnce(byCodePeriod[row.code]));
        CHECK(row.dueToday.citizenIds == sortedOnce(byCodeToday[row.code]));
        CHECK(row.overdue.citizenIds == sortedOnce(byCodeOverdue[row.code]));
    }
    for (const auto* m : {&byCodePeriod, &byCodeToday, &byCodeOverdue}) {
        for (const auto& [code, ids] : *m) {
            CHECK((ids.isEmpty() || codes.contains(code)));
        }
    }

    // Risk, from the latest decided screenings.
    QHash<QString, QStringList> byRisk;
    for (const Citizen* c : population) {
        const auto r = ref.latest.constFind(c->id);
        byRisk[r == ref.latest.cend() ? QStringLiteral("not_screened") : Risks::code(r->risk)] << c->id;
    }
    for (const auto& f : d.risk) {
        CHECK(f.citizenIds == sortedOnce(byRisk.value(f.code)));
    }

    // Team day on the screening day, from talks dated by QDateTime::toLocalTime.
    QStringList base, same, later, none;
    for (const Citizen* c : mine) {
        const auto r = ref.latest.constFind(c->id);
        if (r == ref.latest.cend() || r->risk == Risk::Low) {
            continue;
        }
        const QDate screened = r->screenedAt.toLocalTime().date();
        if (!inPeriod(screened, q)) {
            continue;
        }
        base << c->id;
        const auto talks = ref.talks.value(c->id);
        QSet<QString> onTheDay;
        for (const auto& t : talks) {
            if (t.day == screened) {
                onTheDay.insert(t.kind);
            }
        }
        (talks.isEmpty() ? none : onTheDay.size() == 3 ? same : later) << c->id;
    }
    CHECK(d.teamDayBase.citizenIds == sortedOnce(base));
    CHECK(d.teamDaySameDay.citizenIds == sortedOnce(same));
    CHECK(d.teamDayLater.citizenIds == sortedOnce(later));
    CHECK(d.teamDayNone.citizenIds == sortedOnce(none));

    // Tracks: the current plan's, else the latest conference's.
    QHash<QString, QStringList> byTrack;
    for (const Citizen* c : population) {
        QStringList chosen;
        if (const auto p = plans.constFind(c->id); p != plans.cend()) {
            for (const auto& g : p->goals) {
                chosen += g.tracks;
            }
            for (const auto& i : p->interventions) {
                chosen += i.tracks;
            }
        } else {
            chosen = ref.conferenceTracks.value(c->id);
        }
        bool any = false;
        for (const auto& code : Tracks::split(Tracks::join(chosen))) {
            if (Tracks::isValid(code)) {
                byTrack[code] << c->id;
                any = true;
            }
        }
        if (!any) {
            byTrack[QStringLiteral("none")] << c->id;
        }
    }
    for (const auto& f : d.tracks) {
        CHECK(f.citizenIds == sortedOnce(byTrack.value(f.code)));
    }

    // Progression, with PlanSignals' tests on whole series.
    int goals = 0, rated = 0, rising = 0, stagnating = 0, diverging = 0, reached = 0, notRated = 0;
    QStringList risingIds, stagnatingIds, divergingIds;
    for (const Citizen* c : population) {
        const auto p = plans.constFind(c->id);
        if (p == plans.cend()) {
            continue;
        }
        for (const auto& g : p->goals) {
            ++goals;
            if (g.achievedOn.isValid()) {
                ++reached;
                continue;
            }
            const auto series = ref.ratings.value(c->id).value(g.lineage);
            const auto ofCitizen = series.value(int(Rater::Citizen));
            const auto ofProfessional = series.value(int(Rater::Professional));
            if (ofCitizen.isEmpty() && ofProfessional.isEmpty()) {
                ++notRated;
                continue;
            }
            ++rated;
            const bool stagnant = PlanSignals::stagnates(ofCitizen, today) || PlanSignals::stagnates(ofProfessional, today);
            const bool divergent = PlanSignals::diverges(ofCitizen, ofProfessional);
            const auto risen = [](const QVector<Rating>& s) { return s.size() >= 2 && s.last().score > s.first().score; };
            if (stagnant) {
                ++stagnating;
                stagnatingIds << c->id;
            }
            if (divergent) {
                ++diverging;
                divergingIds << c->id;
            }
            if (!stagnant && !divergent && (risen(ofCitizen) || risen(ofProfessional))) {
                ++rising;
                risingIds << c->id;
            }
        }
    }
    CHECK(d.goals.count == goals);
    CHECK(d.goalsRated.count == rated);
    CHECK(d.goalsReached.count == reached);
    CHECK(d.goalsNotRated.count == notRated);
    CHECK(d.goalsRising.count == rising);
    CHECK(d.goalsStagnating.count == stagnating);
    CHECK(d.goalsDiverging.count == diverging);
    CHECK(d.goalsRising.citizenIds == sortedOnce(risingIds));
    CHECK(d.goalsStagnating.citizenIds == sortedOnce(stagnatingIds));
    CHECK(d.goalsDiverging.citizenIds == sortedOnce(divergingIds));

    // Companies, from the placements as PlacementRepository reads them.
    const auto underWay = [&](const Placement& p) {
        const QDate end = p.outcome && p.outcomeDate.isValid() ? p.outcomeDate : p.to;
        return p.from.isValid() && p.from <= q.to && (!end.isValid() || end >= q.from);
    };
    QStringList attached;
    std::map<QString, QStringList> byCompany;
    QHash<QString, QStringList> endings;
    for (const Citizen* c : population) {
        bool any = false;
        for (const auto& p : ref.placements) {
            if (p.citizenId != c->id) {
                continue;
            }
            if (underWay(p)) {
                byCompany[p.companyName.toLower() + p.companyId] << c->id;
                any = true;
            }
            if (p.outcome && inPeriod(p.outcomeDate, q)) {
                endings[PlacementKinds::outcomeCode(*p.outcome)] << c->id;
            }
        }
        if (any && c->status == CitizenStatus::Active) {
            attached << c->id;
        }
    }
    CHECK(d.companyAttached.citizenIds == sortedOnce(attached));
    REQUIRE(d.placementsByCompany.size() == int(byCompany.size()));
    int i = 0;
    for (const auto& [key, ids] : byCompany) {
        CHECK(d.placementsByCompany[i++].citizenIds == sortedOnce(ids));
    }
    for (const auto& f : d.placementEndings) {
        CHECK(f.citizenIds == sortedOnce(endings.value(f.code)));
    }
}

} // namespace

TEST_CASE("The dashboard's lean reads give the figures of the full reads on demo data, for periods and caseworkers",
          "[dashboard][demo]")
{
    TempDb t;
    populateDemo(*t);
    const QDate today = t.clock.today();
    // A few agreed plans under revision: a draft beside the agreed version, the draft current.
    int revised = 0;
    for (const auto& p : PlanRepository(*t).currentForAll()) {
        if (p.status == PlanStatus::Agreed && revised < 4) {
            REQUIRE(PlanRepository(*t).revise(p.id).ok());
            ++revised;
        }
    }
    REQUIRE(revised > 0);
    const Reference ref(*t);

    // The same current plans, goals and intervention tracks as PlanRepository chooses and reads.
    const auto lean = StatsQueries::currentPlans(*t);
    CHECK(lean.size() == ref.plans.size());
    for (auto it = ref.plans.cbegin(); it != ref.plans.cend(); ++it) {
        INFO("citizen " << it.key().toStdString());
        const auto p = lean.constFind(it.key());
        REQUIRE(p != lean.cend());
        CHECK(p->planId == it->id);
        QStringList goals, leanGoals, tracks, leanTracks;
        for (const auto& g : it->goals) {
            goals << g.lineage + QLatin1Char('|') + g.tracks.join(QLatin1Char(',')) + QLatin1Char('|') + g.achievedOn.toString(Qt::ISODate);
        }
        for (const auto& g : p->goals) {
            leanGoals << g.lineage + QLatin1Char('|') + g.tracks.join(QLatin1Char(',')) + QLatin1Char('|') + g.achievedOn.toString(Qt::ISODate);
        }
        for (const auto& i : it->interventions) {
            tracks += i.tracks;
        }
        leanTracks = p->interventionTracks;
        goals.sort();
        leanGoals.sort();
        tracks.sort();
        leanTracks.sort();
        CHECK(leanGoals == goals);
        CHECK(leanTracks == tracks);
    }

    // The same placements, field for field, as PlacementRepository reads them.
    const auto leanPlacements = StatsQueries::placements(*t);
    REQUIRE(leanPlacements.size() == ref.placements.size());
    const auto key = [](const Placement& p) {
        return QStringList{p.citizenId, p.companyId, p.companyName, p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate),
                           p.outcome ? PlacementKinds::outcomeCode(*p.outcome) : QString(), p.outcomeDate.toString(Qt::ISODate)}
            .join(QLatin1Char('|'));
    };
    QStringList a, b;
    for (int i = 0; i < leanPlacements.size(); ++i) {
        a << key(leanPlacements[i]);
        b << key(ref.placements[i]);
    }
    a.sort();
    b.sort();
    CHECK(a == b);

    QStringList caseworkers{QString()};
    for (const auto& c : ref.citizens) {
        if (!c.caseworkerId.isEmpty() && !caseworkers.contains(c.caseworkerId)) {
            caseworkers << c.caseworkerId;
        }
    }
    REQUIRE(caseworkers.size() >= 3);
    const QVector<std::pair<QDate, QDate>> periods{{today.addYears(-1).addDays(1), today},
                                                   {today.addMonths(-3), today},
                                                   {today.addMonths(-8), today.addMonths(-6)},
                                                   {today.addYears(-3), today.addMonths(2)},
                                                   {today, today}};
    for (const auto& [from, to] : periods) {
        for (const auto& who : caseworkers) {
            compare(*t, ref, {from, to, who}, today);
        }
    }

    // The demo data exercises what is compared (else the comparison above proves little).
    const auto year = Dashboard::compute(*t, {today.addYears(-3), today, {}}, t.clock).value();
    CHECK(year.stepsOverdue.count > 0);
    CHECK(year.steps.size() >= 3);
    CHECK(year.teamDayBase.count > 0);
    CHECK(year.teamDaySameDay.count + year.teamDayLater.count > 0);
    CHECK(year.goalsRated.count > 0);
    CHECK(year.goalsRising.count + year.goalsStagnating.count + year.goalsDiverging.count > 0);
    CHECK(year.companyAttached.count > 0);
    CHECK(!ref.conferenceTracks.isEmpty());
    // Citizens with a draft beside an agreed version, whose current plan is a choice.
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM (SELECT citizen_id FROM plan WHERE deleted_at IS NULL "
                                    "GROUP BY citizen_id HAVING sum(status = 'draft') > 0 AND sum(status = 'agreed') > 0)"))
          > 0);
}

TEST_CASE("The progression figures use the day of the clock the dashboard is given, not the database's",
          "[dashboard][demo]")
{
    // The dashboard takes the rating series the next-step facts summed up on the database's day;
    // asked for another day it must sum them up again with that day's stagnation cutoff.
    TempDb t;
    populateDemo(*t);
    const QDate today = t.clock.today();
    const DashboardQuery year{today.addYears(-1).addDays(1), today, {}};
    const auto ids = [](const Figure& f) { return sortedOnce(f.citizenIds); };

    const auto now = Dashboard::compute(*t, year, t.clock).value();
    MockClock later(t.clock.now().addDays(60));
    const auto viaOther = Dashboard::compute(*t, year, later).value();
    t.clock.advanceDays(60);
    const auto viaOwn = Dashboard::compute(*t, year, t.clock).value();

    // Eight more weeks without ratings make series stagnate: the day matters to this figure.
    CHECK(ids(viaOwn.goalsStagnating) != ids(now.goalsStagnating));
    CHECK(ids(viaOther.goalsStagnating) == ids(viaOwn.goalsStagnating));
    CHECK(ids(viaOther.goalsRising) == ids(viaOwn.goalsRising));
    CHECK(ids(viaOther.goalsDiverging) == ids(viaOwn.goalsDiverging));
    CHECK(ids(viaOther.goalsRated) == ids(viaOwn.goalsRated));
}
