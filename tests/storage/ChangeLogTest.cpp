#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Dump.h"
#include "core/util/JsonText.h"
#include "core/util/Uuid.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace samspil;
using namespace samspil::test;

namespace {

struct LogRow
{
    qint64 hlc;
    QString site, actor, table, rowId;
    QJsonObject fields;
};

/// The change log of the data itself (the change audit's own audit_log rows, which are in the
/// change log too, are checked in ChangeAuditTest).
QVector<LogRow> logRows(Database& db)
{
    QVector<LogRow> rows;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT hlc, site, actor, tbl, row_id, fields FROM change_log "
                                  "WHERE tbl <> 'audit_log' ORDER BY seq")));
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), QJsonDocument::fromJson(q.value(5).toByteArray()).object()});
    }
    return rows;
}

Citizen someone()
{
    Citizen c;
    c.cpr = QStringLiteral("610190-1234");
    c.name = QStringLiteral("Åse Ærø Østergaard");
    c.benefit = QStringLiteral("sygedagpenge");
    c.benefitStart = QDate(2026, 10, 1);
    return c;
}

} // namespace

TEST_CASE("An edit writes exactly the expected change-log rows", "[changelog]")
{
    TempDb t;
    Principal acting = Principal::engine(); // the engine, recording changes as staff-42
    acting.staffId = QStringLiteral("staff-42");
    t->setPrincipal(acting);
    CitizenRepository citizens(*t);

    auto created = citizens.create(someone());
    REQUIRE(created.ok());
    auto rows = logRows(*t);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].table == QStringLiteral("citizen"));
    CHECK(rows[0].rowId == created->id);
    CHECK(rows[0].site == t->siteId());
    CHECK(rows[0].actor == QStringLiteral("staff-42"));
    CHECK(rows[0].fields.keys()
          == QStringList({QStringLiteral("benefit"), QStringLiteral("benefit_start"), QStringLiteral("cpr"),
                          QStringLiteral("created_at"), QStringLiteral("name"), QStringLiteral("status")}));
    CHECK(rows[0].fields.value(QStringLiteral("name")).toString() == QStringLiteral("Åse Ærø Østergaard"));
    CHECK(rows[0].fields.value(QStringLiteral("cpr")).toString() == QStringLiteral("6101901234"));
    CHECK(rows[0].fields.value(QStringLiteral("benefit_start")).toString() == QStringLiteral("2026-10-01"));

    SECTION("changing one field logs that field only, with a later stamp")
    {
        Citizen c = created.value();
        c.phone = QStringLiteral("00 00 12 34");
        t.clock.advanceSeconds(60);
        auto changed = citizens.update(c);
        REQUIRE(changed.ok());
        CHECK(changed.value() == QStringList{QStringLiteral("phone")});
        rows = logRows(*t);
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].fields == QJsonObject{{QStringLiteral("phone"), QStringLiteral("00 00 12 34")}});
        CHECK(rows[1].hlc > rows[0].hlc);
    }
    SECTION("saving unchanged data logs nothing")
    {
        auto changed = citizens.update(created.value());
        REQUIRE(changed.ok());
        CHECK(changed->isEmpty());
        CHECK(logRows(*t).size() == 1);
    }
    SECTION("clearing a field logs a null")
    {
        Citizen c = created.value();
        c.phone = QStringLiteral("00 00 12 34");
        REQUIRE(citizens.update(c).ok());
        c.phone.clear();
        REQUIRE(citizens.update(c).ok());
        rows = logRows(*t);
        REQUIRE(rows.size() == 3);
        CHECK(rows[2].fields.value(QStringLiteral("phone")).isNull());
    }
    SECTION("deleting logs the tombstone; deleting again logs nothing")
    {
        REQUIRE(citizens.remove(created->id).ok());
        REQUIRE(citizens.remove(created->id).ok());
        rows = logRows(*t);
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].fields.keys() == QStringList{QStringLiteral("deleted_at")});
        CHECK_FALSE(citizens.get(created->id).has_value());
    }
}

