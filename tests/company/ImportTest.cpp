#include "core/company/CompanyImporter.h"
#include "tests/company/CompanyFixture.h"

#include <QJsonArray>

using namespace samspil;
using namespace samspil::test;

namespace {
QByteArray header()
{
    return QByteArrayLiteral("cvr;name;address;contact;phone;email\r\n");
}

ImportReport importOk(Database& db, const QByteArray& data)
{
    auto r = CompanyImporter(db).importData(data);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return *r;
}

QString reasonOn(const ImportReport& r, int line)
{
    for (const auto& rej : r.rejected) {
        if (rej.line == line) {
            return rej.reason;
        }
    }
    return {};
}
} // namespace

TEST_CASE("Importing the same company list twice updates and never doubles", "[company][import]")
{
    CompanyFixture f;
    const QByteArray file = header() + QByteArrayLiteral("99015195;Plejecenter Solhverv;Skolevej 12, 9490 Pandrup;Lone K;98001002;lone@demo.invalid\r\n"
                                                         "99 00 20 26;Byggemarked ApS (nyt navn);;Henrik Mester;+45 98 00 99 99;\r\n");
    const ImportReport first = importOk(*f.t, file);
    CHECK(first.imported == 1);
    CHECK(first.updated == 1);
    CHECK(first.rejected.isEmpty());
    CHECK(first.toJson().value(QStringLiteral("rejected")).toArray().isEmpty());

    const ImportReport second = importOk(*f.t, file);
    CHECK(second.imported == 0);
    CHECK(second.updated == 2);
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM company WHERE deleted_at IS NULL")) == 2);
    // The contact of the same name is updated, not doubled.
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM company_contact WHERE deleted_at IS NULL")) == 2);
    auto updated = CompanyRepository(*f.t).byCvr(QStringLiteral("99002026"));
    REQUIRE(updated.ok());
    REQUIRE(updated->has_value());
    CHECK((*updated)->name == QStringLiteral("Byggemarked ApS (nyt navn)"));
    REQUIRE((*updated)->contacts.size() == 1);
    CHECK((*updated)->contacts.front().phone == QStringLiteral("+45 98 00 99 99"));
    CHECK((*updated)->offers.size() == 1); // the offer the import does not know of stays
}

TEST_CASE("The import report names every rejected line and why, header counted as line 1", "[company][import]")
{
    CompanyFixture f;
    const QByteArray file = header()
                            + QByteArrayLiteral("99019247;Grønt og Park;;;;\r\n"             // 2: fine
                                                "99019248;Tastefejl A/S;;;;\r\n"             // 3: check digit
                                                "99019247;Grønt og Park igen;;;;\r\n"        // 4: duplicate in the file
                                                "99035455;=cmd|' /C calc'!A0;;;;\r\n"        // 5: formula injection
                                                "99039507;;;;;\r\n"                          // 6: no name
                                                "99051663;Kontor;@SUM(A1);;;\r\n"            // 7: formula in the address
                                                "99055715;Få felter\r\n"                     // 8: too few fields
                                                "99068884;Cykler;;Mette;ikke et nummer;x@\r\n" // 9: warnings only
                                                "99071923;Tab\tI navn;;;;\r\n"                // 10: control character
                                                "99015195;Plejecenter;\"Skolevej 12\r\n9490 Pandrup\";;;\r\n"); // 11: two lines
    const ImportReport r = importOk(*f.t, file);
    CHECK(r.imported == 3);
    CHECK(r.updated == 0);
    CHECK(r.rejected.size() == 7);
    CHECK(reasonOn(r, 3).contains(QStringLiteral("check digit")));
    CHECK(reasonOn(r, 4).contains(QStringLiteral("line 2")));
    CHECK(reasonOn(r, 5).contains(QStringLiteral("formula")));
    CHECK(reasonOn(r, 6).contains(QStringLiteral("name is missing")));
    CHECK(reasonOn(r, 7).contains(QStringLiteral("formula")));
    CHECK(reasonOn(r, 8).contains(QStringLiteral("fields")));
    CHECK(reasonOn(r, 10).contains(QStringLiteral("control")));
    QStringList warnings;
    for (const auto& w : r.warnings) {
        CHECK(w.line == 9);
        warnings << w.warning;
    }
    CHECK(warnings.size() == 2);
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM company WHERE name LIKE '%cmd%'")) == 0);
    auto twoLines = CompanyRepository(*f.t).byCvr(QStringLiteral("99015195"));
    REQUIRE(twoLines.ok());
    REQUIRE(twoLines->has_value());
    CHECK((*twoLines)->address == QStringLiteral("Skolevej 12 9490 Pandrup"));
}

TEST_CASE("A huge line is rejected and a file in Windows-1252 is read with a warning", "[company][import]")
{
    CompanyFixture f;
    QByteArray file = header();
    file += QByteArrayLiteral("99015195;") + QByteArray(200000, 'A') + QByteArrayLiteral(";;;;\r\n");
    file += QByteArrayLiteral("99019247;Gr\xF8nt og \xC6" "bler;S\xF8vej 1;;;\r\n"); // ø and Æ in Windows-1252
    const ImportReport r = importOk(*f.t, file);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected.front().line == 2);
    CHECK(r.rejected.front().reason.contains(QStringLiteral("at most")));
    CHECK(r.imported == 1);
    REQUIRE_FALSE(r.warnings.isEmpty());
    CHECK(r.warnings.front().line == 1);
    CHECK(r.warnings.front().warning.contains(QStringLiteral("UTF-8")));
    auto c = CompanyRepository(*f.t).byCvr(QStringLiteral("99019247"));
    REQUIRE(c.ok());
    REQUIRE(c->has_value());
    CHECK((*c)->name == QString::fromUtf8("Grønt og Æbler"));
}

TEST_CASE("A file without the required columns or by someone who may not write changes nothing", "[company][import]")
{
    CompanyFixture f;
    auto noName = CompanyImporter(*f.t).importData(QByteArrayLiteral("cvr;address\r\n99015195;Vej 1\r\n"));
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().contains(QStringLiteral("cvr and name")));
    auto empty = CompanyImporter(*f.t).importData(QByteArray());
    REQUIRE_FALSE(empty.ok());
    auto unclosed = CompanyImporter(*f.t).importData(header() + QByteArrayLiteral("99015195;\"never closed;;;;\r\n"));
    REQUIRE_FALSE(unclosed.ok());

    actAs(*f.t, f.leader.id);
    auto refused = CompanyImporter(*f.t).importData(header() + QByteArrayLiteral("99015195;Plejecenter;;;;\r\n"));
    REQUIRE_FALSE(refused.ok());
    actAs(*f.t, f.caseworker.id);
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM company")) == 1);
    CHECK(scalar(*f.t, QStringLiteral("SELECT COUNT(*) FROM company_contact")) == 1);
}
