#include "IcfCatalogue.h"

#include "core/util/Language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace samspil {

const QVector<IcfComponent>& IcfComponents::all()
{
    static const QVector<IcfComponent> list = {IcfComponent::BodyFunctions, IcfComponent::BodyStructures,
                                               IcfComponent::Activities, IcfComponent::Environment};
    return list;
}

QChar IcfComponents::letter(IcfComponent c)
{
    switch (c) {
    case IcfComponent::BodyFunctions:
        return QLatin1Char('b');
    case IcfComponent::BodyStructures:
        return QLatin1Char('s');
    case IcfComponent::Activities:
        return QLatin1Char('d');
    case IcfComponent::Environment:
        break;
    }
    return QLatin1Char('e');
}

std::optional<IcfComponent> IcfComponents::fromLetter(QChar l)
{
    for (auto c : all()) {
        if (letter(c) == l.toLower()) {
            return c;
        }
    }
    return std::nullopt;
}

QString IcfComponents::label(IcfComponent c)
{
    switch (c) {
    case IcfComponent::BodyFunctions:
        return tr("Body functions");
    case IcfComponent::BodyStructures:
        return tr("Body structures");
    case IcfComponent::Activities:
        return tr("Activities and participation");
    case IcfComponent::Environment:
        break;
    }
    return tr("Environmental factors");
}

QString IcfCategory::title() const
{
    return Language::isDanish() ? titleDa : titleEn;
}

QString IcfChapter::title() const
{
    return Language::isDanish() ? titleDa : titleEn;
}

const IcfCatalogue& IcfCatalogue::standard()
{
    static const IcfCatalogue catalogue = [] {
        QFile f(QStringLiteral(":/samspil/icf/vocational-rehabilitation.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            return IcfCatalogue();
        }
        auto c = fromJson(f.readAll());
        return c ? c.value() : IcfCatalogue();
    }();
    return catalogue;
}

Result<IcfCatalogue> IcfCatalogue::fromJson(const QByteArray& json)
{
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(tr("The ICF catalogue is not valid JSON: %1").arg(err.errorString()));
    }
    static const QRegularExpression codePattern(QStringLiteral("^[bsde][0-9]{3,5}$"));
    static const QRegularExpression chapterPattern(QStringLiteral("^[bsde][1-9]$"));
    IcfCatalogue out;
    QSet<QString> chapterCodes;
    for (const auto& v : doc.object().value(QStringLiteral("chapters")).toArray()) {
        const auto o = v.toObject();
        IcfChapter ch{o.value(QStringLiteral("code")).toString(),
                      o.value(QStringLiteral("da")).toString(),
                      o.value(QStringLiteral("en")).toString()};
        if (!chapterPattern.match(ch.code).hasMatch() || chapterCodes.contains(ch.code)) {
            return fail(tr("The ICF catalogue has a malformed or repeated chapter: %1").arg(ch.code));
        }
        if (ch.titleDa.isEmpty() || ch.titleEn.isEmpty()) {
            return fail(tr("The ICF chapter %1 lacks a Danish or English title.").arg(ch.code));
        }
        chapterCodes.insert(ch.code);
        out.m_chapters.append(ch);
    }
    for (const auto& v : doc.object().value(QStringLiteral("categories")).toArray()) {
        const auto o = v.toObject();
        IcfCategory c;
        c.code = o.value(QStringLiteral("code")).toString();
        if (!codePattern.match(c.code).hasMatch()) {
            return fail(tr("The ICF catalogue has a malformed code: %1").arg(c.code));
        }
        c.component = *IcfComponents::fromLetter(c.code.at(0));
        c.titleDa = o.value(QStringLiteral("da")).toString();
        c.titleEn = o.value(QStringLiteral("en")).toString();
        if (c.titleDa.isEmpty() || c.titleEn.isEmpty()) {
            return fail(tr("The ICF category %1 lacks a Danish or English title.").arg(c.code));
        }
        if (!chapterCodes.isEmpty() && !chapterCodes.contains(c.chapterCode())) {
            return fail(tr("The ICF category %1 belongs to no chapter in the catalogue.").arg(c.code));
        }
        for (const auto& s : o.value(QStringLiteral("sets")).toArray()) {
            c.coreSets << s.toString();
        }
        if (out.find(c.code)) {
            return fail(tr("The ICF catalogue lists %1 twice.").arg(c.code));
        }
        out.m_index.insert(c.code, int(out.m_categories.size()));
        out.m_searchText.append(c.titleDa.toLower() + QLatin1Char(' ') + c.titleEn.toLower());
        out.m_categories.append(c);
    }
    return out;
}

