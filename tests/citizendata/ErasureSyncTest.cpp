// Erasure across the team: the PC that erases, a second PC that syncs after it, and a third that
// had not heard of it and adds new rows about the citizen. At the end no PC and no file on the
// share holds anything of the citizen, and a PC that joins later never sees them.
#include "core/citizen/RetentionRepository.h"
#include "core/storage/Erasure.h"
#include "core/util/Uuid.h"
#include "tests/citizendata/CitizenWorld.h"
#include "tests/sync/SyncHarness.h"

#include <catch2/catch.hpp>

using namespace samspil;
using namespace samspil::test;

namespace {

const QString kLatePhone = QStringLiteral("11 22 33 44");
const QString kLateComment = QStringLiteral("Sen kommentar fra en pc uden nyheden");
const QString kSecondComment = QStringLiteral("Kommentar skrevet paa pc nummer to");
const QString kThirdEmail = QStringLiteral("aase.oestergaard@example.dk");

/// Personal data of Åse's (never ids: those are what erasure keeps, on purpose).
QList<QByteArray> personal()
{
    return {CitizenWorld::kAaseName.toUtf8(), CitizenWorld::kAaseCpr.toUtf8(), QByteArrayLiteral("Østergaard"),
            QByteArrayLiteral("Kan løfte ti kilo"), QByteArrayLiteral("Motiveret for praktik"), kLatePhone.toUtf8(),
            kLateComment.toUtf8(), kSecondComment.toUtf8(), kThirdEmail.toUtf8()};
}

QList<QByteArray> found(const QByteArray& text)
{
    QList<QByteArray> out;
    for (const auto& p : personal()) {
        if (text.contains(p)) {
            out << p;
        }
    }
    return out;
}

QByteArray siteFolder(Team& team, int i)
{
    return shareText(team.path(Share::siteDir(team[i]->siteId())), *team[i]);
}

void requireClean(Team& team, int i, const QStringList& traces)
{
    INFO("site " << i);
    CHECK(CitizenWorld::leftovers(*team[i], traces, {QStringLiteral("erased_row"), QStringLiteral("erasure")}) == QStringList{});
    CHECK(found(siteFolder(team, i)).isEmpty());
    CHECK(team[i]->erasedCitizens().size() == 1);
}

/// A caseworker's rating row for the citizen, written as a sync peer writes it; returns its id.
QString writeRating(Database& db, const QString& citizenId, int score, const QString& comment, const QString& by,
                    const QDate& on)
{
    const QString id = newUuid();
    REQUIRE(db.write(QStringLiteral("plan_rating"), id,
                     {{QStringLiteral("citizen_id"), citizenId},
                      {QStringLiteral("goal_lineage"), QString()},
                      {QStringLiteral("rater"), PlanText::raterCode(Rater::Caseworker)},
                      {QStringLiteral("score"), score},
                      {QStringLiteral("rated_on"), on},
                      {QStringLiteral("comment"), comment},
                      {QStringLiteral("rated_by"), by},
                      {QStringLiteral("created_at"), db.clock().now()}})
                .ok());
    return id;
}

} // namespace

