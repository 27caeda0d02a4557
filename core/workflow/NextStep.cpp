#include "NextStep.h"

#include "core/citizen/CitizenRepository.h"
#include "core/screening/ScreeningRepository.h"
#include "core/util/Dates.h"

#include <algorithm>
#include <vector>

namespace samspil {

namespace {

struct RankedRule
{
    int rank;
    QString name;
    Workflow::Rule rule;
};

std::optional<NextStep> screeningRule(const CitizenFacts& f)
{
    if (f.screening) {
        return std::nullopt;
    }
    return NextStep{QStringLiteral("screening"), Workflow::tr("Screening"),
                    f.benefitStart.isValid() ? f.benefitStart.addDays(Workflow::kScreeningDueDays) : QDate()};
}

std::optional<NextStep> teamDayRule(const CitizenFacts& f)
{
    if (!f.screening || f.screening->risk == Risk::Low || f.milestones.contains(QStringLiteral("team_day_held"))) {
        return std::nullopt;
    }
    return NextStep{QStringLiteral("team_day"), Workflow::tr("Team day"), localDate(f.screening->screenedAt)};
}

std::optional<NextStep> standardCourseRule(const CitizenFacts& f)
{
    if (!f.screening || f.screening->risk != Risk::Low) {
        return std::nullopt;
    }
    return NextStep{QStringLiteral("standard_course"), Workflow::tr("Standard course"), QDate()};
}

std::vector<RankedRule>& rules()
{
    static std::vector<RankedRule> list = {
        {100, QStringLiteral("screening"), screeningRule},
        {200, QStringLiteral("team_day"), teamDayRule},
        {900, QStringLiteral("standard_course"), standardCourseRule},
    };
    return list;
}

std::vector<Workflow::FactProvider>& providers()
{
    static std::vector<Workflow::FactProvider> list;
    return list;
}

CitizenFacts basicFacts(const Citizen& c)
{
    CitizenFacts f;
    f.citizenId = c.id;
    f.benefitStart = c.benefitStart;
    f.active = c.status == CitizenStatus::Active;
    return f;
}

} // namespace

void Workflow::registerRule(int rank, const QString& name, Rule rule)
{
    auto& list = rules();
    list.push_back({rank, name, std::move(rule)});
    std::stable_sort(list.begin(), list.end(), [](const RankedRule& a, const RankedRule& b) { return a.rank < b.rank; });
}

void Workflow::registerFacts(FactProvider provider)
{
    providers().push_back(std::move(provider));
}

std::optional<NextStep> Workflow::nextStep(const CitizenFacts& facts)
{
    if (!facts.active) {
        return std::nullopt;
    }
    for (const auto& r : rules()) {
        if (auto step = r.rule(facts)) {
            return step;
        }
    }
    return std::nullopt;
}

QHash<QString, CitizenFacts> Workflow::factsForAll(Database& db)
{
    return factsForCitizens(db, CitizenRepository(db).all());
}

QHash<QString, CitizenFacts> Workflow::factsForCitizens(Database& db, const QVector<Citizen>& citizens)
{
    QHash<QString, CitizenFacts> facts;
    facts.reserve(citizens.size());
    for (const auto& c : citizens) {
        facts.insert(c.id, basicFacts(c));
    }
    return completeFacts(db, std::move(facts));
}

QHash<QString, CitizenFacts> Workflow::completeFacts(Database& db, QHash<QString, CitizenFacts> facts, FactsByproducts* keep)
{
    const auto latest = ScreeningRepository(db).latestDecidedForAll();
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        auto f = facts.find(it.key());
        if (f != facts.end()) {
            f->screening = it.value();
        }
    }
    for (const auto& p : providers()) {
        p(db, facts, QString(), keep);
    }
    return facts;
}

std::optional<CitizenFacts> Workflow::factsFor(Database& db, const QString& citizenId)
{
    const auto c = CitizenRepository(db).get(citizenId);
    if (!c) {
        return std::nullopt;
    }
    QHash<QString, CitizenFacts> facts;
    facts.insert(c->id, basicFacts(*c));
    if (const auto s = ScreeningRepository(db).latestDecided(citizenId)) {
        facts[c->id].screening = LatestRisk{s->id, s->decidedRisk, s->screenedAt};
    }
    for (const auto& p : providers()) {
        p(db, facts, c->id, nullptr);
    }
    return facts.value(c->id);
}

QHash<QString, NextStep> Workflow::nextStepsForAll(Database& db)
{
    QHash<QString, NextStep> out;
    const auto facts = factsForAll(db);
    out.reserve(facts.size());
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (auto step = nextStep(it.value())) {
            out.insert(it.key(), *step);
        }
    }
    return out;
}

std::optional<NextStep> Workflow::nextStepFor(Database& db, const QString& citizenId)
{
    const auto facts = factsFor(db, citizenId);
    return facts ? nextStep(*facts) : std::nullopt;
}

} // namespace samspil
