// Staff and accounts: who the team are, which operating-system accounts are theirs, and who is
// running the command (issue 16). Changing staff is for the team's leaders; core refuses anyone else.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include "core/staff/AccessPolicy.h"
#include "core/staff/StaffRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samspil::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject staffJson(const Staff& s, const QStringList& accounts)
{
    QJsonArray roles;
    for (Role r : AccessPolicy::rolesOf(s)) {
        roles.append(AccessPolicy::code(r));
    }
    return {{QStringLiteral("initials"), s.initials},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("profession"), Professions::code(s.profession)},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("active"), s.active},
            {QStringLiteral("accounts"), QJsonArray::fromStringList(accounts)}};
}

/// A profession from its code ("physiotherapist") or its role's ("fysioterapeut").
std::optional<Profession> professionFrom(const QString& text)
{
    if (auto p = Professions::fromCode(text.trimmed().toLower())) {
        return p;
    }
    const auto role = AccessPolicy::fromCode(text);
    if (!role) {
        return std::nullopt;
    }
    for (Profession p : Professions::all()) {
        Staff probe;
        probe.profession = p;
        if (AccessPolicy::rolesOf(probe).value(0) == *role) {
            return p;
        }
    }
    return std::nullopt;
}

int list(CommandLine& cl, Context& ctx)
{
    StaffRepository repo(cl.db());
    QJsonArray out;
    for (const Staff& s : repo.all(true)) {
        out.append(staffJson(s, repo.accountsOf(s.id)));
    }
    printJson(ctx, {{QStringLiteral("staff"), out}});
    return Ok;
}

int add(CommandLine& cl, Context& ctx)
{
    for (const char* required : {"name", "initials", "profession", "account"}) {
        if (!cl.isSet(QString::fromLatin1(required))) {
            return cl.usage(Tr::tr("staff add needs --name, --initials, --profession and --account."));
        }
    }
    const auto profession = professionFrom(cl.value(QStringLiteral("profession")));
    if (!profession) {
        return cl.fail(Tr::tr("Unknown profession “%1”.").arg(cl.value(QStringLiteral("profession"))));
    }
    Staff s;
    s.name = cl.value(QStringLiteral("name"));
    s.initials = cl.value(QStringLiteral("initials"));
    s.profession = *profession;
    if (cl.isSet(QStringLiteral("role"))) {
        if (AccessPolicy::fromCode(cl.value(QStringLiteral("role"))) != Role::Leader) {
            return cl.fail(Tr::tr("--role takes “leder” (a leader of the team); the other roles follow the profession."));
        }
        s.leader = true;
    }
    StaffRepository repo(cl.db());
    Database::Transaction tx(cl.db());
    auto created = repo.create(s);
    if (!created) {
        return cl.fail(created.error());
    }
    if (auto bound = repo.bindAccount(created->id, cl.value(QStringLiteral("account"))); !bound) {
        return cl.fail(bound.error());
    }
    if (auto committed = tx.commit(); !committed) {
        return cl.fail(committed.error());
    }
    printJson(ctx, staffJson(*created, repo.accountsOf(created->id)));
    return Ok;
}

int change(CommandLine& cl, Context& ctx, const QString& action)
{
    StaffRepository repo(cl.db());
    Status done;
    if (action == QLatin1String("unbind")) {
        if (!cl.isSet(QStringLiteral("account"))) {
            return cl.usage(Tr::tr("staff unbind needs --account."));
        }
        done = repo.unbindAccount(cl.value(QStringLiteral("account")));
        if (!done) {
            return cl.fail(done.error());
        }
        printJson(ctx, {{QStringLiteral("unbound"), OsAccount::normalise(cl.value(QStringLiteral("account")))}});
        return Ok;
    }
    if (!cl.isSet(QStringLiteral("initials"))) {
        return cl.usage(Tr::tr("staff %1 needs --initials.").arg(action));
    }
    const auto member = cl.staffMember(QStringLiteral("initials"));
    if (!member) {
        return Failed;
    }
    if (action == QLatin1String("bind")) {
        if (!cl.isSet(QStringLiteral("account"))) {
            return cl.usage(Tr::tr("staff bind needs --initials and --account."));
        }
        done = repo.bindAccount(member->id, cl.value(QStringLiteral("account")));
    } else {
        done = repo.deactivate(member->id);
    }
    if (!done) {
        return cl.fail(done.error());
    }
    const auto after = repo.get(member->id);
    printJson(ctx, staffJson(after.value_or(*member), repo.accountsOf(member->id)));
    return Ok;
}

int runStaff(Context& ctx)
{
    CommandLine cl(ctx);
    cl.addPositionalArgument(QStringLiteral("action"), Tr::tr("add, list, bind, unbind or deactivate."));
    cl.addOption({QStringLiteral("name"), Tr::tr("The staff member's name."), QStringLiteral("NAME")});
    cl.addOption({QStringLiteral("initials"), Tr::tr("The staff member's initials."), QStringLiteral("INITIALS")});
    cl.addOption({QStringLiteral("profession"),
                  Tr::tr("caseworker, physiotherapist, psychologist, nurse, company_consultant, mentor or manager."),
                  QStringLiteral("PROFESSION")});
    cl.addOption({QStringLiteral("account"), Tr::tr("The operating-system account (DOMAIN\\user or user)."),
                  QStringLiteral("ACCOUNT")});
    cl.addOption({QStringLiteral("role"), Tr::tr("leder: the staff member leads the team."), QStringLiteral("ROLE")});
    if (!cl.parse()) {
        return Usage;
    }
    const QString action = cl.positionalArguments().value(0);
    static const QStringList actions{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("bind"),
                                     QStringLiteral("unbind"), QStringLiteral("deactivate")};
    if (!actions.contains(action) || cl.positionalArguments().size() != 1) {
        return cl.usage(Tr::tr("Say what to do: staff --db FILE add|list|bind|unbind|deactivate …"));
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting); code != Ok) {
        return code;
    }
    if (action == QLatin1String("list")) {
        return list(cl, ctx);
    }
    if (auto allowed = cl.db().require(Capability::ManageStaff); !allowed) {
        return cl.fail(allowed.error());
    }
    return action == QLatin1String("add") ? add(cl, ctx) : change(cl, ctx, action);
}

int runWhoami(Context& ctx)
{
    CommandLine cl(ctx);
    if (!cl.parse()) {
        return Usage;
    }
    if (const int code = cl.open(OpenOptions::Mode::OpenExisting, nullptr, CommandLine::Who::Anyone); code != Ok) {
        return code;
    }
    if (!cl.session().member()) {
        return cl.fail(cl.session().refusal());
    }
    printJson(ctx, cl.session().toJson());
    return Ok;
}

} // namespace

std::vector<Command> staffCommands()
{
    return {
        {QStringLiteral("staff"),
         QStringLiteral("staff --db FILE add --name N --initials I --profession P --account ACCOUNT [--role leder] | list | "
                        "bind --initials I --account ACCOUNT | unbind --account ACCOUNT | deactivate --initials I"),
         runStaff},
        {QStringLiteral("whoami"), QStringLiteral("whoami --db FILE"), runWhoami},
    };
}

} // namespace samspil::cli