TEST_CASE("An erasure reaches every PC and the share, and late rows for the citizen are dropped", "[erasure][sync]")
{
    Team team(3);
    TempDb& erasing = team[0];
    TempDb& second = team[1];
    TempDb& late = team[2];
    CitizenWorld w(*erasing);
    w.fill();
    team.syncUntilQuiet();
    // The other two PCs have written about Åse too, so every folder on the share holds her data.
    // Her case is closed, so the plan's rules add no rating to it: the rows are written as a PC
    // that had not yet heard of the closing wrote them.
    actAs(*second, w.caseworker.id);
    writeRating(*second, w.aase, 5, kSecondComment, w.caseworker.id, w.monday);
    actAs(*late, w.nurse.id);
    REQUIRE(AccessLog(*late).record(AccessLog::Action::Open, w.aase, AccessLog::kPage).ok());
    REQUIRE(late->write(QStringLiteral("citizen"), w.aase, {{QStringLiteral("email"), kThirdEmail}}).ok());
    team.syncUntilQuiet();
    for (int i = 0; i < 3; ++i) {
        CHECK_FALSE(found(siteFolder(team, i)).isEmpty());
    }
    const QStringList traces = CitizenWorld::traces(*erasing, w);
    const QByteArray boBefore = dumpDatabase(*erasing);

    // The first PC erases; it and the second synchronise; the third is away.
    auto erased = RetentionRepository(*erasing).erase(w.aase, 5, QString());
    INFO(erased.error().toStdString());
    REQUIRE(erased.ok());
    Team::sync(erasing);
    Team::sync(second);
    requireClean(team, 0, traces);
    requireClean(team, 1, traces);
    CHECK(dumpDatabase(*second) == dumpDatabase(*erasing));
    // The third PC's folder still holds what it wrote: it has not seen the erasure yet.
    CHECK_FALSE(found(siteFolder(team, 2)).isEmpty());

    // Meanwhile the third PC, which has not heard of it, changes her and adds new rows about her.
    REQUIRE(late->write(QStringLiteral("citizen"), w.aase, {{QStringLiteral("phone"), kLatePhone}}).ok());
    const QString lateRating = writeRating(*late, w.aase, 7, kLateComment, w.nurse.id, w.monday);
    // Its sync sends them and is cut off before it applies anything (a lost connection).
    {
        SyncEngine engine(*late);
        engine.setFaultHook([](const QString& step) { return step.startsWith(QLatin1String("import:")); });
        CHECK_FALSE(engine.sync().ok());
    }
    CHECK(found(siteFolder(team, 2)).contains(kLateComment.toUtf8()));

    // The second PC receives the late rows: they are dropped, never brought back.
    const auto report = Team::sync(second);
    CHECK(report.imported > 0);
    requireClean(team, 1, traces + QStringList{lateRating, kLatePhone, kLateComment});
    CHECK(scalar(*second, QStringLiteral("SELECT count(*) FROM plan_rating WHERE id = '%1'").arg(lateRating)) == 0);

    // The third PC then syncs in full: it erases her too and rewrites its own folder.
    Team::sync(late);
    team.syncUntilQuiet();
    for (int i = 0; i < 3; ++i) {
        requireClean(team, i, traces + QStringList{lateRating, kLatePhone, kLateComment});
    }
    int opened = 0;
    int unopened = 0;
    const QByteArray everything = shareText(team.share(), *team[0], &opened, &unopened);
    CHECK(found(everything).isEmpty());
    // The search read the sealed files' contents: the rest of the team's data is in them.
    CHECK(opened > 0);
    CHECK(unopened == 0);
    CHECK(everything.contains(CitizenWorld::kBoCpr.toUtf8()));
    CHECK(team.dump(0) == team.dump(1));
    CHECK(team.dump(1) == team.dump(2));
    // Bo and the rest of the team's data are all there on every PC.
    for (int i = 0; i < 3; ++i) {
        CHECK(CitizenRepository(*team[i]).findByCpr(CitizenWorld::kBoCpr).has_value());
        CHECK(CitizenWorld::expectedRows(*team[i], w.bo) == CitizenWorld::expectedRows(*erasing, w.bo));
    }
    CHECK(dumpDatabase(*erasing).size() < boBefore.size());

    SECTION("a PC that joins afterwards starts from the rewritten folders and never sees her")
    {
        TempDb& newcomer = team.addSite();
        Team::sync(newcomer);
        CHECK(CitizenWorld::leftovers(*newcomer, traces + QStringList{lateRating, kLatePhone},
                                      {QStringLiteral("erased_row"), QStringLiteral("erasure")})
              == QStringList{});
        CHECK(CitizenRepository(*newcomer).findByCpr(CitizenWorld::kBoCpr).has_value());
        CHECK(dumpDatabase(*newcomer) == team.dump(0));
    }
}
