// The snapshot a new PC starts from: the compact form Samspil writes (Replica::makeSnapshot), the
// first form it wrote before, and snapshots written by someone hostile, which change nothing.
#include "tests/sync/SyncHarness.h"

#include "core/citizen/CitizenRepository.h"
#include "core/storage/RowClock.h"
#include "core/sync/BatchFile.h"
#include "core/util/Hlc.h"
#include "core/util/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace samspil;
using namespace samspil::test;

namespace {

qint64 citizens(TempDb& site)
{
    return scalar(*site, QStringLiteral("SELECT count(*) FROM citizen"));
}

/// Applies a snapshot in a unit of work of its own, committed only when it applies.
Result<ApplyOutcome> applyAlone(TempDb& site, const QJsonObject& snapshot)
{
    Database::EngineScope engine(*site);
    Database::Transaction tx(*site);
    auto applied = Replica(*site).applySnapshot(snapshot);
    if (applied) {
        if (auto s = tx.commit(); !s) {
            return Error{s.error()};
        }
    }
    return applied;
}

/// The first row of the compact snapshot's citizen table, changed by `change`.
QJsonObject withCitizenRow(const QJsonObject& snapshot, const std::function<void(QJsonArray&)>& change)
{
    QJsonObject out = snapshot;
    QJsonObject tables = out.value(QStringLiteral("tables")).toObject();
    QJsonObject citizen = tables.value(QStringLiteral("citizen")).toObject();
    QJsonArray rows = citizen.value(QStringLiteral("rows")).toArray();
    QJsonArray row = rows.at(0).toArray();
    change(row);
    rows.replace(0, row);
    citizen.insert(QStringLiteral("rows"), rows);
    tables.insert(QStringLiteral("citizen"), citizen);
    out.insert(QStringLiteral("tables"), tables);
    return out;
}

/// The first clock group (`[mask, clock]`) of that row, changed by `change`.
QJsonObject withCitizenGroup(const QJsonObject& snapshot, const std::function<void(QJsonArray&)>& change)
{
    return withCitizenRow(snapshot, [&](QJsonArray& row) {
        QJsonArray groups = row.at(2).toArray();
        QJsonArray group = groups.at(0).toArray();
        change(group);
        groups.replace(0, group);
        row.replace(2, groups);
    });
}

} // namespace

TEST_CASE("A snapshot names each PC once and groups a row's fields by their clock", "[sync][snapshot]")
{
    TempDb source;
    addTestCitizen(*source, QStringLiteral("Åse Østergaard"), QStringLiteral("6101901234"));
    const QJsonObject snapshot = Replica(*source).snapshot();
    CHECK(snapshot.value(QStringLiteral("format")).toInt() == 2);
    CHECK(snapshot.value(QStringLiteral("sites")).toArray() == QJsonArray{source->siteId()});
    const QJsonObject citizen = snapshot.value(QStringLiteral("tables")).toObject().value(QStringLiteral("citizen")).toObject();
    const QJsonArray columns = citizen.value(QStringLiteral("columns")).toArray();
    const QJsonArray row = citizen.value(QStringLiteral("rows")).toArray().at(0).toArray();
    REQUIRE(row.size() == 3);
    CHECK(row.at(1).toArray().size() == columns.size());
    // Written in one go: one clock for every field written, naming this PC (index 0).
    REQUIRE(row.at(2).toArray().size() == 1);
    CHECK(row.at(2).toArray().at(0).toArray().at(1).toArray().at(0).toInt() == 0);

    TempDb fresh;
    REQUIRE(applyAlone(fresh, snapshot).ok());
    CHECK(dumpDatabase(*fresh) == dumpDatabase(*source));
}

