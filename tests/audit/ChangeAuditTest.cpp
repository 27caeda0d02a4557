// The change audit: every change to a citizen's data leaves one audit row per (citizen, record)
// with the field names and never the values; sync does not repeat it. And the declaration it
// rests on: every replicated table says how its rows belong to a citizen.
#include "core/storage/AccessLog.h"
#include "core/storage/CitizenRecords.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Uuid.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;

namespace {

QVector<AccessLog::Entry> changes(Database& db, const QString& citizenId)
{
    return AccessLog(db).forCitizen(citizenId, AccessLog::Action::Change);
}

} // namespace

TEST_CASE("Every replicated table says how its rows belong to a citizen", "[audit][erasure]")
{
    QSet<QString> aboutCitizens;
    for (const auto& spec : Schema::tables()) {
        if (spec.citizenLink.aboutCitizen()) {
            aboutCitizens.insert(spec.name);
        }
    }
    for (const auto& spec : Schema::tables()) {
        INFO("table " << spec.name.toStdString());
        const CitizenLink& link = spec.citizenLink;
        // A table that does not say is a mistake: its rows would be left out of the access
        // export, left behind by erasure and missing from the change audit.
        CHECK(link.kind != CitizenLink::Kind::Undeclared);
        if (link.kind == CitizenLink::Kind::Column || link.kind == CitizenLink::Kind::Parent) {
            CHECK(spec.column(link.column) != nullptr);
        }
        if (link.kind == CitizenLink::Kind::Parent) {
            const TableSpec* parent = Schema::table(link.parentTable);
            REQUIRE(parent != nullptr);
            CHECK(parent->citizenLink.aboutCitizen());
        }
        // A column that refers to a citizen, or to a row about one, makes the table about citizens.
        for (const auto& col : spec.columns) {
            INFO("column " << col.name.toStdString());
            if (col.name == QLatin1String("citizen_id")) {
                CHECK(link.kind == CitizenLink::Kind::Column);
                CHECK(link.column == col.name);
            }
            if (col.name.endsWith(QLatin1String("_id")) && aboutCitizens.contains(col.name.chopped(3))) {
                CHECK(link.aboutCitizen());
            }
        }
    }
    CHECK(Schema::table(QStringLiteral("citizen"))->citizenLink.kind == CitizenLink::Kind::Self);
    // Every field of a record about a citizen can show in the log of changes, in the user's words.
    for (const auto& spec : Schema::tables()) {
        if (!spec.citizenLink.aboutCitizen()) {
            continue;
        }
        CHECK(AccessLog::recordLabel(spec.name) != spec.name);
        for (const auto& col : spec.columns) {
            INFO("column " << spec.name.toStdString() << "." << col.name.toStdString());
            CHECK_FALSE(AccessLog::fieldLabel(col.name).isEmpty());
        }
    }
    CHECK(Schema::table(QStringLiteral("plan_goal"))->citizenLink.kind == CitizenLink::Kind::Parent);
    CHECK_FALSE(Schema::table(QStringLiteral("staff"))->citizenLink.aboutCitizen());
    CHECK_FALSE(Schema::table(QStringLiteral("erasure"))->citizenLink.aboutCitizen());
}

