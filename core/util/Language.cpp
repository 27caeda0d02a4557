#include "Language.h"

namespace samspil {

namespace {
QString& languageStorage()
{
    static QString code = QStringLiteral("da");
    return code;
}
} // namespace

QString Language::current()
{
    return languageStorage();
}

void Language::setCurrent(const QString& code)
{
    languageStorage() = code == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("da");
}

} // namespace samspil
