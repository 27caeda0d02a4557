#pragma once

#include "core/staff/AccessPolicy.h"
#include "core/staff/OsAccount.h"
#include "core/staff/Staff.h"
#include "core/storage/Database.h"

#include <QJsonObject>

#include <optional>

namespace samspil {

/// Who is using an open database, from the operating-system account that runs the program
/// (docs/security.md). start() looks the account up and makes the database act for it
/// (Database::setPrincipal): a bound, active staff member gets what their roles allow; anyone
/// else gets nothing but the staff list (to say who can add them) and, on a database where no
/// account is bound yet, sync (to join a team).
///
/// The programs pass OsAccount::current(); only tests pass another account.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    enum class Standing {
        Member,      ///< bound to an active staff member
        NotBound,    ///< the account is no one's in this database
        Deactivated, ///< bound to a staff member who was deactivated
        NoAccounts,  ///< no account is bound in this database yet: the first becomes its leader
    };

    static Result<Session> start(Database& db, const OsAccount& account);
    /// On a database where no account is bound yet: the account becomes the team's first leader,
    /// as the staff member with these initials when there is one (a database from before
    /// accounts), else as a new coordinating caseworker with this name. Refused once any account is bound.
    static Result<Session> startAsFirstLeader(Database& db, const OsAccount& account, const QString& name,
                                              const QString& initials);
    /// A demo database only (the "demo" setting): act as another demo staff member, for
    /// training. Refused on a real database.
    static Result<Session> actInTraining(Database& db, const OsAccount& account, const QString& staffId);
    /// A demo database's start: when no account is bound yet, the account is bound to the demo
    /// team's first coordinating caseworker, who leads the demo team.
    static Result<Session> startDemo(Database& db, const OsAccount& account);

    Standing standing() const { return m_standing; }
    bool member() const { return m_standing == Standing::Member; }
    const OsAccount& account() const { return m_account; }
    /// The staff member (a deactivated one too); empty when the account is bound to nobody.
    const std::optional<Staff>& staff() const { return m_staff; }
    QVector<Role> roles() const { return m_staff && member() ? AccessPolicy::rolesOf(*m_staff) : QVector<Role>{}; }
    bool training() const { return m_training; }
    /// The active leaders' names (who can add an account).
    const QStringList& leaderNames() const { return m_leaders; }

    /// Why this account may not use the database, in the user's words, naming the account and
    /// who can add it; empty for a member.
    QString refusal() const;
    /// {account, initials, name, profession, roles} (what `samspil-cli whoami` prints).
    QJsonObject toJson() const;

private:
    static Result<Session> establish(Database& db, const OsAccount& account, const std::optional<Staff>& staff,
                                     bool training);
    Standing m_standing = Standing::NotBound;
    OsAccount m_account;
    std::optional<Staff> m_staff;
    QStringList m_leaders;
    bool m_training = false;
};

} // namespace samspil
