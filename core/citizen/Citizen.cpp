#include "Citizen.h"
#include "core/util/Dates.h"

#include "core/citizen/Cpr.h"

#include <QRegularExpression>

namespace samspil {

QString CitizenRules::statusCode(CitizenStatus s)
{
    return s == CitizenStatus::Closed ? QStringLiteral("closed") : QStringLiteral("active");
}

CitizenStatus CitizenRules::statusFromCode(const QString& code)
{
    return code == QLatin1String("closed") ? CitizenStatus::Closed : CitizenStatus::Active;
}

QString CitizenRules::statusLabel(CitizenStatus s)
{
    return s == CitizenStatus::Closed ? tr("Closed") : tr("Active");
}

int CitizenRules::weeksBetween(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return 0;
    }
    return int(from.daysTo(to) / 7);
}

int CitizenRules::weeksOnSupport(const Citizen& c, const QDate& today)
{
    const QDate end = c.status == CitizenStatus::Closed && c.outcomeDate.isValid() ? c.outcomeDate : today;
    return weeksBetween(c.benefitStart, end);
}

namespace {
struct OutcomeName
{
    const char* code;
    const char* label; ///< translated with Outcomes::tr
};

// In the order they are offered.
constexpr OutcomeName kOutcomes[] = {
    {"ordinary_job", QT_TRANSLATE_NOOP("Outcomes", "Ordinary job")},
    {"wage_subsidy_job", QT_TRANSLATE_NOOP("Outcomes", "Job with wage subsidy")},
    {"flex_job", QT_TRANSLATE_NOOP("Outcomes", "Flex job")},
    {"education", QT_TRANSLATE_NOOP("Outcomes", "Education")},
    {"other_support", QT_TRANSLATE_NOOP("Outcomes", "Other support (e.g. pension)")},
    {"moved_away", QT_TRANSLATE_NOOP("Outcomes", "Moved away")},
    {"other", QT_TRANSLATE_NOOP("Outcomes", "Other")},
};
} // namespace

const QStringList& Outcomes::codes()
{
    static const QStringList all = [] {
        QStringList c;
        for (const auto& o : kOutcomes) {
            c << QLatin1String(o.code);
        }
        return c;
    }();
    return all;
}

bool Outcomes::isValid(const QString& code)
{
    return codes().contains(code);
}

QString Outcomes::label(const QString& code)
{
    for (const auto& o : kOutcomes) {
        if (code == QLatin1String(o.code)) {
            return tr(o.label);
        }
    }
    return code;
}

bool CitizenRules::plausiblePhone(const QString& phone)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 ]{6,18}$"));
    return re.match(phone.trimmed()).hasMatch();
}

bool CitizenRules::plausibleEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email.trimmed()).hasMatch();
}

bool CitizenRules::hasBlocking(const QVector<FieldIssue>& issues)
{
    for (const auto& i : issues) {
        if (i.blocking) {
            return true;
        }
    }
    return false;
}

QVector<FieldIssue> CitizenRules::validate(const Citizen& c, const QDate& today, const BenefitCatalogue& catalogue)
{
    QVector<FieldIssue> issues;
    auto cpr = Cpr::parse(c.cpr, today);
    if (!cpr) {
        issues.append({QStringLiteral("cpr"), cpr.error(), true});
    } else {
        for (const auto& w : cpr->warnings) {
            issues.append({QStringLiteral("cpr"), w, false});
        }
    }
    if (c.name.trimmed().isEmpty()) {
        issues.append({QStringLiteral("name"), tr("The name is missing."), true});
    }
    if (!c.phone.trimmed().isEmpty() && !plausiblePhone(c.phone)) {
        issues.append({QStringLiteral("phone"), tr("“%1” does not look like a phone number.").arg(c.phone), true});
    }
    if (!c.email.trimmed().isEmpty() && !plausibleEmail(c.email)) {
        issues.append({QStringLiteral("email"), tr("“%1” does not look like an e-mail address.").arg(c.email), true});
    }
    const auto* benefit = catalogue.benefit(c.benefit);
    if (c.benefit.isEmpty()) {
        issues.append({QStringLiteral("benefit"), tr("The benefit is missing."), true});
    } else if (!benefit) {
        issues.append({QStringLiteral("benefit"), tr("“%1” is not a benefit Samspil knows.").arg(c.benefit), true});
    } else if (benefit->closedToNew && c.id.isEmpty()) {
        issues.append({QStringLiteral("benefit"), benefit->label() + QStringLiteral(": ") + benefit->note(), false});
    }
    if (!c.benefitStart.isValid()) {
        issues.append({QStringLiteral("benefit_start"), tr("The date the benefit started is missing."), true});
    } else if (c.benefitStart > today) {
        issues.append({QStringLiteral("benefit_start"),
                       tr("The benefit starts in the future (%1).")
                           .arg(formatDate(c.benefitStart)),
                       false});
    } else if (cpr && c.benefitStart < cpr->birthDate) {
        issues.append({QStringLiteral("benefit_start"), tr("The benefit cannot start before the citizen was born."), true});
    }
    if (!c.targetGroup.isEmpty() && !catalogue.targetGroup(c.targetGroup)) {
        issues.append({QStringLiteral("target_group"), tr("“%1” is not a target group.").arg(c.targetGroup), true});
    }
    return issues;
}

} // namespace samspil
