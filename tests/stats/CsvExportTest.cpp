// The dashboard's CSV as Danish Excel opens it, read back.
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/stats/Dashboard.h"
#include "tests/stats/StatsFixture.h"

using namespace samspil;
using namespace samspil::test;

namespace {

/// The records of the CSV whose first field is `first`.
QVector<QStringList> rowsStartingWith(const CsvTable& t, const QString& first)
{
    QVector<QStringList> out;
    for (const auto& r : t.records) {
        if (!r.fields.isEmpty() && r.fields.first() == first) {
            out.append(r.fields);
        }
    }
    return out;
}

} // namespace

TEST_CASE("CsvWriter writes BOM, semicolons, CRLF and quotes what needs it", "[dashboard][csv]")
{
    CsvWriter w;
    w.addRow({QStringLiteral("Navn"), QStringLiteral("Uger")});
    w.addRow({QStringLiteral("Hansen; Jens"), CsvWriter::number(12.5, 1)});
    w.addRow({QStringLiteral("Sagt \"nej\""), CsvWriter::number(3, 1)});
    const QByteArray data = w.data();
    CHECK(data.startsWith("\xEF\xBB\xBF"));
    CHECK(data.mid(3) == QByteArray("Navn;Uger\r\n\"Hansen; Jens\";12,5\r\n\"Sagt \"\"nej\"\"\";3,0\r\n"));
    CHECK(CsvWriter::number(1234.5, 1) == QStringLiteral("1234,5"));
    auto back = CsvReader::read(data);
    REQUIRE(back.ok());
    CHECK(back->separator == QLatin1Char(';'));
    REQUIRE(back->records.size() == 2);
    CHECK(back->records[0].fields == QStringList{QStringLiteral("Hansen; Jens"), CsvWriter::number(12.5, 1)});
    CHECK(back->records[1].fields[0] == QStringLiteral("Sagt \"nej\""));
}

TEST_CASE("The dashboard CSV reads back with the fixture's numbers", "[dashboard][csv]")
{
    StatsFixture fx;
    Staff ks = fx.ks;
    ks.name = QStringLiteral("Sørensen; Karen"); // a semicolon in a name must not split the field
    REQUIRE(StaffRepository(*fx.t).update(ks).ok());
    auto d = Dashboard::compute(*fx.t, {fx.from, fx.to, {}}, fx.t.clock);
    REQUIRE(d.ok());
    const QByteArray data = d->toCsv(QStringLiteral("Hele teamet"));
    CHECK(data.startsWith("\xEF\xBB\xBF"));
    CHECK(data.endsWith("\r\n"));
    for (qsizetype k = 0; k < data.size(); ++k) {
        if (data[k] == '\n') {
            REQUIRE(k > 0);
            REQUIRE(data[k - 1] == '\r'); // every line ends CRLF
        }
    }
    CHECK(data.contains("\"Sørensen; Karen\";KS;5;40;"));

    // The first line names the period as 01-07-2026 and 30-11-2026; read back through the importer's reader.
    auto back = CsvReader::read(data);
    REQUIRE(back.ok());
    CHECK(back->header.contains(QStringLiteral("01-07-2026")));
    CHECK(back->header.contains(QStringLiteral("30-11-2026")));
    const auto ksRows = rowsStartingWith(back.value(), QStringLiteral("Sørensen; Karen"));
    REQUIRE(ksRows.size() == 1);
    CHECK(ksRows[0] == QStringList{QStringLiteral("Sørensen; Karen"), QStringLiteral("KS"), QStringLiteral("5"),
                                   QStringLiteral("40"), QString()});
    // Weeks of the 2026 Q3 cohort: A 16, B 11, G 13 (closed), I 14 -> median 13,5, average 13,5;
    // closed 1: 13,0; open 3: median 14,0, average 41/3 = 13,7.
    const auto q3 = rowsStartingWith(back.value(), QStringLiteral("2026 Q3"));
    REQUIRE(q3.size() == 1);
    CHECK(q3[0] == QStringList{QStringLiteral("2026 Q3"), QStringLiteral("4"), QStringLiteral("13,5"), QStringLiteral("13,5"),
                               QStringLiteral("1"), QStringLiteral("13,0"), QStringLiteral("13,0"), QStringLiteral("3"),
                               QStringLiteral("14,0"), QStringLiteral("13,7")});
    // The team day: 2 of 4 on the screening day = 50,0 %.
    const auto same = rowsStartingWith(back.value(), QStringLiteral("Team day on the screening day"));
    REQUIRE_FALSE(same.isEmpty());
    CHECK(same.last() == QStringList{QStringLiteral("Team day on the screening day"), QStringLiteral("2"), QStringLiteral("50,0")});
    // A cohort with no closed course leaves its median empty rather than 0.
    const auto q4 = rowsStartingWith(back.value(), QStringLiteral("2026 Q4"));
    REQUIRE(q4.size() == 1);
    CHECK(q4[0][4] == QStringLiteral("0"));
    CHECK(q4[0][5].isEmpty());

    const QString path = fx.t.dir.filePath(QStringLiteral("overblik.csv"));
    REQUIRE(CsvWriter::writeFile(path, data).ok());
    CHECK(readFile(path) == data);
    CHECK_FALSE(CsvWriter::writeFile(fx.t.dir.filePath(QStringLiteral("no/such/folder/x.csv")), data).ok());
}

