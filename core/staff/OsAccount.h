#pragma once

#include <QString>

namespace samspil {

/// The operating-system account that runs Samspil: who a person is (docs/security.md). Asked of
/// the operating system itself, never of an environment variable, an option or a dialog: on
/// Linux the effective user in the user database, on Windows the logon name (DOMAIN\user).
struct OsAccount
{
    QString name;        ///< the account ("mette", "KOMMUNE\\mha"), as the OS spells it
    QString displayName; ///< the person's name where the OS knows it (GECOS, the directory), else empty

    /// The account this process runs as; an empty name when the OS cannot say (then nobody is bound).
    static OsAccount current();
    /// The form accounts are stored and compared in: trimmed, lower case (Windows account names
    /// are not case-sensitive, and Linux ones are lower case by convention).
    static QString normalise(const QString& name) { return name.trimmed().toLower(); }
};

} // namespace samspil
