// End to end through samspil-cli, as a script in a municipality would drive it: three PCs joined to
// one share, demo data on one, random activity on all three without syncing, then syncs in mixed
// order until quiet.

#include "core/storage/AccessLog.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/Database.h"
#include "core/staff/StaffRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QDir>
#include <QProcess>

using namespace samspil::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SAMSPIL_CLI), args);
    REQUIRE(p.waitForFinished(300000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject json(const Run& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST_CASE("Three PCs converge through the CLI and a last round imports nothing", "[sync][cli]")
{
    QTemporaryDir dir;
    const QString share = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    QStringList dbs;
    for (const char* name : {"a.db", "b.db", "c.db"}) {
        dbs << dir.filePath(QString::fromLatin1(name));
        json(cli({QStringLiteral("init"), QStringLiteral("--db"), dbs.back()}));
        const QStringList join{QStringLiteral("join"), QStringLiteral("--db"), dbs.back(), QStringLiteral("--share"),
                               share};
        QJsonObject joined = json(cli(join));
        if (dbs.size() == 1) {
            CHECK(joined.value(QStringLiteral("status")).toString() == QStringLiteral("joined"));
        } else {
            // A later PC waits, and shows its code; a member compares it and admits the PC.
            REQUIRE(joined.value(QStringLiteral("status")).toString() == QStringLiteral("waiting"));
            const QString code = joined.value(QStringLiteral("code")).toString();
            REQUIRE(code.size() == 14);
            const Run early = cli({QStringLiteral("sync"), QStringLiteral("--db"), dbs.back()});
            CHECK(early.exitCode != 0);
            CHECK(early.err.contains(code.toUtf8()));
            const QJsonObject listed = json(cli({QStringLiteral("admit"), QStringLiteral("--db"), dbs[0],
                                                 QStringLiteral("--list")}));
            REQUIRE(listed.value(QStringLiteral("waiting")).toArray().size() == 1);
            CHECK(listed.value(QStringLiteral("waiting")).toArray()[0].toObject().value(QStringLiteral("code")) == code);
            const Run wrong = cli({QStringLiteral("admit"), QStringLiteral("--db"), dbs[0], QStringLiteral("--code"),
                                   QStringLiteral("0000 0000 0000")});
            CHECK(wrong.exitCode != 0);
            json(cli({QStringLiteral("admit"), QStringLiteral("--db"), dbs[0], QStringLiteral("--code"), code}));
            joined = json(cli(join));
            CHECK(joined.value(QStringLiteral("status")).toString() == QStringLiteral("joined"));
            // It names the member that admitted it by that member's code, which the member's PC shows.
            CHECK(joined.value(QStringLiteral("admitted_by")).toObject().value(QStringLiteral("code"))
                  == json(cli({QStringLiteral("team"), QStringLiteral("--db"), dbs[0]})).value(QStringLiteral("code")));
        }
        CHECK(!joined.value(QStringLiteral("team")).toString().isEmpty());
    }
    auto sync = [&](int i) {
        return json(cli({QStringLiteral("sync"), QStringLiteral("--db"), dbs[i]}));
    };
    json(cli({QStringLiteral("demo"), QStringLiteral("--db"), dbs[0], QStringLiteral("--citizens"), QStringLiteral("60"),
              QStringLiteral("--seed"), QStringLiteral("11")}));
    CHECK(sync(0).value(QStringLiteral("exported")).toInt() > 60);
    CHECK(sync(1).value(QStringLiteral("imported")).toInt() > 60);
    sync(2);
    for (int i = 1; i < 3; ++i) { // the demo team's PCs are demo databases too (a local setting)
        samspil::OpenOptions options;
        options.path = dbs[i];
        options.mode = samspil::OpenOptions::Mode::OpenExisting;
        auto db = samspil::Database::open(options);
        REQUIRE(db.ok());
        REQUIRE(db.value()->setMeta(QStringLiteral("demo"), QStringLiteral("1")).ok());
    }
    for (int i = 0; i < 3; ++i) {
        json(cli({QStringLiteral("demo"), QStringLiteral("--db"), dbs[i], QStringLiteral("--activity"), QStringLiteral("40"),
                  QStringLiteral("--seed"), QString::number(100 + i)}));
    }
    const int order[] = {2, 0, 1, 1, 2, 0, 0, 1, 2};
    int conflicts = 0;
    for (int i : order) {
        const QJsonObject r = sync(i);
        conflicts += r.value(QStringLiteral("conflicts")).toInt();
        CHECK(r.value(QStringLiteral("skipped")).toArray().isEmpty());
    }
    for (int i = 0; i < 3; ++i) {
        const QJsonObject r = sync(i);
        CHECK(r.value(QStringLiteral("imported")).toInt() == 0);
        CHECK(r.value(QStringLiteral("exported")).toInt() == 0);
    }
    // A dump is a leader's full export, logged in every citizen's access log on the PC that
    // made it: those new entries (one record per line) are not yet on the others.
    const auto dump = [&](int i) {
        const Run r = cli({QStringLiteral("dump"), QStringLiteral("--db"), dbs[i]});
        REQUIRE(r.exitCode == 0);
        QList<QByteArray> lines = r.out.split('\n');
        lines.removeIf([](const QByteArray& line) { return line.contains("\"full-export\""); });
        return lines.join('\n');
    };
    const QByteArray a = dump(0);
    CHECK(a.contains("citizen"));
    for (int i = 1; i < 3; ++i) {
        const bool same = dump(i) == a; // (not CHECK(x == y): two dumps are too long to print)
        CHECK(same);
    }
    // Every site lists the same conflicts, and the CLI can settle one.
    const QJsonArray listed = json(cli({QStringLiteral("conflicts"), QStringLiteral("--db"), dbs[0]}))
                                  .value(QStringLiteral("conflicts"))
                                  .toArray();
    CHECK(listed.size() == json(cli({QStringLiteral("conflicts"), QStringLiteral("--db"), dbs[1]}))
                               .value(QStringLiteral("conflicts"))
                               .toArray()
                               .size());
    if (!listed.isEmpty()) {
        const QString id = QString::number(listed.at(0).toObject().value(QStringLiteral("id")).toInteger());
        const QJsonObject after = json(cli({QStringLiteral("conflicts"), QStringLiteral("--db"), dbs[0],
                                            QStringLiteral("--keep"), id}));
        CHECK(after.value(QStringLiteral("conflicts")).toArray().size() == listed.size() - 1);
    }
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 3; ++i) {
            sync(i);
        }
    }
    CHECK(json(cli({QStringLiteral("conflicts"), QStringLiteral("--db"), dbs[2]})).value(QStringLiteral("conflicts")).toArray().size()
          == std::max<qsizetype>(0, listed.size() - 1));

    // The third PC is lost: a member retires it; it is refused from then on.
    const QJsonObject team = json(cli({QStringLiteral("team"), QStringLiteral("--db"), dbs[0]}));
    REQUIRE(team.value(QStringLiteral("members")).toArray().size() == 3);
    QString third;
    for (const auto& m : json(cli({QStringLiteral("team"), QStringLiteral("--db"), dbs[2]})).value(QStringLiteral("members")).toArray()) {
        if (m.toObject().value(QStringLiteral("this_pc")).toBool()) {
            third = m.toObject().value(QStringLiteral("site")).toString();
        }
    }
    REQUIRE(!third.isEmpty());
    const QJsonObject retired = json(cli({QStringLiteral("retire"), QStringLiteral("--db"), dbs[0], QStringLiteral("--site"), third}));
    CHECK(retired.value(QStringLiteral("members")).toInt() == 2);
    const Run refused = cli({QStringLiteral("sync"), QStringLiteral("--db"), dbs[2]});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains("retired"));
    CHECK(cli({QStringLiteral("retire"), QStringLiteral("--db"), dbs[0], QStringLiteral("--site"), QStringLiteral("nobody")}).exitCode != 0);
}

