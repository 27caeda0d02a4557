// Files Samspil creates hold citizens' data: readable by their owner only (issue 16, item 5).
#include "core/staff/StaffRepository.h"
#include "core/storage/Schema.h"
#include "tests/support/TestSupport.h"

#include <QFile>

using namespace samspil;
using namespace samspil::test;

namespace {

bool ownerOnly(const QString& path)
{
    const auto p = QFile::permissions(path);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) && !(p & others);
}

} // namespace

TEST_CASE("A new database, its write-ahead log and its shared memory are readable by their owner only", "[storage][security]")
{
    TempDb t; // created by Database::open in a fresh folder, with the test program's ordinary umask
    addTestStaff(*t, QStringLiteral("Mette Holm"), QStringLiteral("MH"));
    CHECK(ownerOnly(t.path()));
    REQUIRE(QFile::exists(t.path() + QStringLiteral("-wal")));
    CHECK(ownerOnly(t.path() + QStringLiteral("-wal")));
    CHECK(ownerOnly(t.path() + QStringLiteral("-shm")));
}

TEST_CASE("The backup made before a migration is readable by its owner only", "[storage][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    makeVersion1Database(path);
    auto db = Database::open({path, OpenOptions::Mode::OpenExisting});
    REQUIRE(db.ok());
    const QString backup = path + QStringLiteral(".before-v%1.bak").arg(Schema::latestVersion());
    REQUIRE(QFile::exists(backup));
    CHECK(ownerOnly(backup));
}
