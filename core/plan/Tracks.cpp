#include "Tracks.h"

#include "core/util/Language.h"

#include <algorithm>

namespace samspil {

QString Track::name() const
{
    return Language::isDanish() ? nameDa : nameEn;
}

QString Track::description() const
{
    return Language::isDanish() ? descriptionDa : descriptionEn;
}

const QVector<Track>& Tracks::all()
{
    // The Danish names are the model's own words; the descriptions say who the track is for.
    static const QVector<Track> tracks = {
        {1, QStringLiteral("physical"), QStringLiteral("Primært fysiske helbredsforhold"),
         QStringLiteral("Mainly physical conditions"),
         QStringLiteral("Bevægeapparatet og organiske lidelser, fx smerter, slidgigt, hjerte- og lungesygdom."),
         QStringLiteral("Musculoskeletal and organ conditions, e.g. pain, osteoarthritis, heart or lung disease.")},
        {2, QStringLiteral("mild_mental"), QStringLiteral("Lettere psykiske lidelser"),
         QStringLiteral("Mild mental conditions"),
         QStringLiteral("Stress, angst og let depression."),
         QStringLiteral("Stress, anxiety and mild depression.")},
        {3, QStringLiteral("mental_illness"), QStringLiteral("Primært psykisk sygdom"),
         QStringLiteral("Mainly mental illness"),
         QStringLiteral("Fx bipolar lidelse, skizofreni og svær depression."),
         QStringLiteral("E.g. bipolar disorder, schizophrenia and severe depression.")},
        {4, QStringLiteral("developmental"), QStringLiteral("Primært udviklingsforstyrrelser og/eller kognitive vanskeligheder"),
         QStringLiteral("Mainly developmental disorders and/or cognitive difficulties"),
         QStringLiteral("Fx ADHD, autisme, senhjerneskade og indlæringsvanskeligheder."),
         QStringLiteral("E.g. ADHD, autism, acquired brain injury and learning difficulties.")},
        {5, QStringLiteral("social"), QStringLiteral("Primært sociale problemer"),
         QStringLiteral("Mainly social problems"),
         QStringLiteral("Fx bolig, gæld, familie og netværk."),
         QStringLiteral("E.g. housing, debt, family and social network.")},
        {6, QStringLiteral("substance"), QStringLiteral("Primært misbrug"),
         QStringLiteral("Mainly substance abuse"),
         QStringLiteral("Alkohol, stoffer, medicin og spil."),
         QStringLiteral("Alcohol, drugs, medication and gambling.")},
        {7, QStringLiteral("lifestyle"), QStringLiteral("Primært livsstilsproblemer"),
         QStringLiteral("Mainly lifestyle problems"),
         QStringLiteral("Fx overvægt, rygning, søvn, kost og motion."),
         QStringLiteral("E.g. obesity, smoking, sleep, diet and exercise.")},
        {8, QStringLiteral("unclarified"), QStringLiteral("Diffuse eller uafklarede lidelser"),
         QStringLiteral("Diffuse or unclarified conditions"),
         QStringLiteral("Symptomer uden klar diagnose eller en lidelse, der endnu ikke er afklaret."),
         QStringLiteral("Symptoms without a clear diagnosis, or a condition not yet clarified.")},
    };
    return tracks;
}

const Track* Tracks::find(const QString& code)
{
    for (const auto& t : all()) {
        if (t.code == code) {
            return &t;
        }
    }
    return nullptr;
}

bool Tracks::isValid(const QString& code)
{
    return find(code) != nullptr;
}

QString Tracks::join(const QStringList& codes)
{
    QStringList sorted;
    for (const auto& t : all()) {
        if (codes.contains(t.code)) {
            sorted << t.code;
        }
    }
    return sorted.join(QLatin1Char(','));
}

QStringList Tracks::split(const QString& stored)
{
    QStringList codes;
    for (const auto& part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed();
        if (!code.isEmpty() && !codes.contains(code)) {
            codes << code;
        }
    }
    return codes;
}

QStringList Tracks::unknown(const QStringList& codes)
{
    QStringList bad;
    std::copy_if(codes.begin(), codes.end(), std::back_inserter(bad), [](const QString& c) { return !isValid(c); });
    return bad;
}

QString Tracks::displayNames(const QStringList& codes)
{
    QStringList names;
    for (const auto& t : all()) {
        if (codes.contains(t.code)) {
            names << QStringLiteral("%1 %2").arg(t.number).arg(t.name());
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace samspil
