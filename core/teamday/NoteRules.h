#pragma once

#include "core/teamday/IcfNote.h"

#include <QCoreApplication>
#include <QStringList>

namespace samspil {

/// The rules of signing a professional note, beside the model: what stops a note from being
/// signed, and what a signer should know is missing before signing. The repository stores; these
/// decide (NoteRepository::problems returns NoteRules::problems).
class NoteRules
{
    Q_DECLARE_TR_FUNCTIONS(NoteRules)
public:
    /// Problems that stop a note from being signed, as messages for the user: a qualifier that
    /// does not fit its category, a category listed twice, an unknown track, or an empty note.
    static QStringList problems(const IcfNote& note);
    /// A note with no ICF findings, no personal factors and nothing on what it means for job or
    /// education says nothing a colleague can use; it cannot be signed (tracks alone are a
    /// recommendation with nothing behind it).
    static bool isEmpty(const IcfNote& note);
    /// The parts of the note that are left out, in the user's words ("no personal factors"), for
    /// the question before signing; empty when every part is filled in.
    static QStringList missing(const IcfNote& note);
};

} // namespace samspil
