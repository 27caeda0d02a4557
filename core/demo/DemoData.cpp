#include "DemoData.h"


#include "core/citizen/Catalogue.h"
#include "core/citizen/Citizen.h"
#include "core/citizen/Cpr.h"
#include "core/staff/Staff.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/BulkWrite.h"
#include "core/util/Uuid.h"

#include <QSet>

#include <optional>

namespace samspil {

namespace {

struct NamedAction
{
    QString name;
    int weight;
    DemoData::Action action;
};

/// In the order registered; a plain step's maker returns the step itself.
std::vector<DemoData::CitizenStepMaker>& citizenSteps()
{
    static std::vector<DemoData::CitizenStepMaker> steps;
    return steps;
}

std::vector<DemoData::RunStep>& runSteps()
{
    static std::vector<DemoData::RunStep> steps;
    return steps;
}

std::vector<NamedAction>& actions()
{
    static std::vector<NamedAction> list;
    return list;
}

const QStringList kFirstNames = {
    QStringLiteral("Anna"),    QStringLiteral("Mads"),    QStringLiteral("Sofie"),  QStringLiteral("Frederik"),
    QStringLiteral("Ida"),     QStringLiteral("Mikkel"),  QStringLiteral("Emma"),   QStringLiteral("Lars"),
    QStringLiteral("Maja"),    QStringLiteral("Jesper"),  QStringLiteral("Louise"), QStringLiteral("Thomas"),
    QStringLiteral("Camilla"), QStringLiteral("Henrik"),  QStringLiteral("Julie"),  QStringLiteral("Kim"),
    QStringLiteral("Mette"),   QStringLiteral("Nikolaj"), QStringLiteral("Pernille"), QStringLiteral("Rasmus"),
    QStringLiteral("Signe"),   QStringLiteral("Tobias"),  QStringLiteral("Vibeke"), QStringLiteral("Ahmad"),
    QStringLiteral("Fatima"),  QStringLiteral("Oskar"),   QStringLiteral("Søren"),  QStringLiteral("Bente"),
    QStringLiteral("Ali"),     QStringLiteral("Karina"),  QStringLiteral("Jørgen"), QStringLiteral("Lærke"),
    QStringLiteral("Tina"),    QStringLiteral("Bjørn"),   QStringLiteral("Asta"),   QStringLiteral("Åse"),
    QStringLiteral("Yasmin"),  QStringLiteral("Dennis"),  QStringLiteral("Helle"),  QStringLiteral("Kristian"),
};

const QStringList kLastNames = {
    QStringLiteral("Nielsen"),     QStringLiteral("Jensen"),    QStringLiteral("Hansen"),    QStringLiteral("Pedersen"),
    QStringLiteral("Andersen"),    QStringLiteral("Christensen"), QStringLiteral("Larsen"),  QStringLiteral("Sørensen"),
    QStringLiteral("Rasmussen"),   QStringLiteral("Jørgensen"), QStringLiteral("Petersen"),  QStringLiteral("Madsen"),
    QStringLiteral("Kristensen"),  QStringLiteral("Olsen"),     QStringLiteral("Thomsen"),   QStringLiteral("Poulsen"),
    QStringLiteral("Johansen"),    QStringLiteral("Møller"),    QStringLiteral("Mortensen"), QStringLiteral("Østergaard"),
    QStringLiteral("Kjær"),        QStringLiteral("Dahl"),      QStringLiteral("Lund"),      QStringLiteral("Bak"),
    QStringLiteral("Hedegaard"),   QStringLiteral("Frandsen"),  QStringLiteral("Vinther"),   QStringLiteral("Ali"),
    QStringLiteral("Yilmaz"),      QStringLiteral("Ærø"),
};

struct TeamMember
{
    const char* name;
    const char* initials;
    Profession profession;
};

const TeamMember kTeam[] = {
    {"Mette Holm Andersen", "MHA", Profession::Caseworker},
    {"Jonas Vestergaard", "JV", Profession::Caseworker},
    {"Line Kjær Poulsen", "LKP", Profession::Caseworker},
    {"Søren Mikkelsen", "SM", Profession::Caseworker},
    {"Hanne Ravn", "HR", Profession::Caseworker},
    {"Camilla Bech", "CB", Profession::Physiotherapist},
    {"Anders Friis", "AF", Profession::Physiotherapist},
    {"Sofie Dalgaard", "SD", Profession::Psychologist},
    {"Kasper Holt", "KH", Profession::Psychologist},
    {"Birgitte Lauridsen", "BL", Profession::Nurse},
    {"Tina Skov", "TS", Profession::Nurse},
    {"Rasmus Krogh", "RK", Profession::Mentor},
    {"Nanna Winther", "NW", Profession::CompanyConsultant},
    {"Ole Brandt", "OB", Profession::Manager},
};

struct WeightedCode
{
    const char* code;
    int weight;
};

const WeightedCode kBenefits[] = {
    {"kontanthjaelp", 44}, {"sygedagpenge", 36}, {"jobafklaringsforloeb", 8}, {"ledighedsydelse", 4},
    {"ressourceforloeb", 4}, {"revalidering", 1}, {"a_dagpenge", 3},
};

QString pickBenefit(DemoRandom& rnd)
{
    int total = 0;
    for (const auto& b : kBenefits) {
        total += b.weight;
    }
    int roll = rnd.uniform(1, total);
    for (const auto& b : kBenefits) {
        roll -= b.weight;
        if (roll <= 0) {
            return QString::fromLatin1(b.code);
        }
    }
    return QStringLiteral("kontanthjaelp");
}

QString demoPhone(DemoRandom& rnd)
{
    // 00 00 xx xx is not a Danish subscriber number (those never start with 0).
    return QStringLiteral("00 00 %1 %2").arg(rnd.uniform(10, 99)).arg(rnd.uniform(10, 99));
}

QString asciiFold(QString s)
{
    s.replace(QStringLiteral("æ"), QStringLiteral("ae")).replace(QStringLiteral("ø"), QStringLiteral("oe"));
    s.replace(QStringLiteral("å"), QStringLiteral("aa")).replace(QStringLiteral("Æ"), QStringLiteral("Ae"));
    s.replace(QStringLiteral("Ø"), QStringLiteral("Oe")).replace(QStringLiteral("Å"), QStringLiteral("Aa"));
    return s.toLower().replace(QLatin1Char(' '), QLatin1Char('.'));
}

void registerFoundationActions()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    auto randomCitizen = [](Database& db, DemoRandom& rnd) -> std::optional<Citizen> {
        const QStringList ids = CitizenRepository(db).idsInCprOrder();
        if (ids.isEmpty()) {
            return std::nullopt;
        }
        return CitizenRepository(db).get(rnd.pick(ids));
    };
    actions().push_back({QStringLiteral("edit-phone"), 3, [randomCitizen](Database& db, DemoRandom& rnd) -> Result<bool> {
                             auto c = randomCitizen(db, rnd);
                             if (!c) {
                                 return false;
                             }
                             c->phone = demoPhone(rnd);
                             auto r = CitizenRepository(db).update(*c);
                             return r ? Result<bool>(true) : Result<bool>(Error{r.error()});
                         }});
    actions().push_back({QStringLiteral("edit-email"), 1, [randomCitizen](Database& db, DemoRandom& rnd) -> Result<bool> {
                             auto c = randomCitizen(db, rnd);
                             if (!c) {
                                 return false;
                             }
                             c->email = asciiFold(c->name) + QString::number(rnd.uniform(1, 99)) + QStringLiteral("@demo.invalid");
                             auto r = CitizenRepository(db).update(*c);
                             return r ? Result<bool>(true) : Result<bool>(Error{r.error()});
                         }});
    actions().push_back({QStringLiteral("change-caseworker"), 2, [randomCitizen](Database& db, DemoRandom& rnd) -> Result<bool> {
                             auto c = randomCitizen(db, rnd);
                             const QStringList caseworkers = StaffRepository(db).idsInInitialsOrder(Profession::Caseworker);
                             if (!c || caseworkers.isEmpty()) {
                                 return false;
                             }
                             c->caseworkerId = rnd.pick(caseworkers);
                             auto r = CitizenRepository(db).update(*c);
                             return r ? Result<bool>(true) : Result<bool>(Error{r.error()});
                         }});
    actions().push_back({QStringLiteral("close-or-reopen"), 1, [randomCitizen](Database& db, DemoRandom& rnd) -> Result<bool> {
                             auto c = randomCitizen(db, rnd);
                             if (!c) {
                                 return false;
                             }
                             CitizenRepository repo(db);
                             if (c->status == CitizenStatus::Closed) {
                                 auto s = repo.reopenCase(c->id);
                                 return s ? Result<bool>(true) : Result<bool>(Error{s.error()});
                             }
                             const QString outcome = rnd.pick(Outcomes::codes());
                             const QDate today = db.clock().today();
                             const qint64 days = c->benefitStart.isValid() ? std::max<qint64>(0, c->benefitStart.daysTo(today)) : 0;
                             const QDate ended = today.addDays(-rnd.uniform(0, int(std::min<qint64>(days, 30))));
                             auto s = repo.closeCase(c->id, outcome, ended);
                             return s ? Result<bool>(true) : Result<bool>(Error{s.error()});
                         }});
    actions().push_back({QStringLiteral("change-target-group"), 1, [randomCitizen](Database& db, DemoRandom& rnd) -> Result<bool> {
                             auto c = randomCitizen(db, rnd);
                             if (!c) {
                                 return false;
                             }
                             c->targetGroup = rnd.pick(BenefitCatalogue::shipped().targetGroups()).code;
                             auto r = CitizenRepository(db).update(*c);
                             return r ? Result<bool>(true) : Result<bool>(Error{r.error()});
                         }});
}

} // namespace

