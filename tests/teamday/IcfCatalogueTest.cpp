#include "core/icf/IcfCatalogue.h"

#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace samspil;

// The shipped ICF catalogue against tests/data/icf/vocational-rehabilitation-core-set.json, a
// fixture that cites where each list comes from and how far it could be checked (see also
// docs/teamday.md). A catalogue edit that drops a brief category, marks more categories
// "comprehensive" than the published core set has, or changes a WHO title fails here.

namespace {
QJsonObject fixture()
{
    QFile f(QStringLiteral(SAMSPIL_TEST_DATA "/icf/vocational-rehabilitation-core-set.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto doc = QJsonDocument::fromJson(f.readAll());
    REQUIRE(doc.isObject());
    return doc.object();
}

QSet<QString> codes(const QJsonArray& a)
{
    QSet<QString> out;
    for (const auto& v : a) {
        out.insert(v.toString());
    }
    return out;
}

QString letter(const IcfCategory& c)
{
    return QString(IcfComponents::letter(c.component));
}
} // namespace

TEST_CASE("ICF catalogue: the brief core set is exactly the published list with the published counts", "[teamday][icf]")
{
    const auto fx = fixture();
    const QSet<QString> published = codes(fx.value(QStringLiteral("brief")).toArray());
    const auto counts
        = fx.value(QStringLiteral("published_counts")).toObject().value(QStringLiteral("brief")).toObject();
    REQUIRE(published.size() == counts.value(QStringLiteral("total")).toInt());

    QSet<QString> shipped;
    QHash<QString, int> perComponent;
    for (const auto& c : IcfCatalogue::standard().categories()) {
        if (c.inBriefCoreSet()) {
            shipped.insert(c.code);
            perComponent[letter(c)] += 1;
            INFO(c.code.toStdString());
            // A brief core set is drawn from its comprehensive one.
            CHECK(c.coreSets.contains(QStringLiteral("comprehensive")));
        }
    }
    CHECK(shipped == published);
    for (const char* component : {"b", "d", "e"}) {
        INFO(component);
        CHECK(perComponent.value(QString::fromLatin1(component)) == counts.value(QLatin1String(component)).toInt());
    }
}

TEST_CASE("ICF catalogue: the comprehensive core set holds every confirmed category and never more than published",
          "[teamday][icf]")
{
    const auto fx = fixture();
    const auto counts
        = fx.value(QStringLiteral("published_counts")).toObject().value(QStringLiteral("comprehensive")).toObject();
    REQUIRE(counts.value(QStringLiteral("total")).toInt() == 90);
    REQUIRE(counts.value(QStringLiteral("b")).toInt() + counts.value(QStringLiteral("d")).toInt()
                + counts.value(QStringLiteral("e")).toInt()
            == 90);

    const auto& catalogue = IcfCatalogue::standard();
    for (const auto& code : codes(fx.value(QStringLiteral("comprehensive_confirmed")).toArray())) {
        INFO(code.toStdString());
        const auto* c = catalogue.find(code);
        REQUIRE(c != nullptr);
        CHECK(c->coreSets.contains(QStringLiteral("comprehensive")));
    }
    QHash<QString, int> perComponent;
    for (const auto& c : catalogue.categories()) {
        if (c.coreSets.contains(QStringLiteral("comprehensive"))) {
            perComponent[letter(c)] += 1;
        }
        if (c.component == IcfComponent::BodyStructures) {
            // The vocational-rehabilitation core set has no body structures.
            CHECK(c.coreSets.isEmpty());
        }
    }
    for (const char* component : {"b", "d", "e"}) {
        INFO(component);
        CHECK(perComponent.value(QString::fromLatin1(component)) <= counts.value(QLatin1String(component)).toInt());
    }
    // The body functions are complete: 13 confirmed by the instruments table, b164 from the
    // brief set, and three more (docs/teamday.md says which and why).
    CHECK(perComponent.value(QStringLiteral("b")) == counts.value(QStringLiteral("b")).toInt());
}

TEST_CASE("ICF catalogue: every code and English title is the WHO one", "[teamday][icf]")
{
    const auto titles = fixture().value(QStringLiteral("titles")).toObject();
    const auto& categories = IcfCatalogue::standard().categories();
    REQUIRE(categories.size() == titles.size());
    QString previous;
    for (const auto& c : categories) {
        INFO(c.code.toStdString());
        REQUIRE(titles.contains(c.code));
        CHECK(c.titleEn == titles.value(c.code).toString());
        CHECK_FALSE(c.titleDa.trimmed().isEmpty());
        CHECK(c.titleDa != c.titleEn);
        // Grouped by component (b, s, d, e) and ordered by code within each, as the editor lists them.
        if (!previous.isEmpty() && previous.at(0) == c.code.at(0)) {
            CHECK(previous < c.code);
        }
        previous = c.code;
    }
}
