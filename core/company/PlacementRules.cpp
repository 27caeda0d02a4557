#include "PlacementRules.h"

#include "core/company/Accommodations.h"
#include "core/util/Dates.h"

#include <algorithm>

namespace samspil {

QStringList PlacementRules::problems(const Placement& p, const QDate& today)
{
    QStringList out;
    if (p.citizenId.isEmpty()) {
        out << tr("Choose the citizen.");
    }
    if (p.companyId.isEmpty()) {
        out << tr("Choose the company.");
    }
    if (!p.from.isValid()) {
        out << tr("Enter the date the placement starts.");
    } else if (p.from > today.addYears(2)) {
        out << tr("The placement cannot start more than two years ahead (%1).").arg(formatDate(p.from));
    } else if (p.from < today.addYears(-30)) {
        out << tr("The start date %1 is too far in the past.").arg(formatDate(p.from));
    }
    if (p.to.isValid() && p.from.isValid() && p.to < p.from) {
        out << tr("The placement cannot end (%1) before it starts (%2).").arg(formatDate(p.to), formatDate(p.from));
    }
    if (p.hoursPerWeek < 0 || p.hoursPerWeek > 60) {
        out << tr("Hours per week must lie between 0 and 60.");
    }
    for (const QString& code : p.accommodations) {
        if (!Accommodations::known(code)) {
            out << tr("Unknown skånehensyn: %1").arg(code);
        }
    }
    for (const FollowUp& f : p.followUps) {
        if (!f.date.isValid() || (p.from.isValid() && f.date < p.from)) {
            out << tr("A follow-up date lies before the placement starts.");
            break;
        }
    }
    if (p.outcome && !p.outcomeDate.isValid()) {
        out << tr("Enter the date the placement ended.");
    }
    if (p.outcome && p.outcomeDate.isValid() && p.from.isValid() && p.outcomeDate < p.from) {
        out << tr("The placement cannot end before it starts.");
    }
    if (p.outcome == PlacementOutcome::EndedEarly && p.outcomeReason.trimmed().isEmpty()) {
        out << tr("Say why the placement ended early.");
    }
    return out;
}

QString PlacementRules::healthForCompany(const std::optional<CompanyConsent>& consent, const QString& companyId,
                                         const QDate& day)
{
    if (!consent || consent->companyId != companyId || !consent->inForceOn(day)) {
        return {};
    }
    return consent->sharedHealth.trimmed();
}

QVector<QDate> PlacementRules::dueFollowUps(const Placement& p, const QDate& day)
{
    QVector<QDate> out;
    if (p.outcome) {
        return out;
    }
    for (const FollowUp& f : p.followUps) {
        if (!f.done && f.date.isValid() && f.date <= day) {
            out << f.date;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool PlacementRules::endedWithoutOutcome(const Placement& p, const QDate& day)
{
    return !p.outcome && p.to.isValid() && p.to < day;
}

std::optional<double> PlacementRules::parseHours(const QString& text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double h = t.toDouble(&ok);
    if (!ok || !(h >= 0 && h <= 60)) { // NaN fails both
        return std::nullopt;
    }
    return h;
}

} // namespace samspil
