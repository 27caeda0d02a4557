#pragma once

#include "core/storage/Database.h"

#include <QJsonObject>

#include <functional>
#include <random>

namespace samspil {

/// A deterministic random source: the same seed gives the same sequence on every platform
/// (std distributions differ between standard libraries, so they are not used).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {
    }
    quint64 next() { return m_engine(); }
    /// A whole number from lo to hi, both included.
    int uniform(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return real() < p; }
    template <typename C>
    const auto& pick(const C& c)
    {
        return c[uniform(0, int(c.size()) - 1)];
    }

private:
    std::mt19937_64 m_engine;
};

struct DemoOptions
{
    int citizens = 40;
    quint64 seed = 1;
};

/// Fictitious data for trying Samspil and for tests: a plausible team and citizens with
/// synthetic CPR numbers (day + 60), which belong to no real person. Later modules hook in to
/// add their own data per citizen (screenings, plans, ratings …) and their own random actions.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    /// Called once per new demo citizen, after the citizen is created, in the same transaction.
    using CitizenStep = std::function<Status(Database&, DemoRandom&, const QString& citizenId)>;
    /// A random user action on existing data; returns false if it found nothing to act on.
    using Action = std::function<Result<bool>(Database&, DemoRandom&)>;
    /// Called once per demo run after all citizens exist (e.g. surveys of the whole team).
    using RunStep = std::function<Status(Database&, DemoRandom&)>;

    /// Makes a citizen step that keeps what it learns from one citizen to the next within one
    /// run (e.g. the days the team-day planner found full); called at the start of every run.
    using CitizenStepMaker = std::function<CitizenStep()>;

    static void registerCitizenStep(CitizenStep step);
    static void registerCitizenStepMaker(CitizenStepMaker make);
    static void registerAction(QString name, int weight, Action action);
    static void registerRunStep(RunStep step);

    /// Adds a team (if there is none yet) and `citizens` new citizens. Returns counts as JSON.
    /// Each citizen is written whole, with its history, in a transaction of up to
    /// kCitizensPerTransaction citizens; when one fails, the transactions before it are kept.
    static Result<QJsonObject> populate(Database& db, const DemoOptions& options);
    /// One transaction for 20,000 citizens let the write-ahead log grow to a gigabyte, which
    /// every read of a page not in memory then searched; one per citizen would wait for the disk
    /// (a synchronous commit) 20,000 times. 1,000 makes a fourth of the commits and checkpoints of
    /// 250, which each wrote the same index pages again (20,000 citizens: 4.8 s system time
    /// instead of 8.5 s; 2,500 was no faster).
    static constexpr int kCitizensPerTransaction = 1000;
    /// `actions` random user actions on existing data, through the same core API the GUI uses.
    static Result<QJsonObject> activity(Database& db, int actions, quint64 seed);

    /// A synthetic CPR number (day + 60) for the given birth date.
    static QString syntheticCpr(const QDate& birth, DemoRandom& rnd);

    /// The demo is a believable week as of the clock's today (issue 17, item 7): a module leaves
    /// a step of its flow undone only when that step fell due within the last kOpenForDays days
    /// (or is still ahead); an older one was done at the time. So a few next steps are overdue by
    /// days or weeks, none by months.
    static constexpr int kOpenForDays = 21;
    static bool mayLeaveOpen(const QDate& due, const QDate& today)
    {
        return !due.isValid() || due.daysTo(today) <= kOpenForDays;
    }
};

} // namespace samspil
