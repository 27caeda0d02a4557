// The batch body reader (core/sync/BatchBody.cpp) against a general JSON reader: the same changes
// from every body an honest PC writes, and a refusal of the whole body for anything malformed.
#include "core/sync/BatchFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace samspil;

namespace {

/// How batches were read before: a JSON document, then its values.
QVector<RemoteChange> reference(const QByteArray& body, const QString& site)
{
    auto stampFrom = [](const QJsonValue& v) { return v.toString().toLongLong(); };
    auto variantFrom = [](const QJsonValue& v) -> QVariant {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return {};
        case QJsonValue::Bool:
            return v.toBool();
        case QJsonValue::Double: {
            const double d = v.toDouble();
            const qint64 i = v.toInteger();
            return double(i) == d ? QVariant(i) : QVariant(d);
        }
        case QJsonValue::String:
            return v.toString();
        default:
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        }
    };
    QVector<RemoteChange> out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    REQUIRE(doc.isArray());
    for (const QJsonValue& rowValue : doc.array()) {
        const QJsonArray r = rowValue.toArray();
        REQUIRE(r.size() == 7);
        RemoteChange c;
        c.site = site;
        c.hlc = stampFrom(r.at(1));
        c.actor = r.at(2).toString();
        c.table = r.at(3).toString();
        c.rowId = r.at(4).toString();
        const QJsonObject fields = r.at(5).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            c.fields.append({it.key(), variantFrom(it.value())});
        }
        const QJsonObject clocks = r.at(6).toObject();
        for (auto it = clocks.begin(); it != clocks.end(); ++it) {
            SiteClock clock;
            const QJsonObject sites = it.value().toObject();
            for (auto s = sites.begin(); s != sites.end(); ++s) {
                clock.append({s.key(), stampFrom(s.value())});
            }
            c.clocks.insert(it.key(), clock);
        }
        out.append(c);
    }
    return out;
}

/// Fields by name (a JSON object's members have no order).
QMap<QString, QVariant> byName(const RemoteChange& c)
{
    QMap<QString, QVariant> out;
    for (const auto& [field, value] : c.fields) {
        out.insert(field, value);
    }
    return out;
}

QMap<QString, QMap<QString, qint64>> clocksOf(const RemoteChange& c)
{
    QMap<QString, QMap<QString, qint64>> out;
    for (auto it = c.clocks.begin(); it != c.clocks.end(); ++it) {
        for (const auto& [site, hlc] : it.value()) {
            out[it.key()].insert(site, hlc);
        }
        out[it.key()]; // an empty clock counts too
    }
    return out;
}

} // namespace

TEST_CASE("The batch reader gives the changes a JSON document reader gives", "[sync][batch]")
{
    const QString site = QStringLiteral("site-a");
    const QByteArray body = QByteArrayLiteral("[")
        + R"([1,"7340032000000001","actor 1","citizen","row-1",{"name":"Åse \"Ø\" \\ \/ \n\t\u0001 \ud83d\ude00 \u00e6",)"
          R"("whole":5,"neg":-12,"real":1.5,"dot":2.0,"exp":1e2,"Exp":2.5E-3,"zero":-0,"max":9223372036854775807,)"
          R"("min":-9223372036854775808,"over":9223372036854775808,"huge":12345678901234567890,"t":true,"f":false,)"
          R"("n":null,"obj":{"b":1,"a":[1,"x"]},"arr":[1,2],"empty":""},{"name":{"site-b":"7340032000000000","site-c":"5"}}],)"
        + "\n"
        + R"([2, "7340032000000002" , "\u0041ctor" , "plan" , "row-2" , { } , null ],)"
        + R"([3,"7340032000000003",5,"note","row-3",{"x":"y"},{"x":{"site-b":"12a"},"y":{"site-c":" 7"},"z":{"site-d":7},"w":"no clock"}],)"
        + R"([4,"\u0037\u0033","a","t","r",{"k":[]},{}],)"
        + R"([5,"+9","a","t","r",{},{"k":{}}])"
        + "]";
    auto ours = BatchFile::readChanges(body, site, 5);
    INFO(ours.error().toStdString());
    REQUIRE(ours.ok());
    const QVector<RemoteChange> theirs = reference(body, site);
    REQUIRE(ours->size() == theirs.size());
    for (int i = 0; i < theirs.size(); ++i) {
        INFO("change " << i);
        const RemoteChange& a = ours->at(i);
        const RemoteChange& b = theirs[i];
        CHECK(a.site == b.site);
        CHECK(a.hlc == b.hlc);
        CHECK(a.actor == b.actor);
        CHECK(a.table == b.table);
        CHECK(a.rowId == b.rowId);
        CHECK(a.fields.size() == b.fields.size());
        const auto fa = byName(a);
        const auto fb = byName(b);
        CHECK(fa.keys() == fb.keys());
        for (auto it = fb.begin(); it != fb.end(); ++it) {
            INFO(it.key().toStdString());
            CHECK(fa.value(it.key()).typeId() == it.value().typeId());
            CHECK(fa.value(it.key()) == it.value());
        }
        CHECK(clocksOf(a) == clocksOf(b));
    }
    // The values themselves, not only their agreement.
    const auto first = byName(ours->at(0));
    CHECK(first.value(QStringLiteral("name")).toString()
          == QStringLiteral("Åse \"Ø\" \\ / \n\t\u0001 ") + QString::fromUtf8("😀 æ"));
    CHECK(first.value(QStringLiteral("dot")).typeId() == QMetaType::LongLong);
    CHECK(first.value(QStringLiteral("real")).toDouble() == 1.5);
    CHECK(first.value(QStringLiteral("max")).toLongLong() == std::numeric_limits<qint64>::max());
    CHECK(first.value(QStringLiteral("obj")).toString() == QStringLiteral(R"({"a":[1,"x"],"b":1})"));
    CHECK(ours->at(0).clocks.value(QStringLiteral("name")).size() == 2);
    CHECK(ours->at(1).actor == QStringLiteral("Actor"));
    CHECK(ours->at(3).hlc == 73);
    CHECK(ours->at(4).hlc == 9);
}