void DemoData::registerCitizenStep(CitizenStep step)
{
    citizenSteps().push_back([step = std::move(step)] { return step; });
}

void DemoData::registerCitizenStepMaker(CitizenStepMaker make)
{
    citizenSteps().push_back(std::move(make));
}

void DemoData::registerAction(QString name, int weight, Action action)
{
    registerFoundationActions();
    actions().push_back({std::move(name), weight, std::move(action)});
}

void DemoData::registerRunStep(RunStep step)
{
    runSteps().push_back(std::move(step));
}

QString DemoData::syntheticCpr(const QDate& birth, DemoRandom& rnd)
{
    const int yy = birth.year() % 100;
    int d7 = 0;
    if (birth.year() < 1900) {
        d7 = rnd.uniform(5, 8);
    } else if (birth.year() < 2000) {
        d7 = rnd.uniform(0, 3);
    } else {
        d7 = rnd.uniform(0, 1) ? 4 : rnd.uniform(5, 8);
    }
    return QStringLiteral("%1%2%3%4%5")
        .arg(birth.day() + 60, 2, 10, QLatin1Char('0'))
        .arg(birth.month(), 2, 10, QLatin1Char('0'))
        .arg(yy, 2, 10, QLatin1Char('0'))
        .arg(d7)
        .arg(rnd.uniform(0, 999), 3, 10, QLatin1Char('0'));
}

