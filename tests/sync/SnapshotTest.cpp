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

/// Two citizens, written on `site`: what most snapshots here are made of.
void addTwoCitizens(TempDb& site)
{
    addTestCitizen(*site, QStringLiteral("Åse Østergaard"), QStringLiteral("6101901234"));
    addTestCitizen(*site, QStringLiteral("Bo Ørum"), QStringLiteral("6202854321"));
}

/// Every index of the database and what builds it.
QStringList indexes(TempDb& site)
{
    QSqlQuery q(site->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")));
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    }
    return out;
}

/// The text of a snapshot of two citizens, written on `source`.
QByteArray twoCitizensSnapshot(TempDb& source)
{
    addTwoCitizens(source);
    const auto made = Replica(*source).makeSnapshot();
    REQUIRE(made.ok());
    return made.value();
}

qint64 citizens(TempDb& site)
{
    return scalar(*site, QStringLiteral("SELECT count(*) FROM citizen"));
}

/// Applies a snapshot (its text, as it travels) in a unit of work of its own, committed only when
/// it applies.
Result<ApplyOutcome> applyAlone(TempDb& site, const QByteArray& text, const Replica::SnapshotTrust& trust = {})
{
    Database::EngineScope engine(*site);
    Database::Transaction tx(*site);
    auto applied = Replica(*site).applySnapshot(text, trust);
    if (applied) {
        if (auto s = tx.commit(); !s) {
            return Error{s.error()};
        }
    }
    return applied;
}

Result<ApplyOutcome> applyAlone(TempDb& site, const QJsonObject& snapshot, const Replica::SnapshotTrust& trust = {})
{
    return applyAlone(site, QJsonDocument(snapshot).toJson(QJsonDocument::Compact), trust);
}

/// A bad snapshot is refused with `reason` and changes nothing; the good one then applies.
template <typename Snapshot>
void refusedThenGood(TempDb& fresh, const Snapshot& bad, const Snapshot& good, const QString& reason)
{
    const QStringList before = indexes(fresh);
    const auto applied = applyAlone(fresh, bad);
    REQUIRE_FALSE(applied.ok());
    INFO(applied.error().toStdString());
    CHECK(applied.error().contains(reason));
    CHECK(citizens(fresh) == 0);
    CHECK(indexes(fresh) == before); // those set aside while its rows went in are back
    REQUIRE(applyAlone(fresh, good).ok());
    CHECK(citizens(fresh) == 2);
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
    // A new PC's tables are filled before their indexes are built: every one is there after.
    CHECK(indexes(fresh) == indexes(source));
    CHECK(indexes(fresh).size() > 30);
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
    addTwoCitizens(source);
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
    refusedThenGood(fresh, bad, good, reason);
}

TEST_CASE("A snapshot naming a PC outside the team, or stamped far ahead, is refused and changes nothing", "[sync][snapshot]")
{
    TempDb source;
    addTwoCitizens(source);
    const QJsonObject snapshot = Replica(*source).snapshot();
    const qint64 now = Hlc::make(QDateTime::currentMSecsSinceEpoch() + 60'000, 0);
    const qint64 past = Hlc::make(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), 0);
    Replica::SnapshotTrust inTeam;
    inTeam.knows = [&](const QString& site) { return site == source->siteId(); };
    inTeam.latest = now;
    Replica::SnapshotTrust outside = inTeam;
    outside.knows = [](const QString&) { return false; };
    Replica::SnapshotTrust ahead = inTeam;
    ahead.latest = past;
    // The first form says the same of its clocks.
    const QString site = newUuid();
    const QJsonArray clock{QJsonArray{site, QString::number(Hlc::make(QDateTime::currentMSecsSinceEpoch(), 0))}};
    const QJsonObject first{
        {QStringLiteral("citizen"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), newUuid()},
                                {QStringLiteral("v"),
                                 QJsonObject{{QStringLiteral("name"), QJsonArray{QStringLiteral("Bo Ørum"), clock}}}}}}}};
    Replica::SnapshotTrust firstOutside = outside;
    Replica::SnapshotTrust firstAhead;
    firstAhead.latest = past;

    TempDb fresh;
    for (const auto& [json, trust, reason] :
         {std::tuple{snapshot, outside, "not in the team"}, std::tuple{snapshot, ahead, "ahead"},
          std::tuple{first, firstOutside, "not in the team"}, std::tuple{first, firstAhead, "ahead"}}) {
        const auto applied = applyAlone(fresh, json, trust);
        REQUIRE_FALSE(applied.ok());
        CHECK(applied.error().contains(QString::fromLatin1(reason)));
        CHECK(citizens(fresh) == 0);
    }
    REQUIRE(applyAlone(fresh, snapshot, inTeam).ok());
    CHECK(citizens(fresh) == 2);
}

