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

TEST_CASE("A database of the last release moves to the lean change log and keeps every value and its clock", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v15.db"));
    const QString staffId = QStringLiteral("11111111-1111-4111-8111-111111111111");
    const QString citizenId = QStringLiteral("22222222-2222-4222-8222-222222222222");
    const qint64 stamp = 117738630165430272; // a stamp of today's clock
    {
        // Exactly as the last release left it: migrations 1 to 15, clocks one field per item,
        // the change log with its stamp index.
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-v15"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(Schema::latestVersion() >= 16);
        for (int v = 0; v < 15; ++v) {
            INFO(v + 1);
            REQUIRE(migrations()[size_t(v)](raw).ok());
        }
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 15")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x53414d53)));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'change_log_hlc'")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 1);
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO site (alias, uuid) VALUES (1, '33333333-3333-4333-8333-333333333333')")));
        REQUIRE(q.exec());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO local_meta (key, value) VALUES ('site_id', '33333333-3333-4333-8333-333333333333')")));
        REQUIRE(q.exec());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO staff (id, name, initials, profession, active, sync_clock) VALUES "
                                         "(?, 'Mette Holm', 'MH', 'caseworker', 1, ?)")));
        q.addBindValue(staffId);
        q.addBindValue(QStringLiteral("active=1:%1;initials=1:%1;name=1:%1;profession=1:%1").arg(stamp));
        REQUIRE(q.exec());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO citizen (id, cpr, name, benefit, benefit_start, caseworker_id, status, "
                                         "sync_clock) VALUES (?, '6101901234', 'Åse Østergaard', 'cash', '2026-10-01', ?, "
                                         "'active', ?)")));
        q.addBindValue(citizenId);
        q.addBindValue(staffId);
        q.addBindValue(QStringLiteral("benefit=1:%1;benefit_start=1:%1;caseworker_id=1:%1;cpr=1:%1;name=1:%2;status=1:%1")
                           .arg(stamp)
                           .arg(stamp + 5));
        REQUIRE(q.exec());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO change_log (hlc, site, tbl, row_id, fields) VALUES (?, "
                                         "'33333333-3333-4333-8333-333333333333', 'citizen', ?, '{}')")));
        q.addBindValue(stamp + 5);
        q.addBindValue(citizenId);
        REQUIRE(q.exec());
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-v15"));

    auto opened = Database::open({path, OpenOptions::Mode::OpenExisting});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    // Indexes another index already covers are gone (their reads use that one).
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('change_log_hlc', "
                                    "'plan_rating_citizen', 'screening_citizen')")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('plan_rating_series', "
                                    "'screening_latest')")) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM citizen WHERE name = 'Åse Østergaard' AND cpr = '6101901234'")) == 1);
    CHECK(StaffRepository(db).byInitials(QStringLiteral("MH")).has_value());
    CHECK(db.lastChangeSeq() == 1);
    // The clocks of the last release read as they were: an edit of one field succeeds the stored
    // version, after the newest stamp in the log; the others keep theirs, now stored as one group.
    REQUIRE(db.write(QStringLiteral("citizen"), citizenId, {{QStringLiteral("phone"), QStringLiteral("00 00 00 01")}}).ok());
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT sync_clock FROM citizen WHERE id = ?"));
    q.addBindValue(citizenId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const RowClock clock = RowClock::parse(q.value(0).toString(), *Schema::table(QStringLiteral("citizen")));
    CHECK(clock.get(QStringLiteral("name")).dotHlc() == stamp + 5);
    CHECK(clock.get(QStringLiteral("cpr")).dotHlc() == stamp);
    CHECK(clock.get(QStringLiteral("phone")).dotHlc() > stamp + 5);
    // Rewritten by column position, in three groups: the fields of the first write, name, phone.
    CHECK(q.value(0).toString().startsWith(QLatin1Char('#')));
    CHECK(q.value(0).toString().count(QLatin1Char(';')) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT max(seq) FROM change_log WHERE tbl = 'citizen'")) == 2);
}
