#include "Cvr.h"

namespace samspil {

bool Cvr::modulus11(const QString& digits)
{
    static constexpr int kWeights[8] = {2, 7, 6, 5, 4, 3, 2, 1};
    if (digits.size() != 8) {
        return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = digits.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
        sum += (c.unicode() - '0') * kWeights[i];
    }
    return sum % 11 == 0;
}

Result<QString> Cvr::parse(const QString& text)
{
    QString s = text.trimmed();
    if (s.isEmpty()) {
        return fail(tr("The CVR number is missing."));
    }
    if (s.size() > 32) {
        return fail(tr("“%1…” is not a CVR number: it is far too long.").arg(s.left(16)));
    }
    if (s.startsWith(QLatin1String("DK"), Qt::CaseInsensitive)) {
        s = s.mid(2);
    }
    QString digits;
    for (const QChar c : std::as_const(s)) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QChar(0x00A0)) {
            continue;
        }
        // Only the ASCII digits: other scripts' digits (Arabic-Indic, full-width) are refused.
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return fail(tr("“%1” is not a CVR number: it may hold only digits.").arg(s));
        }
        digits += c;
    }
    if (digits.size() != 8) {
        return fail(tr("“%1” is not a CVR number: a CVR number has 8 digits, this has %2.").arg(s).arg(digits.size()));
    }
    if (digits.startsWith(QLatin1Char('0'))) {
        return fail(tr("“%1” is not a CVR number: a CVR number never begins with 0.").arg(s));
    }
    if (!modulus11(digits)) {
        return fail(tr("“%1” is not a valid CVR number: the check digit does not match (modulus 11). Check for a typing error.")
                        .arg(format(digits)));
    }
    return digits;
}

QString Cvr::format(const QString& digits)
{
    if (digits.size() != 8) {
        return digits;
    }
    return digits.left(2) + QLatin1Char(' ') + digits.mid(2, 2) + QLatin1Char(' ') + digits.mid(4, 2) + QLatin1Char(' ')
           + digits.mid(6, 2);
}

} // namespace samspil
