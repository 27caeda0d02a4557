#pragma once

#include "core/staff/Staff.h"
#include "core/storage/Principal.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace samspil {

/// The roles of a team (docs/security.md): a staff member has the role of their profession and,
/// when they lead the team, the leader's role too.
enum class Role { Leader, Caseworker, Physiotherapist, Psychologist, Nurse, CompanyConsultant, Mentor };

/// The one access policy: which roles a staff member has and what each may do. Core enforces it
/// (Database::setPrincipal, the repositories); the windows and the command line only show what
/// core returns.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
public:
    static const QVector<Role>& roles();
    /// The stored and printed code ("leder", "koordinerende-sagsbehandler", …), also what
    /// `samspil-cli staff add --role` takes.
    static QString code(Role r);
    static std::optional<Role> fromCode(const QString& code);
    /// The user's words ("Leder", "Koordinerende sagsbehandler", …).
    static QString label(Role r);

    /// A staff member's roles: their profession's, and Leader when they lead. A deactivated
    /// staff member has none.
    static QVector<Role> rolesOf(const Staff& s);
    /// What a role may do.
    static QSet<Capability> capabilities(Role r);
    /// What a staff member may do: the union over their roles.
    static QSet<Capability> capabilities(const Staff& s);
    /// The principal a database acts for when `account` is bound to `s`.
    static Principal principal(const QString& account, const Staff& s);
};

} // namespace samspil
