#include "core/storage/RowClock.h"

#include <algorithm>

namespace samspil {

qint64 FieldClock::entry(int site) const
{
    for (const auto& [s, h] : vv) {
        if (s == site) {
            return h;
        }
    }
    return -1;
}

void FieldClock::merge(const FieldClock& other)
{
    for (const auto& [s, h] : other.vv) {
        bool found = false;
        for (auto& e : vv) {
            if (e.first == s) {
                e.second = std::max(e.second, h);
                found = true;
                break;
            }
        }
        if (!found) {
            vv.append({s, h});
        }
    }
}

FieldClock FieldClock::successor(int site, qint64 hlc) const
{
    FieldClock next;
    next.vv.append({site, hlc});
    for (const auto& e : vv) {
        if (e.first != site) {
            next.vv.append(e);
        }
    }
    return next;
}

QString FieldClock::serialize() const
{
    QString out;
    for (const auto& [s, h] : vv) {
        if (!out.isEmpty()) {
            out += QLatin1Char(',');
        }
        out += QString::number(s) + QLatin1Char(':') + QString::number(h);
    }
    return out;
}

FieldClock FieldClock::parse(QStringView text)
{
    FieldClock c;
    for (auto part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            continue;
        }
        c.vv.append({part.left(colon).toInt(), part.mid(colon + 1).toLongLong()});
    }
    return c;
}

RowClock RowClock::parse(const QString& text)
{
    RowClock rc;
    for (auto item : QStringView(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const auto eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            continue;
        }
        auto name = item.left(eq);
        bool losers = false;
        if (name.endsWith(QLatin1Char('!'))) {
            losers = true;
            name.chop(1);
        }
        FieldClock fc = FieldClock::parse(item.mid(eq + 1));
        fc.hasLosers = losers;
        if (fc.isValid()) {
            rc.m_fields.insert(name.toString(), fc);
        }
    }
    return rc;
}

QString RowClock::serialize() const
{
    QString out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!out.isEmpty()) {
            out += QLatin1Char(';');
        }
        out += it.key();
        if (it->hasLosers) {
            out += QLatin1Char('!');
        }
        out += QLatin1Char('=') + it->serialize();
    }
    return out;
}

FieldClock RowClock::knowledge(int site, qint64 hlc) const
{
    FieldClock all;
    all.vv.append({site, hlc});
    for (const auto& fc : m_fields) {
        all.merge(fc);
    }
    return all;
}

qint64 RowClock::maxHlc() const
{
    qint64 m = 0;
    for (const auto& fc : m_fields) {
        m = std::max(m, fc.dotHlc());
    }
    return m;
}

} // namespace samspil
