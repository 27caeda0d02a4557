#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
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
};

/// The catalogue of ICF categories shipped in resources/icf (the ICF core set for vocational
/// rehabilitation and the body structures a team-day note needs).
class IcfCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(IcfCatalogue)
public:
    /// The catalogue embedded in the program.
    static const IcfCatalogue& standard();
    /// Reads a catalogue from JSON ({"categories": [{code, component, da, en, sets}]}).
    static Result<IcfCatalogue> fromJson(const QByteArray& json);

    const QVector<IcfCategory>& categories() const { return m_categories; }
    const IcfCategory* find(const QString& code) const;
    /// Categories whose code starts with the query, or whose Danish or English title contains
    /// every word of it (case-insensitive); code matches first, then in catalogue order.
    QVector<IcfCategory> search(const QString& query) const;
    QVector<IcfCategory> ofComponent(IcfComponent c) const;

private:
    QVector<IcfCategory> m_categories;
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
