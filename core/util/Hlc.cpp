#include "Hlc.h"

namespace samspil {

QDateTime Hlc::toDateTime(qint64 stamp)
{
    return QDateTime::fromMSecsSinceEpoch(millis(stamp), Qt::UTC);
}

qint64 Hlc::fromDateTime(const QDateTime& t)
{
    return make(t.toMSecsSinceEpoch(), 0);
}

qint64 HlcGenerator::next()
{
    const qint64 wall = Hlc::make(m_clock->now().toMSecsSinceEpoch(), 0);
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void HlcGenerator::observe(qint64 remote)
{
    if (remote > m_last) {
        m_last = remote;
    }
}

} // namespace samspil