namespace {

/// The demo team members the database does not have yet (by initials; a new database's first
/// leader is kept); returns how many were created.
Result<int> createDemoTeam(Database& db)
{
    StaffRepository staffRepo(db);
    int staffCreated = 0;
    for (const auto& m : kTeam) {
        if (staffRepo.byInitials(QString::fromLatin1(m.initials))) {
            continue;
        }
        Staff s;
        s.name = QString::fromUtf8(m.name);
        s.initials = QString::fromLatin1(m.initials);
        s.profession = m.profession;
        auto r = staffRepo.create(s);
        if (!r) {
            return Error{r.error()};
        }
        ++staffCreated;
    }
    return staffCreated;
}

/// When a demo citizen's benefit started: about a third in the last five weeks (the new arrivals,
/// screened and through the team day these weeks, so the coming days have steps), the rest over
/// the time a course of that benefit lasts.
QDate demoBenefitStart(DemoRandom& rnd, const QString& benefit, const QDate& today)
{
    if (rnd.chance(0.3)) {
        return today.addDays(-rnd.uniform(0, 35));
    }
    return today.addDays(-rnd.uniform(36, benefit == QLatin1String("sygedagpenge") ? 200 : 700));
}

/// A synthetic citizen's fields (a CPR number not in `usedCpr`, which it joins).
QVariantMap demoCitizen(Database& db, DemoRandom& rnd, const QDate& today, QSet<QString>& usedCpr,
                        const QStringList& caseworkers)
{
    Citizen c;
    const QDate birth = QDate(1962, 1, 1).addDays(rnd.uniform(0, 42 * 365));
    do {
        c.cpr = DemoData::syntheticCpr(birth, rnd);
    } while (usedCpr.contains(c.cpr));
    usedCpr.insert(c.cpr);
    const QString first = rnd.pick(kFirstNames);
    const QString middle = rnd.chance(0.3) ? rnd.pick(kLastNames) + QLatin1Char(' ') : QString();
    c.name = first + QLatin1Char(' ') + middle + rnd.pick(kLastNames);
    if (rnd.chance(0.8)) {
        c.phone = demoPhone(rnd);
    }
    if (rnd.chance(0.5)) {
        c.email = asciiFold(first) + QString::number(rnd.uniform(1, 99)) + QStringLiteral("@demo.invalid");
    }
    c.benefit = pickBenefit(rnd);
    c.benefitStart = demoBenefitStart(rnd, c.benefit, today);
    if (c.benefit == QLatin1String("kontanthjaelp")) {
        c.targetGroup = rnd.pick(BenefitCatalogue::shipped().targetGroups()).code;
    }
    if (!caseworkers.isEmpty()) {
        c.caseworkerId = rnd.pick(caseworkers);
    }
    c.status = rnd.chance(0.9) ? CitizenStatus::Active : CitizenStatus::Closed;
    auto values = CitizenRepository::fields(c);
    values.insert(QStringLiteral("created_at"), db.clock().now());
    if (c.status == CitizenStatus::Closed) {
        // A closed demo course ended somewhere between its start and today, with an outcome.
        values.insert(QStringLiteral("outcome"), rnd.pick(Outcomes::codes()));
        values.insert(QStringLiteral("outcome_date"), c.benefitStart.addDays(rnd.uniform(0, int(c.benefitStart.daysTo(today)))));
    }
    return values;
}

} // namespace

