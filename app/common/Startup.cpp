#include "Startup.h"

#include "core/util/Language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace samspil {

QString chooseLanguage(const QString& override)
{
    if (override == QLatin1String("da") || override == QLatin1String("en")) {
        return override;
    }
    return QLocale::system().language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    Language::setCurrent(language);
    if (language != QLatin1String("da")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Denmark));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_da"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/samspil_da.qm"))) {
        QCoreApplication::installTranslator(own);
    }
}

} // namespace samspil
