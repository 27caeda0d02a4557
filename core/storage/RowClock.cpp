#include "RowClock.h"

#include "core/storage/Schema.h"

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

void ColumnMask::add(int column)
{
    if (m_digits.size() <= column / 4) {
        m_digits.resize(column / 4 + 1, 0);
    }
    m_digits[column / 4] |= quint8(1 << (column % 4));
}

std::string ColumnMask::text() const
{
    std::string out;
    for (const quint8 d : m_digits) {
        out += "0123456789abcdef"[d];
    }
    return out;
}

QVector<int> ColumnMask::columns(QStringView text, qsizetype count)
{
    QVector<int> out;
    for (qsizetype d = 0; d < text.size(); ++d) {
        const char16_t c = text[d].unicode();
        const bool digit = c >= '0' && c <= '9';
        if (!digit && !(c >= 'a' && c <= 'f')) {
            return {};
        }
        const int bits = digit ? c - '0' : c - 'a' + 10;
        for (int b = 0; b < 4; ++b) {
            if (bits & (1 << b)) {
                const qsizetype column = d * 4 + b;
                if (column >= count) {
                    return {};
                }
                out.append(int(column));
            }
        }
    }
    return out;
}

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
            for (const int column : ColumnMask::columns(name.mid(1), table.columns.size())) {
                rc.m_fields.insert(table.columns[column].name, fc);
            }
        }
    }
    return rc;
}

QString RowClock::serialize(const TableSpec& table) const
{
    QVarLengthArray<Field, 32> fields;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        fields.append({table.columnIndex(it.key()), it.key(), &it.value()});
    }
    return write(fields);
}

QString RowClock::write(QVarLengthArray<Field, 32>& fields)
{
    // Fields written together share one clock, and are stored as one group: `#3f=1:5;#40!=1:5,2:3`
    // (most rows are written once, so their whole clock is one group). Groups follow the order of
    // their first field (columns by position, then named fields by name), so equal clocks give
    // equal text however the fields came.
    std::sort(fields.begin(), fields.end(), [](const Field& a, const Field& b) {
        if ((a.position < 0) != (b.position < 0)) {
            return a.position >= 0;
        }
        return a.position >= 0 ? a.position < b.position : a.name < b.name;
    });
    std::string out;
    out.reserve(size_t(fields.size()) * 4 + 32);
    const qsizetype count = fields.size();
    QVarLengthArray<bool, 32> done(count, false);
    for (qsizetype i = 0; i < count; ++i) {
        if (done[i]) {
            continue;
        }
        if (!out.empty()) {
            out += ';';
        }
        const FieldClock& clock = *fields[i].clock;
        ColumnMask mask;
        std::string named;
        for (qsizetype j = i; j < count; ++j) {
            const FieldClock& other = *fields[j].clock;
            if (j != i && (done[j] || other.hasLosers != clock.hasLosers || other.vv != clock.vv)) {
                continue;
            }
            done[j] = true;
            if (fields[j].position >= 0) {
                mask.add(fields[j].position);
            } else {
                if (!named.empty()) {
                    named += '|';
                }
                named += fields[j].name.toString().toStdString(); // field names are ASCII
            }
        }
        if (!mask.isEmpty()) {
            out += '#';
            out += mask.text();
            if (!named.empty()) {
                out += '|';
            }
        }
        out += named;
        if (clock.hasLosers) {
            out += '!';
        }
        out += '=';
        appendVector(out, clock.vv);
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
