#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QUuid>

namespace samspil {

/// A new random UUID as 36 lower-case characters, the form every row id takes.
QString newUuid();

/// A new UUID whose first 48 bits are `millis` (milliseconds since the epoch) and the next 16 a
/// counter, the rest random (the layout of UUID version 7). Rows written in a burst then sort
/// together, so inserting many of them touches few pages of the table (the change audit writes
/// one per record changed). Still unique: 58 bits are random.
inline QString newTimeOrderedUuid(qint64 millis, quint16 counter)
{
    quint64 random[2];
    QRandomGenerator::global()->fillRange(random);
    const quint64 high = (quint64(millis) << 16) | counter;
    QUuid u(uint(high >> 32), ushort(high >> 16), ushort((high & 0x0fff) | 0x7000),
            uchar(0x80 | (random[0] & 0x3f)), uchar(random[0] >> 8), uchar(random[0] >> 16), uchar(random[0] >> 24),
            uchar(random[0] >> 32), uchar(random[0] >> 40), uchar(random[1]), uchar(random[1] >> 8));
    return u.toString(QUuid::WithoutBraces);
}

inline bool isUuid(const QString& s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

/// For tests that must reproduce a run exactly (the sync convergence test: site ids decide ties):
/// from now on newUuid() draws from a generator seeded with `seed` instead of the system's
/// random source. Never called by the programs.
void seedUuidsForTesting(quint64 seed);

} // namespace samspil
