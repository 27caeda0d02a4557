#include "ScreeningModule.h"

#include "core/demo/DemoData.h"
#include "core/screening/InstrumentLoader.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/screening/ScreeningRepository.h"
#include "core/staff/StaffRepository.h"

#include <algorithm>
#include <array>

namespace samspil {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningModule)
};

// Reasons a caseworker might give for deciding differently from the score (demo text, Danish
// like the rest of the demo data).
const std::array<const char*, 3> kReasonsUp = {
    "Borgeren fortalte i samtalen om langvarige problemer, som ikke fremgår af skemaet.",
    "Flere tidligere sygeforløb og usikker bolig; vurderes højere end scoren.",
    "Borgeren undervurderer selv sine smerter; lægen beskriver et længere forløb.",
};
const std::array<const char*, 3> kReasonsDown = {
    "Borgeren har en konkret aftale om at vende tilbage til arbejdspladsen.",
    "Scoren trækkes op af en kortvarig krise, som allerede er ved at være løst.",
    "Stærkt netværk og klar plan; vurderes lavere end scoren.",
};
const std::array<const char*, 5> kAssessments = {
    "Første samtale holdt. Borgeren er motiveret og har selv forslag til næste skridt.",
    "Borgeren beskriver smerter i ryggen og dårlig søvn. Ønsker at komme tilbage i job på nedsat tid.",
    "Borgeren er presset af økonomi og bolig. Aftalt at se på praktiske barrierer først.",
    "Borgeren er usikker på, om det gamle job kan genoptages. Ønsker afklaring af arbejdsevne.",
    "Kort samtale; borgeren forventer selv at være tilbage inden for en måned.",
};

Answers demoAnswers(const Instrument& in, DemoRandom& rnd, int profile)
{
    static const int base[] = {12, 45, 72}; // percent towards the risky end
    Answers a;
    for (const auto& item : in.items) {
        const int pct = std::clamp(base[profile] + rnd.uniform(-22, 22), 0, 100);
        const int steps = item.max - item.min;
        const int towardsRisk = (steps * pct + 50) / 100;
        a.insert(item.id, item.reverse ? item.max - towardsRisk : item.min + towardsRisk);
    }
    return a;
}

Risk shifted(Risk r, DemoRandom& rnd)
{
    switch (r) {
    case Risk::Low:
        return Risk::Moderate;
    case Risk::High:
        return Risk::Moderate;
    case Risk::Moderate:
        return rnd.chance(0.5) ? Risk::Low : Risk::High;
    }
    return r;
}

QString staffFor(Database& db, const Citizen& c, DemoRandom& rnd)
{
    if (!c.caseworkerId.isEmpty()) {
        return c.caseworkerId;
    }
    const auto staff = StaffRepository(db).all(false);
    return staff.isEmpty() ? QString() : rnd.pick(staff).id;
}

/// A screening as a caseworker would record it; sometimes decided differently with a reason.
ScreeningDraft demoDraft(Database& db, const Instrument& in, const Citizen& c, DemoRandom& rnd, const QDateTime& when)
{
    ScreeningDraft d;
    d.citizenId = c.id;
    d.answers = demoAnswers(in, rnd, rnd.uniform(0, 2));
    d.screenedBy = staffFor(db, c, rnd);
    d.screenedAt = when;
    d.assessment = QString::fromUtf8(rnd.pick(kAssessments));
    const auto scored = in.score(d.answers);
    const Risk proposed = scored ? scored->proposed : Risk::Low;
    d.decidedRisk = proposed;
    if (rnd.chance(0.15)) {
        d.decidedRisk = shifted(proposed, rnd);
        d.reason = QString::fromUtf8(*d.decidedRisk > proposed ? rnd.pick(kReasonsUp) : rnd.pick(kReasonsDown));
    }
    return d;
}