TEST_CASE("A snapshot's text written by someone hostile is refused with the reason and changes nothing", "[sync][snapshot]")
{
    TempDb source;
    const QByteArray good = twoCitizensSnapshot(source);
    const QByteArray quoted = "\"Åse Østergaard\"";
    const qsizetype name = good.indexOf(quoted);
    REQUIRE(name > 0);
    QByteArray bad;
    QString reason = QStringLiteral("damaged");
    SECTION("cut short") { bad = good.left(good.size() - 20); }
    SECTION("more after its end") { bad = good + "{}"; }
    SECTION("a key more at the top") { bad = QByteArray(good).insert(good.size() - 1, ",\"extra\":1"); }
    SECTION("the keys in another order")
    {
        bad = QByteArray(good).replace("{\"format\":2,", "{").replace("}}}", "}},\"format\":2}");
        reason = QStringLiteral("does not know"); // read as the first form, whose tables have names
    }
    SECTION("text that is not UTF-8")
    {
        bad = QByteArray(good).replace(name + 1, 3, "\xc3\x28\xff");
    }
    SECTION("nested past all reason")
    {
        bad = QByteArray(good).replace(name, quoted.size(), QByteArray(100000, '[') + QByteArray(100000, ']'));
        reason = QStringLiteral("invalid row");
    }
    SECTION("a value that is a list")
    {
        bad = QByteArray(good).replace(name, quoted.size(), "[\"Åse\"]");
        reason = QStringLiteral("invalid row");
    }
    SECTION("a PC numbered past the snapshot's list")
    {
        bad = QByteArray(good).replace("[0,\"", "[7,\"");
        reason = QStringLiteral("invalid row");
    }
    SECTION("a stamp with more than digits")
    {
        bad = QByteArray(good).replace("[0,\"", "[0,\"1e9");
        reason = QStringLiteral("invalid row");
    }
    SECTION("a format this version does not know")
    {
        bad = QByteArray(good).replace("{\"format\":2,", "{\"format\":3,");
        reason = QStringLiteral("newer Samspil");
    }
    REQUIRE(bad != good);
    TempDb fresh;
    refusedThenGood(fresh, bad, good, reason);
    CHECK(dumpDatabase(*fresh) == dumpDatabase(*source));
}

TEST_CASE("A snapshot's text is read where it lies, and never past its end", "[sync][snapshot]")
{
    TempDb source;
    const QByteArray good = twoCitizensSnapshot(source);
    // Text with room after it (as a sealed file's body has) is read in place; whatever lies in
    // that room is not part of it: here, the end that was cut off, then more of the same.
    const auto withRoom = [&](qsizetype length) {
        QByteArray text;
        text.reserve(good.size() + 128);
        text.append(good.left(length));
        char* room = text.data() + text.size() + 1; // past the terminating zero
        for (qsizetype i = 0; i < 100; ++i) {
            room[i] = good.at((length + i) % good.size());
        }
        return text;
    };
    TempDb fresh;
    const auto cut = applyAlone(fresh, withRoom(good.size() - 1));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().contains(QStringLiteral("damaged")));
    CHECK(citizens(fresh) == 0);
    REQUIRE(applyAlone(fresh, withRoom(good.size())).ok());
    CHECK(dumpDatabase(*fresh) == dumpDatabase(*source));
}