TEST_CASE("A new PC stores each row of a snapshot with the clock a merge would have written", "[sync][snapshot]")
{
    TempDb source;
    const QString edited = addTestCitizen(*source, QStringLiteral("Åse Østergaard"), QStringLiteral("6101901234"));
    const QString removed = addTestCitizen(*source, QStringLiteral("Bo Ørum"), QStringLiteral("6202854321"));
    source.clock.advanceSeconds(30);
    REQUIRE(source->write(QStringLiteral("citizen"), edited, {{QStringLiteral("phone"), QStringLiteral("12345678")}}).ok());
    REQUIRE(source->softDelete(QStringLiteral("citizen"), removed).ok());

    TempDb fresh;
    REQUIRE(applyAlone(fresh, Replica(*source).snapshot()).ok());
    CHECK(dumpDatabase(*fresh) == dumpDatabase(*source));
    const TableSpec& spec = *Schema::table(QStringLiteral("citizen"));
    const auto stored = [&](TempDb& site, const QString& id) {
        QSqlQuery q(site->sql());
        q.prepare(QStringLiteral("SELECT sync_clock FROM citizen WHERE id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    for (const QString& id : {edited, removed}) {
        INFO(id.toStdString());
        const QString text = stored(fresh, id);
        const RowClock here = RowClock::parse(text, spec);
        const RowClock there = RowClock::parse(stored(source, id), spec);
        // The text is the one form a merge writes (grouped, columns by position) ...
        CHECK(here.serialize(spec) == text);
        // ... of the same fields with the same stamps (sites are numbered by each PC).
        REQUIRE(here.fields().keys() == there.fields().keys());
        for (const QString& field : here.fields().keys()) {
            CHECK(here.get(field).dotHlc() == there.get(field).dotHlc());
        }
    }
    // Written once and edited once: two groups, the later one the phone's.
    CHECK(stored(fresh, edited).count(QLatin1Char(';')) == 1);
}

TEST_CASE("A snapshot in the first form, as Samspil wrote it before, still brings a new PC up", "[sync][snapshot]")
{
    const QString site = newUuid();
    const QString id = newUuid();
    const QString stamp = QString::number(Hlc::make(QDateTime::currentMSecsSinceEpoch(), 0));
    const QJsonArray clock{QJsonArray{site, stamp}};
    const QJsonObject first{
        {QStringLiteral("citizen"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("v"),
                                 QJsonObject{{QStringLiteral("name"), QJsonArray{QStringLiteral("Bo Ørum"), clock}},
                                             {QStringLiteral("cpr"), QJsonArray{QStringLiteral("6101901234"), clock}},
                                             {QStringLiteral("status"), QJsonArray{QStringLiteral("active"), clock}}}}}}}};
    TempDb fresh;
    REQUIRE(applyAlone(fresh, first).ok());
    const auto citizen = CitizenRepository(*fresh).get(id);
    REQUIRE(citizen.has_value());
    CHECK(citizen->name == QStringLiteral("Bo Ørum"));
    // And what it holds goes on in the compact form.
    CHECK(Replica(*fresh).snapshot().value(QStringLiteral("sites")).toArray() == QJsonArray{site});
}