TEST_CASE("A failed transaction writes no rows and no log", "[changelog]")
{
    TempDb t;
    const qint64 before = scalar(*t, QStringLiteral("SELECT count(*) FROM change_log"));
    {
        auto tx = t->transaction();
        REQUIRE(tx.active());
        REQUIRE(t->write(QStringLiteral("staff"), newUuid(), {{QStringLiteral("name"), QStringLiteral("A")}}).ok());
        // The second write in the same unit of work fails ...
        auto bad = t->write(QStringLiteral("staff"), newUuid(), {{QStringLiteral("no_such_field"), 1}});
        CHECK_FALSE(bad.ok());
        // ... and the unit of work is abandoned without commit.
    }
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == before);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM staff")) == 0);

    SECTION("an inner failure spoils the outer commit")
    {
        auto outer = t->transaction();
        {
            auto inner = t->transaction();
            REQUIRE(t->write(QStringLiteral("staff"), newUuid(), {{QStringLiteral("name"), QStringLiteral("B")}}).ok());
            // inner leaves without commit: the whole unit is rolled back
        }
        CHECK_FALSE(outer.commit().ok());
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == before);
    }
}

TEST_CASE("Stamps only grow, even when the wall clock steps back", "[changelog]")
{
    TempDb t;
    StaffRepository staff(*t);
    Staff s;
    s.name = QStringLiteral("Hanne Ravn");
    s.initials = QStringLiteral("HR");
    auto created = staff.create(s);
    REQUIRE(created.ok());
    t.clock.advanceSeconds(-3600);
    s = created.value();
    s.name = QStringLiteral("Hanne Ravn Madsen");
    REQUIRE(staff.update(s).ok());
    t.reopen(); // and after a restart
    t.clock.advanceSeconds(-3600);
    s.name = QStringLiteral("Hanne Madsen");
    REQUIRE(StaffRepository(*t).update(s).ok());
    const auto rows = logRows(*t);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].hlc > rows[0].hlc);
    CHECK(rows[2].hlc > rows[1].hlc);
}

