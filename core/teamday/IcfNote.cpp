#include "IcfNote.h"

#include "core/util/Dates.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace samspil {

QVector<IcfFinding> IcfNote::findingsOf(IcfComponent c) const
{
    QVector<IcfFinding> out;
    for (const auto& f : findings) {
        if (!f.code.isEmpty() && IcfComponents::fromLetter(f.code.at(0)) == c) {
            out.append(f);
        }
    }
    return out;
}

QString IcfNote::contentHash() const
{
    QStringList tracksSorted = tracks;
    tracksSorted.sort();
    const QJsonObject content{{QStringLiteral("findings"), findingsToJson(findings)},
                              {QStringLiteral("personal_factors"), personalFactors.trimmed()},
                              {QStringLiteral("job_meaning"), jobMeaning.trimmed()},
                              {QStringLiteral("tracks"), QJsonArray::fromStringList(tracksSorted)}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QJsonArray IcfNote::findingsToJson(const QVector<IcfFinding>& findings)
{
    QJsonArray out;
    for (const auto& f : findings) {
        QJsonObject o{{QStringLiteral("code"), f.code}, {QStringLiteral("qualifier"), f.qualifier}};
        if (f.facilitator) {
            o.insert(QStringLiteral("facilitator"), true);
        }
        if (!f.comment.isEmpty()) {
            o.insert(QStringLiteral("comment"), f.comment);
        }
        out.append(o);
    }
    return out;
}

QVector<IcfFinding> IcfNote::findingsFromJson(const QJsonArray& array)
{
    QVector<IcfFinding> out;
    for (const auto& v : array) {
        const auto o = v.toObject();
        IcfFinding f;
        f.code = o.value(QStringLiteral("code")).toString();
        f.qualifier = o.value(QStringLiteral("qualifier")).toInt(8);
        f.facilitator = o.value(QStringLiteral("facilitator")).toBool();
        f.comment = o.value(QStringLiteral("comment")).toString();
        out.append(f);
    }
    return out;
}

NoteAccess NoteVisibility::access(const IcfNote& note, const QString& userId, const QString& userProfession,
                                  const std::optional<Consent>& consent, const QDate& today)
{
    if (!userId.isEmpty() && note.authorId == userId) {
        return NoteAccess::Content;
    }
    if (consent && consent->inForce(today) && consent->covers(userProfession)) {
        return NoteAccess::Content;
    }
    return NoteAccess::ExistsOnly;
}

QString NoteVisibility::hiddenReason(const std::optional<Consent>& consent, const QString& userProfession,
                                     const QDate& today)
{
    if (!consent || !consent->givenOn.isValid()) {
        return tr("Content hidden: the citizen has not given consent to share health information with the team.");
    }
    if (consent->withdrawnOn.isValid() && consent->withdrawnOn <= today) {
        return tr("Content hidden: the citizen withdrew consent on %1.").arg(formatDate(consent->withdrawnOn));
    }
    if (consent->givenOn > today) {
        return tr("Content hidden: the consent applies from %1.").arg(formatDate(consent->givenOn));
    }
    const auto p = Professions::fromCode(userProfession);
    return tr("Content hidden: the citizen's consent does not cover %1.")
        .arg(p ? Professions::label(*p).toLower() : tr("your profession"));
}

} // namespace samspil
