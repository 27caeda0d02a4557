#pragma once

#include "core/util/Clock.h"

#include <QtGlobal>

namespace samspil {

/// Hybrid logical clock stamps: milliseconds since the epoch in the high 48 bits and a
/// counter in the low 16. Stamps only grow on a site, also when the wall clock steps back,
/// and a site that has seen a stamp from another site issues larger ones from then on.
namespace Hlc {
constexpr int kCounterBits = 16;
constexpr qint64 make(qint64 millis, qint64 counter) { return (millis << kCounterBits) | counter; }
constexpr qint64 millis(qint64 stamp) { return stamp >> kCounterBits; }
constexpr qint64 counter(qint64 stamp) { return stamp & ((qint64(1) << kCounterBits) - 1); }
QDateTime toDateTime(qint64 stamp);
qint64 fromDateTime(const QDateTime& t);
} // namespace Hlc

class HlcGenerator
{
public:
    explicit HlcGenerator(const Clock& clock, qint64 last = 0)
        : m_clock(&clock)
        , m_last(last)
    {
    }

    /// A new stamp for a local event, larger than every stamp issued or observed before.
    qint64 next();
    /// Take note of a stamp from another site.
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

private:
    const Clock* m_clock;
    qint64 m_last;
};

} // namespace samspil
