#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>

#include <sqlite3.h>

using namespace samspil;
using namespace samspil::test;

TEST_CASE("Qt's SQLite driver and Samspil use the same SQLite library in this build", "[storage][sqlite]")
{
    TempDb t; // the open succeeded, so the check at open passed
    const auto libs = t->sqliteLibraries();
    INFO("linked " << libs.linkedVersion.toStdString() << ", Qt's driver " << libs.driverVersion.toStdString());
    CHECK(libs.linkedVersion == QString::fromUtf8(sqlite3_libversion()));
    CHECK(libs.linkedVersion == libs.driverVersion);
    CHECK(libs.linkedSourceId == libs.driverSourceId);
    CHECK(libs.hasHandle);
    CHECK(libs.handleFile == QFileInfo(t.path()).canonicalFilePath());
    CHECK(Database::sameSqliteLibrary(libs).ok());
}

TEST_CASE("Another SQLite library behind Qt's driver is refused with both versions named", "[storage][sqlite]")
{
    Database::SqliteLibraries libs;
    libs.linkedVersion = QStringLiteral("3.45.1");
    libs.driverVersion = QStringLiteral("3.46.0");
    libs.linkedSourceId = QStringLiteral("2024-01-30 16:01:20 e876e51a0ed5c5b3126f52e532044363a014bc594cfefa87ffb5b82257cc467a");
    libs.driverSourceId = QStringLiteral("2024-05-23 13:25:27 96c92aba00c8375bc32fafcdf12429c58bd8aabfcadab6683e35bbb9cdebf19e");
    libs.hasHandle = true;
    libs.openedFile = QStringLiteral("/data/samspil.db");
    libs.handleFile = libs.openedFile;
    const Status s = Database::sameSqliteLibrary(libs);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("another SQLite library")));
    CHECK(s.error().contains(QStringLiteral("3.45.1")));
    CHECK(s.error().contains(QStringLiteral("3.46.0")));

    SECTION("the same version from another build (source id) is refused too")
    {
        libs.driverVersion = libs.linkedVersion;
        CHECK_FALSE(Database::sameSqliteLibrary(libs).ok());
    }
    SECTION("a handle whose file is not the one opened is refused")
    {
        libs.driverVersion = libs.linkedVersion;
        libs.driverSourceId = libs.linkedSourceId;
        CHECK(Database::sameSqliteLibrary(libs).ok());
        libs.handleFile = QStringLiteral("/elsewhere/other.db");
        CHECK_FALSE(Database::sameSqliteLibrary(libs).ok());
    }
    SECTION("no handle from the driver is refused")
    {
        libs.driverVersion = libs.linkedVersion;
        libs.driverSourceId = libs.linkedSourceId;
        libs.hasHandle = false;
        libs.handleFile.clear();
        CHECK_FALSE(Database::sameSqliteLibrary(libs).ok());
    }
}