TEST_CASE("sync without a reachable share fails with a plain message", "[sync][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    json(cli({QStringLiteral("init"), QStringLiteral("--db"), db}));
    const Run notJoined = cli({QStringLiteral("sync"), QStringLiteral("--db"), db});
    CHECK(notJoined.exitCode != 0);
    CHECK(notJoined.err.contains("not joined"));
    const Run missing = cli({QStringLiteral("join"), QStringLiteral("--db"), db, QStringLiteral("--share"),
                             dir.filePath(QStringLiteral("nowhere"))});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains("cannot be reached"));
}

using namespace samspil;

TEST_CASE("access-log lists who opened a citizen's record, per citizen and per staff member", "[audit][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db"));
    json(cli({QStringLiteral("init"), QStringLiteral("--db"), path}));
    json(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--citizens"), QStringLiteral("3"),
              QStringLiteral("--seed"), QStringLiteral("2")}));
    QString cpr;
    {
        OpenOptions options;
        options.path = path;
        options.mode = OpenOptions::Mode::OpenExisting;
        auto db = Database::open(options);
        REQUIRE(db.ok());
        const auto mha = StaffRepository(*db.value()).byInitials(QStringLiteral("MHA"));
        REQUIRE(mha);
        actAs(*db.value(), mha->id);
        const auto citizen = CitizenRepository(*db.value()).all().constFirst();
        cpr = citizen.cpr;
        REQUIRE(AccessLog(*db.value()).record(AccessLog::Action::Open, citizen.id, QStringLiteral("page")).ok());
    }
    // (The demo's changes are in the citizen's log too; --action open keeps the opening.)
    const auto byCitizen = json(cli({QStringLiteral("access-log"), QStringLiteral("--db"), path,
                                     QStringLiteral("--citizen"), cpr, QStringLiteral("--action"), QStringLiteral("open")}))
                               .value(QStringLiteral("access"))
                               .toArray();
    // Newest first: this very command's read (by the account that ran init, the first leader),
    // then MHA's opening of the page.
    REQUIRE(byCitizen.size() == 2);
    CHECK(byCitizen[0].toObject().value(QStringLiteral("detail")).toString() == QStringLiteral("cli:access-log"));
    CHECK(byCitizen[0].toObject().value(QStringLiteral("staff")).toString() != QStringLiteral("MHA"));
    CHECK(byCitizen[1].toObject().value(QStringLiteral("staff")).toString() == QStringLiteral("MHA"));
    CHECK(byCitizen[1].toObject().value(QStringLiteral("action")).toString() == QStringLiteral("open"));
    const auto byStaff = json(cli({QStringLiteral("access-log"), QStringLiteral("--db"), path, QStringLiteral("--staff"),
                                   QStringLiteral("MHA")}))
                             .value(QStringLiteral("access"))
                             .toArray();
    REQUIRE(byStaff.size() == 1);
    CHECK(byStaff[0].toObject().value(QStringLiteral("cpr")).toString() == cpr);

    const Run neither = cli({QStringLiteral("access-log"), QStringLiteral("--db"), path});
    CHECK(neither.exitCode == 2);
    CHECK(neither.err.contains("--citizen"));
    const Run unknown = cli({QStringLiteral("access-log"), QStringLiteral("--db"), path, QStringLiteral("--staff"),
                             QStringLiteral("ZZZ")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains("ZZZ"));
}
