// Who you are is your login, and what you may see follows your role and the citizen's consent
// (issue 16): the access policy in core, as docs/security.md writes it down.
#include "core/citizen/CitizenRepository.h"
#include "core/citizen/CitizenExportDocument.h"
#include "core/staff/AccessPolicy.h"
#include "core/stats/Dashboard.h"
#include "core/staff/Session.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/AccessLog.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/Dump.h"
#include "core/storage/Erasure.h"
#include "core/teamday/AppointmentRepository.h"
#include "core/teamday/ConsentRepository.h"
#include "core/teamday/NoteRepository.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace samspil;
using namespace samspil::test;

namespace {

const OsAccount kMette{QStringLiteral("KOMMUNE\\mha"), QStringLiteral("Mette Holm Andersen")};

/// A team of one of each, a citizen, and a signed note by the psychologist.
struct Team
{
    TempDb t;
    QHash<Role, Staff> byRole;
    QString citizen;
    QString note;

    Team()
    {
        const QVector<std::pair<Role, Profession>> team = {
            {Role::Caseworker, Profession::Caseworker},      {Role::Physiotherapist, Profession::Physiotherapist},
            {Role::Psychologist, Profession::Psychologist},  {Role::Nurse, Profession::Nurse},
            {Role::CompanyConsultant, Profession::CompanyConsultant}, {Role::Mentor, Profession::Mentor},
            {Role::Leader, Profession::Manager}};
        int i = 0;
        for (const auto& [role, profession] : team) {
            byRole.insert(role, addTestStaff(*t, QStringLiteral("Person %1").arg(i), QStringLiteral("PA%1").arg(i), profession));
            ++i;
        }
        citizen = addTestCitizen(*t, QStringLiteral("Åse Ærø"), QStringLiteral("610190-1234"));
        IcfNote n;
        n.citizenId = citizen;
        n.authorId = byRole[Role::Psychologist].id;
        n.personalFactors = QStringLiteral("Sover dårligt siden ulykken");
        n.jobMeaning = QStringLiteral("Kan arbejde fire timer om dagen");
        auto draft = NoteRepository(*t).saveDraft(n);
        REQUIRE(draft.ok());
        // The talk was held an hour ago (registered afterwards), so the note may be signed.
        Appointment talk;
        talk.citizenId = citizen;
        talk.staffId = n.authorId;
        talk.kind = AppointmentKind::PsychologistTalk;
        talk.start = t->clock().now().toLocalTime().addSecs(-3600);
        talk.end = talk.start.addSecs(45 * 60);
        BookingOptions afterwards;
        afterwards.overrideReason = QStringLiteral("Registreret bagefter.");
        auto booked = AppointmentRepository(*t).book({talk}, afterwards);
        REQUIRE(booked.ok());
        REQUIRE(AppointmentRepository(*t).setStatus(booked->first().id, AppointmentStatus::Held).ok());
        REQUIRE(NoteRepository(*t).sign(draft->id, n.authorId).ok());
        note = draft->id;
    }
};

/// The capability table of docs/security.md: capability code -> the roles with "ja".
QHash<QString, QSet<QString>> documentedCapabilities()
{
    QFile f(QStringLiteral(SAMSPIL_SOURCE_DIR "/docs/security.md"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    QStringList roles;
    QHash<QString, QSet<QString>> out;
    for (const QString& line : lines) {
        const QStringList cells = line.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (cells.size() >= 9 && cells[1].trimmed() == QLatin1String("Kode")) {
            roles.clear();
            for (int c = 2; c < cells.size(); ++c) {
                roles << cells[c].trimmed();
            }
            continue;
        }
        if (roles.isEmpty() || cells.size() != roles.size() + 2 || !cells[1].contains(QLatin1Char('`'))) {
            continue;
        }
        const QString code = cells[1].trimmed().remove(QLatin1Char('`'));
        for (int r = 0; r < roles.size(); ++r) {
            if (cells[r + 2].trimmed() == QLatin1String("ja")) {
                out[code].insert(roles[r]);
            }
        }
    }
    return out;
}

QString capabilityCode(Capability c)
{
    switch (c) {
    case Capability::ReadCitizens: return QStringLiteral("ReadCitizens");
    case Capability::WriteCitizens: return QStringLiteral("WriteCitizens");
    case Capability::WriteNotes: return QStringLiteral("WriteNotes");
    case Capability::ManageStaff: return QStringLiteral("ManageStaff");
    case Capability::Erase: return QStringLiteral("Erase");
    case Capability::ExportAll: return QStringLiteral("ExportAll");
    case Capability::ReadAudit: return QStringLiteral("ReadAudit");
    case Capability::Statistics: return QStringLiteral("Statistics");
    case Capability::Sync: return QStringLiteral("Sync");
    }
    return {};
}

} // namespace

TEST_CASE("The capability table in docs/security.md is the one core enforces", "[access]")
{
    const auto documented = documentedCapabilities();
    const QVector<Capability> all = {Capability::ReadCitizens, Capability::WriteCitizens, Capability::WriteNotes,
                                     Capability::ManageStaff,  Capability::Erase,         Capability::ExportAll,
                                     Capability::ReadAudit,    Capability::Statistics,    Capability::Sync};
    REQUIRE(documented.size() == all.size());
    for (Capability c : all) {
        QSet<QString> granted;
        for (Role r : AccessPolicy::roles()) {
            if (AccessPolicy::capabilities(r).contains(c)) {
                granted.insert(AccessPolicy::code(r));
            }
        }
        INFO(capabilityCode(c).toStdString());
        CHECK(documented.value(capabilityCode(c)) == granted);
    }
}

TEST_CASE("A note's content is read by its author and the professions the consent covers, for every role", "[access][consent]")
{
    enum class ConsentState { None, CoversPhysioAndCaseworker, Withdrawn };
    for (ConsentState state : {ConsentState::None, ConsentState::CoversPhysioAndCaseworker, ConsentState::Withdrawn}) {
        Team team;
        if (state != ConsentState::None) {
            Consent c;
            c.citizenId = team.citizen;
            c.givenOn = team.t.clock.today().addDays(-10);
            c.scope = {QStringLiteral("physiotherapist"), QStringLiteral("caseworker")};
            REQUIRE(ConsentRepository(*team.t).give(c).ok());
            if (state == ConsentState::Withdrawn) {
                REQUIRE(ConsentRepository(*team.t).withdraw(team.citizen, team.t.clock.today().addDays(-1)).ok());
            }
        }
        for (Role role : AccessPolicy::roles()) {
            actAs(*team.t, team.byRole[role].id);
            const auto read = NoteRepository(*team.t).get(team.note);
            REQUIRE(read.has_value()); // everyone sees that the note exists
            const bool author = role == Role::Psychologist;
            const bool covered = state == ConsentState::CoversPhysioAndCaseworker
                                 && (role == Role::Physiotherapist || role == Role::Caseworker);
            INFO("role " << AccessPolicy::code(role).toStdString() << ", consent state " << int(state));
            CHECK(read->contentHidden == !(author || covered));
            CHECK(read->personalFactors.isEmpty() == !(author || covered));
            CHECK(read->jobMeaning.isEmpty() == !(author || covered));
            CHECK(read->hiddenReason.isEmpty() == (author || covered));
            // The list the citizen's page and the CLI read obeys the same rule.
            const auto listed = NoteRepository(*team.t).forCitizen(team.citizen);
            REQUIRE(listed.size() == 1);
            CHECK(listed.first().contentHidden == read->contentHidden);
        }
    }
}

TEST_CASE("An account bound to nobody, or to a deactivated member, reads no citizen data", "[access]")
{
    Team team;
    {
        Database::EngineScope engine(*team.t);
        Staff leader = team.byRole[Role::Leader];
        REQUIRE(StaffRepository(*team.t).bindAccount(leader.id, QStringLiteral("kommune\\ob")).ok());
    }
    auto session = Session::start(*team.t, kMette);
    REQUIRE(session.ok());
    CHECK(session->standing() == Session::Standing::NotBound);
    CHECK(session->refusal().contains(QStringLiteral("kommune\\mha"), Qt::CaseInsensitive));
    CHECK(session->refusal().contains(team.byRole[Role::Leader].name)); // who can add the account
    CHECK_FALSE(CitizenRepository(*team.t).get(team.citizen).has_value());
    CHECK(CitizenRepository(*team.t).all().isEmpty());
    CHECK_FALSE(NoteRepository(*team.t).get(team.note).has_value());
    // SQLite itself refuses: no read path in the program can get round it.
    QSqlQuery q(team.t->sql());
    CHECK_FALSE(q.exec(QStringLiteral("SELECT name, cpr FROM citizen")));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT fields FROM change_log")));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT personal_factors FROM icf_note")));
    CHECK(q.exec(QStringLiteral("SELECT name FROM staff"))); // to say who can add it
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE citizen SET name = 'x'")));
    CHECK_FALSE(team.t->write(QStringLiteral("staff"), team.byRole[Role::Leader].id, {{QStringLiteral("leader"), true}}).ok());

    // Bound to a member who is then deactivated: nothing either.
    bindOsAccount(*team.t, team.byRole[Role::Nurse].id);
    Staff nurse = team.byRole[Role::Nurse];
    {
        Database::EngineScope engine(*team.t);
        REQUIRE(StaffRepository(*team.t).deactivate(nurse.id).ok());
    }
    const auto deactivated = Session::start(*team.t, OsAccount::current());
    REQUIRE(deactivated.ok());
    CHECK(deactivated->standing() == Session::Standing::Deactivated);
    CHECK_FALSE(CitizenRepository(*team.t).get(team.citizen).has_value());
}