TEST_CASE("A change to a citizen's data is logged once per record with the field names, never the values", "[audit]")
{
    TempDb t;
    Staff s;
    s.name = QStringLiteral("Mette Holm Andersen");
    s.initials = QStringLiteral("MHA");
    auto staff = StaffRepository(*t).create(s);
    REQUIRE(staff.ok());
    actAs(*t, staff->id);
    const QString hans = addTestCitizen(*t, QStringLiteral("Hans Jensen"), QStringLiteral("6101901234"));
    const QString hanne = addTestCitizen(*t, QStringLiteral("Hanne Hansen"), QStringLiteral("6202851235"));

    auto created = changes(*t, hans);
    REQUIRE(created.size() == 1);
    CHECK(created[0].detail == QStringLiteral("new"));
    CHECK(created[0].recordTable == QStringLiteral("citizen"));
    CHECK(created[0].recordId == hans);
    CHECK(created[0].staffId == staff->id);
    CHECK(created[0].fields.contains(QStringLiteral("cpr")));
    CHECK(created[0].fields.contains(QStringLiteral("name")));
    // Staff are not citizens: creating one is not in any citizen's log.
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_table = 'staff'")) == 0);

    SECTION("several writes to one record in one transaction are one entry, the values are nowhere in the log")
    {
        t.clock.advanceSeconds(60);
        {
            Database::Transaction tx(*t);
            REQUIRE(t->write(QStringLiteral("citizen"), hans, {{QStringLiteral("phone"), QStringLiteral("20304050")}}).ok());
            REQUIRE(t->write(QStringLiteral("citizen"), hans, {{QStringLiteral("email"), QStringLiteral("hj@example.dk")}}).ok());
            REQUIRE(tx.commit().ok());
        }
        const auto log = changes(*t, hans);
        REQUIRE(log.size() == 2);
        CHECK(log[0].detail == QStringLiteral("changed"));
        CHECK(log[0].fields == QStringList{QStringLiteral("phone"), QStringLiteral("email")});
        CHECK(log[0].at == t.clock.now());
        // The log names the fields in the user's words, not the columns'.
        CHECK(AccessLog::describe(log[0]) == QStringLiteral("Basic data changed: phone, e-mail"));
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%20304050%' OR fields LIKE "
                                        "'%20304050%' OR fields LIKE '%example%'"))
              == 0);
        CHECK(changes(*t, hanne).size() == 1); // the other citizen's log is untouched
    }
    SECTION("a write that changes nothing, or a rolled-back one, leaves no entry")
    {
        REQUIRE(t->write(QStringLiteral("citizen"), hans, {{QStringLiteral("name"), QStringLiteral("Hans Jensen")}}).ok());
        {
            Database::Transaction tx(*t);
            REQUIRE(t->write(QStringLiteral("citizen"), hans, {{QStringLiteral("phone"), QStringLiteral("11111111")}}).ok());
            // destroyed without commit: rolled back
        }
        CHECK(changes(*t, hans).size() == 1);
    }
    SECTION("a row that hangs on the citizen through a parent is logged for that citizen")
    {
        const QString plan = newUuid();
        const QString goal = newUuid();
        t.clock.advanceSeconds(60);
        {
            Database::Transaction tx(*t);
            REQUIRE(t->write(QStringLiteral("plan"), plan, {{QStringLiteral("citizen_id"), hanne}, {QStringLiteral("version"), 1}}).ok());
            REQUIRE(t->write(QStringLiteral("plan_goal"), goal, {{QStringLiteral("plan_id"), plan}, {QStringLiteral("text"), QStringLiteral("Møde op")}}).ok());
            REQUIRE(tx.commit().ok());
        }
        t.clock.advanceSeconds(60);
        REQUIRE(t->write(QStringLiteral("plan_goal"), goal, {{QStringLiteral("criterion"), QStringLiteral("Tre dage")}}).ok());
        t.clock.advanceSeconds(60);
        REQUIRE(t->softDelete(QStringLiteral("plan_goal"), goal).ok());
        const auto log = changes(*t, hanne);
        REQUIRE(log.size() == 5);
        QStringList kinds;
        for (const auto& e : log) {
            kinds << e.recordTable + QLatin1Char(':') + e.detail;
        }
        CHECK(kinds.mid(0, 2) == QStringList{QStringLiteral("plan_goal:deleted"), QStringLiteral("plan_goal:changed")});
        const QStringList together = kinds.mid(2, 2);
        CHECK(QSet<QString>(together.begin(), together.end())
              == QSet<QString>{QStringLiteral("plan_goal:new"), QStringLiteral("plan:new")});
        CHECK(kinds[4] == QStringLiteral("citizen:new"));
        CHECK(log[1].fields == QStringList{QStringLiteral("criterion")});
        CHECK(CitizenRecords(*t).citizenOf(*Schema::table(QStringLiteral("plan_goal")), goal) == hanne);
    }
    SECTION("opening, printing and exporting are logged beside the changes, and can be told apart")
    {
        REQUIRE(AccessLog(*t).record(AccessLog::Action::Open, hans, AccessLog::kPage).ok());
        REQUIRE(AccessLog(*t).recordEach(AccessLog::Action::Print, {hans, hanne, hans}, AccessLog::kDayView).ok());
        CHECK(AccessLog(*t).forCitizen(hans).size() == 3);
        CHECK(AccessLog(*t).forCitizen(hans, AccessLog::Action::Print).size() == 1);
        CHECK(AccessLog(*t).forCitizen(hanne, AccessLog::Action::Print).size() == 1);
        CHECK(AccessLog(*t).byStaff(staff->id, AccessLog::Action::Open).size() == 1);
        CHECK(AccessLog(*t).byStaff(staff->id, AccessLog::Action::Change).size() == 2);
        CHECK(AccessLog::describe(AccessLog(*t).forCitizen(hans, AccessLog::Action::Print)[0])
              == QStringLiteral("The day view of appointments"));
    }
    SECTION("changes that arrive by sync are not audited again")
    {
        REQUIRE(t->write(QStringLiteral("citizen"), hans, {{QStringLiteral("phone"), QStringLiteral("20304050")}}).ok());
        QTemporaryDir share;
        TempDb other(QStringLiteral("other.db"));
        SyncEngine here(*t);
        SyncEngine there(*other);
        joinTeam(*t, share.path());
        joinTeam(*other, share.path(), &*t);
        REQUIRE(here.sync().ok());
        REQUIRE(there.sync().ok());
        const qint64 audited = scalar(*t, QStringLiteral("SELECT count(*) FROM audit_log"));
        CHECK(audited == 3); // two citizens created, one changed; the staff member is no citizen
        CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM audit_log")) == audited);
        // The other PC changes the citizen: its own change is audited there, once, and arrives here once.
        actAs(*other, staff->id);
        other.clock.advanceSeconds(120);
        REQUIRE(other->write(QStringLiteral("citizen"), hans, {{QStringLiteral("email"), QStringLiteral("a@b.dk")}}).ok());
        REQUIRE(there.sync().ok());
        REQUIRE(here.sync().ok());
        REQUIRE(there.sync().ok());
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM audit_log")) == audited + 1);
        CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM audit_log")) == audited + 1);
        CHECK(changes(*t, hans)[0].fields == QStringList{QStringLiteral("email")});
    }
}
