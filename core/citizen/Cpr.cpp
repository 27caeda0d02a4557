#include "Cpr.h"
#include "core/util/Dates.h"

namespace samspil {

QString CprNumber::formatted() const
{
    return Cpr::format(digits);
}

int CprNumber::ageOn(const QDate& day) const
{
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

int Cpr::birthYear(int yy, int d7)
{
    if (yy < 0 || yy > 99 || d7 < 0 || d7 > 9) {
        return -1;
    }
    if (d7 <= 3) {
        return 1900 + yy;
    }
    if (d7 == 4 || d7 == 9) {
        return yy <= 36 ? 2000 + yy : 1900 + yy;
    }
    // 5–8
    return yy <= 57 ? 2000 + yy : 1800 + yy;
}

bool Cpr::modulus11(const QString& digits)
{
    static const int weights[10] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    if (digits.size() != 10) {
        return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        sum += weights[i] * digits.at(i).digitValue();
    }
    return sum % 11 == 0;
}

QString Cpr::format(const QString& digits)
{
    if (digits.size() != 10) {
        return digits;
    }
    return digits.left(6) + QLatin1Char('-') + digits.mid(6);
}

QString Cpr::digitsOf(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit()) {
            out += c;
        }
    }
    return out;
}

Result<CprNumber> Cpr::parse(const QString& input, const QDate& today)
{
    const QString text = input.trimmed();
    QString digits;
    if (text.size() == 11 && text.at(6) == QLatin1Char('-')) {
        digits = text.left(6) + text.mid(7);
    } else {
        digits = text;
    }
    bool allDigits = digits.size() == 10;
    for (const QChar c : digits) {
        allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    }
    if (!allDigits) {
        return fail(tr("A CPR number has ten digits, written DDMMYY-SSSS (the dash may be left out)."));
    }
    int day = digits.left(2).toInt();
    const int month = digits.mid(2, 2).toInt();
    const int yy = digits.mid(4, 2).toInt();
    const int d7 = digits.at(6).digitValue();

    CprNumber cpr;
    cpr.digits = digits;
    if (day >= 61 && day <= 91) {
        cpr.synthetic = true;
        day -= 60;
    }
    const int year = birthYear(yy, d7);
    const QDate birth(year, month, day);
    if (month < 1 || month > 12 || day < 1 || !birth.isValid()) {
        return fail(tr("The CPR number %1 does not start with a real date of birth.").arg(format(digits)));
    }
    if (birth > today) {
        return fail(tr("The CPR number %1 gives a date of birth (%2) that has not come yet.")
                        .arg(format(digits), formatDate(birth)));
    }
    cpr.birthDate = birth;
    cpr.sex = digits.at(9).digitValue() % 2 == 1 ? Sex::Male : Sex::Female;
    cpr.modulus11 = modulus11(digits);
    if (cpr.synthetic) {
        cpr.warnings << tr("%1 is a synthetic test number (day + 60); it belongs to no real person.")
                            .arg(format(digits));
    }
    if (!cpr.modulus11) {
        cpr.warnings << tr("%1 fails the modulus-11 check. Numbers without it have been issued since 2007, "
                           "so it is accepted; check that it was typed correctly.")
                            .arg(format(digits));
    }
    return cpr;
}

} // namespace samspil
