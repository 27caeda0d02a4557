#include "Conference.h"

#include "core/plan/Tracks.h"

#include <QMap>

#include <algorithm>

namespace samspil {

namespace {
int professionOrder(const QString& code)
{
    static const QStringList order = {QStringLiteral("physiotherapist"), QStringLiteral("psychologist"),
                                      QStringLiteral("nurse"), QStringLiteral("caseworker")};
    const int i = order.indexOf(code);
    return i < 0 ? order.size() : i;
}
} // namespace

QVector<WorksheetRow> Worksheet::merge(const QVector<IcfNote>& notes, const IcfCatalogue& catalogue)
{
    QVector<IcfNote> sorted = notes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const IcfNote& a, const IcfNote& b) {
        return professionOrder(a.profession) < professionOrder(b.profession);
    });
    QMap<QString, WorksheetRow> rows; // key: component order + code
    for (const auto& n : sorted) {
        for (const auto& f : n.findings) {
            if (f.code.isEmpty()) {
                continue;
            }
            const auto component = IcfComponents::fromLetter(f.code.at(0)).value_or(IcfComponent::Environment);
            const QString key = QString::number(IcfComponents::all().indexOf(component)) + f.code;
            auto it = rows.find(key);
            if (it == rows.end()) {
                WorksheetRow r;
                r.code = f.code;
                r.component = component;
                const auto* c = catalogue.find(f.code);
                r.title = c ? c->title() : QString();
                it = rows.insert(key, r);
            }
            it->entries.append({n.id, n.authorId, n.profession, f});
        }
    }
    return rows.values();
}

QVector<QPair<QString, int>> Worksheet::recommendedTracks(const QVector<IcfNote>& notes)
{
    QVector<QPair<QString, int>> out;
    for (const auto& t : Tracks::all()) {
        const int n = int(std::count_if(notes.cbegin(), notes.cend(),
                                        [&](const IcfNote& note) { return note.tracks.contains(t.code); }));
        if (n > 0) {
            out.append({t.code, n});
        }
    }
    return out;
}

} // namespace samspil
