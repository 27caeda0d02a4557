#pragma once

#include "core/citizen/Citizen.h"
#include "core/screening/Screening.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <typeindex>
#include <unordered_map>
#include <utility>
#include <vector>

namespace samspil {

class Database;

/// Things that have happened to a citizen, by code, with the date each happened: a handful at
/// most, kept in a small flat list (a hash for each of 20,000 citizens cost more time and memory
/// than the facts themselves). The codes are the modules' constant strings.
class MilestoneDates
{
public:
    bool contains(const QString& code) const { return find(code) != m_items.cend(); }
    /// The date of `code`, or an invalid date.
    QDate value(const QString& code) const
    {
        const auto it = find(code);
        return it == m_items.cend() ? QDate() : it->second;
    }
    void insert(const QString& code, const QDate& day)
    {
        const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const auto& m) { return m.first == code; });
        if (it != m_items.end()) {
            it->second = day;
            return;
        }
        if (m_items.empty()) {
            m_items.reserve(4);
        }
        m_items.emplace_back(code, day);
    }
    qsizetype size() const { return qsizetype(m_items.size()); }

private:
    std::vector<std::pair<QString, QDate>>::const_iterator find(const QString& code) const
    {
        return std::find_if(m_items.cbegin(), m_items.cend(), [&](const auto& m) { return m.first == code; });
    }
    std::vector<std::pair<QString, QDate>> m_items;
};

/// What Samspil knows about where one citizen stands in the Hjørring model. The workflow
/// fills the basic facts and the latest screening; later modules fill their own (through
/// Workflow::registerFacts) either as new fields here or as dated milestones.
struct CitizenFacts
{
    QString citizenId;
    QDate benefitStart;
    bool active = true;
    /// The latest decided screening (the newest that is not corrected), if any.
    std::optional<LatestRisk> screening;
    /// Things that have happened, by code, with the date they happened, e.g.
    /// "team_day_held", "notes_signed", "conference_held", "plan_drafted".
    MilestoneDates milestones;
};

/// What the fact providers read on their way that a caller computing more from the same rows
/// can take instead of reading them again (the dashboard takes the plan module's rating series:
/// one pass over a few hundred thousand ratings, not two). One value per type, put by the
/// module that owns the type; a caller that finds none reads the rows itself.
class FactsByproducts
{
public:
    template <class T>
    void put(std::shared_ptr<const T> value)
    {
        m_values[std::type_index(typeid(T))] = std::move(value);
    }
    template <class T>
    std::shared_ptr<const T> get() const
    {
        const auto it = m_values.find(std::type_index(typeid(T)));
        return it == m_values.end() ? nullptr : std::static_pointer_cast<const T>(it->second);
    }

private:
    std::unordered_map<std::type_index, std::shared_ptr<const void>> m_values;
};

/// The next thing to do for a citizen.
struct NextStep
{
    QString code;  ///< "screening", "team_day", "standard_course", …
    QString label; ///< the user's word, translated
    QDate due;     ///< invalid: no deadline

    /// Overdue when the due date has passed: due today is not overdue, due yesterday is.
    bool overdue(const QDate& today) const { return due.isValid() && due < today; }
};

/// Derives a citizen's next step from stored facts: an ordered list of rules, tried by rank;
/// the first that returns a step wins. A rule returns nothing when its stage is done (or does
/// not apply), so the next rule gets its turn. Built in (see docs/instruments.md):
///   rank 100 "screening": no screening yet -> screening, due benefit start + kScreeningDueDays
///   rank 200 "team_day": latest decided moderate or high, no "team_day_held" milestone
///            -> team day, due the day of the screening
///   rank 900 "standard_course": latest decided low -> standard course, no deadline
/// Later issues add rules between (e.g. rank 300 notes after team day, 400 conference …).
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    /// A new recipient should be screened within a week of the benefit starting.
    static constexpr int kScreeningDueDays = samspil::kScreeningDueDays;

    using Rule = std::function<std::optional<NextStep>(const CitizenFacts&)>;
    /// Fills facts for all citizens at once (one or a few queries, never one per citizen), or,
    /// when `onlyCitizen` is not empty, for that one citizen only (a citizen's page): the
    /// provider then reads that citizen's rows alone. When `keep` is given, a provider may leave
    /// what it read there for the caller (see FactsByproducts).
    using FactProvider = std::function<void(Database&, QHash<QString, CitizenFacts>&, const QString& onlyCitizen,
                                            FactsByproducts* keep)>;

    static void registerRule(int rank, const QString& name, Rule rule);
    static void registerFacts(FactProvider provider);

    /// The next step for these facts, or nothing (a closed case, or no rule applies).
    static std::optional<NextStep> nextStep(const CitizenFacts& facts);

    /// Facts for every live citizen, in a constant number of queries.
    static QHash<QString, CitizenFacts> factsForAll(Database& db);
    /// Facts for these citizens (already read by the caller, e.g. the caseload).
    static QHash<QString, CitizenFacts> factsForCitizens(Database& db, const QVector<Citizen>& citizens);
    /// The same from the basic facts (id, benefit start, active) of the citizens the caller has
    /// already read in its own way (the dashboard's lean rows): fills in the latest decided
    /// screening and every module's facts, as factsForCitizens does. Citizens not in `basics`
    /// get nothing. With `keep`, the providers leave their by-products there.
    static QHash<QString, CitizenFacts> completeFacts(Database& db, QHash<QString, CitizenFacts> basics,
                                                     FactsByproducts* keep = nullptr);
    static std::optional<CitizenFacts> factsFor(Database& db, const QString& citizenId);
    /// The next step of every live citizen that has one (for the caseload).
    static QHash<QString, NextStep> nextStepsForAll(Database& db);
    static std::optional<NextStep> nextStepFor(Database& db, const QString& citizenId);
};

} // namespace samspil
