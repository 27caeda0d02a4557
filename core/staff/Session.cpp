#include "Session.h"

#include "core/staff/StaffRepository.h"

#include <QJsonArray>

namespace samspil {

namespace {

const QString kDemoKey = QStringLiteral("demo");

/// Runs `work` as the engine (for the writes a person cannot yet do: binding the first account),
/// then hands the database back to whoever it acted for.
template <typename Work>
Status asEngine(Database& db, Work work)
{
    Database::EngineScope engine(db);
    return work();
}

} // namespace

Result<Session> Session::start(Database& db, const OsAccount& account)
{
    db.setPrincipal(Principal::nobody(account.name)); // until we know better
    StaffRepository staff(db);
    return establish(db, account, account.name.isEmpty() ? std::nullopt : staff.byAccount(account.name), false);
}

Result<Session> Session::establish(Database& db, const OsAccount& account, const std::optional<Staff>& member,
                                   bool training)
{
    StaffRepository staff(db);
    Session s;
    s.m_account = account;
    s.m_staff = member;
    s.m_training = training;
    for (const Staff& l : staff.leaders()) {
        s.m_leaders << l.name;
    }
    if (member && member->active) {
        s.m_standing = Standing::Member;
        Principal p = AccessPolicy::principal(account.name, *member);
        p.training = training;
        db.setPrincipal(p);
        return s;
    }
    Principal nobody = Principal::nobody(account.name);
    if (member) {
        s.m_standing = Standing::Deactivated;
    } else if (!staff.anyAccountBound()) {
        s.m_standing = Standing::NoAccounts;
        nobody.capabilities = {Capability::Sync}; // a new PC may join its team
    } else {
        s.m_standing = Standing::NotBound;
    }
    db.setPrincipal(nobody);
    return s;
}

Result<Session> Session::startAsFirstLeader(Database& db, const OsAccount& account, const QString& name,
                                            const QString& initials)
{
    if (account.name.isEmpty()) {
        return fail(tr("The operating system did not say which account is logged on."));
    }
    std::optional<Staff> leader;
    const Status made = asEngine(db, [&]() -> Status {
        StaffRepository staff(db);
        if (staff.anyAccountBound()) {
            return fail(tr("This database already has its first leader. Ask a leader of the team to add the account %1.")
                            .arg(account.name));
        }
        Database::Transaction tx(db);
        leader = staff.byInitials(initials);
        if (leader) {
            leader->leader = true;
            leader->active = true;
            if (auto s = staff.update(*leader); !s) {
                return s;
            }
        } else {
            Staff fresh;
            fresh.name = name.trimmed().isEmpty() ? account.displayName : name;
            fresh.initials = initials;
            fresh.profession = Profession::Caseworker;
            fresh.leader = true;
            auto created = staff.create(fresh);
            if (!created) {
                return Error{created.error()};
            }
            leader = created.value();
        }
        if (auto s = staff.bindAccount(leader->id, account.name); !s) {
            return s;
        }
        return tx.commit();
    });
    if (!made) {
        return Error{made.error()};
    }
    return establish(db, account, leader, false);
}

Result<Session> Session::startDemo(Database& db, const OsAccount& account)
{
    if (db.meta(kDemoKey) != QLatin1String("1")) {
        return fail(tr("This is not a demo database."));
    }
    StaffRepository staff(db);
    if (!account.name.isEmpty() && !staff.anyAccountBound()) {
        const QStringList caseworkers = staff.idsInInitialsOrder(Profession::Caseworker);
        if (!caseworkers.isEmpty()) {
            const Status bound = asEngine(db, [&]() -> Status {
                Database::Transaction tx(db);
                auto first = staff.get(caseworkers.first());
                first->leader = true;
                if (auto s = staff.update(*first); !s) {
                    return s;
                }
                if (auto s = staff.bindAccount(first->id, account.name); !s) {
                    return s;
                }
                return tx.commit();
            });
            if (!bound) {
                return Error{bound.error()};
            }
        }
    }
    return start(db, account);
}

Result<Session> Session::actInTraining(Database& db, const OsAccount& account, const QString& staffId)
{
    if (db.meta(kDemoKey) != QLatin1String("1")) {
        return fail(tr("Acting as someone else is only possible in a demo database, for training."));
    }
    const auto member = StaffRepository(db).get(staffId);
    if (!member || !member->active) {
        return fail(tr("This staff member no longer exists."));
    }
    return establish(db, account, member, true);
}

QString Session::refusal() const
{
    const QString who = m_leaders.isEmpty() ? tr("a leader of the team") : m_leaders.join(QStringLiteral(", "));
    switch (m_standing) {
    case Standing::Member:
        return {};
    case Standing::Deactivated:
        return tr("The account %1 belongs to %2, who has been deactivated in Samspil. %3 can make the account active again.")
            .arg(m_account.name, m_staff ? m_staff->name : QString(), who);
    case Standing::NoAccounts:
        return tr("No account has been added to this database yet. The first to start it becomes the team's "
                  "leader: start Samspil and give your name and initials, or run "
                  "“samspil-cli init --db FILE --name NAME --initials INITIALS”.");
    case Standing::NotBound:
        break;
    }
    if (m_account.name.isEmpty()) {
        return tr("The operating system did not say which account is logged on, so Samspil shows no citizen data.");
    }
    return tr("The account %1 is not a Samspil user in this database, so Samspil shows no citizen data. %2 can "
              "add it under Team ▸ Staff.")
        .arg(m_account.name, who);
}

QJsonObject Session::toJson() const
{
    QJsonArray roles;
    for (Role r : this->roles()) {
        roles.append(AccessPolicy::code(r));
    }
    QJsonObject o{{QStringLiteral("account"), m_account.name}, {QStringLiteral("roles"), roles}};
    if (m_staff) {
        o.insert(QStringLiteral("initials"), m_staff->initials);
        o.insert(QStringLiteral("name"), m_staff->name);
        o.insert(QStringLiteral("profession"), Professions::code(m_staff->profession));
    }
    if (m_training) {
        o.insert(QStringLiteral("training"), true);
    }
    return o;
}

} // namespace samspil
