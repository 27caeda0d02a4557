#pragma once

#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace samspil {

/// What the dashboard is asked for: a period (both days included) and a caseworker, or the
/// whole team when `caseworkerId` is empty.
struct DashboardQuery
{
    QDate from;
    QDate to;
    QString caseworkerId;
};

/// One number of the dashboard and the citizens behind it (for drill-down). `count` is the number
/// of citizens, except for progression, where it counts plan goals (their citizens are listed).
struct Figure
{
    QString code;  ///< stable key (JSON, CSV): "moderate", "physical", "ordinary_job", …
    QString label; ///< the user's words, translated
    int count = 0;
    QStringList citizenIds; ///< sorted, each once

    /// `count` as a share of `whole` (0–1), or nothing when `whole` is 0.
    std::optional<double> shareOf(int whole) const;
};

/// Weeks on public support of a group of citizens: whole weeks from the benefit start to the
/// outcome date (closed courses) or to today (open ones, and closed ones without an outcome date).
struct WeeksStat
{
    int n = 0;
    double median = 0;
    double average = 0;
    QStringList citizenIds;
};

struct WeeksRow
{
    QString code;  ///< "2026-Q1" for a cohort, a risk code, or "total"
    QString label; ///< "2026 K1", "Moderat", "I alt"
    WeeksStat all;
    WeeksStat closed; ///< to the outcome date
    WeeksStat open;   ///< to today
};

struct CaseloadRow
{
    QString staffId; ///< empty: citizens without a caseworker
    QString initials;
    QString name;
    Figure active; ///< active cases today
    bool overTarget = false;
};

struct StepRow
{
    QString code; ///< the next step's code ("screening", "team_day", …)
    QString label;
    Figure dueInPeriod;
    Figure dueToday;
    Figure overdue;
};

/// A cell of a dashboard table: a value and the citizens behind it (none for labels).
struct DashboardCell
{
    enum class Kind { Text, Count, Decimal, Percent };
    Kind kind = Kind::Text;
    QVariant value; ///< QString, int, or double (Percent: 0–100); invalid: no value (e.g. no median of nobody)
    QStringList citizenIds;
};

/// A table as the window shows it and the CSV export writes it.
struct DashboardTable
{
    QString code;  ///< stable: "caseload", "risk", …
    QString title; ///< translated
    QStringList headers;
    QVector<QVector<DashboardCell>> rows;
};

/// The team dashboard ("Overblik"): the figures for a period and a caseworker (or the team).
/// What each figure counts, and what "in the period" means for it, is in docs/dashboard.md:
///  - citizens in the period: live citizens whose course overlaps it (benefit start on or before
///    its last day, and open, or closed with an outcome on or after its first day);
///  - cases per caseworker: active cases today (the caseload), against kCaseTarget;
///  - risk and tracks: the citizens in the period;
///  - next steps: active citizens' next steps due in the period, due today, overdue today;
///  - outcomes: courses closed with an outcome dated in the period;
///  - weeks on support: citizens whose benefit started in the period, by entry quarter and risk;
///  - team day on the screening day: moderate/high-risk citizens whose latest decided screening
///    was in the period;
///  - progression: the goals of the current plans of the citizens in the period, as of today;
///  - companies: active citizens in the period with a placement under way in it, per company, how
///    placements ended in the period, and weeks from the benefit start to the first placement.
struct Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
public:
    static constexpr int kCaseTarget = 40;

    QDate from;
    QDate to;
    QDate today;
    QString caseworkerId;

    Figure citizens;
    QVector<CaseloadRow> caseload;
    QVector<Figure> risk;   ///< low, moderate, high, not_screened
    QVector<Figure> tracks; ///< the eight tracks in order, then "none"; a citizen counts in each of theirs
    Figure stepsDueInPeriod;
    Figure stepsDueToday;
    Figure stepsOverdue;
    QVector<StepRow> steps; ///< per kind of step, in the order of the first due
    Figure outcomesTotal;
    QVector<Figure> outcomes; ///< every outcome code, in the order offered
    WeeksRow weeksTotal;
    QVector<WeeksRow> weeksByCohort; ///< oldest quarter first
    QVector<WeeksRow> weeksByRisk;   ///< low, moderate, high, not_screened
    Figure teamDayBase;    ///< moderate/high risk, screened in the period
    Figure teamDaySameDay; ///< all three talks (planned or held) on the day of the screening
    Figure teamDayLater;   ///< talks booked, but not all three on that day
    Figure teamDayNone;    ///< no talk booked
    Figure goals;          ///< goals (and sub-goals) of the current plans
    Figure goalsRated;     ///< not reached, rated at least once by the citizen or a professional
    Figure goalsRising;
    Figure goalsStagnating;
    Figure goalsDiverging;
    Figure goalsReached;
    Figure goalsNotRated;
    // Companies (issue 19, docs/companies.md):
    Figure companyBase;                  ///< active citizens in the period
    Figure companyAttached;              ///< of them, with a placement at a company under way in the period
    QVector<Figure> placementsByCompany; ///< citizens with a placement under way in the period, per company, by name
    QVector<Figure> placementEndings;    ///< citizens whose placement ended in the period, per way it ended
    /// Weeks from the benefit start to the first placement, of citizens whose benefit started in
    /// the period and who have been placed (only `all` is filled).
    QVector<WeeksRow> attachmentByCohort;
    QVector<WeeksRow> attachmentByRisk;
    WeeksRow attachmentTotal;

    /// Computes the dashboard in a constant number of queries. Refuses a period that is missing,
    /// ends before it starts, or a caseworker who is not on the staff.
    static Result<Dashboard> compute(Database& db, const DashboardQuery& query, const Clock& clock);

    /// Every number under stable keys (docs/dashboard.md), for `samspil-cli stats`.
    QJsonObject toJson() const;
    /// The figures as the tables of the window and the CSV export.
    QVector<DashboardTable> tables() const;
    /// Every table in one CSV file for Danish Excel (CsvWriter): a line with the period and who
    /// it covers (`scope`, e.g. the caseworker's name), then each table with its title, headers
    /// and rows, a blank line between tables; one decimal, with a decimal comma.
    QByteArray toCsv(const QString& scope) const;

    /// "2026 K1" for the quarter a date falls in (and its code "2026-Q1").
    static QString quarterLabel(const QDate& d);
    static QString quarterCode(const QDate& d);
    static double median(QVector<int> values);
};

} // namespace samspil
