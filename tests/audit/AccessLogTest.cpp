// The access log: who opened, printed or exported a citizen's record. Append-only, replicated.
#include "core/storage/AccessLog.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;

namespace {

QString addStaff(Database& db, const QString& name, const QString& initials)
{
    return addTestStaff(db, name, initials).id;
}

} // namespace

TEST_CASE("The access log records who opened whose record, per citizen and per staff member", "[audit]")
{
    TempDb t;
    const QString hans = addTestCitizen(*t, QStringLiteral("Hans Jensen"), QStringLiteral("6101901234"));
    const QString hanne = addTestCitizen(*t, QStringLiteral("Hanne Hansen"), QStringLiteral("6202851235"));
    const QString mha = addStaff(*t, QStringLiteral("Mette Holm Andersen"), QStringLiteral("MHA"));
    const QString jv = addStaff(*t, QStringLiteral("Jonas Vestergaard"), QStringLiteral("JV"));

    actAs(*t, mha);
    t.clock.advanceSeconds(1); // after the citizens were created (which their logs show too)
    AccessLog log(*t);
    REQUIRE(log.record(AccessLog::Action::Open, hans, QStringLiteral("page")).ok());
    t.clock.advanceSeconds(60);
    REQUIRE(log.record(AccessLog::Action::Print, hans, QStringLiteral("plan")).ok());
    actAs(*t, jv);
    t.clock.advanceSeconds(60);
    REQUIRE(log.record(AccessLog::Action::Open, hanne, QStringLiteral("page")).ok());

    // (Creating Hans is in his log too, as a change; that is ChangeAuditTest's business.)
    const auto forHans = log.forCitizen(hans);
    REQUIRE(forHans.size() == 3);
    CHECK(forHans[2].action == AccessLog::Action::Change);
    CHECK(forHans[0].action == AccessLog::Action::Print); // newest first
    CHECK(forHans[0].staffId == mha);
    CHECK(forHans[0].detail == QStringLiteral("plan"));
    CHECK(forHans[1].action == AccessLog::Action::Open);
    CHECK(forHans[1].at == t.clock.now().addSecs(-120));
    CHECK(log.byStaff(jv).size() == 1);
    CHECK(log.byStaff(jv)[0].citizenId == hanne);
    CHECK_FALSE(log.record(AccessLog::Action::Open, QString()).ok());

    SECTION("an entry cannot be changed afterwards")
    {
        const auto w = t->write(QStringLiteral("audit_log"), forHans[0].id, {{QStringLiteral("staff_id"), jv}});
        CHECK_FALSE(w.ok());
        CHECK(AccessLog(*t).forCitizen(hans)[0].staffId == mha);
    }
    SECTION("the log reaches the team's other PCs through sync")
    {
        QTemporaryDir share;
        TempDb other(QStringLiteral("other.db"));
        SyncEngine here(*t);
        SyncEngine there(*other);
        joinTeam(*t, share.path());
        joinTeam(*other, share.path(), &*t);
        REQUIRE(here.sync().ok());
        REQUIRE(there.sync().ok());
        const auto copied = AccessLog(*other).forCitizen(hans);
        REQUIRE(copied.size() == 3);
        CHECK(copied[0].staffId == mha);
        CHECK(copied[0].action == AccessLog::Action::Print);
    }
}
