#pragma once

#include <QSet>
#include <QString>

namespace samspil {

/// What a person may do with the database (docs/security.md has the table of which role may
/// what). The engine knows only these words; core/staff's AccessPolicy decides which a person
/// has, from their role, and Database::setPrincipal hands them to the engine.
enum class Capability {
    ReadCitizens,  ///< see citizens and their records (the caseload, a citizen's page)
    WriteCitizens, ///< create and change citizens' records
    WriteNotes,    ///< write professional (ICF) notes: the health professions
    ManageStaff,   ///< add staff, bind and unbind accounts, give roles, deactivate
    Erase,         ///< retention and erasure
    ExportAll,     ///< the whole database as a dump (a full export, logged per citizen)
    ReadAudit,     ///< the access log of the whole team (a citizen's own log comes with ReadCitizens)
    Statistics,    ///< the dashboard and the team's figures
    Sync,          ///< exchange changes with the team's shared drive
};

/// Who is acting on an open database: the operating-system account, the staff member it is
/// bound to and what they may do. A database opened by the engine (tests, migrations) acts as
/// the system, which may do everything; the programs (samspil, samspil-cli) replace it at start
/// with the account's principal (core/staff/Session), and a person with no staff member may do
/// nothing.
struct Principal
{
    QString account;    ///< the operating-system account ("DOMAIN\\user", "user"); empty for the system
    QString staffId;    ///< the staff member; empty when the account is bound to nobody
    QString profession; ///< the staff member's profession code (for the consent rule)
    QSet<Capability> capabilities;
    bool system = false;   ///< the engine itself: no person, every capability, no consent rule
    bool training = false; ///< a demo database where the user acts as a demo person

    static Principal engine()
    {
        Principal p;
        p.system = true;
        return p;
    }
    /// An account that is no one's in this database (or a deactivated one): may do nothing.
    static Principal nobody(const QString& account)
    {
        Principal p;
        p.account = account;
        return p;
    }
    bool can(Capability c) const { return system || capabilities.contains(c); }
};

} // namespace samspil
