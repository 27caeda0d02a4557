#include "RowClock.h"

#include "core/storage/Schema.h"

#include <QVarLengthArray>

#include <charconv>
#include <string>

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

namespace {
/// Appends "site:hlc,site:hlc" to a Latin-1 buffer (clocks are written for every stored field,
/// so this avoids a QString per number).
void appendVector(std::string& out, const QVector<QPair<int, qint64>>& vv)
{
    char digits[24];
    bool first = true;
    for (const auto& [s, h] : vv) {
        if (!first) {
            out += ',';
        }
        first = false;
        auto r = std::to_chars(digits, digits + sizeof digits, s);
        out.append(digits, r.ptr);
        out += ':';
        r = std::to_chars(digits, digits + sizeof digits, h);
        out.append(digits, r.ptr);
    }
}
} // namespace

QString FieldClock::serialize() const
{
    std::string out;
    appendVector(out, vv);
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
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

namespace {

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9') {
        return u - '0';
    }
    if (u >= 'a' && u <= 'f') {
        return u - 'a' + 10;
    }
    return -1;
}

} // namespace

RowClock RowClock::parse(const QString& text, const TableSpec& table)
{
    RowClock rc;
    for (auto item : QStringView(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const auto eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            continue;
        }
        auto names = item.left(eq);
        bool losers = false;
        if (names.endsWith(QLatin1Char('!'))) {
            losers = true;
            names.chop(1);
        }
        FieldClock fc = FieldClock::parse(item.mid(eq + 1));
        fc.hasLosers = losers;
        if (!fc.isValid()) {
            continue;
        }
        for (auto name : names.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            if (!name.startsWith(QLatin1Char('#'))) {
                rc.m_fields.insert(name.toString(), fc);
                continue;
            }
            // Columns by position; a position the table does not have is passed over.
            for (qsizetype d = 1; d < name.size(); ++d) {
                const int bits = hexDigit(name[d]);
                for (int b = 0; b < 4 && bits > 0; ++b) {
                    const qsizetype column = (d - 1) * 4 + b;
                    if ((bits & (1 << b)) && column < table.columns.size()) {
                        rc.m_fields.insert(table.columns[column].name, fc);
                    }
                }
            }
        }
    }
    return rc;
}

QString RowClock::serialize(const TableSpec& table) const
{
    // Fields written together share one clock, and are stored as one group: `#3f=1:5;#40!=1:5,2:3`
    // (most rows are written once, so their whole clock is one group). Groups follow the order of
    // their first field, so equal clocks give equal text.
    std::string out;
    out.reserve(size_t(m_fields.size()) * 4 + 32);
    const qsizetype count = m_fields.size();
    QVarLengthArray<bool, 32> done(count, false);
    QVarLengthArray<int, 32> position(count);
    {
        qsizetype i = 0;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it, ++i) {
            position[i] = table.columnIndex(it.key());
        }
    }
    QVarLengthArray<quint8, 16> digits;
    qsizetype i = 0;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it, ++i) {
        if (done[i]) {
            continue;
        }
        if (!out.empty()) {
            out += ';';
        }
        digits.clear();
        std::string named;
        qsizetype j = i;
        for (auto other = it; other != m_fields.cend(); ++other, ++j) {
            if (j != i && (done[j] || other->hasLosers != it->hasLosers || other->vv != it->vv)) {
                continue;
            }
            done[j] = true;
            if (const int p = position[j]; p >= 0) {
                if (digits.size() <= p / 4) {
                    digits.resize(p / 4 + 1, 0);
                }
                digits[p / 4] |= quint8(1 << (p % 4));
            } else {
                if (!named.empty()) {
                    named += '|';
                }
                named += other.key().toStdString(); // field names are ASCII
            }
        }
        if (!digits.isEmpty()) {
            out += '#';
            for (const quint8 d : digits) {
                out += "0123456789abcdef"[d];
            }
            if (!named.empty()) {
                out += '|';
            }
        }
        out += named;
        if (it->hasLosers) {
            out += '!';
        }
        out += '=';
        appendVector(out, it->vv);
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
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
