#include "InterventionCatalogue.h"

#include "core/util/Language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samspil {

QString InterventionKind::name() const
{
    return Language::isDanish() || nameEn.isEmpty() ? nameDa : nameEn;
}

const InterventionCatalogue& InterventionCatalogue::shipped()
{
    static const InterventionCatalogue catalogue = [] {
        InterventionCatalogue c;
        QFile f(QStringLiteral(":/samspil/interventions/catalogue.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            return c;
        }
        const auto items = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("interventions")).toArray();
        for (const auto& v : items) {
            const QJsonObject o = v.toObject();
            InterventionKind k;
            k.code = o.value(QStringLiteral("code")).toString();
            for (const auto& t : o.value(QStringLiteral("tracks")).toArray()) {
                k.tracks << t.toString();
            }
            k.nameDa = o.value(QStringLiteral("da")).toString();
            k.nameEn = o.value(QStringLiteral("en")).toString();
            c.m_kinds.append(k);
        }
        return c;
    }();
    return catalogue;
}

const InterventionKind* InterventionCatalogue::find(const QString& code) const
{
    for (const auto& k : m_kinds) {
        if (k.code == code) {
            return &k;
        }
    }
    return nullptr;
}

QVector<InterventionKind> InterventionCatalogue::forTrack(const QString& trackCode) const
{
    QVector<InterventionKind> out;
    for (const auto& k : m_kinds) {
        if (k.tracks.contains(trackCode)) {
            out.append(k);
        }
    }
    return out;
}

QString InterventionCatalogue::name(const QString& code) const
{
    const auto* k = find(code);
    return k ? k->name() : code;
}

} // namespace samspil