TEST_CASE("A malformed batch body is refused whole", "[sync][batch]")
{
    const QString site = QStringLiteral("site-a");
    const QByteArray good = R"([[1,"5","a","citizen","r",{"name":"x"},null]])";
    REQUIRE(BatchFile::readChanges(good, site, 1).ok());
    const QList<QByteArray> bad = {
        "",
        "{}",
        R"([[1,"5","a","citizen","r",{"name":"x"},null])",          // cut short
        R"([[1,"5","a","citizen","r",{"name":"x"},null]] x)",       // more after it
        R"([[1,"5","a","citizen","r",{"name":"x"},null],])",        // trailing comma
        R"([[1,"5","a","citizen","r",{"name":"x" "y"},null]])",     // no comma
        R"([[1,"5","a","citizen","r",{"name" "x"},null]])",         // no colon
        R"([[1,"5","a","citizen","r",{"name":"\x"},null]])",        // unknown escape
        R"([[1,"5","a","citizen","r",{"name":"\ud800"},null]])",    // lone surrogate
        R"([[1,"5","a","citizen","r",{"name":"\u12"},null]])",      // short escape
        "[[1,\"5\",\"a\",\"citizen\",\"r\",{\"name\":\"\x01\"},null]]", // raw control character
        "[[1,\"5\",\"a\",\"citizen\",\"r\",{\"name\":\"\xff\"},null]]", // not UTF-8
        R"([[1,"5","a","citizen","r",{"name":01},null]])",          // leading zero
        R"([[1,"5","a","citizen","r",{"name":1e400},null]])",       // not a finite number
        R"([[1,"5","a","citizen","r",{"name":.5},null]])",
        R"([[1,"5","a","citizen","r",{"name":tru},null]])",
        R"([[1,"5","a","citizen","r",{"name":"x","name":"y"},null]])", // a field twice
        R"([[1,"5","a","citizen","r",{"name":"x"},null,8]])",       // eight elements
        R"([[1,"5","a","citizen","r",{"name":"x"}]])",              // six
        R"([[1,"5","a","citizen","r",["name"],null]])",             // fields not an object
        R"([[1,"0","a","citizen","r",{"name":"x"},null]])",         // no stamp
        R"([[1,"5","a","","r",{"name":"x"},null]])",                // no table
        R"([[1,"5","a","citizen",7,{"name":"x"},null]])",           // no row
        R"([7])",
        QByteArray("[[1,\"5\",\"a\",\"citizen\",\"r\",{\"name\":") + QByteArray(100, '[') + QByteArray(100, ']')
            + "},null]]", // nested too deep
    };
    for (const QByteArray& body : bad) {
        INFO(body.toStdString());
        auto read = BatchFile::readChanges(body, site, 1);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().contains(QStringLiteral("damaged")));
    }
    auto counted = BatchFile::readChanges(good, site, 2);
    REQUIRE_FALSE(counted.ok());
    CHECK(counted.error() == QStringLiteral("the file is damaged (it holds 1 changes, its header says 2)"));
}
