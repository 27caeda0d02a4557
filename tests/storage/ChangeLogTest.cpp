#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/util/JsonText.h"
#include "core/util/Uuid.h"
#include "tests/support/TestSupport.h"

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
    const RowClock clock = RowClock::parse(q.value(0).toString());
    REQUIRE(clock.has(QStringLiteral("name")));
    REQUIRE(clock.has(QStringLiteral("initials")));
    CHECK(clock.get(QStringLiteral("name")).dotSite() == t->localSiteAlias());
    CHECK(clock.get(QStringLiteral("name")).dotHlc() > clock.get(QStringLiteral("initials")).dotHlc());
    CHECK(RowClock::parse(clock.serialize()).serialize() == clock.serialize());
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
    o.addObject(QStringLiteral("vv"), inner.text());
    QJsonParseError error;
    const QJsonObject read = QJsonDocument::fromJson(o.text(), &error).object();
    INFO(o.text().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(read.value(QStringLiteral("n")).toInteger() == -9007199254740991);
    CHECK(read.value(QStringLiteral("r")).toDouble() == 2.5);
    CHECK(read.value(QStringLiteral("none")).isNull());
    CHECK(read.value(QStringLiteral("t")).toString() == QStringLiteral("\"a\"\r\n\b\f\u001f"));
    CHECK(read.value(QStringLiteral("vv")).toObject().value(QStringLiteral("site-a")).toString() == QStringLiteral("12"));
    CHECK(JsonObjectText().text() == QByteArray("{}"));
}
