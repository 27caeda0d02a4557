#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace samspil {

/// Dates as Danish users write them: 22-11-2026. One place, so every window, document and
/// message agrees.
inline QString formatDate(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

/// 22-11-2026 14:05 in local time.
inline QString formatDateTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

namespace detail {
/// The number written by `n` ASCII digits of `s` from `from`; false when one is not a digit.
inline bool readDigits(QStringView s, int from, int n, int& out)
{
    out = 0;
    for (int i = from; i < from + n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9') {
            return false;
        }
        out = out * 10 + (c - u'0');
    }
    return true;
}

/// Writes `value` as `n` digits, zero-padded.
inline void writeDigits(QChar*& out, int value, int n)
{
    for (int i = n - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += n;
}
} // namespace detail

/// Reads a stored date ("2026-11-22"): the fixed layout is read directly (the caseload reads
/// tens of thousands); anything else goes through Qt's ISO parser.
inline QDate parseStoredDate(QStringView s)
{
    auto digits = [&](int from, int n, int& out) { return detail::readDigits(s, from, n, out); };
    int y = 0, m = 0, d = 0;
    if (s.size() == 10 && s[4] == QLatin1Char('-') && s[7] == QLatin1Char('-') && digits(0, 4, y) && digits(5, 2, m)
        && digits(8, 2, d)) {
        return QDate(y, m, d);
    }
    return QDate::fromString(s.toString(), Qt::ISODate);
}

/// Reads a stored UTC time ("2026-11-22T14:05:00.123Z", as written with Qt::ISODateWithMs);
/// the fixed layout directly, anything else through Qt's ISO parser.
inline QDateTime parseStoredDateTime(QStringView s)
{
    auto digits = [&](int from, int n, int& out) { return detail::readDigits(s, from, n, out); };
    int h = 0, mi = 0, sec = 0, ms = 0;
    if (s.size() == 24 && s[10] == QLatin1Char('T') && s[13] == QLatin1Char(':') && s[16] == QLatin1Char(':')
        && s[19] == QLatin1Char('.') && s[23] == QLatin1Char('Z') && digits(11, 2, h) && digits(14, 2, mi)
        && digits(17, 2, sec) && digits(20, 3, ms)) {
        const QDate date = parseStoredDate(s.left(10));
        const QTime time(h, mi, sec, ms);
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(s.toString(), Qt::ISODateWithMs);
}

/// A date as stored: "2026-11-22" (Qt::ISODate), written directly.
inline QString formatStoredDate(const QDate& d)
{
    if (!d.isValid() || d.year() < 1 || d.year() > 9999) {
        return d.toString(Qt::ISODate);
    }
    QString s(10, Qt::Uninitialized);
    QChar* out = s.data();
    detail::writeDigits(out, d.year(), 4);
    *out++ = QLatin1Char('-');
    detail::writeDigits(out, d.month(), 2);
    *out++ = QLatin1Char('-');
    detail::writeDigits(out, d.day(), 2);
    return s;
}

/// A time as stored: UTC with milliseconds, "2026-11-22T14:05:00.123Z" (Qt::ISODateWithMs),
/// written directly (every change stamps one).
inline QString formatStoredDateTime(const QDateTime& t)
{
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    if (!u.isValid() || d.year() < 1 || d.year() > 9999) {
        return u.toString(Qt::ISODateWithMs);
    }
    const QTime time = u.time();
    QString s(24, Qt::Uninitialized);
    QChar* out = s.data();
    detail::writeDigits(out, d.year(), 4);
    *out++ = QLatin1Char('-');
    detail::writeDigits(out, d.month(), 2);
    *out++ = QLatin1Char('-');
    detail::writeDigits(out, d.day(), 2);
    *out++ = QLatin1Char('T');
    detail::writeDigits(out, time.hour(), 2);
    *out++ = QLatin1Char(':');
    detail::writeDigits(out, time.minute(), 2);
    *out++ = QLatin1Char(':');
    detail::writeDigits(out, time.second(), 2);
    *out++ = QLatin1Char('.');
    detail::writeDigits(out, time.msec(), 3);
    *out++ = QLatin1Char('Z');
    return s;
}

namespace detail {
/// The offset from UTC at both ends of a UTC day, looked up once per day.
struct DayOffsets
{
    int start;
    int end;
};
inline const DayOffsets& offsetsOf(const QDate& utcDay)
{
    thread_local QHash<qint64, DayOffsets> offsets;
    auto it = offsets.constFind(utcDay.toJulianDay());
    if (it == offsets.cend()) {
        const int start = QDateTime(utcDay, QTime(0, 0), Qt::UTC).toLocalTime().offsetFromUtc();
        const int end = QDateTime(utcDay, QTime(23, 59, 59, 999), Qt::UTC).toLocalTime().offsetFromUtc();
        it = offsets.insert(utcDay.toJulianDay(), {start, end});
    }
    return *it;
}
} // namespace detail

/// The local calendar day of the moment `secondsOfDay` into the UTC day `utcDay`, without the
/// time-zone look-up per call (which costs microseconds each; next-step facts ask it for every
/// appointment and note). The offset is looked up once per UTC day and used when it is the same
/// at both ends of that day; on the days the clocks change, the moment itself is converted.
inline QDate localDateOf(const QDate& utcDay, int secondsOfDay)
{
    if (!utcDay.isValid()) {
        return {};
    }
    const detail::DayOffsets& o = detail::offsetsOf(utcDay);
    if (o.start != o.end) {
        return QDateTime(utcDay, QTime(0, 0), Qt::UTC).addSecs(secondsOfDay).toLocalTime().date();
    }
    const int local = secondsOfDay + o.start;
    return utcDay.addDays(local >= 86400 ? 1 : local < 0 ? -1 : 0);
}

/// `t.toLocalTime().date()`, through localDateOf().
inline QDate localDate(const QDateTime& t)
{
    if (!t.isValid()) {
        return {};
    }
    const QDateTime u = t.toUTC();
    return localDateOf(u.date(), u.time().msecsSinceStartOfDay() / 1000);
}

inline const QString& dateInputFormat()
{
    static const QString f = QStringLiteral("dd-MM-yyyy");
    return f;
}

} // namespace samspil