TEST_CASE("Each written field carries its own clock", "[changelog]")
{
    TempDb t;
    const QString id = newUuid();
    REQUIRE(t->write(QStringLiteral("staff"), id, {{QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("initials"), QStringLiteral("AA")}}).ok());
    t.clock.advanceSeconds(5);
    REQUIRE(t->write(QStringLiteral("staff"), id, {{QStringLiteral("name"), QStringLiteral("B")}}).ok());
    QSqlQuery q(t->sql());
    q.prepare(QStringLiteral("SELECT sync_clock FROM staff WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const TableSpec& staff = *Schema::table(QStringLiteral("staff"));
    const RowClock clock = RowClock::parse(q.value(0).toString(), staff);
    REQUIRE(clock.has(QStringLiteral("name")));
    REQUIRE(clock.has(QStringLiteral("initials")));
    CHECK(clock.get(QStringLiteral("name")).dotSite() == t->localSiteAlias());
    CHECK(clock.get(QStringLiteral("name")).dotHlc() > clock.get(QStringLiteral("initials")).dotHlc());
    CHECK(RowClock::parse(clock.serialize(staff), staff).serialize(staff) == clock.serialize(staff));
}

TEST_CASE("Fields written together keep one clock, stored once, naming columns by position", "[changelog]")
{
    using T = ColumnType;
    const TableSpec table{QStringLiteral("person"),
                          {{QStringLiteral("name"), T::Text},
                           {QStringLiteral("initials"), T::Text},
                           {QStringLiteral("profession"), T::Text},
                           {QStringLiteral("active"), T::Bool},
                           {QStringLiteral("created_at"), T::DateTime},
                           {QStringLiteral("email"), T::Text}}};
    RowClock clock;
    const FieldClock once{{{1, 500}}, false};
    const FieldClock later{{{2, 900}, {1, 500}}, false};
    FieldClock contested = later;
    contested.hasLosers = true;
    for (const char* f : {"name", "initials", "profession", "created_at", "deleted_at"}) {
        clock.set(QString::fromLatin1(f), once);
    }
    clock.set(QStringLiteral("email"), later);
    clock.set(QStringLiteral("phone"), contested); // not a column of this table: named
    const QString text = clock.serialize(table);
    // name, initials, profession (bits 0-2: 7) and created_at (bit 4: the next digit's 1);
    // email is column 5; deleted_at is never one of the table's columns, so it is named.
    CHECK(text == QStringLiteral("#71|deleted_at=1:500;#02=2:900,1:500;phone!=2:900,1:500"));
    const RowClock back = RowClock::parse(text, table);
    REQUIRE(back.fields().size() == 7);
    for (auto it = clock.fields().cbegin(); it != clock.fields().cend(); ++it) {
        CHECK(back.get(it.key()).vv == it->vv);
        CHECK(back.get(it.key()).hasLosers == it->hasLosers);
    }
    // Clocks stored before positions (fields named, grouped) and before grouping (one field per
    // item) read the same, and are stored by position when the row is next written.
    const RowClock named = RowClock::parse(
        QStringLiteral("created_at|deleted_at|initials|name|profession=1:500;email=2:900,1:500;phone!=2:900,1:500"), table);
    CHECK(named.serialize(table) == text);
    const RowClock old = RowClock::parse(QStringLiteral("created_at=1:500;deleted_at=1:500;email=2:900,1:500;initials=1:500;"
                                                        "name=1:500;phone!=2:900,1:500;profession=1:500"),
                                         table);
    CHECK(old.serialize(table) == text);
    // Damaged text gives no clock for what cannot be read, never a wrong one: positions the
    // table does not have and letters that are not hexadecimal name no field.
    const RowClock bad = RowClock::parse(QStringLiteral("|=1:5;name|=;=2:3;initials|phone=x;#zz=1:7;#000f=1:8"), table);
    CHECK_FALSE(bad.has(QStringLiteral("name")));
    CHECK_FALSE(bad.has(QStringLiteral("")));
    CHECK(bad.fields().isEmpty());
    const RowClock wide = RowClock::parse(QStringLiteral("#f3=1:9"), table); // columns 0-3, then 4 and 5
    CHECK(wide.fields().size() == 6);
    CHECK(wide.get(QStringLiteral("email")).dotHlc() == 9);
}

TEST_CASE("Bad values are refused and change nothing", "[changelog]")
{
    TempDb t;
    const QString id = newUuid();
    CHECK_FALSE(t->write(QStringLiteral("citizen"), id, {{QStringLiteral("benefit_start"), QStringLiteral("31-02-2026")}}).ok());
    CHECK_FALSE(t->write(QStringLiteral("nope"), id, {{QStringLiteral("name"), QStringLiteral("x")}}).ok());
    CHECK_FALSE(t->write(QStringLiteral("citizen"), QStringLiteral("not-a-uuid"), {{QStringLiteral("name"), QStringLiteral("x")}}).ok());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM citizen")) == 0);
}

TEST_CASE("Saving unchanged values inside a larger unit of work leaves it committable", "[changelog]")
{
    TempDb t;
    const QString id = newUuid();
    REQUIRE(t->write(QStringLiteral("staff"), id, {{QStringLiteral("name"), QStringLiteral("Anna")}}).ok());
    const qint64 before = scalar(*t, QStringLiteral("SELECT count(*) FROM change_log"));
    auto outer = t->transaction();
    auto same = t->write(QStringLiteral("staff"), id, {{QStringLiteral("name"), QStringLiteral("Anna")}});
    REQUIRE(same.ok());
    CHECK(same.value().isEmpty());
    REQUIRE(t->write(QStringLiteral("staff"), id, {{QStringLiteral("initials"), QStringLiteral("AN")}}).ok());
    REQUIRE(outer.commit().ok());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == before + 1);
}

TEST_CASE("A site first seen in rolled-back work is not remembered", "[changelog]")
{
    TempDb t;
    const QString lost = newUuid();
    {
        auto tx = t->transaction();
        REQUIRE(t->siteAlias(lost).ok());
        // abandoned: rolled back
    }
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM site WHERE uuid = '%1'").arg(lost)) == 0);
    const QString kept = newUuid();
    auto alias = t->siteAlias(kept);
    REQUIRE(alias.ok());
    CHECK(t->siteUuid(alias.value()) == kept);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM site WHERE uuid = '%1'").arg(kept)) == 1);
    auto again = t->siteAlias(lost);
    REQUIRE(again.ok());
    CHECK(again.value() != alias.value());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM site WHERE uuid = '%1'").arg(lost)) == 1);
}

TEST_CASE("Any text a user types reaches the change log as JSON that reads back to the same text", "[changelog]")
{
    TempDb t;
    CitizenRepository citizens(*t);
    auto created = citizens.create(someone());
    REQUIRE(created.ok());
    // Quotes, backslashes, line breaks, tabs, control characters, Danish letters and an emoji:
    // a comment pasted from an e-mail can hold any of them.
    const QString awkward = QStringLiteral("Sagde: \"jeg kan\" \\ ikke\nmere\tend 2\u0001 timer · æøå ÆØÅ 😀 </script>");
    REQUIRE(t->write(QStringLiteral("citizen"), created->id, {{QStringLiteral("name"), awkward},
                                                              {QStringLiteral("phone"), QStringLiteral("20 30 40 50")}})
                .ok());
    const auto rows = logRows(*t);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields.value(QStringLiteral("name")).toString() == awkward);
    CHECK(rows[1].fields.value(QStringLiteral("phone")).toString() == QStringLiteral("20 30 40 50"));
    CHECK(rows[1].fields.size() == 2);
}

