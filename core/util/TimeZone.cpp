#include "TimeZone.h"

#include <QFileInfo>
#include <QString>
#include <QtGlobal>

namespace samspil {

void settleTimeZone()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("TZ") && QFileInfo::exists(QStringLiteral("/etc/localtime"))) {
        qputenv("TZ", ":/etc/localtime");
    }
#endif
}

} // namespace samspil