TEST_CASE("A snapshot that is not exactly its shape is refused with the reason and changes nothing", "[sync][snapshot]")
{
    TempDb source;
    addTestCitizen(*source, QStringLiteral("Åse Østergaard"), QStringLiteral("6101901234"));
    addTestCitizen(*source, QStringLiteral("Bo Ørum"), QStringLiteral("6202901234"));
    const QJsonObject good = Replica(*source).snapshot();
    TempDb fresh;
    QJsonObject bad;
    QString reason;

    SECTION("a format this version does not know")
    {
        bad = good;
        bad.insert(QStringLiteral("format"), 3);
        reason = QStringLiteral("format");
    }
    SECTION("a clock that names a PC past the list of sites")
    {
        bad = withCitizenGroup(good, [](QJsonArray& group) { group.replace(1, QJsonArray{7, group.at(1).toArray().at(1)}); });
        reason = QStringLiteral("invalid row");
    }
    SECTION("a group that names a column past the table's columns")
    {
        bad = withCitizenGroup(good, [](QJsonArray& group) { group.replace(0, group.at(0).toString() + QStringLiteral("000f")); });
        reason = QStringLiteral("invalid row");
    }
    SECTION("a group whose columns are not hexadecimal")
    {
        bad = withCitizenGroup(good, [](QJsonArray& group) { group.replace(0, QStringLiteral("zz")); });
        reason = QStringLiteral("invalid row");
    }
    SECTION("a field in two groups")
    {
        bad = withCitizenRow(good, [](QJsonArray& row) {
            QJsonArray groups = row.at(2).toArray();
            groups.append(groups.at(0));
            row.replace(2, groups);
        });
        reason = QStringLiteral("invalid value");
    }
    SECTION("fewer values than columns")
    {
        bad = withCitizenRow(good, [](QJsonArray& row) {
            QJsonArray values = row.at(1).toArray();
            values.removeLast();
            row.replace(1, values);
        });
        reason = QStringLiteral("invalid row");
    }
    SECTION("a row id that is not an id")
    {
        bad = withCitizenRow(good, [](QJsonArray& row) { row.replace(0, QStringLiteral("'; DROP TABLE citizen; --")); });
        reason = QStringLiteral("invalid row");
    }
    SECTION("a stamp that is not a number")
    {
        bad = withCitizenGroup(good, [](QJsonArray& group) { group.replace(1, QJsonArray{0, QStringLiteral("soon")}); });
        reason = QStringLiteral("invalid row");
    }
    SECTION("a value of the wrong kind for its column")
    {
        bad = withCitizenRow(good, [&](QJsonArray& row) {
            const QJsonArray columns = good.value(QStringLiteral("tables"))
                                           .toObject()
                                           .value(QStringLiteral("citizen"))
                                           .toObject()
                                           .value(QStringLiteral("columns"))
                                           .toArray();
            QJsonArray values = row.at(1).toArray();
            values.replace(columns.toVariantList().indexOf(QStringLiteral("benefit_start")), QStringLiteral("31-02-2026"));
            row.replace(1, values);
            QJsonArray groups = row.at(2).toArray();
            QJsonArray group = groups.at(0).toArray();
            // Every column, benefit_start among them.
            QString every(columns.size() / 4, QLatin1Char('f'));
            if (columns.size() % 4 != 0) {
                every += QString::number((1 << (columns.size() % 4)) - 1, 16);
            }
            group.replace(0, every);
            groups.replace(0, group);
            row.replace(2, groups);
        });
        reason = QStringLiteral("invalid value");
    }
    SECTION("a column this version does not know, or one named twice")
    {
        QJsonObject tables = good.value(QStringLiteral("tables")).toObject();
        QJsonObject citizen = tables.value(QStringLiteral("citizen")).toObject();
        QJsonArray columns = citizen.value(QStringLiteral("columns")).toArray();
        columns.replace(1, GENERATE(QStringLiteral("password"), QStringLiteral("cpr")));
        citizen.insert(QStringLiteral("columns"), columns);
        tables.insert(QStringLiteral("citizen"), citizen);
        bad = good;
        bad.insert(QStringLiteral("tables"), tables);
        reason = QStringLiteral("does not know");
    }
    SECTION("a site that is not a PC's id")
    {
        bad = good;
        bad.insert(QStringLiteral("sites"), QJsonArray{QStringLiteral("../../etc")});
        reason = QStringLiteral("not a PC's id");
    }
    REQUIRE_FALSE(bad.isEmpty());
    const auto applied = applyAlone(fresh, bad);
    REQUIRE_FALSE(applied.ok());
    INFO(applied.error().toStdString());
    CHECK(applied.error().contains(reason));
    CHECK(citizens(fresh) == 0);
    // The genuine one still applies afterwards.
    REQUIRE(applyAlone(fresh, good).ok());
    CHECK(citizens(fresh) == 2);
}

TEST_CASE("A compact snapshot naming a PC outside the team, or stamped far ahead, is refused before it is applied", "[sync][snapshot]")
{
    TempDb source;
    addTestCitizen(*source, QStringLiteral("Åse Østergaard"), QStringLiteral("6101901234"));
    const QJsonObject snapshot = Replica(*source).snapshot();
    const qint64 now = Hlc::make(QDateTime::currentMSecsSinceEpoch() + 60'000, 0);
    const auto inTeam = [&](const QString& site) { return site == source->siteId(); };
    CHECK(BatchFile::checkSnapshotClocks(snapshot, inTeam, now).ok());

    const auto outside = BatchFile::checkSnapshotClocks(snapshot, [](const QString&) { return false; }, now);
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().contains(QStringLiteral("not in the team")));

    const auto ahead = BatchFile::checkSnapshotClocks(snapshot, inTeam, Hlc::make(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), 0));
    REQUIRE_FALSE(ahead.ok());
    CHECK(ahead.error().contains(QStringLiteral("ahead")));
}
