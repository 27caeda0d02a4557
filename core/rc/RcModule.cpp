#include "RcModule.h"

#include "core/demo/DemoData.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/rc/RcRepository.h"
#include "core/util/Uuid.h"

#include <cmath>

namespace samspil {

namespace {

struct DemoGroup
{
    const char* name;
    int respondents;
};

const DemoGroup kGroups[] = {
    {"Sagsbehandlere", 8},
    {"Fysioterapeuter", 3},
    {"Psykologer", 3},
    {"Sygeplejersker", 3},
    {"Mentorer", 4},
    {"Virksomhedskonsulenter", 3},
    {"Ledere", 2},
};
constexpr int kGroupCount = int(std::size(kGroups));

enum G { Case, Physio, Psych, Nurse, Mentor, Company, Lead };

/// The level a tie sits around in the first round, and how much it moves by the second.
struct TieLevel
{
    double level;
    double change;
};

TieLevel demoTie(int from, int to)
{
    if (from == to) {
        return {4.4, 0.0};
    }
    auto pair = [&](int a, int b) { return (from == a && to == b) || (from == b && to == a); };
    if (pair(Company, Psych)) {
        return {2.8, 0.6}; // the weak tie the team works on between rounds
    }
    if (from == Mentor && to == Nurse) {
        return {3.0, 0.5};
    }
    if (from == Case && to == Company) {
        return {3.2, 0.7};
    }
    if (pair(Lead, Mentor)) {
        return {3.3, 0.1};
    }
    if (pair(Case, Physio)) {
        return {4.3, 0.0};
    }
    if (from == Nurse && to == Lead) {
        return {3.9, -0.3}; // not everything improves
    }
    return {3.8, 0.15};
}

QStringList groupNames()
{
    QStringList out;
    for (const auto& g : kGroups) {
        out << QString::fromUtf8(g.name);
    }
    return out;
}

/// One respondent's rows: a rating of every group, with a personal bias and the odd blank.
QVector<RcResponse> demoRespondent(DemoRandom& rnd, const RcSurvey& survey, int from, int round)
{
    static const double dimensionOffset[kRcDimensionCount] = {-0.2, -0.1, 0.0, -0.1, 0.1, -0.1, 0.3};
    const QString respondent = newUuid();
    const double bias = rnd.real() * 0.6 - 0.3;
    QVector<RcResponse> rows;
    for (int to = 0; to < kGroupCount && to < survey.groups.size(); ++to) {
        RcResponse r;
        r.surveyId = survey.id;
        r.respondentId = respondent;
        r.respondentGroup = survey.groups.value(from);
        r.ratedGroup = survey.groups.value(to);
        const TieLevel t = demoTie(from, to);
        const double level = t.level + (round > 1 ? t.change : 0.0) + bias;
        const bool skipsGroup = rnd.chance(0.02);
        for (int d = 0; d < kRcDimensionCount; ++d) {
            if (skipsGroup || rnd.chance(0.04)) {
                continue;
            }
            const double v = level + dimensionOffset[d] + rnd.real() * 1.4 - 0.7;
            r.answers[size_t(d)] = std::clamp(int(std::lround(v)), 1, 5);
        }
        rows.append(r);
    }
    return rows;
}

Status demoRound(Database& db, DemoRandom& rnd, const QString& name, const QDate& heldOn, int round)
{
    RcRepository repo(db);
    if (repo.findSurvey(name)) {
        return {};
    }
    auto survey = repo.createSurvey(name, heldOn, groupNames());
    if (!survey) {
        return Error{survey.error()};
    }
    for (int from = 0; from < kGroupCount; ++from) {
        // Not everyone answers every time.
        const int respondents = kGroups[from].respondents - (rnd.chance(0.3) ? 1 : 0);
        for (int i = 0; i < respondents; ++i) {
            auto saved = repo.addResponses(demoRespondent(rnd, survey.value(), from, round));
            if (!saved) {
                return Error{saved.error()};
            }
        }
    }
    return {};
}

Status demoRounds(Database& db, DemoRandom& rnd)
{
    if (!RcRepository(db).surveys().isEmpty()) {
        return {};
    }
    const QDate today = db.clock().today();
    if (auto s = demoRound(db, rnd, QStringLiteral("Samarbejdsmåling 1"), today.addDays(-182), 1); !s) {
        return s;
    }
    return demoRound(db, rnd, QStringLiteral("Samarbejdsmåling 2"), today.addDays(-14), 2);
}

Result<bool> demoAnswer(Database& db, DemoRandom& rnd)
{
    RcRepository repo(db);
    const auto surveys = repo.surveys();
    if (surveys.isEmpty() || surveys.back().groups.isEmpty()) {
        return false;
    }
    const RcSurvey& latest = surveys.back();
    const int from = rnd.uniform(0, int(std::min<qsizetype>(latest.groups.size(), kGroupCount)) - 1);
    auto saved = repo.addResponses(demoRespondent(rnd, latest, from, 2));
    if (!saved) {
        return Error{saved.error()};
    }
    return true;
}

} // namespace

void registerRcModule()
{
    DemoData::registerRunStep(demoRounds);
    DemoData::registerAction(QStringLiteral("rc-answer"), 1, demoAnswer);
    ConsistencyCheck::registerCheck([](Database& db) { return RcRepository(db).check(); });
}

} // namespace samspil
