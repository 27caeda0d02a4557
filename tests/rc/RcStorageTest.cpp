#include "core/rc/RcCsvImport.h"
#include "core/rc/RcMeasure.h"
#include "core/rc/RcWording.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Dump.h"
#include "core/rc/RcRepository.h"
#include "core/storage/Replica.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samspil;
using namespace samspil::test;

namespace {

const QStringList kGroups
    = {QStringLiteral("Sagsbehandlere"), QStringLiteral("Psykologer"), QStringLiteral("Mentorer")};

RcResponse answers(const RcSurvey& s, const QString& from, const QString& to, int value)
{
    RcResponse r;
    r.surveyId = s.id;
    r.respondentGroup = from;
    r.ratedGroup = to;
    for (auto d : RcDimensions::all()) {
        r.setAnswer(d, value);
    }
    return r;
}

qint64 responseCount(Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM rc_response WHERE deleted_at IS NULL"));
}

} // namespace

TEST_CASE("Creating a survey round", "[rc][storage]")
{
    TempDb t;
    RcRepository repo(*t);
    auto s = repo.createSurvey(
        QStringLiteral("  Måling   efterår "),
        QDate(2026, 11, 2),
        {QStringLiteral("Sagsbehandlere"), QStringLiteral(" psykologer"), QStringLiteral("Psykologer"), QString()});
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    CHECK(s->name == QStringLiteral("Måling efterår"));
    CHECK(
        s->groups
        == QStringList{QStringLiteral("Sagsbehandlere"), QStringLiteral("psykologer")}); // blank and duplicate dropped

    SECTION("found by name regardless of case, after a restart")
    {
        t.reopen();
        RcRepository again(*t);
        auto found = again.findSurvey(QStringLiteral("MÅLING EFTERÅR"));
        REQUIRE(found.has_value());
        CHECK(found->heldOn == QDate(2026, 11, 2));
        CHECK(found->groups.size() == 2);
        CHECK(again.surveys().size() == 1);
    }
    SECTION("bad input is refused with a message and changes nothing")
    {
        const auto before = scalar(*t, QStringLiteral("SELECT count(*) FROM change_log"));
        auto dup = repo.createSurvey(QStringLiteral("måling efterår"), QDate(2026, 11, 3), kGroups);
        REQUIRE_FALSE(dup.ok());
        CHECK(dup.error().contains(QStringLiteral("already exists")));
        auto noName = repo.createSurvey(QStringLiteral(" "), QDate(2026, 11, 3), kGroups);
        REQUIRE_FALSE(noName.ok());
        CHECK(noName.error().contains(QStringLiteral("needs a name")));
        auto noGroups = repo.createSurvey(QStringLiteral("Tom"), QDate(2026, 11, 3), {QStringLiteral(" ")});
        REQUIRE_FALSE(noGroups.ok());
        CHECK(noGroups.error().contains(QStringLiteral("at least one professional group")));
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == before);
    }
    SECTION("a forgotten group can be added")
    {
        auto more = repo.addGroups(s->id, {QStringLiteral("Mentorer"), QStringLiteral("SAGSBEHANDLERE")});
        REQUIRE(more.ok());
        CHECK(
            more->groups
            == QStringList{QStringLiteral("Sagsbehandlere"), QStringLiteral("psykologer"), QStringLiteral("Mentorer")});
    }
}

