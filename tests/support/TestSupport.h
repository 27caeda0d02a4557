#pragma once

#include "core/staff/Staff.h"
#include "core/storage/Database.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

std::ostream& operator<<(std::ostream& os, const QString& s);

namespace samspil::test {

/// A database in a fresh temporary folder with a clock the test controls.
struct TempDb
{
    QTemporaryDir dir;
    MockClock clock;
    std::unique_ptr<Database> db;

    explicit TempDb(const QString& name = QStringLiteral("samspil.db"));
    QString path() const { return dir.filePath(m_name); }
    /// Close and open again (as after a restart).
    void reopen();
    Database& operator*() { return *db; }
    Database* operator->() { return db.get(); }

private:
    QString m_name;
};

/// The path of a fixture in tests/data.
QString dataPath(const QString& relative);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& data);

/// Count rows of a SQL query's first column.
qint64 scalar(Database& db, const QString& sql);

/// A staff member (a coordinating caseworker unless told otherwise); returns it with its id.
Staff addTestStaff(Database& db, const QString& name, const QString& initials, Profession p = Profession::Caseworker);

/// Makes the database act as this staff member, with their roles (tests may set who acts; the
/// programs never can: they take the operating-system account). The account is "test-account".
void actAs(Database& db, const QString& staffId);

/// Binds the operating-system account running the tests to this staff member (so that the
/// command line, run by the tests, acts as them), as a leader would; any earlier binding of the
/// account goes. `leader`: they lead the team too (erasure, the full export).
void bindOsAccount(Database& db, const QString& staffId, bool leader = false);

/// Joins `db` to the team on the shared folder `share`. When the team exists and `db` has to
/// wait, `member` (a PC of the team) admits it by its code, and `db` joins again, now a member.
void joinTeam(Database& db, const QString& share, Database* member = nullptr);

/// Every file on the share as a member reads it: sealed files opened with `member`'s team keys
/// (header and body), others as they are. For searching the share for what must not be there.
/// `opened` counts the sealed files that opened, `unopened` those that did not.
QByteArray shareText(const QString& root, Database& member, int* opened = nullptr, int* unopened = nullptr);

/// A database at version 1 exactly as the first release left it (only migration 1 applied),
/// with these statements run in it after, for the tests of what a migration does.
void makeVersion1Database(const QString& path, const QStringList& extraSql = {});

/// A citizen with just the basic data (cash benefit since 01-10-2026); returns the id.
QString addTestCitizen(Database& db, const QString& name, const QString& cpr);

/// Runs a program (the command-line tool) to the end and returns what it said.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};
ProgramRun runProgram(const QString& program, const QStringList& args);

/// The command-line tool run in English (--lang en) with these arguments: exit code, what it
/// printed (also read as a JSON object, empty when it is not one) and its messages.
struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};
CliRun runCli(const QString& program, const QStringList& args);

} // namespace samspil::test
