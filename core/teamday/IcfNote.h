#pragma once

#include "core/staff/Staff.h"
#include "core/teamday/IcfCatalogue.h"
#include "core/teamday/TeamDay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace samspil {

/// A professional note (fagligt notat) built on ICF. A draft can be edited by its author;
/// once signed it is immutable. An amendment is a new version whose `supersedes` names the old;
/// both stay readable.
struct IcfNote
{
    QString id;
    QString citizenId;
    QString authorId;
    QString profession; ///< profession code of the author when written
    QString appointmentId;
    QVector<IcfFinding> findings;
    QString personalFactors;
    QString jobMeaning; ///< what it means for job or education
    QStringList tracks; ///< recommended intervention tracks (codes)
    QDateTime createdAt;
    QDateTime signedAt; ///< invalid while a draft
    QString supersedes;
    QString supersededBy; ///< filled when read: the newest amendment of this version, if any
    int version = 1;
    /// SHA-256 of the content when it was signed (hex). A signed note whose content no longer
    /// matches was changed afterwards, e.g. a draft edited on another PC before the signature
    /// arrived there; `check` and the Team day tab say so.
    QString signedHash;

    bool signedOff() const { return signedAt.isValid(); }
    /// The hash of the content as it is now (findings, personal factors, job meaning, tracks).
    QString contentHash() const;
    /// Set when read (NoteRepository): signed, and the content is no longer what was signed.
    bool alteredAfterSigning = false;
    /// Set when read: the reader may not see the content (the consent rule, NoteVisibility), so
    /// findings, personal factors, job meaning and tracks are empty; hiddenReason says why.
    bool contentHidden = false;
    QString hiddenReason;

    /// Whether the content as it is now is what was signed (true for a draft).
    bool matchesSignature() const { return !signedOff() || signedHash == contentHash(); }
    /// Signed, and the content was what was signed when the note was read.
    bool intact() const { return !alteredAfterSigning; }
    QVector<IcfFinding> findingsOf(IcfComponent c) const;

    static QJsonArray findingsToJson(const QVector<IcfFinding>& findings);
    static QVector<IcfFinding> findingsFromJson(const QJsonArray& array);
};

/// Whether a user may read a note's content (consent rule, issue 5).
enum class NoteAccess {
    Content,    ///< may read everything
    ExistsOnly, ///< sees that the note exists, who wrote it and when, not its content
};

class NoteVisibility
{
    Q_DECLARE_TR_FUNCTIONS(NoteVisibility)
public:
    /// The author always reads the note. Anyone else reads it only while the citizen's consent
    /// to share health information is in force on `today` and covers their profession; without
    /// it they see only that the note exists.
    static NoteAccess access(const IcfNote& note, const QString& userId, const QString& userProfession,
                             const std::optional<Consent>& consent, const QDate& today);
    /// Why the content is hidden, for the user ("Content hidden: no consent …").
    static QString hiddenReason(const std::optional<Consent>& consent, const QString& userProfession,
                                const QDate& today);
};

} // namespace samspil