TEST_CASE("A bound account is its staff member, with their roles", "[access]")
{
    Team team;
    {
        Database::EngineScope engine(*team.t);
        REQUIRE(StaffRepository(*team.t).bindAccount(team.byRole[Role::Caseworker].id, QStringLiteral("KOMMUNE\\MHA")).ok());
    }
    const auto session = Session::start(*team.t, kMette); // the same account, in other letters
    REQUIRE(session.ok());
    REQUIRE(session->member());
    CHECK(session->staff()->id == team.byRole[Role::Caseworker].id);
    CHECK(team.t->actor() == team.byRole[Role::Caseworker].id);
    CHECK(CitizenRepository(*team.t).get(team.citizen).has_value());
    const QJsonObject who = session->toJson();
    CHECK(who.value(QStringLiteral("account")).toString() == kMette.name);
    CHECK(who.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("koordinerende-sagsbehandler")));
    // A caseworker manages no staff, erases nothing and makes no full export: core refuses.
    Staff someone;
    someone.name = QStringLiteral("Ny Kollega");
    someone.initials = QStringLiteral("NK");
    CHECK_FALSE(StaffRepository(*team.t).create(someone).ok());
    CHECK_FALSE(StaffRepository(*team.t).bindAccount(team.byRole[Role::Nurse].id, QStringLiteral("x")).ok());
    CHECK_FALSE(Erasure(*team.t).eraseCitizen(team.citizen, QStringLiteral("retention"), {}).ok());
    CHECK_FALSE(exportDatabase(*team.t).ok());
    CHECK_FALSE(citizenExportDocument(*team.t, team.citizen).ok());
    // …and cannot write a note as the psychologist.
    IcfNote forged;
    forged.citizenId = team.citizen;
    forged.authorId = team.byRole[Role::Psychologist].id;
    forged.jobMeaning = QStringLiteral("x");
    CHECK_FALSE(NoteRepository(*team.t).saveDraft(forged).ok());
}

