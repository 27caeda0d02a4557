#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace samspil {

/// One of the eight intervention tracks (indsatsspor) of the Hjørring model (DESIGN.md 1.6).
/// Stored by code ("physical", "mild_mental", …); a goal, an intervention or a recommendation
/// can belong to several tracks, stored as a comma-separated list of codes.
struct Track
{
    int number = 0;        ///< 1–8, the order the model lists them in
    QString code;          ///< stable code, stored in the database
    QString nameDa;
    QString nameEn;
    QString descriptionDa;
    QString descriptionEn;

    /// The name in the user's language.
    QString name() const;
    QString description() const;
};

class Tracks
{
    Q_DECLARE_TR_FUNCTIONS(Tracks)
public:
    /// The eight tracks in the model's order.
    static const QVector<Track>& all();
    /// The track with this code, or nullptr.
    static const Track* find(const QString& code);
    static bool isValid(const QString& code);

    /// Codes to and from the stored form ("physical,social"): sorted in track order, no doubles.
    static QString join(const QStringList& codes);
    static QStringList split(const QString& stored);
    /// The codes a stored list names that are not tracks (empty when all are valid).
    static QStringList unknown(const QStringList& codes);
    /// "1 Fysiske helbredsforhold, 5 Sociale problemer" in the user's language.
    static QString displayNames(const QStringList& codes);
};

} // namespace samspil