Result<QJsonObject> DemoData::populate(Database& db, const DemoOptions& options)
{
    if (options.citizens < 0 || options.citizens > 1000000) {
        return fail(tr("The number of demo citizens must be between 0 and 1,000,000."));
    }
    DemoRandom rnd(options.seed);
    const QDate today = db.clock().today();
    // Demo data is made from scratch: a crash means making it again, so commits need not wait
    // for the disk, and what was just written stays in memory (see BulkWriteScope).
    BulkWriteScope bulk(db);
    std::optional<Database::Transaction> tx;
    tx.emplace(db);
    if (!tx->active()) {
        return fail(tr("The database is busy; no demo data was added."));
    }
    const auto staffCreated = createDemoTeam(db);
    if (!staffCreated) {
        return Error{staffCreated.error()};
    }
    const QStringList caseworkers = StaffRepository(db).idsInInitialsOrder(Profession::Caseworker);

    QSet<QString> usedCpr = CitizenRepository(db).allCprNumbers();
    std::vector<CitizenStep> steps;
    for (const auto& make : citizenSteps()) {
        steps.push_back(make());
    }
    int created = 0;
    for (int i = 0; i < options.citizens; ++i) {
        if (i > 0 && i % kCitizensPerTransaction == 0) {
            if (auto s = tx->commit(); !s) {
                return Error{s.error()};
            }
            tx.emplace(db);
            if (!tx->active()) {
                return Error{tx->commit().error()}; // the database is busy; the citizens so far are kept
            }
        }
        const auto values = demoCitizen(db, rnd, today, usedCpr, caseworkers);
        const QString id = newUuid();
        auto r = db.insertNew(QStringLiteral("citizen"), id, values);
        if (!r) {
            return Error{r.error()};
        }
        for (const auto& step : steps) {
            if (auto s = step(db, rnd, id); !s) {
                return Error{s.error()};
            }
        }
        ++created;
    }
    for (const auto& step : runSteps()) {
        if (auto s = step(db, rnd); !s) {
            return Error{s.error()};
        }
    }
    if (auto s = tx->commit(); !s) {
        return Error{s.error()};
    }
    return QJsonObject{{QStringLiteral("staff"), staffCreated.value()}, {QStringLiteral("citizens"), created}};
}

Result<QJsonObject> DemoData::activity(Database& db, int count, quint64 seed)
{
    registerFoundationActions();
    if (count < 0) {
        return fail(tr("The number of actions cannot be negative."));
    }
    DemoRandom rnd(seed);
    // Demo actions on demo data: a crash means running them again (see BulkWriteScope).
    BulkWriteScope bulk(db);
    int total = 0;
    for (const auto& a : actions()) {
        total += a.weight;
    }
    QJsonObject performed;
    int done = 0;
    for (int attempt = 0; done < count && attempt < count * 10; ++attempt) {
        int roll = rnd.uniform(1, total);
        for (const auto& a : actions()) {
            roll -= a.weight;
            if (roll > 0) {
                continue;
            }
            // Each action is its own transaction, as when a person does it in the GUI.
            Database::Transaction tx(db);
            auto r = a.action(db, rnd);
            if (!r) {
                return Error{r.error()};
            }
            if (auto s = tx.commit(); !s) {
                return Error{s.error()};
            }
            if (r.value()) {
                ++done;
                performed.insert(a.name, performed.value(a.name).toInt() + 1);
            }
            break;
        }
    }
    return QJsonObject{{QStringLiteral("actions"), done}, {QStringLiteral("by_kind"), performed}};
}

} // namespace samspil
