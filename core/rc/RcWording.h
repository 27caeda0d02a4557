#pragma once

#include "core/rc/RcSurvey.h"
#include "core/util/Result.h"

#include <QHash>

namespace samspil {

/// The question wording for the seven dimensions, per language ("da", "en"). Samspil ships its
/// own wording (resources/rc/wording.txt); a municipality that holds a licence for the official
/// survey loads its own text file in the same format (docs/relational-coordination.md).
class RcWording
{
    Q_DECLARE_TR_FUNCTIONS(RcWording)
public:
    struct Language
    {
        QString title;
        QString intro;
        std::array<QString, kRcDimensionCount> questions;
        std::array<QString, 5> scale; ///< labels for 1..5; may be empty
        QString skip; ///< the "don't know" choice; may be empty
    };

    /// Samspil's own wording, embedded in the program.
    static const RcWording& shipped();
    static Result<RcWording> parse(const QByteArray& text);
    static Result<RcWording> load(const QString& path);

    /// The languages the file defines, in the order they appear.
    QStringList languages() const { return m_order; }
    bool hasLanguage(const QString& code) const { return m_languages.contains(code); }

    /// The question for `group` in `language`; falls back to another language of the same
    /// wording when the file lacks that language.
    QString question(RcDimension d, const QString& language, const QString& group) const;
    QString title(const QString& language) const;
    QString intro(const QString& language) const;
    /// The label of a scale value (1–5); the shipped label if this wording has none.
    QString scaleLabel(int value, const QString& language) const;
    /// The label of the "don't know / skip" choice.
    QString skipLabel(const QString& language) const;

private:
    const Language* language(const QString& code) const;

    QHash<QString, Language> m_languages;
    QStringList m_order;
};

} // namespace samspil
