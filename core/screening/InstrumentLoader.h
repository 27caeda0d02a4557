#pragma once

#include "core/screening/Instrument.h"

#include <QByteArray>

namespace samspil {

/// Reads questionnaires in the format samspil-instrument/1 (docs/instruments.md). Loading checks
/// everything and names each problem (the item, score or stratum and the field); an instrument
/// that loads is consistent, so scoring it cannot fail for reasons of the instrument.
class InstrumentLoader
{
    Q_DECLARE_TR_FUNCTIONS(InstrumentLoader)
public:
    static constexpr const char* kFormat = "samspil-instrument/1";
    /// Where the instruments shipped with Samspil live (a Qt resource folder).
    static QString shippedFolder() { return QStringLiteral(":/samspil/instruments"); }
    static QString defaultInstrumentId() { return QStringLiteral("hjoerring-screening"); }

    static Result<Instrument> loadFile(const QString& path);
    /// All problems, one a line, in the error; `source` names the file in messages.
    static Result<Instrument> fromJson(const QByteArray& json, const QString& source = {});

    /// The instruments shipped with Samspil, by id.
    static const QVector<Instrument>& shipped();
    /// The Hjørring screening, our own default instrument.
    static const Instrument& defaultInstrument();
    /// A shipped instrument by id and version (0: any version, the newest).
    static const Instrument* findShipped(const QString& id, int version = 0);
};

} // namespace samspil
