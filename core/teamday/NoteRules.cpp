#include "NoteRules.h"

#include "core/plan/Tracks.h"

#include <QSet>

namespace samspil {

// The messages NoteRepository wrote first keep its translation context, so the Danish follows them.

bool NoteRules::isEmpty(const IcfNote& n)
{
    return n.findings.isEmpty() && n.jobMeaning.trimmed().isEmpty() && n.personalFactors.trimmed().isEmpty();
}

QStringList NoteRules::problems(const IcfNote& n)
{
    QStringList out;
    const auto& catalogue = IcfCatalogue::standard();
    QSet<QString> seen;
    for (const auto& f : n.findings) {
        out += IcfQualifiers::problems(f, catalogue);
        if (seen.contains(f.code)) {
            out << QCoreApplication::translate("NoteRepository", "%1 is listed twice.").arg(f.code);
        }
        seen.insert(f.code);
    }
    if (const auto unknown = Tracks::unknown(n.tracks); !unknown.isEmpty()) {
        out << QCoreApplication::translate("NoteRepository", "Unknown intervention tracks: %1")
                   .arg(unknown.join(QStringLiteral(", ")));
    }
    if (isEmpty(n)) {
        out << QCoreApplication::translate(
            "NoteRepository", "The note is empty: add ICF findings or write what it means for job or education.");
    }
    return out;
}

QStringList NoteRules::missing(const IcfNote& n)
{
    QStringList out;
    if (n.findings.isEmpty()) {
        out << tr("no ICF findings");
    }
    if (n.personalFactors.trimmed().isEmpty()) {
        out << tr("no personal factors");
    }
    if (n.jobMeaning.trimmed().isEmpty()) {
        out << tr("nothing on what it means for job or education");
    }
    if (n.tracks.isEmpty()) {
        out << tr("no recommended intervention tracks");
    }
    return out;
}

} // namespace samspil