TEST_CASE("A text that Excel would run as a formula is written as text and numbers stay numbers", "[dashboard][csv][security]")
{
    CsvWriter w;
    w.addRow({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1"), QStringLiteral("-2"), QStringLiteral("@SUM(A1)"),
              QStringLiteral("\tTab"), QStringLiteral("\rCr"), QStringLiteral("Anne"), QString()});
    w.addRow(QVector<CsvWriter::Field>{CsvWriter::Field::number(-3.5, 1), CsvWriter::Field::integer(-4),
                                       CsvWriter::Field{QStringLiteral("-5")}});
    auto back = CsvReader::read(w.data());
    REQUIRE(back.ok());
    // The reader takes the first row as the header.
    REQUIRE(back->records.size() == 1);
    CHECK(back->header
          == QStringList{QStringLiteral("'=HYPERLINK(\"http://x\")"), QStringLiteral("'+1"), QStringLiteral("'-2"),
                         QStringLiteral("'@SUM(A1)"), QStringLiteral("'\tTab"), QStringLiteral("'\rCr"),
                         QStringLiteral("Anne"), QString()});
    CHECK(back->records[0].fields == QStringList{QStringLiteral("-3,5"), QStringLiteral("-4"), QStringLiteral("'-5")});
}

TEST_CASE("A staff name written by an attacker cannot run as a formula in the dashboard's CSV", "[dashboard][csv][security]")
{
    StatsFixture fx;
    Staff ks = fx.ks;
    ks.name = QStringLiteral("+cmd|' /C calc'!A0");
    REQUIRE(StaffRepository(*fx.t).update(ks).ok());
    auto d = Dashboard::compute(*fx.t, {fx.from, fx.to, {}}, fx.t.clock);
    REQUIRE(d.ok());
    auto back = CsvReader::read(d->toCsv(QStringLiteral("Hele teamet")));
    REQUIRE(back.ok());
    CHECK(rowsStartingWith(back.value(), QStringLiteral("+cmd|' /C calc'!A0")).isEmpty());
    const auto ksRows = rowsStartingWith(back.value(), QStringLiteral("'+cmd|' /C calc'!A0"));
    REQUIRE(ksRows.size() == 1);
    CHECK(ksRows[0].mid(1, 3) == QStringList{QStringLiteral("KS"), QStringLiteral("5"), QStringLiteral("40")});
}
