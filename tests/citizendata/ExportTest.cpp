// The citizen's right of access: the data file holds every row about the citizen and nothing of
// anyone else; the PDF reads as plain text with every kind of record; the export is logged; and
// no table about citizens can be left out of the readable report.
#include "core/storage/CitizenRecords.h"
#include "tests/citizendata/CitizenWorld.h"
#include "ui/citizendata/CitizenExport.h"
#include "ui/citizendata/CitizenReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // Table cells wrap: compare with every run of white space as one space.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("Every table about citizens is shown by a section of the citizen's report", "[export]")
{
    QSet<QString> shown;
    for (const auto& s : CitizenReport::sections()) {
        for (const auto& t : s.tables) {
            CHECK(Schema::table(t) != nullptr);
            shown.insert(t);
        }
    }
    for (const auto& spec : Schema::tables()) {
        if (spec.citizenLink.aboutCitizen()) {
            INFO("table " << spec.name.toStdString() << " is about citizens but no section of the report shows it");
            CHECK(shown.contains(spec.name));
        }
    }
}

TEST_CASE("The citizen's export holds every row about the citizen, nothing of another, and is logged", "[export]")
{
    TempDb t;
    CitizenWorld w(*t);
    w.fill();
    const auto expected = CitizenWorld::expectedRows(*t, w.aase);
    const auto others = CitizenWorld::expectedRows(*t, w.bo);
    // The fixture reaches every table about citizens, so the test below covers them all.
    for (const auto& spec : Schema::tables()) {
        if (spec.citizenLink.aboutCitizen()) {
            INFO("the fixture has no " << spec.name.toStdString() << " row");
            CHECK(expected.contains(spec.name));
        }
    }

    QTemporaryDir out;
    auto written = CitizenExport::write(*t, w.aase, out.path());
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(QFileInfo(written->pdf).fileName() == QStringLiteral("access-610190-1234-2026-11-23.pdf"));

    SECTION("the data file: every row of every table about the citizen, every field, and nothing else")
    {
        const QByteArray bytes = readFile(written->json);
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        CHECK(doc.value(QStringLiteral("format")).toString() == QStringLiteral("samspil-citizen-export/1"));
        CHECK(doc.value(QStringLiteral("citizen_id")).toString() == w.aase);
        const QJsonObject tables = doc.value(QStringLiteral("tables")).toObject();
        QStringList tableNames = tables.keys();
        QStringList expectedNames = expected.keys();
        tableNames.sort();
        expectedNames.sort();
        CHECK(tableNames == expectedNames);
        int records = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            INFO("table " << it.key().toStdString());
            const TableSpec* spec = Schema::table(it.key());
            REQUIRE(spec);
            QStringList ids;
            for (const auto& v : tables.value(it.key()).toArray()) {
                const QJsonObject row = v.toObject();
                ids << row.value(QStringLiteral("id")).toString();
                // Complete: the id, every replicated field and the deletion time.
                CHECK(row.size() == spec->columns.size() + 2);
                for (const auto& col : spec->replicatedColumnNames()) {
                    CHECK(row.contains(col));
                }
            }
            ids.sort();
            CHECK(ids == it.value());
            records += int(ids.size());
        }
        CHECK(written->records == records);
        // A value read straight from the database is in the file as it is stored.
        CHECK(bytes.contains("Kladdetekst endnu ikke underskrevet")); // drafts too: the file is complete
        CHECK(bytes.contains("Kan løfte ti kilo"));
        CHECK(bytes.contains(CitizenWorld::kAaseCpr.toUtf8()));
        // Nothing of Bo: not his id, name, CPR number, texts, or any of his rows' ids.
        CHECK_FALSE(bytes.contains(w.bo.toUtf8()));
        CHECK_FALSE(bytes.contains(CitizenWorld::kBoName.toUtf8()));
        CHECK_FALSE(bytes.contains(CitizenWorld::kBoCpr.toUtf8()));
        CHECK_FALSE(bytes.contains("Bo-mål"));
        for (const auto& ids : others) {
            for (const auto& id : ids) {
                CHECK_FALSE(bytes.contains(id.toUtf8()));
            }
        }
    }
    SECTION("the PDF: every screening, note, plan, appointment and who read the record, in plain words")
    {
        const QString text = pdfText(written->pdf);
        CHECK(written->pages >= 3);
        for (const QString& expectedText :
             {QStringLiteral("What the job centre has recorded about you"), CitizenWorld::kAaseName,
              QStringLiteral("610190-1234"),
              // the screening: the assessment, a question and the answer, the decision
              QStringLiteral("Motiveret for praktik på lager"), InstrumentLoader::defaultInstrument().items.first().text.text(),
              QStringLiteral("Risk decided by the caseworker high"),
              // appointments
              QStringLiteral("Lokale Bøgen"), QStringLiteral("Physiotherapist talk"),
              // consent
              QStringLiteral("Consent to share health information"),
              // the note: both signed versions, the amendment marked
              QStringLiteral("Kan løfte ti kilo"), QStringLiteral("Kan løfte femten kilo"),
              QStringLiteral("Replaced later by an amended version"), QStringLiteral("b280.2"),
              // the conference, the plan's versions and goals, the rating
              QStringLiteral("Konferencemål lager"), QStringLiteral("Version 2"), QStringLiteral("Version 1"),
              QStringLiteral("Gå en tur hver dag"), QStringLiteral("Det går bedre"),
              // the outcome and the access log
              QStringLiteral("Ordinary job"), QStringLiteral("10-01-2020"), QStringLiteral("Who has read or changed your record"),
              QStringLiteral("The citizen's page"), QStringLiteral("Karen Koordinator")}) {
            INFO("looking for " << expectedText.toStdString());
            CHECK(text.contains(expectedText));
        }
        // A draft is listed, not shown: its text is in the data file only.
        CHECK_FALSE(text.contains(QStringLiteral("Kladdetekst")));
        CHECK(text.contains(QStringLiteral("Drafts not yet signed")));
        CHECK_FALSE(text.contains(CitizenWorld::kBoName));
        CHECK_FALSE(text.contains(QStringLiteral("Bo-mål")));
    }
    SECTION("the export is in the citizen's access log; a second export into the same folder is refused")
    {
        const auto exports = AccessLog(*t).forCitizen(w.aase, AccessLog::Action::Export);
        REQUIRE(exports.size() == 1);
        CHECK(exports[0].detail == AccessLog::kCitizenExport);
        CHECK(exports[0].staffId == w.caseworker.id);
        CHECK(AccessLog(*t).forCitizen(w.bo, AccessLog::Action::Export).isEmpty());
        auto again = CitizenExport::write(*t, w.aase, out.path());
        CHECK_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("already exists")));
        CHECK(AccessLog(*t).forCitizen(w.aase, AccessLog::Action::Export).size() == 1);
    }
}