TEST_CASE("A leader's full export is logged in every citizen's access log", "[access][audit]")
{
    Team team;
    actAs(*team.t, team.byRole[Role::Leader].id);
    const auto dump = exportDatabase(*team.t);
    REQUIRE(dump.ok());
    CHECK(dump->contains("Sover dårligt")); // the full export holds every note's content
    const auto log = AccessLog(*team.t).forCitizen(team.citizen, AccessLog::Action::Export);
    REQUIRE(log.size() == 1);
    CHECK(log.first().detail == AccessLog::kFullExport);
    CHECK(log.first().staffId == team.byRole[Role::Leader].id);
}

TEST_CASE("The first account on a new database becomes its leader, once", "[access]")
{
    TempDb t;
    auto fresh = Session::start(*t, kMette);
    REQUIRE(fresh.ok());
    CHECK(fresh->standing() == Session::Standing::NoAccounts);
    CHECK(t->principal().can(Capability::Sync)); // a new PC may join its team
    CHECK_FALSE(t->principal().can(Capability::ReadCitizens));
    auto leader = Session::startAsFirstLeader(*t, kMette, QStringLiteral("Mette Holm Andersen"), QStringLiteral("MHA"));
    REQUIRE(leader.ok());
    CHECK(leader->member());
    CHECK(leader->roles().contains(Role::Leader));
    CHECK(leader->roles().contains(Role::Caseworker));
    CHECK(t->principal().can(Capability::ManageStaff));
    const OsAccount other{QStringLiteral("kommune\\jv"), {}};
    CHECK_FALSE(Session::startAsFirstLeader(*t, other, QStringLiteral("Jonas"), QStringLiteral("JV")).ok());
    // The team keeps a leader: the only one cannot stop being one.
    Staff mette = *StaffRepository(*t).byInitials(QStringLiteral("MHA"));
    mette.leader = false;
    CHECK_FALSE(StaffRepository(*t).update(mette).ok());
}

