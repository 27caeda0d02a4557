#include "OsAccount.h"

#ifdef Q_OS_WIN
#define SECURITY_WIN32
#include <windows.h>
#include <security.h>
#include <secext.h>
#else
#include <cerrno>
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace samspil {

#ifdef Q_OS_WIN

namespace {
QString userName(EXTENDED_NAME_FORMAT format)
{
    ULONG size = 0;
    GetUserNameExW(format, nullptr, &size);
    if (size == 0) {
        return {};
    }
    std::wstring buffer(size, L'\0');
    if (!GetUserNameExW(format, buffer.data(), &size)) {
        return {};
    }
    buffer.resize(size);
    return QString::fromStdWString(buffer);
}
} // namespace

OsAccount OsAccount::current()
{
    return {userName(NameSamCompatible), userName(NameDisplay)};
}

#else

OsAccount OsAccount::current()
{
    long suggested = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? size_t(suggested) : size_t(16384));
    passwd entry{};
    passwd* found = nullptr;
    while (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == ERANGE && buffer.size() < (1u << 20)) {
        buffer.resize(buffer.size() * 2);
    }
    if (!found || !found->pw_name) {
        return {};
    }
    OsAccount account;
    account.name = QString::fromLocal8Bit(found->pw_name);
    // GECOS: "Full Name,room,phone,…"; the name is the first field.
    if (found->pw_gecos) {
        account.displayName = QString::fromLocal8Bit(found->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
    }
    return account;
}

#endif

} // namespace samspil
