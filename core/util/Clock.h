#pragma once

#include <QDate>
#include <QDateTime>

namespace samspil {

/// Where "now" comes from. Core never calls QDateTime::currentDateTime() directly, so that
/// due dates, clocks and merges can be tested with a MockClock.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time in UTC.
    virtual QDateTime now() const = 0;
    /// Today's date where the user is.
    QDate today() const { return now().toLocalTime().date(); }

    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that stands still until told to move.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC))
        : m_now(start.toUTC())
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceDays(int d) { m_now = m_now.addDays(d); }

private:
    QDateTime m_now;
};

} // namespace samspil
