#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QVector>

namespace samspil {

struct CatalogueEntry
{
    QString code;
    QString da;
    QString en;
    bool closedToNew = false;
    QString noteDa;
    QString noteEn;

    /// The label in the current language (Language::current()).
    QString label() const;
    QString note() const;
};

/// What a piece of text from a user or a file resolved to.
struct Resolved
{
    QString code;
    QString warning; ///< empty, or something the user should know (e.g. a legacy label)
};

/// Benefit types and target groups, read from resources/catalogues/benefits.json so that a
/// reform changes a data file, not the code.
class BenefitCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(BenefitCatalogue)
public:
    /// The catalogue shipped with Samspil.
    static const BenefitCatalogue& shipped();
    static Result<BenefitCatalogue> load(const QString& path);

    const QVector<CatalogueEntry>& benefits() const { return m_benefits; }
    const QVector<CatalogueEntry>& targetGroups() const { return m_targetGroups; }
    const CatalogueEntry* benefit(const QString& code) const;
    const CatalogueEntry* targetGroup(const QString& code) const;
    QString benefitLabel(const QString& code) const;
    QString targetGroupLabel(const QString& code) const;

    /// A benefit by code or by its Danish or English label, in any case. Legacy labels map to
    /// their successor with a warning; closed benefits resolve with a note.
    Result<Resolved> resolveBenefit(const QString& text) const;
    Result<Resolved> resolveTargetGroup(const QString& text) const;

private:
    struct Legacy
    {
        QString label;
        QString code;
        QString warningDa;
        QString warningEn;
    };
    QVector<CatalogueEntry> m_benefits;
    QVector<CatalogueEntry> m_targetGroups;
    QVector<Legacy> m_legacy;
};

} // namespace samspil
