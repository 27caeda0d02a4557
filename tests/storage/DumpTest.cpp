#include "core/demo/DemoData.h"
#include "core/citizen/CitizenRepository.h"
#include "core/storage/Dump.h"
#include "core/staff/StaffRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samspil;
using namespace samspil::test;

TEST_CASE("dump is canonical JSON without local bookkeeping", "[dump]")
{
    TempDb t;
    StaffRepository staff(*t);
    Staff s;
    s.name = QStringLiteral("Mette Holm Andersen");
    s.initials = QStringLiteral("mha");
    auto m = staff.create(s);
    REQUIRE(m.ok());
    CitizenRepository citizens(*t);
    Citizen c;
    c.cpr = QStringLiteral("610190-1234");
    c.name = QStringLiteral("Åse Ærø");
    c.benefit = QStringLiteral("kontanthjaelp");
    c.benefitStart = QDate(2026, 10, 1);
    c.caseworkerId = m->id;
    auto created = citizens.create(c);
    REQUIRE(created.ok());
    Citizen gone = c;
    gone.cpr = QStringLiteral("620190-1234");
    auto deleted = citizens.create(gone);
    REQUIRE(deleted.ok());
    REQUIRE(citizens.remove(deleted->id).ok());

    const QByteArray dump = dumpDatabase(*t);
    const QJsonObject root = QJsonDocument::fromJson(dump).object();
    REQUIRE(root.contains(QStringLiteral("citizen")));
    REQUIRE(root.contains(QStringLiteral("staff")));
    const auto rows = root.value(QStringLiteral("citizen")).toArray();
    REQUIRE(rows.size() == 1); // deleted rows are not live data
    const QJsonObject row = rows.at(0).toObject();
    CHECK(row.value(QStringLiteral("name")).toString() == QStringLiteral("Åse Ærø"));
    CHECK(row.value(QStringLiteral("caseworker_id")).toString() == m->id);
    CHECK(row.value(QStringLiteral("phone")).isNull());
    CHECK_FALSE(row.contains(QStringLiteral("sync_clock")));
    CHECK_FALSE(row.contains(QStringLiteral("updated_at")));
    CHECK_FALSE(row.contains(QStringLiteral("deleted_at")));
    CHECK(root.value(QStringLiteral("staff")).toArray().at(0).toObject().value(QStringLiteral("active")).toInt() == 1);
    CHECK(dump.contains("\"initials\":\"MHA\""));
    CHECK_FALSE(dump.contains(t->siteId().toUtf8()));
}

TEST_CASE("Two databases with the same data dump byte for byte alike", "[dump]")
{
    // The same rows written in a different order, at different times, on different sites.
    TempDb a(QStringLiteral("a.db"));
    TempDb b(QStringLiteral("b.db"));
    b.clock.advanceDays(3);
    const QString s1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
    const QString s2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
    const QVariantMap one{{QStringLiteral("name"), QStringLiteral("Ole Brandt")}, {QStringLiteral("initials"), QStringLiteral("OB")}};
    const QVariantMap two{{QStringLiteral("name"), QStringLiteral("Tina Skov")}, {QStringLiteral("initials"), QStringLiteral("TS")}};
    REQUIRE(a->write(QStringLiteral("staff"), s1, one).ok());
    REQUIRE(a->write(QStringLiteral("staff"), s2, two).ok());
    REQUIRE(b->write(QStringLiteral("staff"), s2, {{QStringLiteral("name"), QStringLiteral("T")}}).ok());
    REQUIRE(b->write(QStringLiteral("staff"), s2, two).ok());
    REQUIRE(b->write(QStringLiteral("staff"), s1, one).ok());
    CHECK(dumpDatabase(*a) == dumpDatabase(*b));
    REQUIRE(b->write(QStringLiteral("staff"), s1, {{QStringLiteral("active"), false}}).ok());
    CHECK(dumpDatabase(*a) != dumpDatabase(*b));
}

TEST_CASE("Demo data: the same seed gives the same data and CPR numbers are synthetic", "[dump][demo]")
{
    TempDb a(QStringLiteral("a.db"));
    TempDb b(QStringLiteral("b.db"));
    REQUIRE(DemoData::populate(*a, {25, 7}).ok());
    REQUIRE(DemoData::populate(*b, {25, 7}).ok());
    auto strip = [](Database& db) {
        // ids are fresh UUIDs; everything else must match, down to who is whose caseworker
        QHash<QString, QString> initials;
        for (const auto& s : StaffRepository(db).all()) {
            initials.insert(s.id, s.initials);
        }
        QStringList lines;
        for (const auto& c : CitizenRepository(db).all()) {
            lines << c.cpr + c.name + c.benefit + c.benefitStart.toString(Qt::ISODate) + c.phone + c.email + c.targetGroup
                    + initials.value(c.caseworkerId);
        }
        lines.sort();
        return lines;
    };
    CHECK(strip(*a) == strip(*b));
    CHECK(strip(*a).size() == 25);
    for (const auto& c : CitizenRepository(*a).all()) {
        const int day = c.cpr.left(2).toInt();
        CHECK(day >= 61);
        CHECK(day <= 91);
    }
    TempDb other(QStringLiteral("c.db"));
    REQUIRE(DemoData::populate(*other, {25, 8}).ok());
    CHECK(strip(*other) != strip(*a));
}
