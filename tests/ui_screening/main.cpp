#define CATCH_CONFIG_RUNNER
#include "app/common/Startup.h"
#include "core/util/Language.h"

#include <QApplication>

#include <catch2/catch.hpp>

// UI tests need a QApplication. SAMSPIL_TEST_LANG=da runs them in Danish (for screenshots).
int main(int argc, char** argv)
{
    // Test discovery runs the program without CTest's environment: no display means offscreen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QString lang = qEnvironmentVariable("SAMSPIL_TEST_LANG", QStringLiteral("en"));
    samspil::installTranslations(app, lang);
    samspil::Language::setCurrent(lang);
    return Catch::Session().run(argc, argv);
}
