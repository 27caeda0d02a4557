#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace samspil {

/// A typical intervention (e.g. company internship, psychologist course) and the tracks it serves.
struct InterventionKind
{
    QString code;
    QStringList tracks;
    QString nameDa;
    QString nameEn;
    QString name() const; ///< in the user's language
};

/// The catalogue of typical interventions per track shipped in resources/interventions.
class InterventionCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(InterventionCatalogue)
public:
    static const InterventionCatalogue& shipped();
    const QVector<InterventionKind>& all() const { return m_kinds; }
    const InterventionKind* find(const QString& code) const;
    /// The kinds that serve a track, in catalogue order.
    QVector<InterventionKind> forTrack(const QString& trackCode) const;
    /// The name of a kind, or the code itself if it is not in the catalogue.
    QString name(const QString& code) const;

private:
    QVector<InterventionKind> m_kinds;
};

} // namespace samspil
