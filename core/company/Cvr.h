#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace samspil {

/// A Danish company registration number (CVR-nummer): eight digits whose weighted sum with the
/// weights 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11.
class Cvr
{
    Q_DECLARE_TR_FUNCTIONS(Cvr)
public:
    /// The eight digits of a CVR number written as people write it ("DK-12 34 56 78", "12345678"),
    /// or the reason it is not one, for the user. Spaces, dashes and a leading "DK" are allowed;
    /// anything else is refused.
    static Result<QString> parse(const QString& text);
    /// Whether eight digits pass the modulus-11 check.
    static bool modulus11(const QString& digits);
    /// "12 34 56 78"
    static QString format(const QString& digits);
};

} // namespace samspil
