#include "core/plan/PlanRepository.h"
#include "core/util/Uuid.h"
#include "tests/support/UiFixture.h"
#include "ui/plan/PlanDocument.h"

#include <QProcess>
#include <QStandardPaths>

using namespace samspil;
using namespace samspil::test;
using namespace samspil::ui;

namespace {
QString pageText(const QString& pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                                          QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}
} // namespace

TEST_CASE("printed plan: many goals run over several pages, no goal is split, pages are numbered", "[plan][pdf]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed");
        return;
    }
    UiFixture f;
    Plan p;
    p.citizenId = f.aase;
    p.caseworkerId = f.mha;
    p.employmentGoal = QStringLiteral("Job i en børnehave, 25 timer om ugen");
    for (int k = 1; k <= 9; ++k) {
        PlanGoal g;
        g.lineage = newUuid();
        g.text = QStringLiteral("Goal number %1").arg(k);
        g.criterion = QStringLiteral("Criterion of goal %1 ").arg(k).repeated(6).trimmed();
        g.tracks = {QStringLiteral("physical"), QStringLiteral("social")};
        g.targetDate = QDate(2027, 1, k);
        g.responsibleId = f.jv;
        p.goals.append(g);
        PlanGoal sub;
        sub.lineage = newUuid();
        sub.parentLineage = g.lineage;
        sub.text = QStringLiteral("Sub-goal of %1").arg(k);
        sub.criterion = QStringLiteral("Sub-criterion %1").arg(k);
        p.goals.append(sub);
    }
    auto created = PlanRepository(f.db()).createDraft(p);
    REQUIRE(created.ok());
    ProgressionRepository ratings(f.db());
    for (const auto& g : created->goals) {
        if (g.isSubGoal()) {
            continue;
        }
        for (int k = 0; k < 3; ++k) {
            Rating r;
            r.citizenId = f.aase;
            r.goalLineage = g.lineage;
            r.rater = k % 2 ? Rater::Professional : Rater::Citizen;
            r.score = 3 + k;
            r.ratedOn = QDate(2026, 9, 1).addDays(20 * k);
            REQUIRE(ratings.add(r).ok());
        }
    }
    auto data = PlanDocumentData::load(f.db(), f.aase);
    REQUIRE(data.ok());
    data->municipality = QStringLiteral("Jammerbugt Kommune");
    const QString pdf = f.tdb.dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(PlanDocument(data.value()).writePdf(pdf).ok());

    QStringList pages;
    for (int n = 1; n <= 20; ++n) {
        const QString t = pageText(pdf, n);
        if (t.isEmpty()) {
            break;
        }
        pages << t;
    }
    REQUIRE(pages.size() >= 3);
    for (int n = 0; n < pages.size(); ++n) {
        CHECK(pages[n].contains(QStringLiteral("Page %1 of %2").arg(n + 1).arg(pages.size())));
        CHECK(pages[n].contains(QStringLiteral("Jammerbugt Kommune")));
    }
    CHECK(pages[0].contains(QStringLiteral("Åse Ærø")));
    CHECK(pages[0].contains(QStringLiteral("Job i en børnehave, 25 timer om ugen")));
    for (int k = 1; k <= 9; ++k) {
        // The goal's title, its criterion, its sub-goal and its chart title are on one page.
        int found = 0;
        for (const auto& t : pages) {
            if (t.contains(QStringLiteral("Goal %1: Goal number %1").arg(k))) {
                ++found;
                CHECK(t.contains(QStringLiteral("Sub-criterion %1").arg(k)));
                CHECK(t.contains(QStringLiteral("Progress: Goal number %1").arg(k)));
            }
        }
        CHECK(found == 1);
    }
}