const IcfCategory* IcfCatalogue::find(const QString& code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_categories.at(it.value());
}

const IcfChapter* IcfCatalogue::chapterOf(const QString& code) const
{
    const QString chapter = code.left(2);
    for (const auto& ch : m_chapters) {
        if (ch.code == chapter) {
            return &ch;
        }
    }
    return nullptr;
}

QVector<IcfCategory> IcfCatalogue::search(const QString& query, Scope scope) const
{
    const QString q = query.trimmed().toLower();
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = q.split(spaces, Qt::SkipEmptyParts);
    QVector<IcfCategory> byCode;
    QVector<IcfCategory> byWords;
    for (int i = 0; i < m_categories.size(); ++i) {
        const auto& c = m_categories.at(i);
        if (scope == Scope::CoreSets && !c.inCoreSet()) {
            continue;
        }
        if (q.isEmpty() || c.code.startsWith(q)) {
            byCode.append(c);
            continue;
        }
        const QString& text = m_searchText.at(i);
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return text.contains(w); })) {
            byWords.append(c);
        }
    }
    return byCode + byWords;
}

int IcfCatalogue::size(Scope scope) const
{
    if (scope == Scope::All) {
        return int(m_categories.size());
    }
    return int(std::count_if(m_categories.cbegin(), m_categories.cend(), [](const auto& c) { return c.inCoreSet(); }));
}

QVector<IcfCategory> IcfCatalogue::ofComponent(IcfComponent component) const
{
    QVector<IcfCategory> out;
    for (const auto& c : m_categories) {
        if (c.component == component) {
            out.append(c);
        }
    }
    return out;
}

QString IcfFinding::coded() const
{
    if (isEnvironmental() && facilitator) {
        return QStringLiteral("%1+%2").arg(code).arg(qualifier);
    }
    return QStringLiteral("%1.%2").arg(code).arg(qualifier);
}

QString IcfFinding::qualifierLabel() const
{
    if (isEnvironmental()) {
        return facilitator ? IcfQualifiers::facilitatorLabel(qualifier) : IcfQualifiers::barrierLabel(qualifier);
    }
    return IcfQualifiers::problemLabel(qualifier);
}

const QVector<int>& IcfQualifiers::values()
{
    static const QVector<int> v = {0, 1, 2, 3, 4, 8, 9};
    return v;
}

bool IcfQualifiers::isValid(int q)
{
    return values().contains(q);
}

QString IcfQualifiers::problemLabel(int q)
{
    switch (q) {
    case 0:
        return tr("no problem");
    case 1:
        return tr("mild problem");
    case 2:
        return tr("moderate problem");
    case 3:
        return tr("severe problem");
    case 4:
        return tr("complete problem");
    case 8:
        return tr("not specified");
    case 9:
        return tr("not applicable");
    }
    return {};
}

QString IcfQualifiers::barrierLabel(int q)
{
    switch (q) {
    case 0:
        return tr("no barrier");
    case 1:
        return tr("mild barrier");
    case 2:
        return tr("moderate barrier");
    case 3:
        return tr("severe barrier");
    case 4:
        return tr("complete barrier");
    }
    return problemLabel(q);
}

QString IcfQualifiers::facilitatorLabel(int q)
{
    switch (q) {
    case 0:
        return tr("no facilitator");
    case 1:
        return tr("mild facilitator");
    case 2:
        return tr("moderate facilitator");
    case 3:
        return tr("substantial facilitator");
    case 4:
        return tr("complete facilitator");
    }
    return problemLabel(q);
}

QStringList IcfQualifiers::problems(const IcfFinding& f, const IcfCatalogue& catalogue)
{
    QStringList out;
    if (!catalogue.find(f.code)) {
        out << tr("%1 is not an ICF category in the catalogue.").arg(f.code);
        return out;
    }
    if (!isValid(f.qualifier)) {
        out << tr("%1: the qualifier must be 0, 1, 2, 3, 4, 8 or 9.").arg(f.code);
    }
    if (f.facilitator && !f.isEnvironmental()) {
        out << tr("%1: only environmental factors can be facilitators.").arg(f.code);
    }
    if (f.facilitator && (f.qualifier == 8 || f.qualifier == 9)) {
        out << tr("%1: a facilitator is rated 0 to 4.").arg(f.code);
    }
    return out;
}

} // namespace samspil
