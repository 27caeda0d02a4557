// The UI tests' own main: a QApplication (offscreen) around Catch2, English strings, and a
// temporary settings file so that no test reads or writes the user's settings.
#define CATCH_CONFIG_RUNNER
#include "core/util/Language.h"
#include "core/Modules.h"
#include "ui/Settings.h"
#include "ui/UiModules.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Test discovery runs this program at build time, outside CTest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    samspil::Language::setCurrent(QStringLiteral("en"));
    samspil::registerCoreModules();
    samspil::ui::registerUiModules();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Denmark));
    QTemporaryDir settingsDir;
    samspil::ui::Settings::useFile(settingsDir.filePath(QStringLiteral("settings.ini")));
    const int result = Catch::Session().run(argc, argv);
    samspil::ui::Settings::useFile({});
    return result;
}