TEST_CASE("The change log's JSON writer writes numbers, nulls, text and nested objects as QJsonDocument reads them",
          "[changelog]")
{
    JsonObjectText inner;
    inner.addText(QStringLiteral("site-a"), QStringLiteral("12"));
    JsonObjectText o;
    o.add(QStringLiteral("n"), QVariant(qlonglong(-9007199254740991)));
    o.add(QStringLiteral("r"), QVariant(2.5));
    o.add(QStringLiteral("none"), QVariant());
    o.add(QStringLiteral("t"), QVariant(QStringLiteral("\"a\"\r\n\b\f\u001f")));
    const QString mixed = QStringLiteral("Søren Ærø \\ \"Å\" \t og \u0001 resten");
    o.addText(QStringLiteral("mixed"), mixed);
    o.addObject(QStringLiteral("vv"), inner.text());
    QJsonParseError error;
    const QJsonObject read = QJsonDocument::fromJson(o.text(), &error).object();
    INFO(o.text().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(read.value(QStringLiteral("n")).toInteger() == -9007199254740991);
    CHECK(read.value(QStringLiteral("r")).toDouble() == 2.5);
    CHECK(read.value(QStringLiteral("none")).isNull());
    CHECK(read.value(QStringLiteral("t")).toString() == QStringLiteral("\"a\"\r\n\b\f\u001f"));
    CHECK(read.value(QStringLiteral("mixed")).toString() == mixed);
    CHECK(read.value(QStringLiteral("vv")).toObject().value(QStringLiteral("site-a")).toString() == QStringLiteral("12"));
    CHECK(JsonObjectText().text() == QByteArray("{}"));
}

namespace {
/// Many citizens with long names, written with their change log (the audit paused: this is
/// about the log), in one unit of work.
void writeManyCitizens(Database& db, int count)
{
    Database::AuditPause noAudit(db);
    Database::Transaction tx(db);
    for (int i = 0; i < count; ++i) {
        REQUIRE(db.write(QStringLiteral("citizen"), newUuid(),
                         {{QStringLiteral("name"), QStringLiteral("Borger %1 ").arg(i) + QString(1500, QLatin1Char('x'))},
                          {QStringLiteral("cpr"), QStringLiteral("6101901234")}})
                    .ok());
    }
    REQUIRE(tx.commit().ok());
}
} // namespace

TEST_CASE("Pruning the change log keeps numbering and the clock going, and the file shrinks", "[changelog]")
{
    TempDb t;
    CHECK(scalar(*t, QStringLiteral("PRAGMA auto_vacuum")) == 2); // a new file can give pages back
    CHECK(scalar(*t, QStringLiteral("PRAGMA page_size")) == 8192);
    writeManyCitizens(*t, 3000);
    const qint64 last = t->lastChangeSeq();
    REQUIRE(last == scalar(*t, QStringLiteral("SELECT max(seq) FROM change_log")));
    const qint64 newest = scalar(*t, QStringLiteral("SELECT max(hlc) FROM change_log"));
    const QByteArray before = dumpDatabase(*t);
    const qint64 sizeBefore = QFileInfo(t.path()).size() + QFileInfo(t.path() + QStringLiteral("-wal")).size();

    REQUIRE(t->pruneChangeLog(last - 10).ok());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == 10);
    CHECK(t->prunedChangeSeq() == last - 10);
    CHECK(t->lastChangeSeq() == last);
    REQUIRE(t->pruneChangeLog(last + 50).ok()); // never past what was given out
    CHECK(t->prunedChangeSeq() == last);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == 0);
    CHECK(t->lastChangeSeq() == last);
    REQUIRE(t->pruneChangeLog(5).ok()); // going back changes nothing
    CHECK(t->prunedChangeSeq() == last);

    const qint64 freeBefore = scalar(*t, QStringLiteral("PRAGMA freelist_count"));
    CHECK(freeBefore * 3 > scalar(*t, QStringLiteral("PRAGMA page_count")));
    REQUIRE(t->tidyFile().ok());
    CHECK(scalar(*t, QStringLiteral("PRAGMA freelist_count")) == 0);
    const qint64 sizeAfter = QFileInfo(t.path()).size() + QFileInfo(t.path() + QStringLiteral("-wal")).size();
    CHECK(sizeAfter < sizeBefore * 2 / 3);
    CHECK(dumpDatabase(*t) == before);

    // After a restart the next change is numbered and stamped after every pruned one.
    t.reopen();
    CHECK(t->lastChangeSeq() == last);
    addTestCitizen(*t, QStringLiteral("Ny Borger"), QStringLiteral("6201901234"));
    CHECK(scalar(*t, QStringLiteral("SELECT min(seq) FROM change_log")) > last);
    CHECK(scalar(*t, QStringLiteral("SELECT min(hlc) FROM change_log")) > newest);
}

