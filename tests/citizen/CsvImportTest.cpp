#include "core/citizen/Cpr.h"
#include "core/citizen/CitizenImporter.h"
#include "core/citizen/CitizenRepository.h"
#include "core/staff/StaffRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace samspil;
using namespace samspil::test;

namespace {

void addCaseworkers(Database& db)
{
    StaffRepository staff(db);
    for (const auto& [name, initials] : {std::pair{"Mette Holm Andersen", "MHA"}, std::pair{"Jonas Vestergaard", "JV"}}) {
        Staff s;
        s.name = QString::fromUtf8(name);
        s.initials = QString::fromLatin1(initials);
        REQUIRE(staff.create(s).ok());
    }
}

QList<int> linesOf(const QJsonArray& a)
{
    QList<int> lines;
    for (const auto& v : a) {
        lines << v.toObject().value(QStringLiteral("line")).toInt();
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

QList<int> intsOf(const QJsonArray& a)
{
    QList<int> out;
    for (const auto& v : a) {
        out << v.toInt();
    }
    return out;
}

/// Golden pairs: tests/data/import/NAME.csv and NAME.expected.json.
void checkGolden(Database& db, const QString& name)
{
    auto report = CitizenImporter(db).importFile(dataPath(QStringLiteral("import/%1.csv").arg(name)));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    const QJsonObject got = report->toJson();
    const QJsonObject want = QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("import/%1.expected.json").arg(name)))).object();
    INFO(QJsonDocument(got).toJson().toStdString());
    CHECK(got.value(QStringLiteral("imported")).toInt() == want.value(QStringLiteral("imported")).toInt());
    CHECK(got.value(QStringLiteral("updated")).toInt() == want.value(QStringLiteral("updated")).toInt());
    CHECK(linesOf(got.value(QStringLiteral("rejected")).toArray()) == intsOf(want.value(QStringLiteral("rejected_lines")).toArray()));
    CHECK(linesOf(got.value(QStringLiteral("warnings")).toArray()) == intsOf(want.value(QStringLiteral("warning_lines")).toArray()));
}

} // namespace

TEST_CASE("Importing a good caseload file", "[import]")
{
    TempDb t;
    addCaseworkers(*t);
    checkGolden(*t, QStringLiteral("good_semicolon"));
    CitizenRepository citizens(*t);
    auto aase = citizens.findByCpr(QStringLiteral("6101901234"));
    REQUIRE(aase.has_value());
    CHECK(aase->name == QStringLiteral("Åse Ærø Østergaard")); // UTF-8 with BOM, Danish letters intact
    CHECK(aase->benefit == QStringLiteral("kontanthjaelp"));
    CHECK(aase->benefitStart == QDate(2026, 10, 1)); // DD-MM-YYYY
    CHECK(aase->targetGroup == QStringLiteral("aktivitetsparat"));
    CHECK(aase->email == QStringLiteral("aase@demo.invalid"));
    CHECK(StaffRepository(*t).get(aase->caseworkerId)->initials == QStringLiteral("MHA"));
    auto kim = citizens.findByCpr(QStringLiteral("811178-1236"));
    REQUIRE(kim.has_value());
    CHECK(kim->name == QStringLiteral("Jensen, Kim \"KJ\"")); // quotes and separators inside quotes
    CHECK(StaffRepository(*t).get(citizens.findByCpr(QStringLiteral("7102851235"))->caseworkerId)->initials
          == QStringLiteral("MHA")); // initials in any case
}

TEST_CASE("Bad rows are rejected with their line numbers and the rest imported", "[import]")
{
    TempDb t;
    addCaseworkers(*t);
    checkGolden(*t, QStringLiteral("mixed"));
    CitizenRepository citizens(*t);
    CHECK(citizens.all().size() == 4);
    auto legacy = citizens.findByCpr(QStringLiteral("650190-1234"));
    REQUIRE(legacy.has_value());
    CHECK(legacy->benefit == QStringLiteral("kontanthjaelp")); // uddannelseshjælp
    CHECK(legacy->caseworkerId.isEmpty());                    // unknown initials
    CHECK(citizens.findByCpr(QStringLiteral("610190-1234"))->name == QStringLiteral("Åse Ærø Østergaard")); // first row counts
    CHECK(citizens.findByCpr(QStringLiteral("680190-1234"))->targetGroup.isEmpty());
}

TEST_CASE("Importing again updates, never duplicates", "[import]")
{
    TempDb t;
    addCaseworkers(*t);
    REQUIRE(CitizenImporter(*t).importFile(dataPath(QStringLiteral("import/good_semicolon.csv"))).ok());
    const QByteArray changed = "cpr;name;benefit;benefit_start;caseworker\n610190-1234;Åse Østergaard;sygedagpenge;2026-10-01;JV\n";
    auto r = CitizenImporter(*t).importData(changed);
    REQUIRE(r.ok());
    CHECK(r->imported == 0);
    CHECK(r->updated == 1);
    CitizenRepository citizens(*t);
    CHECK(citizens.all().size() == 3);
    auto c = citizens.findByCpr(QStringLiteral("6101901234"));
    CHECK(c->name == QStringLiteral("Åse Østergaard"));
    CHECK(c->benefit == QStringLiteral("sygedagpenge"));
    CHECK(c->phone == QStringLiteral("00 00 12 34")); // not in the file: kept
    CHECK(StaffRepository(*t).get(c->caseworkerId)->initials == QStringLiteral("JV"));
}

TEST_CASE("A file that cannot be read as a caseload imports nothing", "[import]")
{
    TempDb t;
    auto r = CitizenImporter(*t).importFile(dataPath(QStringLiteral("import/missing_column.csv")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("benefit_start")));
    CHECK_FALSE(CitizenImporter(*t).importData(QByteArray()).ok());
    CHECK_FALSE(CitizenImporter(*t).importData("cpr;name\n\"610190-1234;unterminated\n").ok());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM citizen")) == 0);
}

TEST_CASE("An import is one transaction: a failure imports nothing", "[import]")
{
    TempDb t;
    // Make the second insert fail at the database level: a trigger that refuses a name.
    REQUIRE(QSqlQuery(t->sql()).exec(QStringLiteral(
        "CREATE TRIGGER refuse BEFORE INSERT ON citizen WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    const QByteArray data = "cpr;name;benefit;benefit_start;caseworker\n"
                            "610190-1234;First;kontanthjaelp;2026-10-01;\n"
                            "620190-1234;Boom;kontanthjaelp;2026-10-01;\n";
    auto r = CitizenImporter(*t).importData(data);
    CHECK_FALSE(r.ok());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM citizen")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == 0);
}

TEST_CASE("Latin-1 files are read, with a warning", "[import]")
{
    TempDb t;
    const QByteArray latin1 = QStringLiteral("cpr;name;benefit;benefit_start;caseworker\n610190-1234;Søren Ærø;Kontanthjælp;2026-10-01;\n").toLatin1();
    auto r = CitizenImporter(*t).importData(latin1);
    REQUIRE(r.ok());
    CHECK(r->imported == 1);
    CHECK(CitizenRepository(*t).findByCpr(QStringLiteral("6101901234"))->name == QStringLiteral("Søren Ærø"));
    REQUIRE_FALSE(r->warnings.isEmpty());
    CHECK(r->warnings.front().line == 1);
}
