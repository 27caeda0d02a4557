#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace samspil {

/// The four ICF components a professional note is built on (personal factors are free text).
enum class IcfComponent { BodyFunctions, BodyStructures, Activities, Environment };

class IcfComponents
{
    Q_DECLARE_TR_FUNCTIONS(IcfComponents)
public:
    static const QVector<IcfComponent>& all();
    /// The code letter: b, s, d or e.
    static QChar letter(IcfComponent c);
    static std::optional<IcfComponent> fromLetter(QChar letter);
    static QString label(IcfComponent c);
};

/// One ICF chapter, e.g. b1 "Mental functions"; a category belongs to the chapter its code starts with.
struct IcfChapter
{
    QString code; ///< letter and chapter number: "b1", "d8"
    QString titleDa;
    QString titleEn;

    /// The title in the user's language.
    QString title() const;
};

/// One ICF category, e.g. b130 "Energy and drive functions".
struct IcfCategory
{
    QString code;
    IcfComponent component = IcfComponent::BodyFunctions;
    QString titleDa;
    QString titleEn;
    /// ICF core sets the category belongs to: "brief", "comprehensive" (vocational rehabilitation).
    QStringList coreSets;

    /// The title in the user's language.
    QString title() const;
    bool inBriefCoreSet() const { return coreSets.contains(QStringLiteral("brief")); }
    /// In the brief or the comprehensive ICF Core Set for vocational rehabilitation.
    bool inCoreSet() const { return !coreSets.isEmpty(); }
    /// The chapter's code: "b1" for b130.
    QString chapterCode() const { return code.left(2); }
};

/// The catalogue of ICF categories shipped in resources/icf: every second-level category of the
/// WHO ICF (2001), grouped by component and chapter, with the ICF Core Sets for vocational
/// rehabilitation marked.
class IcfCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(IcfCatalogue)
public:
    /// Which categories a search looks at.
    enum class Scope {
        All, ///< every category in the catalogue
        CoreSets ///< only those in an ICF Core Set for vocational rehabilitation
    };

    /// The catalogue embedded in the program.
    static const IcfCatalogue& standard();
    /// Reads a catalogue from JSON ({"chapters": [{code, da, en}], "categories": [{code, da, en,
    /// sets}]}). Chapters are optional; when given, every category's chapter must be among them.
    static Result<IcfCatalogue> fromJson(const QByteArray& json);

    const QVector<IcfCategory>& categories() const { return m_categories; }
    const QVector<IcfChapter>& chapters() const { return m_chapters; }
    const IcfCategory* find(const QString& code) const;
    /// The chapter a category belongs to, or null (catalogues without chapters).
    const IcfChapter* chapterOf(const QString& code) const;
    /// Categories whose code starts with the query, or whose Danish or English title contains
    /// every word of it (case-insensitive); code matches first, then in catalogue order.
    QVector<IcfCategory> search(const QString& query, Scope scope = Scope::All) const;
    QVector<IcfCategory> ofComponent(IcfComponent c) const;
    /// How many categories a scope holds.
    int size(Scope scope) const;

private:
    QVector<IcfCategory> m_categories;
    QVector<IcfChapter> m_chapters;
    QHash<QString, int> m_index; ///< code -> position in m_categories
    QVector<QString> m_searchText; ///< lower-case Danish and English title, per category
};

/// A qualifier on an ICF category in a note: 0–4, 8 (not specified), 9 (not applicable); for
/// environmental factors the same scale either as a barrier (e310.2) or a facilitator (e310+2).
struct IcfFinding
{
    QString code;
    int qualifier = 8;
    bool facilitator = false; ///< environmental factors only
    QString comment;

    bool isEnvironmental() const { return code.startsWith(QLatin1Char('e')); }
    /// "b130.2", "e310+3", "e310.1".
    QString coded() const;
    /// "moderate problem", "substantial facilitator", … in the user's language.
    QString qualifierLabel() const;
    bool operator==(const IcfFinding& o) const
    {
        return code == o.code && qualifier == o.qualifier && facilitator == o.facilitator && comment == o.comment;
    }
};

class IcfQualifiers
{
    Q_DECLARE_TR_FUNCTIONS(IcfQualifiers)
public:
    /// 0, 1, 2, 3, 4, 8, 9 (for environmental factors 0–4 and 8, 9 too, as barrier or facilitator).
    static const QVector<int>& values();
    static bool isValid(int q);
    static QString problemLabel(int q);
    static QString barrierLabel(int q);
    static QString facilitatorLabel(int q);
    /// Problems with a finding (unknown code, qualifier out of range, facilitator on a
    /// non-environmental category), as messages for the user; empty when sound.
    static QStringList problems(const IcfFinding& f, const IcfCatalogue& catalogue);
};

} // namespace samspil