TEST_CASE("A file made before gives its free pages back after one whole rebuild, and keeps its data", "[changelog]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    makeVersion1Database(path); // made by the first release: no auto-vacuum
    auto opened = Database::open({path, OpenOptions::Mode::OpenExisting});
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    CHECK(scalar(db, QStringLiteral("PRAGMA auto_vacuum")) == 0);
    CHECK(scalar(db, QStringLiteral("PRAGMA page_size")) == 4096);
    writeManyCitizens(db, 3000);
    const QByteArray before = dumpDatabase(db);
    const qint64 last = db.lastChangeSeq();

    // Little free space: nothing is rebuilt.
    REQUIRE(db.pruneChangeLog(20).ok());
    REQUIRE(db.tidyFile().ok());
    CHECK(scalar(db, QStringLiteral("PRAGMA auto_vacuum")) == 0);

    REQUIRE(db.pruneChangeLog(last).ok());
    REQUIRE(db.tidyFile().ok());
    CHECK(scalar(db, QStringLiteral("PRAGMA auto_vacuum")) == 2);
    CHECK(scalar(db, QStringLiteral("PRAGMA page_size")) == 8192);
    CHECK(scalar(db, QStringLiteral("PRAGMA freelist_count")) == 0);
    {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("wal"));
    }
    CHECK(dumpDatabase(db) == before);
    CHECK(db.lastChangeSeq() == last);
    // Refused inside a unit of work, which it leaves alone.
    Database::Transaction tx(db);
    CHECK_FALSE(db.tidyFile().ok());
}

TEST_CASE("A file made before is rebuilt in place when another connection has it open, and keeps its data", "[changelog]")
{
    // The GUI's background work (the caseload's next steps, the dashboard) reads on a connection
    // of its own: then the file cannot leave write-ahead logging to take larger pages, and the
    // rebuild keeps the page size but still switches to giving pages back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    makeVersion1Database(path);
    auto opened = Database::open({path, OpenOptions::Mode::OpenExisting});
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    writeManyCitizens(db, 3000);
    const QByteArray before = dumpDatabase(db);
    const qint64 citizens = scalar(db, QStringLiteral("SELECT count(*) FROM citizen"));
    auto beside = Database::openBeside(path, &db.clock(), db.principal());
    REQUIRE(beside.ok());
    CHECK(scalar(*beside.value(), QStringLiteral("SELECT count(*) FROM citizen")) == citizens);

    REQUIRE(db.pruneChangeLog(db.lastChangeSeq()).ok());
    REQUIRE(db.tidyFile().ok());
    CHECK(scalar(db, QStringLiteral("PRAGMA auto_vacuum")) == 2);
    CHECK(scalar(db, QStringLiteral("PRAGMA page_size")) == 4096); // kept: the other connection holds the log open
    CHECK(scalar(db, QStringLiteral("PRAGMA freelist_count")) == 0);
    CHECK(dumpDatabase(db) == before);
    // The other connection reads the rebuilt file, and the program writes on.
    CHECK(scalar(*beside.value(), QStringLiteral("SELECT count(*) FROM citizen")) == citizens);
    addTestCitizen(db, QStringLiteral("Ny Borger"), QStringLiteral("6201901234"));
    CHECK(scalar(*beside.value(), QStringLiteral("SELECT count(*) FROM citizen")) == citizens + 1);
}
