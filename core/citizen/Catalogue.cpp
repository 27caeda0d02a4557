#include "Catalogue.h"

#include "core/util/Language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samspil {

QString CatalogueEntry::label() const
{
    return Language::isDanish() || en.isEmpty() ? da : en;
}

QString CatalogueEntry::note() const
{
    return Language::isDanish() || noteEn.isEmpty() ? noteDa : noteEn;
}

namespace {

const CatalogueEntry* findCode(const QVector<CatalogueEntry>& entries, const QString& code)
{
    for (const auto& e : entries) {
        if (e.code == code) {
            return &e;
        }
    }
    return nullptr;
}

const CatalogueEntry* findText(const QVector<CatalogueEntry>& entries, const QString& text)
{
    for (const auto& e : entries) {
        if (e.code.compare(text, Qt::CaseInsensitive) == 0 || e.da.compare(text, Qt::CaseInsensitive) == 0
            || e.en.compare(text, Qt::CaseInsensitive) == 0) {
            return &e;
        }
    }
    return nullptr;
}

QVector<CatalogueEntry> readEntries(const QJsonArray& array)
{
    QVector<CatalogueEntry> out;
    for (const auto& v : array) {
        const QJsonObject o = v.toObject();
        CatalogueEntry e;
        e.code = o.value(QLatin1String("code")).toString();
        e.da = o.value(QLatin1String("da")).toString();
        e.en = o.value(QLatin1String("en")).toString();
        e.closedToNew = o.value(QLatin1String("closed_to_new")).toBool();
        e.noteDa = o.value(QLatin1String("note")).toObject().value(QLatin1String("da")).toString();
        e.noteEn = o.value(QLatin1String("note")).toObject().value(QLatin1String("en")).toString();
        if (!e.code.isEmpty()) {
            out.append(e);
        }
    }
    return out;
}

} // namespace

const BenefitCatalogue& BenefitCatalogue::shipped()
{
    static const BenefitCatalogue catalogue = [] {
        auto loaded = load(QStringLiteral(":/samspil/catalogues/benefits.json"));
        Q_ASSERT_X(loaded.ok(), "BenefitCatalogue", "the shipped catalogue must load");
        return loaded.ok() ? loaded.value() : BenefitCatalogue{};
    }();
    return catalogue;
}

Result<BenefitCatalogue> BenefitCatalogue::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot read the catalogue %1: %2").arg(path, f.errorString()));
    }
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (doc.isNull() || !doc.isObject()) {
        return fail(tr("The catalogue %1 is not valid JSON: %2").arg(path, err.errorString()));
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("samspil-catalogue/1")) {
        return fail(tr("The catalogue %1 has an unknown format.").arg(path));
    }
    BenefitCatalogue c;
    c.m_benefits = readEntries(root.value(QLatin1String("benefits")).toArray());
    c.m_targetGroups = readEntries(root.value(QLatin1String("target_groups")).toArray());
    for (const auto& v : root.value(QLatin1String("legacy")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject w = o.value(QLatin1String("warning")).toObject();
        c.m_legacy.append({o.value(QLatin1String("label")).toString(),
                           o.value(QLatin1String("code")).toString(),
                           w.value(QLatin1String("da")).toString(),
                           w.value(QLatin1String("en")).toString()});
    }
    if (c.m_benefits.isEmpty()) {
        return fail(tr("The catalogue %1 lists no benefits.").arg(path));
    }
    for (const auto& l : c.m_legacy) {
        if (!c.benefit(l.code)) {
            return fail(tr("The catalogue %1 maps “%2” to an unknown benefit “%3”.").arg(path, l.label, l.code));
        }
    }
    return c;
}

const CatalogueEntry* BenefitCatalogue::benefit(const QString& code) const
{
    return findCode(m_benefits, code);
}

const CatalogueEntry* BenefitCatalogue::targetGroup(const QString& code) const
{
    return findCode(m_targetGroups, code);
}

QString BenefitCatalogue::benefitLabel(const QString& code) const
{
    const auto* e = benefit(code);
    return e ? e->label() : code;
}

QString BenefitCatalogue::targetGroupLabel(const QString& code) const
{
    const auto* e = targetGroup(code);
    return e ? e->label() : code;
}

Result<Resolved> BenefitCatalogue::resolveBenefit(const QString& input) const
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return fail(tr("The benefit is missing."));
    }
    if (const auto* e = findText(m_benefits, text)) {
        return Resolved{e->code, {}};
    }
    for (const auto& l : m_legacy) {
        if (l.label.compare(text, Qt::CaseInsensitive) == 0) {
            return Resolved{l.code, Language::isDanish() || l.warningEn.isEmpty() ? l.warningDa : l.warningEn};
        }
    }
    return fail(tr("“%1” is not a benefit Samspil knows. Use one of: %2.")
                    .arg(text, [this] {
                        QStringList labels;
                        for (const auto& b : m_benefits) {
                            labels << b.label();
                        }
                        return labels.join(QLatin1String(", "));
                    }()));
}

Result<Resolved> BenefitCatalogue::resolveTargetGroup(const QString& input) const
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return Resolved{};
    }
    if (const auto* e = findText(m_targetGroups, text)) {
        return Resolved{e->code, {}};
    }
    return fail(tr("“%1” is not a target group. Use jobparat, uddannelsesparat or aktivitetsparat.").arg(text));
}

} // namespace samspil