TEST_CASE("Acting as another person is for training in a demo database only", "[access]")
{
    Team team;
    CHECK_FALSE(Session::actInTraining(*team.t, kMette, team.byRole[Role::Nurse].id).ok());
    REQUIRE(team.t->setMeta(QStringLiteral("demo"), QStringLiteral("1")).ok());
    const auto training = Session::actInTraining(*team.t, kMette, team.byRole[Role::Nurse].id);
    REQUIRE(training.ok());
    CHECK(training->training());
    CHECK(team.t->principal().training);
    CHECK(team.t->actor() == team.byRole[Role::Nurse].id);
}

TEST_CASE("A signed note changed in the file afterwards is marked and reported by check", "[access][signature]")
{
    Team team;
    QSqlQuery q(team.t->sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE icf_note SET personal_factors = 'Ingen problemer' WHERE id = '%1'").arg(team.note)));
    actAs(*team.t, team.byRole[Role::Psychologist].id);
    const auto read = NoteRepository(*team.t).get(team.note);
    REQUIRE(read.has_value());
    CHECK(read->alteredAfterSigning);
    CHECK_FALSE(read->intact());
    bool reported = false;
    for (const auto& f : ConsistencyCheck::run(*team.t)) {
        reported = reported || f.message.contains(QStringLiteral("changed after signing"));
    }
    CHECK(reported);
    // An untouched note is intact.
    Team clean;
    actAs(*clean.t, clean.byRole[Role::Psychologist].id);
    CHECK(NoteRepository(*clean.t).get(clean.note)->intact());
}

TEST_CASE("The team's figures are for leaders and coordinating caseworkers", "[access][dashboard]")
{
    Team team;
    const DashboardQuery query{team.t.clock.today().addMonths(-12), team.t.clock.today(), {}};
    for (Role role : AccessPolicy::roles()) {
        actAs(*team.t, team.byRole[role].id);
        INFO(AccessPolicy::code(role).toStdString());
        CHECK(Dashboard::compute(*team.t, query, team.t.clock).ok() == (role == Role::Leader || role == Role::Caseworker));
    }
}
