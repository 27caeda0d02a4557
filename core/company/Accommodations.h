#pragma once

#include "core/teamday/IcfNote.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace samspil {

/// Skånehensyn (accommodations at the workplace): a short catalogue of what a company is asked to
/// respect, each proposed from findings in the citizen's signed ICF notes and chosen by the
/// caseworker. The rules live here, beside the model (not in a repository).
class Accommodations
{
    Q_DECLARE_TR_FUNCTIONS(Accommodations)
public:
    /// The codes, in the order they are shown: "no-heavy-lifting", "short-days", "varied-positions",
    /// "clear-tasks", "quiet-workplace", "low-time-pressure", "fixed-contact", "flexible-start".
    static const QStringList& codes();
    /// "No heavy lifting", … in the user's language; the code itself when unknown.
    static QString label(const QString& code);
    static bool known(const QString& code);

    struct Proposal
    {
        QString code;
        QString because; ///< the findings behind it, in words ("b455.2 Exercise tolerance functions (physiotherapist)")
    };
    /// What the signed notes suggest: an accommodation for every finding (not an environmental
    /// factor) with a qualifier from 2 (moderate) to 4 (complete) whose code the rules know.
    /// Drafts and notes whose content the reader may not see propose nothing.
    static QVector<Proposal> propose(const QVector<IcfNote>& notes);

    /// Whether a company's stated demands (plain words) clash with an accommodation; the words
    /// that clash are returned (empty: no clash). Danish and English words are both recognised.
    static QStringList clashes(const QString& code, const QString& demands);
};

} // namespace samspil
