#include "AccessPolicy.h"

namespace samspil {

const QVector<Role>& AccessPolicy::roles()
{
    static const QVector<Role> all = {Role::Leader, Role::Caseworker, Role::Physiotherapist, Role::Psychologist,
                                      Role::Nurse, Role::CompanyConsultant, Role::Mentor};
    return all;
}

QString AccessPolicy::code(Role r)
{
    switch (r) {
    case Role::Leader:
        return QStringLiteral("leder");
    case Role::Caseworker:
        return QStringLiteral("koordinerende-sagsbehandler");
    case Role::Physiotherapist:
        return QStringLiteral("fysioterapeut");
    case Role::Psychologist:
        return QStringLiteral("psykolog");
    case Role::Nurse:
        return QStringLiteral("sygeplejerske");
    case Role::CompanyConsultant:
        return QStringLiteral("virksomhedskonsulent");
    case Role::Mentor:
        return QStringLiteral("mentor");
    }
    return {};
}

std::optional<Role> AccessPolicy::fromCode(const QString& code)
{
    for (Role r : roles()) {
        if (AccessPolicy::code(r) == code.trimmed().toLower()) {
            return r;
        }
    }
    return std::nullopt;
}

QString AccessPolicy::label(Role r)
{
    switch (r) {
    case Role::Leader:
        return tr("Leader");
    case Role::Caseworker:
        return tr("Coordinating caseworker");
    case Role::Physiotherapist:
        return tr("Physiotherapist");
    case Role::Psychologist:
        return tr("Psychologist");
    case Role::Nurse:
        return tr("Nurse");
    case Role::CompanyConsultant:
        return tr("Company consultant");
    case Role::Mentor:
        return tr("Mentor");
    }
    return {};
}

QVector<Role> AccessPolicy::rolesOf(const Staff& s)
{
    QVector<Role> out;
    if (!s.active) {
        return out;
    }
    switch (s.profession) {
    case Profession::Caseworker:
        out << Role::Caseworker;
        break;
    case Profession::Physiotherapist:
        out << Role::Physiotherapist;
        break;
    case Profession::Psychologist:
        out << Role::Psychologist;
        break;
    case Profession::Nurse:
        out << Role::Nurse;
        break;
    case Profession::CompanyConsultant:
        out << Role::CompanyConsultant;
        break;
    case Profession::Mentor:
        out << Role::Mentor;
        break;
    case Profession::Manager:
        out << Role::Leader;
        break;
    case Profession::Other:
        break;
    }
    if (s.leader && !out.contains(Role::Leader)) {
        out << Role::Leader;
    }
    return out;
}

QSet<Capability> AccessPolicy::capabilities(Role r)
{
    using C = Capability;
    // The table in docs/security.md says the same; AccessPolicyTest checks both.
    switch (r) {
    case Role::Leader:
        return {C::ReadCitizens, C::ManageStaff, C::Erase, C::ExportAll, C::ReadAudit, C::Statistics, C::Sync};
    case Role::Caseworker:
        return {C::ReadCitizens, C::WriteCitizens, C::Statistics, C::Sync};
    case Role::Physiotherapist:
    case Role::Psychologist:
    case Role::Nurse:
        return {C::ReadCitizens, C::WriteCitizens, C::WriteNotes, C::Sync};
    case Role::CompanyConsultant:
    case Role::Mentor:
        return {C::ReadCitizens, C::WriteCitizens, C::Sync};
    }
    return {};
}

QSet<Capability> AccessPolicy::capabilities(const Staff& s)
{
    QSet<Capability> out;
    for (Role r : rolesOf(s)) {
        out.unite(capabilities(r));
    }
    return out;
}

Principal AccessPolicy::principal(const QString& account, const Staff& s)
{
    Principal p;
    p.account = account;
    p.staffId = s.id;
    p.profession = Professions::code(s.profession);
    p.capabilities = capabilities(s);
    return p;
}

} // namespace samspil
