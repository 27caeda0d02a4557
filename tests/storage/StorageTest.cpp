#include "core/storage/Migrations.h"
#include "core/staff/StaffRepository.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace samspil;
using namespace samspil::test;

namespace {

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

/// Make a file with plain SQLite, outside Samspil.
void rawSql(const QString& path, const char* sql)
{
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(h, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(h);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("A new database is WAL, has foreign keys on, the newest schema and a site id", "[storage]")
{
    TempDb t;
    CHECK(scalar(*t, QStringLiteral("PRAGMA foreign_keys")) == 1);
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    CHECK(scalar(*t, QStringLiteral("PRAGMA user_version")) == Schema::latestVersion());
    CHECK(t->schemaVersion() == Schema::latestVersion());
    const QString site = t->siteId();
    CHECK(site.size() == 36);
    t.reopen();
    CHECK(t->siteId() == site); // made once per database
}

TEST_CASE("Every table spec matches the migrated schema", "[storage]")
{
    TempDb t;
    for (const auto& spec : Schema::tables()) {
        QStringList columns;
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(spec.name)));
        while (q.next()) {
            columns << q.value(1).toString();
        }
        INFO(spec.name.toStdString());
        CHECK(columns.contains(QStringLiteral("id")));
        CHECK(columns.contains(QStringLiteral("deleted_at")));
        CHECK(columns.contains(QStringLiteral("sync_clock")));
        CHECK(columns.contains(QStringLiteral("updated_at")));
        for (const auto& c : spec.columns) {
            INFO(c.name.toStdString());
            CHECK(columns.contains(c.name));
        }
    }
}

TEST_CASE("Opening refuses what it must not touch", "[storage]")
{
    QTemporaryDir dir;

    SECTION("a database from a newer Samspil is refused and left byte for byte as it was")
    {
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            MockClock clock;
            auto db = Database::open({path, OpenOptions::Mode::CreateNew, &clock});
            REQUIRE(db.ok());
        }
        rawSql(path, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 999;");
        const QByteArray before = fileHash(path);
        auto db = Database::open({path, OpenOptions::Mode::OpenExisting});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("newer version")));
        CHECK(db.error().contains(QStringLiteral("999")));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("a file that is not SQLite is refused and left alone")
    {
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        writeFile(path, "These are my notes, not a database.\n");
        const QByteArray before = fileHash(path);
        auto db = Database::open({path, OpenOptions::Mode::OpenOrCreate});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("not a Samspil database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite file is refused and left alone")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawSql(path, "CREATE TABLE x (a); INSERT INTO x VALUES (1);");
        const QByteArray before = fileHash(path);
        auto db = Database::open({path, OpenOptions::Mode::OpenOrCreate});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("another program")));
        CHECK(fileHash(path) == before);
    }
    SECTION("init refuses an existing file; open refuses a missing one")
    {
        const QString path = dir.filePath(QStringLiteral("a.db"));
        REQUIRE(Database::open({path, OpenOptions::Mode::CreateNew}).ok());
        auto again = Database::open({path, OpenOptions::Mode::CreateNew});
        CHECK_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("never overwrites")));
        CHECK_FALSE(Database::open({dir.filePath(QStringLiteral("missing.db")), OpenOptions::Mode::OpenExisting}).ok());
    }
}

TEST_CASE("A second program opening the same file is told so", "[storage]")
{
    TempDb t;
    auto second = Database::open({t.path(), OpenOptions::Mode::OpenExisting});
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().contains(QStringLiteral("already open")));
    t.db.reset(); // the first closes
    auto third = Database::open({t.path(), OpenOptions::Mode::OpenExisting});
    CHECK(third.ok());
}

TEST_CASE("An older database is migrated in one go after a backup, and keeps its data", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    // A version-1 database exactly as the first release left it: only migration 1 applied.
    makeVersion1Database(path, {QStringLiteral("INSERT INTO staff (id, name, initials, profession, active, sync_clock) VALUES "
                                               "('11111111-1111-4111-8111-111111111111', 'Mette Holm', 'MH', 'caseworker', 1, '')")});
    REQUIRE(Schema::latestVersion() > 1);

    auto db = Database::open({path, OpenOptions::Mode::OpenExisting});
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Schema::latestVersion());
    CHECK(StaffRepository(*db.value()).byInitials(QStringLiteral("MH")).has_value());
    const QString backup = path + QStringLiteral(".before-v%1.bak").arg(Schema::latestVersion());
    REQUIRE(QFile::exists(backup));
    // The backup is the old database, still at version 1.
    db.value().reset();
    auto old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
    old.setDatabaseName(backup);
    REQUIRE(old.open());
    {
        QSqlQuery q(old);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    old.close();
    old = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

TEST_CASE("A migration that fails leaves the database as it was", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-fail"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(migrations().front()(raw).ok());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x53414d53)));
        // Something in the way of migration 2: a table with the name it wants to create.
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE sync_log (x)")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-fail"));
    auto db = Database::open({path, OpenOptions::Mode::OpenExisting});
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("version 2")));
    rawSql(path, "SELECT 1;");
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 1); // still version 1: the migration rolled back as a whole
    sqlite3_finalize(st);
    sqlite3_close(h);
}
