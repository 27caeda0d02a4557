// The command line as the operating-system account that runs it (issue 16): init makes it the
// first leader, staff and whoami, an unbound account gets nothing, dump is a leader's logged
// export, and reads of a citizen are logged. The tests run samspil-cli as the account running
// them; they cannot tell the command line to be anyone else, and nor can anyone.
#include "core/staff/OsAccount.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/AccessLog.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>

using namespace samspil;
using namespace samspil::test;

namespace {
CliRun cli(const QStringList& args)
{
    return runCli(QStringLiteral(SAMSPIL_CLI), args);
}
const QString kDb = QStringLiteral("--db");
} // namespace

TEST_CASE("init makes the account the first leader, and staff and whoami follow the accounts", "[staff][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.db"));
    const QString me = OsAccount::normalise(OsAccount::current().name);
    REQUIRE(!me.isEmpty());

    const auto made = cli({QStringLiteral("init"), kDb, db, QStringLiteral("--name"), QStringLiteral("Mette Holm Andersen"),
                           QStringLiteral("--initials"), QStringLiteral("MHA")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject leader = made.json.value(QStringLiteral("leader")).toObject();
    CHECK(leader.value(QStringLiteral("initials")).toString() == QStringLiteral("MHA"));
    CHECK(leader.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("leder")));

    const auto who = cli({QStringLiteral("whoami"), kDb, db});
    REQUIRE(who.exitCode == 0);
    CHECK(who.json.value(QStringLiteral("account")).toString() == OsAccount::current().name);
    CHECK(who.json.value(QStringLiteral("name")).toString() == QStringLiteral("Mette Holm Andersen"));
    CHECK(who.json.value(QStringLiteral("profession")).toString() == QStringLiteral("caseworker"));

    // There is no option to be someone else.
    CHECK(cli({QStringLiteral("whoami"), kDb, db, QStringLiteral("--as"), QStringLiteral("MHA")}).exitCode == 2);

    const auto added = cli({QStringLiteral("staff"), kDb, db, QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("Camilla Bech"), QStringLiteral("--initials"), QStringLiteral("CB"),
                            QStringLiteral("--profession"), QStringLiteral("fysioterapeut"), QStringLiteral("--account"),
                            QStringLiteral("KOMMUNE\\CB")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.json.value(QStringLiteral("accounts")).toArray() == QJsonArray{QStringLiteral("kommune\\cb")});
    CHECK(added.json.value(QStringLiteral("roles")).toArray() == QJsonArray{QStringLiteral("fysioterapeut")});
    // An account is one person's.
    const auto taken = cli({QStringLiteral("staff"), kDb, db, QStringLiteral("bind"), QStringLiteral("--initials"),
                            QStringLiteral("MHA"), QStringLiteral("--account"), QStringLiteral("kommune\\cb")});
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains(QStringLiteral("Camilla Bech")));
    const auto deactivated = cli({QStringLiteral("staff"), kDb, db, QStringLiteral("deactivate"),
                                  QStringLiteral("--initials"), QStringLiteral("CB")});
    REQUIRE(deactivated.exitCode == 0);
    CHECK(deactivated.json.value(QStringLiteral("active")).toBool() == false);
    const auto listed = cli({QStringLiteral("staff"), kDb, db, QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json.value(QStringLiteral("staff")).toArray().size() == 2);
    CHECK(cli({QStringLiteral("staff"), kDb, db, QStringLiteral("fire")}).exitCode == 2);

    // A new database of a team is not taken twice.
    CHECK(cli({QStringLiteral("init"), kDb, db}).exitCode == 1);
}

TEST_CASE("An unbound account gets nothing from the command line, and a non-leader gets no dump", "[staff][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.db"));
    QString cpr;
    {
        TempDb t;
        const Staff leader = addTestStaff(*t, QStringLiteral("Ole Brandt"), QStringLiteral("OB"), Profession::Manager);
        const Staff cw = addTestStaff(*t, QStringLiteral("Karen Koordinator"), QStringLiteral("KK"));
        addTestCitizen(*t, QStringLiteral("Åse Ærø"), QStringLiteral("610190-1234"));
        REQUIRE(t->write(QStringLiteral("staff_account"), QStringLiteral("0c6a64d1-a2a0-4a4e-9a55-0d6b1fbd0c01"),
                         {{QStringLiteral("staff_id"), leader.id}, {QStringLiteral("account"), QStringLiteral("kommune\\ob")}})
                    .ok());
        t.db.reset();
        REQUIRE(QFile::copy(t.path(), db));
    }
    // Not bound: a message naming the account and the leader, exit 1, no citizen data.
    for (const QStringList& command : {QStringList{QStringLiteral("screenings"), kDb, db},
                                       QStringList{QStringLiteral("plan"), kDb, db, QStringLiteral("--citizen"), QStringLiteral("610190-1234")},
                                       QStringList{QStringLiteral("dump"), kDb, db},
                                       QStringList{QStringLiteral("whoami"), kDb, db}}) {
        const auto r = cli(command);
        INFO(command.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(OsAccount::normalise(OsAccount::current().name), Qt::CaseInsensitive));
        CHECK(r.err.contains(QStringLiteral("Ole Brandt")));
        CHECK_FALSE(r.err.contains(QStringLiteral("Åse")));
    }
    // Bound to the caseworker: she reads, and the read is logged; but a dump is a leader's.
    {
        OpenOptions o;
        o.path = db;
        o.mode = OpenOptions::Mode::OpenExisting;
        auto opened = Database::open(o);
        REQUIRE(opened.ok());
        const auto kk = StaffRepository(*opened.value()).byInitials(QStringLiteral("KK"));
        bindOsAccount(*opened.value(), kk->id);
    }
    const auto plan = cli({QStringLiteral("screenings"), kDb, db, QStringLiteral("--citizen"), QStringLiteral("610190-1234")});
    INFO(plan.err.toStdString());
    CHECK(plan.exitCode == 0);
    const auto dump = cli({QStringLiteral("dump"), kDb, db});
    CHECK(dump.exitCode == 1);
    CHECK(dump.out.isEmpty());
    const auto log = cli({QStringLiteral("access-log"), kDb, db, QStringLiteral("--citizen"), QStringLiteral("610190-1234"),
                          QStringLiteral("--action"), QStringLiteral("open")});
    REQUIRE(log.exitCode == 0);
    const QJsonArray entries = log.json.value(QStringLiteral("access")).toArray();
    QStringList details;
    for (const auto& e : entries) {
        CHECK(e.toObject().value(QStringLiteral("staff")).toString() == QStringLiteral("KK"));
        details << e.toObject().value(QStringLiteral("detail")).toString();
    }
    CHECK(details.contains(QStringLiteral("cli:screenings")));
}
