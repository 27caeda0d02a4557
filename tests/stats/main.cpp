#define CATCH_CONFIG_RUNNER
#include "core/Modules.h"
#include "core/util/Language.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    samspil::Language::setCurrent(QStringLiteral("en"));
    samspil::registerCoreModules();
    return Catch::Session().run(argc, argv);
}
