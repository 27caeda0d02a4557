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

const QString kTotal = QStringLiteral("total");

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

QJsonObject counts(const QVector<Figure>& figures);

/// The companies' figures (issue 19).
QJsonObject companiesJson(const Dashboard& d)
{
    QJsonArray companies;
    for (const auto& f : d.placementsByCompany) {
        companies.append(QJsonObject{{QStringLiteral("company"), f.label}, {QStringLiteral("citizens"), f.count}});
    }
    QJsonArray attachmentRisks;
    for (const auto& r : d.attachmentByRisk) {
        attachmentRisks.append(weeksRowJson(r, QStringLiteral("risk")));
    }
    return {{QStringLiteral("active"), d.companyBase.count},
            {QStringLiteral("attached"), d.companyAttached.count},
            {QStringLiteral("share_attached"), rounded(d.companyAttached.shareOf(d.companyBase.count))},
            {QStringLiteral("by_company"), companies},
            {QStringLiteral("endings"), counts(d.placementEndings)},
            {QStringLiteral("weeks_to_attachment"), weeksRowJson(d.attachmentTotal, QStringLiteral("group"))},
            {QStringLiteral("weeks_to_attachment_by_risk"), attachmentRisks}};
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
    QJsonObject out{
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
    out.insert(QStringLiteral("companies"), companiesJson(*this));
    return out;
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

namespace {
/// The companies' tables (issue 19): attachment, placements per company, endings, weeks to the first placement.
void companyTables(const Dashboard& d, QVector<DashboardTable>& out)
{
    {
        DashboardTable t{QStringLiteral("company_attachment"), Dashboard::tr("Active citizens with a company attachment in the period"),
                         {Dashboard::tr("Who"), Dashboard::tr("Citizens"), Dashboard::tr("Share (%)")}, {}};
        t.rows.append({text(d.companyAttached.label), count(d.companyAttached), percent(d.companyAttached, d.companyBase.count)});
        t.rows.append({text(d.companyBase.label), count(d.companyBase), percent(d.companyBase, d.companyBase.count)});
        out.append(t);
    }
    {
        DashboardTable t{QStringLiteral("placements_by_company"), Dashboard::tr("Citizens placed per company in the period"),
                         {Dashboard::tr("Company"), Dashboard::tr("Citizens")}, {}};
        for (const auto& f : d.placementsByCompany) {
            t.rows.append({text(f.label), count(f)});
        }
        out.append(t);
    }
    {
        DashboardTable t{QStringLiteral("placement_endings"), Dashboard::tr("How placements ended in the period"),
                         {Dashboard::tr("Ended"), Dashboard::tr("Citizens")}, {}};
        for (const auto& f : d.placementEndings) {
            t.rows.append({text(f.label), count(f)});
        }
        out.append(t);
    }
    DashboardTable t{QStringLiteral("weeks_to_attachment"), Dashboard::tr("Weeks from benefit start to the first company attachment"),
                     {Dashboard::tr("Entry quarter or risk"), Dashboard::tr("Citizens"), Dashboard::tr("Median"), Dashboard::tr("Average")}, {}};
    QVector<WeeksRow> rows = d.attachmentByCohort;
    rows += d.attachmentByRisk;
    rows.append(d.attachmentTotal);
    for (const auto& r : rows) {
        t.rows.append({text(r.label), weeksCount(r.all), weeksValue(r.all, r.all.median), weeksValue(r.all, r.all.average)});
    }
    out.append(t);
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
    companyTables(*this, out);
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
            QVector<CsvWriter::Field> fields;
            for (const auto& cell : row) {
                if (!cell.value.isValid()) {
                    fields << CsvWriter::Field{};
                } else if (cell.kind == DashboardCell::Kind::Decimal || cell.kind == DashboardCell::Kind::Percent) {
                    fields << CsvWriter::Field::number(cell.value.toDouble(), 1);
                } else if (cell.kind == DashboardCell::Kind::Count) {
                    fields << CsvWriter::Field::integer(cell.value.toLongLong());
                } else {
                    fields << CsvWriter::Field{cell.value.toString()}; // a name: text, never a formula
                }
            }
            csv.addRow(fields);
        }
    }
    return csv.data();
}

} // namespace samspil
