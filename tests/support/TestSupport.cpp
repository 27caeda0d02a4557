#include "tests/support/TestSupport.h"

#include "core/citizen/CitizenRepository.h"
#include "core/staff/AccessPolicy.h"
#include "core/staff/OsAccount.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Migrations.h"
#include "core/sync/SealedFile.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/Team.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>

std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

namespace samspil::test {

TempDb::TempDb(const QString& name)
    : m_name(name)
{
    REQUIRE(dir.isValid());
    reopen();
}

void TempDb::reopen()
{
    db.reset();
    OpenOptions o;
    o.path = path();
    o.clock = &clock;
    auto opened = Database::open(o);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    db = std::move(opened).value();
}

QString dataPath(const QString& relative)
{
    return QStringLiteral(SAMSPIL_TEST_DATA) + QLatin1Char('/') + relative;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void makeVersion1Database(const QString& path, const QStringList& extraSql)
{
    const QString connection = QStringLiteral("raw-v1-") + path;
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(migrations().front()(raw).ok());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x53414d53)));
        for (const QString& sql : extraSql) {
            REQUIRE(q.exec(sql));
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

Staff addTestStaff(Database& db, const QString& name, const QString& initials, Profession p)
{
    Staff s;
    s.name = name;
    s.initials = initials;
    s.profession = p;
    auto r = StaffRepository(db).create(s);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

void actAs(Database& db, const QString& staffId)
{
    db.setPrincipal(Principal::engine()); // to read the staff member whatever acted before
    const auto staff = StaffRepository(db).get(staffId);
    REQUIRE(staff.has_value());
    db.setPrincipal(AccessPolicy::principal(QStringLiteral("test-account"), *staff));
}

QByteArray shareText(const QString& root, Database& member, int* opened, int* unopened)
{
    TeamKeys keys(member);
    const TeamState team = keys.trusted();
    const auto held = keys.teamKeys();
    QByteArray all;
    int good = 0;
    int bad = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray bytes = readFile(it.next());
        all += bytes;
        all += '\n';
        if (!bytes.startsWith("SAMSPIL-SEALED")) {
            continue;
        }
        const int first = int(bytes.indexOf('\n'));
        const int second = int(bytes.indexOf('\n', first + 1));
        const QJsonObject header = QJsonDocument::fromJson(bytes.mid(first + 1, second - first - 1)).object();
        SealedFile::Expect expect;
        const QString kind = header.value(QStringLiteral("kind")).toString();
        expect.kind = kind == QLatin1String("snapshot") ? SealedFile::Kind::Snapshot
                      : kind == QLatin1String("state")  ? SealedFile::Kind::State
                                                        : SealedFile::Kind::Batch;
        expect.team = team.team;
        expect.site = header.value(QStringLiteral("site")).toString();
        expect.signPublic = team.signingKey(expect.site);
        expect.teamKey = [&](const QString& id) { return held.value(id); };
        auto open = SealedFile::open(bytes, expect);
        if (open) {
            all += open->body;
            all += '\n';
            ++good;
        } else {
            ++bad;
        }
    }
    if (opened) {
        *opened = good;
    }
    if (unopened) {
        *unopened = bad;
    }
    return all;
}

void joinTeam(Database& db, const QString& share, Database* member)
{
    SyncEngine engine(db);
    auto first = engine.join(share);
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    if (first->joined) {
        return;
    }
    REQUIRE(member != nullptr);
    const Status admitted = SyncEngine(*member).admit(first->code);
    INFO(admitted.error().toStdString());
    REQUIRE(admitted.ok());
    auto second = engine.join(share);
    INFO(second.error().toStdString());
    REQUIRE(second.ok());
    REQUIRE(second->joined);
}

void bindOsAccount(Database& db, const QString& staffId, bool leader)
{
    Database::EngineScope engine(db);
    StaffRepository staff(db);
    if (leader) {
        auto member = staff.get(staffId);
        REQUIRE(member.has_value());
        member->leader = true;
        REQUIRE(staff.update(*member));
    }
    const QString account = OsAccount::current().name;
    REQUIRE(!account.isEmpty());
    if (staff.byAccount(account)) {
        REQUIRE(staff.unbindAccount(account));
    }
    REQUIRE(staff.bindAccount(staffId, account));
}

QString addTestCitizen(Database& db, const QString& name, const QString& cpr)
{
    Citizen c;
    c.name = name;
    c.cpr = cpr;
    c.benefit = QStringLiteral("kontanthjaelp");
    c.benefitStart = QDate(2026, 10, 1);
    auto r = CitizenRepository(db).create(c);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r->id;
}

ProgramRun runProgram(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

CliRun runCli(const QString& program, const QStringList& args)
{
    const ProgramRun r = runProgram(program, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    return {r.exitCode, QJsonDocument::fromJson(r.out).object(), QString::fromUtf8(r.out), r.err};
}

} // namespace samspil::test
