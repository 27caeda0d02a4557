#define CATCH_CONFIG_RUNNER
#include "core/util/Language.h"

#include <QApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Settings go to a throw-away folder, never the developer's own.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    // No window system needed: CTest's discovery runs this program without one.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SamspilTest"));
    QApplication::setApplicationName(QStringLiteral("test_ui_rc"));
    samspil::Language::setCurrent(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
