#pragma once

#include "core/teamday/IcfNote.h"
#include "core/storage/Database.h"

#include <optional>

namespace samspil {

/// Professional ICF notes. Drafts are edited by their author; signing makes a version
/// immutable; an amendment is a new draft version pointing at the signed one.
class NoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)
public:
    explicit NoteRepository(Database& db)
        : m_db(db)
    {
    }

    /// Saves a draft: a new note when `note.id` is empty, else changes the draft (only its
    /// author may, and never once signed). A new note is written now, or at `note.createdAt`
    /// when that is given and not in the future (a note written at the talk and typed in later).
    Result<IcfNote> saveDraft(IcfNote note);
    /// Signs the draft; only its author may. Checks every ICF code and qualifier. Signed now, or
    /// at `at` when given: not before the note was written and not in the future.
    Result<IcfNote> sign(const QString& id, const QString& signerId, const QDateTime& at = {});
    /// A new draft version of a signed note, with its content, for its author to change and sign.
    Result<IcfNote> amend(const QString& id, const QString& authorId);
    Status discardDraft(const QString& id, const QString& userId);

    /// Every read below applies the consent rule for the acting person (Database::principal):
    /// a note they may not read comes with its content empty and IcfNote::contentHidden set; and
    /// marks a signed note whose content changed after signing (IcfNote::alteredAfterSigning).
    std::optional<IcfNote> get(const QString& id) const;
    /// All versions of all notes of the citizen, newest first.
    QVector<IcfNote> forCitizen(const QString& citizenId) const;
    /// The signed notes that count: per note, the newest signed version.
    QVector<IcfNote> currentSigned(const QString& citizenId) const;
    /// currentSigned() for every citizen (workflow facts), in one query.
    QHash<QString, QVector<IcfNote>> currentSignedForAll() const;
    /// Problems that stop a note from being signed, as messages for the user.
    QStringList problems(const IcfNote& note) const;

    /// Notes of a missing citizen, author or earlier version; -1 when they cannot be counted.
    int countWithMissingReferences() const;
    /// Signed notes whose content differs from what was signed (see IcfNote::signedHash); -1 when
    /// they cannot be counted.
    int countChangedAfterSigning() const;

private:
    /// For a person (not the engine): they may write notes, and `staffId` is themselves.
    Status actingAs(const QString& staffId) const;
    /// The live notes that match `where` (" AND …", then an order); a failed read is an error.
    Result<QVector<IcfNote>> read(const QString& where, const QVariantList& binds) const;
    /// The live note with this id; nothing when there is none, an error when the read failed.
    Result<std::optional<IcfNote>> find(const QString& id) const;
    /// The note, or an error when it cannot be read or does not exist.
    Result<IcfNote> existing(const QString& id) const;
    /// read() for functions that return a plain list: a failed read is a warning in the log and no notes.
    QVector<IcfNote> query(const QString& where, const QVariantList& binds, const char* caller) const;
    Database& m_db;
};

} // namespace samspil
