#pragma once

#include <QString>

namespace samspil {

/// The language catalogues and instruments are shown in ("da" or "en"). The entry points
/// set it once, from the same choice that loads the translator; core only reads it.
class Language
{
public:
    static QString current();
    static void setCurrent(const QString& code);
    static bool isDanish() { return current() == QLatin1String("da"); }
};

} // namespace samspil