Status demoCitizenStep(Database& db, DemoRandom& rnd, const QString& citizenId)
{
    const auto c = CitizenRepository(db).get(citizenId);
    if (!c) {
        return {};
    }
    const QDateTime now = db.clock().now();
    const QDate today = db.clock().today();
    // Citizens whose benefit started in the last few days are mostly not screened yet; a few whose
    // screening fell due lately are waiting too (overdue by days or weeks), so the caseload shows
    // both. An older one was screened at the time.
    const QDate due = c->benefitStart.addDays(kScreeningDueDays);
    if (due >= today ? rnd.chance(0.7) : DemoData::mayLeaveOpen(due, today) && rnd.chance(0.05)) {
        return {};
    }
    const Instrument& in = InstrumentLoader::defaultInstrument();
    QDate day = c->benefitStart.addDays(rnd.uniform(1, 9));
    while (day.dayOfWeek() > 5) {
        day = day.addDays(1); // screened on a working day
    }
    QDateTime when(day, QTime(rnd.uniform(8, 14), rnd.uniform(0, 3) * 15));
    if (!when.isValid() || when > now) {
        when = now.addSecs(-3600);
    }
    ScreeningRepository repo(db);
    auto saved = repo.save(in, demoDraft(db, in, *c, rnd, when));
    if (!saved) {
        return Error{saved.error()};
    }
    if (rnd.chance(0.06)) {
        // A correction a few days later: a wrongly entered answer, and a second look at the risk.
        auto d = demoDraft(db, in, *c, rnd, std::min(now, when.addDays(rnd.uniform(1, 4))));
        d.answers = saved->answers;
        const InstrumentItem& item = in.items.at(rnd.uniform(0, int(in.items.size()) - 1));
        d.answers[item.id] = rnd.uniform(item.min, item.max);
        const auto scored = in.score(d.answers);
        d.decidedRisk = scored ? scored->proposed : saved->decidedRisk;
        d.reason.clear();
        auto corrected = repo.correct(saved->id, in, d);
        if (!corrected) {
            return Error{corrected.error()};
        }
    }
    return {};
}

Result<bool> addScreeningAction(Database& db, DemoRandom& rnd)
{
    // A citizen picked from all() by its order, and only that one read.
    const QStringList ids = CitizenRepository(db).idsInNameOrder();
    if (ids.isEmpty()) {
        return false;
    }
    const auto picked = CitizenRepository(db).get(rnd.pick(ids));
    if (!picked || picked->status != CitizenStatus::Active) {
        return false;
    }
    const Citizen& c = *picked;
    const Instrument& in = InstrumentLoader::defaultInstrument();
    ScreeningRepository repo(db);
    auto d = demoDraft(db, in, c, rnd, db.clock().now());
    const auto latest = repo.latestDecided(c.id);
    auto r = latest ? repo.correct(latest->id, in, d) : repo.save(in, d);
    if (!r) {
        return Error{r.error()};
    }
    return true;
}

QVector<CheckFinding> screeningChecks(Database& db)
{
    QVector<CheckFinding> out;
    ScreeningRepository repo(db);
    if (const int n = repo.countWithoutCitizen(); n > 0) {
        out.append({CheckFinding::Severity::Error,
                    Tr::tr("%n screening(s) belong to a citizen who does not exist.", nullptr, n)});
    } else if (n < 0) {
        out.append(ConsistencyCheck::couldNotRun());
    }
    if (const int n = repo.countWithMissingSupersedes(); n > 0) {
        out.append({CheckFinding::Severity::Error,
                    Tr::tr("%n screening correction(s) point at a screening that does not exist.", nullptr, n)});
    } else if (n < 0) {
        out.append(ConsistencyCheck::couldNotRun());
    }
    return out;
}

} // namespace

void registerScreeningModule()
{
    DemoData::registerCitizenStep(demoCitizenStep);
    DemoData::registerAction(QStringLiteral("add-screening"), 2, addScreeningAction);
    ConsistencyCheck::registerCheck(screeningChecks);
}

} // namespace samspil
