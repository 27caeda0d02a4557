#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace samspil {

enum class Sex { Female, Male };

/// A CPR number that passed validation, with what can be read from it.
struct CprNumber
{
    QString digits; ///< ten digits, no dash
    QDate birthDate;
    Sex sex = Sex::Female;
    bool synthetic = false;  ///< day + 60: a test number that belongs to no one
    bool modulus11 = false;  ///< whether the old check digit rule holds
    QStringList warnings;    ///< things to tell the user that do not stop the number

    /// DDMMYY-SSSS.
    QString formatted() const;
    int ageOn(const QDate& day) const;
};

/// CPR numbers as the CPR office defines them.
class Cpr
{
    Q_DECLARE_TR_FUNCTIONS(Cpr)
public:
    /// Accepts DDMMYY-SSSS or DDMMYYSSSS (surrounding spaces ignored). The birth date must exist
    /// and not lie after `today`. A failed modulus-11 check and a synthetic number are warnings.
    static Result<CprNumber> parse(const QString& text, const QDate& today);

    /// The full birth year from the two-digit year and the 7th digit, or -1 if the pair is
    /// impossible. 0–3: 1900s; 4 and 9: 2000–2036 for 00–36, else 1900s; 5–8: 2000–2057 for
    /// 00–57, 1858–1899 for 58–99.
    static int birthYear(int yy, int seventhDigit);

    static bool modulus11(const QString& digits);
    /// DDMMYY-SSSS from ten digits; anything else is returned unchanged.
    static QString format(const QString& digits);
    /// Only the digits of a text, for searching by CPR with or without dash.
    static QString digitsOf(const QString& text);
};

} // namespace samspil
