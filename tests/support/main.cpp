// The one main() of every test program. Built once per program with its options
// (tests/CMakeLists.txt, samspil_add_test): SAMSPIL_TEST_GUI for widgets, SAMSPIL_TEST_C_LOCALE
// to keep the system's number and date formats in a GUI test, SAMSPIL_TEST_SCHEMA_ONLY for core
// tests of one feature's rules without the modules after it.
#define CATCH_CONFIG_RUNNER
#include "core/Modules.h"
#include "core/util/Language.h"

#ifdef SAMSPIL_TEST_GUI
#include "app/common/Startup.h"
#include "ui/UiModules.h"
#include "ui/common/Settings.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#ifdef SAMSPIL_TEST_GUI

// UI tests need a QApplication. SAMSPIL_TEST_LANG=da runs them in Danish (for screenshots).
int main(int argc, char** argv)
{
    // Test discovery runs the program without CTest's environment: no display means offscreen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Settings go to a throw-away folder, never the developer's own.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SamspilTest"));
    const QString lang = qEnvironmentVariable("SAMSPIL_TEST_LANG", QStringLiteral("en"));
#ifdef SAMSPIL_TEST_C_LOCALE
    samspil::Language::setCurrent(lang);
#else
    samspil::installTranslations(app, lang); // English or Danish, with Danish dates and numbers
#endif
    samspil::registerCoreModules();
    samspil::ui::registerUiModules();
    samspil::ui::Settings::useFile(config.filePath(QStringLiteral("settings.ini")));
    const int result = Catch::Session().run(argc, argv);
    samspil::ui::Settings::useFile({});
    return result;
}

#else

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    samspil::Language::setCurrent(QStringLiteral("en"));
#ifdef SAMSPIL_TEST_SCHEMA_ONLY
    samspil::registerCoreSchema(); // the tables only: the tests register modules where they need them
#else
    samspil::registerCoreModules(); // every feature's tables, rules and checks, as in the programs
#endif
    return Catch::Session().run(argc, argv);
}

#endif