TEST_CASE("Saving responses", "[rc][storage]")
{
    TempDb t;
    RcRepository repo(*t);
    auto s = repo.createSurvey(QStringLiteral("Runde 1"), QDate(2026, 11, 2), kGroups);
    REQUIRE(s.ok());

    SECTION("stored in the survey's spelling, blanks kept blank, in the change log for sync")
    {
        RcResponse r = answers(s.value(), QStringLiteral("sagsbehandlere"), QStringLiteral(" PSYKOLOGER "), 4);
        r.setAnswer(RcDimension::Accurate, std::nullopt);
        r.respondentId = QStringLiteral("resp-1");
        auto saved = repo.addResponse(r);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        t.reopen();
        const auto rows = RcRepository(*t).responses(s->id);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].respondentGroup == QStringLiteral("Sagsbehandlere"));
        CHECK(rows[0].ratedGroup == QStringLiteral("Psykologer"));
        CHECK(rows[0].respondentId == QStringLiteral("resp-1"));
        CHECK_FALSE(rows[0].answer(RcDimension::Accurate).has_value());
        CHECK(rows[0].answer(RcDimension::MutualRespect) == 4);
        CHECK(rows[0].enteredAt == t.clock.now());
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'rc_response'")) == 1);
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'rc_survey'")) == 1);
        CHECK(dumpDatabase(*t).contains("\"rc_response\""));
    }
    SECTION("an answer outside 1–5 is refused, and nothing of the respondent's rows is saved")
    {
        RcResponse bad = answers(s.value(), QStringLiteral("Mentorer"), QStringLiteral("Psykologer"), 4);
        bad.setAnswer(RcDimension::Timely, 6);
        auto saved
            = repo.addResponses({answers(s.value(), QStringLiteral("Mentorer"), QStringLiteral("Mentorer"), 5), bad});
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().contains(QStringLiteral("Timely communication")));
        CHECK(saved.error().contains(QStringLiteral("from 1 to 5")));
        CHECK(responseCount(*t) == 0);
    }
    SECTION("a group outside the survey is refused")
    {
        auto saved = repo.addResponse(answers(s.value(), QStringLiteral("Mentorer"), QStringLiteral("Jordemødre"), 3));
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error() == QStringLiteral("“Jordemødre” is not one of the groups in the survey “Runde 1”."));
        CHECK(responseCount(*t) == 0);
    }
    SECTION("a row left completely blank may be saved (the measure ignores it)")
    {
        RcResponse blank = answers(s.value(), QStringLiteral("Mentorer"), QStringLiteral("Psykologer"), 1);
        blank.answers = {};
        REQUIRE(repo.addResponse(blank).ok());
        CHECK(responseCount(*t) == 1);
    }
    SECTION("deleting a survey deletes its responses")
    {
        REQUIRE(repo.addResponse(answers(s.value(), QStringLiteral("Mentorer"), QStringLiteral("Psykologer"), 3)).ok());
        REQUIRE(repo.removeSurvey(s->id).ok());
        CHECK(repo.surveys().isEmpty());
        CHECK(responseCount(*t) == 0);
    }
}

TEST_CASE("The consistency check finds answers without a survey", "[rc][check]")
{
    TempDb t;
    RcRepository repo(*t);
    auto s = repo.createSurvey(QStringLiteral("Runde 1"), QDate(2026, 11, 2), kGroups);
    REQUIRE(s.ok());
    REQUIRE(repo.addResponse(answers(s.value(), QStringLiteral("Mentorer"), QStringLiteral("Psykologer"), 3)).ok());
    CHECK(ConsistencyCheck::sound(ConsistencyCheck::run(*t)));
    // As after sync, when the survey's deletion arrived but the answers' did not.
    REQUIRE(t->softDelete(QStringLiteral("rc_survey"), s->id).ok());
    const auto findings = ConsistencyCheck::run(*t);
    CHECK_FALSE(ConsistencyCheck::sound(findings));
    const QJsonObject json = ConsistencyCheck::toJson(findings);
    CHECK(json.value(QStringLiteral("errors"))
              .toArray()
              .first()
              .toString()
              .contains(QStringLiteral("belong to no survey")));
}

TEST_CASE("CSV import: rejected rows with their line numbers, the rest kept", "[rc][import]")
{
    TempDb t;
    auto report = RcCsvImport(*t).importFile(QStringLiteral("Runde 1"), dataPath(QStringLiteral("rc/rejections.csv")));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    const QJsonObject want
        = QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("rc/rejections.expected.json")))).object();
    INFO(QJsonDocument(report->toJson()).toJson().toStdString());
    CHECK(report->toJson() == want);
    CHECK(report->surveyCreated);
    CHECK(responseCount(*t) == 3); // lines 2, 9 and 11 (a blank row is kept)
    auto survey = RcRepository(*t).findSurvey(QStringLiteral("Runde 1"));
    REQUIRE(survey.has_value());
    // the groups the file names, in the order they appear (BOM and quotes handled)
    CHECK(survey->groups
          == QStringList{QStringLiteral("Sagsbehandlere"), QStringLiteral("Psykologer"), QStringLiteral("Mentorer")});
    CHECK(survey->heldOn == t.clock.today());
}

