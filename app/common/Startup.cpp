#include "Startup.h"

#include "core/util/Language.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace samspil {

namespace {

// QT_LOGGING_RULES="samspil.startup.debug=true" shows which translation files were loaded.
Q_LOGGING_CATEGORY(lcStartup, "samspil.startup", QtInfoMsg)

/// Where the translations of an installed or deployed Samspil are, nearest first: the folder an
/// install puts them in relative to the program (bin/../share/samspil/translations, as the build
/// tree lays them out too), then a "translations" folder beside the program (a Windows deployment).
QStringList translationFolders()
{
    const QDir programDir(QCoreApplication::applicationDirPath());
    return {QDir::cleanPath(programDir.filePath(QStringLiteral(SAMSPIL_TRANSLATIONS_FROM_BIN))),
            programDir.filePath(QStringLiteral("translations"))};
}

/// Loads NAME.qm from the first folder that has it and installs it; false when none has it.
bool installFrom(QCoreApplication& app, const QString& name, const QStringList& folders)
{
    auto* translator = new QTranslator(&app);
    for (const auto& folder : folders) {
        if (translator->load(name, folder)) {
            qCDebug(lcStartup) << "Translation" << translator->filePath();
            QCoreApplication::installTranslator(translator);
            return true;
        }
    }
    delete translator;
    return false;
}

} // namespace

QString chooseLanguage(const QString& override)
{
    if (override == QLatin1String("da") || override == QLatin1String("en")) {
        return override;
    }
    return QLocale::system().language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");
}

void restrictNewFilesToOwner()
{
#ifdef Q_OS_UNIX
    umask(077);
#endif
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    Language::setCurrent(language);
    if (language != QLatin1String("da")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Denmark));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    const QStringList folders = translationFolders();
    // Qt's own strings (buttons of standard dialogs): from Qt's installation, or deployed beside Samspil.
    installFrom(app, QStringLiteral("qtbase_da"), QStringList{QLibraryInfo::path(QLibraryInfo::TranslationsPath)} + folders);
    // Samspil's: installed beside the program, else the copy built into it (a program anywhere in the
    // build tree, such as a test).
    installFrom(app, QStringLiteral("samspil_da"), folders + QStringList{QStringLiteral(":/i18n")});
}

} // namespace samspil
