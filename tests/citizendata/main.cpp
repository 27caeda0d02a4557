// The citizen's data (issue 7): access export, retention, erasure on one PC and across PCs.
// Its own main: the readable PDF needs a GUI application (fonts), offscreen.
#define CATCH_CONFIG_RUNNER
#include "core/Modules.h"
#include "core/util/Language.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    samspil::Language::setCurrent(QStringLiteral("en"));
    samspil::registerCoreModules();
    QTemporaryDir settingsDir;
    samspil::ui::Settings::useFile(settingsDir.filePath(QStringLiteral("settings.ini")));
    const int result = Catch::Session().run(argc, argv);
    samspil::ui::Settings::useFile({});
    return result;
}