TEST_CASE("CSV import into an existing survey", "[rc][import]")
{
    TempDb t;
    auto s = RcRepository(*t).createSurvey(
        QStringLiteral("Runde 1"), QDate(2026, 5, 1), {QStringLiteral("Sagsbehandlere"), QStringLiteral("Psykologer")});
    REQUIRE(s.ok());
    const QByteArray csv = "respondent_group;rated_group;frequent;timely;accurate;problem_solving;shared_goals;shared_"
                           "knowledge;mutual_respect\n"
                           "Sagsbehandlere;Psykologer;4;4;4;4;4;4;4\n"
                           "Sagsbehandlere;Jordemødre;4;4;4;4;4;4;4\n";
    auto report = RcCsvImport(*t).importData(QStringLiteral("runde 1"), csv);
    REQUIRE(report.ok());
    CHECK_FALSE(report->surveyCreated);
    CHECK(report->imported == 1);
    REQUIRE(report->rejected.size() == 1);
    CHECK(report->rejected[0].line == 3);
    CHECK(report->rejected[0].reason.contains(QStringLiteral("not one of the groups")));
    CHECK(RcRepository(*t).surveys().size() == 1);
}

TEST_CASE("CSV import refuses a file without the expected columns", "[rc][import]")
{
    TempDb t;
    auto report
        = RcCsvImport(*t).importData(QStringLiteral("Runde 1"), "respondent_group;rated_group;frequent\nA;B;3\n");
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().contains(QStringLiteral("timely, accurate, problem_solving")));
    CHECK(RcRepository(*t).surveys().isEmpty());
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")) == 0);
}

TEST_CASE("Question wording", "[rc][wording]")
{
    const RcWording& own = RcWording::shipped();
    CHECK(own.languages() == QStringList{QStringLiteral("da"), QStringLiteral("en")});
    for (auto d : RcDimensions::all()) {
        CHECK(own.question(d, QStringLiteral("da"), QStringLiteral("psykologerne"))
                  .contains(QStringLiteral("psykologerne")));
        CHECK_FALSE(own.question(d, QStringLiteral("en"), QStringLiteral("X")).isEmpty());
    }
    CHECK(own.scaleLabel(5, QStringLiteral("en")) == QStringLiteral("Fully / always"));

    SECTION("a municipality's own file, Danish only")
    {
        QByteArray text = "# licensed wording\n[da]\n";
        for (auto d : RcDimensions::all()) {
            text += RcDimensions::code(d).toUtf8() + " = Spørgsmål om " + RcDimensions::code(d).toUtf8()
                + " og {group}?\n";
        }
        auto w = RcWording::parse(text);
        INFO(w.error().toStdString());
        REQUIRE(w.ok());
        CHECK(w->question(RcDimension::SharedGoals, QStringLiteral("da"), QStringLiteral("lægerne"))
              == QStringLiteral("Spørgsmål om shared_goals og lægerne?"));
        // no English section: the file's Danish is used rather than mixing in our wording
        CHECK(w->question(RcDimension::SharedGoals, QStringLiteral("en"), QStringLiteral("X"))
                  .startsWith(QStringLiteral("Spørgsmål")));
        CHECK(w->scaleLabel(1, QStringLiteral("da")) == QStringLiteral("Slet ikke / aldrig")); // the file has no scale
    }
    SECTION("mistakes are reported with the line")
    {
        auto unknown = RcWording::parse("[da]\nfrequent = a\nfriendly = b\n");
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error() == QStringLiteral("Line 3: unknown key “friendly”."));
        auto missing = RcWording::parse("[en]\nfrequent = a\n");
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().contains(QStringLiteral("timely, accurate")));
        auto noSection = RcWording::parse("frequent = a\n");
        REQUIRE_FALSE(noSection.ok());
        CHECK(noSection.error().startsWith(QStringLiteral("Line 1:")));
    }
}

TEST_CASE("Surveys and answers reach another PC through sync", "[rc][sync]")
{
    TempDb a(QStringLiteral("a.db"));
    TempDb b(QStringLiteral("b.db"));
    auto report = RcCsvImport(*a).importFile(QStringLiteral("Runde 1"), dataPath(QStringLiteral("rc/measure.csv")));
    REQUIRE(report.ok());
    const QJsonObject snapshot = Replica(*a).snapshot();
    {
        Database::Transaction tx(*b);
        REQUIRE(Replica(*b).applySnapshot(snapshot).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(dumpDatabase(*b) == dumpDatabase(*a));
    RcRepository there(*b);
    const auto survey = there.findSurvey(QStringLiteral("Runde 1"));
    REQUIRE(survey.has_value());
    const RcResult r = RcMeasure::measure(survey->groups, there.responses(survey->id));
    REQUIRE(r.tie(QStringLiteral("Sagsbehandlere"), QStringLiteral("Psykologer")));
    CHECK(*r.tie(QStringLiteral("Sagsbehandlere"), QStringLiteral("Psykologer"))->index == Approx(3.2));
    CHECK(ConsistencyCheck::sound(ConsistencyCheck::run(*b)));
}
