#include "core/util/TimeZone.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QFileInfo>

using namespace samspil;

namespace {

/// TZ as it was, put back when the test ends (other tests in the program keep their zone).
struct KeepTz
{
    const bool wasSet = qEnvironmentVariableIsSet("TZ");
    const QByteArray was = qgetenv("TZ");
    ~KeepTz()
    {
        if (wasSet) {
            qputenv("TZ", was);
        } else {
            qunsetenv("TZ");
        }
    }
};

} // namespace

TEST_CASE("settleTimeZone names the system's zone file when TZ is unset and keeps a TZ that is set", "[timezone]")
{
#ifdef Q_OS_LINUX
    KeepTz keep;
    if (!QFileInfo::exists(QStringLiteral("/etc/localtime"))) {
        WARN("this system has no /etc/localtime; nothing to settle");
        return;
    }
    SECTION("unset: the system's zone file")
    {
        const QDateTime instant = QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC);
        qunsetenv("TZ");
        const QDateTime before = instant.toLocalTime();
        settleTimeZone();
        CHECK(qgetenv("TZ") == QByteArray(":/etc/localtime"));
        // The same zone as the C library used without TZ: local times do not move.
        CHECK(instant.toLocalTime().offsetFromUtc() == before.offsetFromUtc());
        CHECK(instant.toLocalTime().toString(Qt::ISODate) == before.toString(Qt::ISODate));
    }
    SECTION("set: left as it is")
    {
        qputenv("TZ", "Europe/Copenhagen");
        settleTimeZone();
        CHECK(qgetenv("TZ") == QByteArray("Europe/Copenhagen"));
    }
    SECTION("set but empty: treated as unset")
    {
        qputenv("TZ", "");
        settleTimeZone();
        CHECK(qgetenv("TZ") == QByteArray(":/etc/localtime"));
    }
#else
    WARN("the time zone is settled on Linux only");
#endif
}
