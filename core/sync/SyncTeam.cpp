// The team: made, sealed, joined, admitted to, retired from (docs/sync.md, "Keys and the team file").

#include "SyncEngine.h"

#include "core/storage/Erasure.h"
#include "core/storage/Replica.h"
#include "core/sync/BatchFile.h"
#include "core/sync/SyncContext.h"
#include "core/util/Hlc.h"
#include "core/util/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSysInfo>

#include <algorithm>

namespace samspil {

using namespace syncdetail;

Status SyncEngine::addNewKey(Context& ctx, TeamState& state)
{
    const QByteArray key = Sealing::newTeamKey();
    int ordinal = 0;
    for (const auto& k : state.keys) {
        ordinal = std::max(ordinal, k.ordinal);
    }
    TeamKeys keys(m_db);
    if (auto s = keys.addTeamKeys({{Sealing::keyId(key), key}}); !s) {
        return s;
    }
    ctx.keys = keys.teamKeys();
    state.keys.append({Sealing::keyId(key), ordinal + 1, {}});
    return {};
}

Status SyncEngine::writeTeam(Context& ctx, TeamState state)
{
    TeamKeys keys(m_db);
    state.sealKeys(keys.teamKeys());
    const QByteArray bytes = TeamFile::write(state, ctx.me, ctx.sign.secretKey);
    if (auto s = ctx.store->write(Share::teamFile(), bytes); !s) {
        return s;
    }
    auto back = ctx.store->read(Share::teamFile(), TeamFile::kMaxSize);
    if (!back || back.value() != bytes) {
        return fail(tr("The shared drive did not keep the team file whole (it may be full or failing)."));
    }
    ctx.state = state;
    return keys.setTrusted(state);
}

Status SyncEngine::makeTeam(Context& ctx, const QString& team)
{
    TeamKeys keys(m_db);
    auto box = keys.box();
    if (!box) {
        return Error{box.error()};
    }
    TeamState state;
    state.team = team;
    state.revision = 1;
    state.members.append({ctx.me, ctx.sign.publicKey, box->publicKey, QSysInfo::machineHostName().left(64),
                          m_db.clock().now()});
    if (auto s = addNewKey(ctx, state); !s) {
        return s;
    }
    if (auto s = writeTeam(ctx, state); !s) {
        return s;
    }
    if (auto s = m_db.setMeta(kTeamKey, team); !s) {
        return s;
    }
    return {};
}

Result<SyncEngine::Standing> SyncEngine::establish(Context& ctx, bool creating, SyncReport& report)
{
    TeamKeys keys(m_db);
    const TeamState trusted = keys.trusted();
    const QString myTeam = teamId();
    const bool member = !trusted.team.isEmpty();
    ctx.keys = keys.teamKeys();
    ctx.state = trusted;
    if (!ctx.store->exists(Share::teamFile())) {
        return establishWithoutTeamFile(ctx, creating, report);
    }
    auto bytes = ctx.store->read(Share::teamFile(), TeamFile::kMaxSize);
    if (!bytes) {
        return Error{bytes.error()};
    }
    auto parsed = TeamFile::parse(bytes.value());
    if (!parsed) {
        if (member) {
            report.skipped.append({Share::teamFile(), parsed.error()});
            if (auto s = writeTeam(ctx, trusted); !s) {
                return Error{s.error()};
            }
            return Standing::Member;
        }
        return fail(tr("The shared folder %1 cannot be used: %2").arg(ctx.store->describe(), parsed.error()));
    }
    if (!myTeam.isEmpty() && parsed->team != myTeam) {
        return fail(tr("The folder %1 belongs to another team than this database. A database can only sync with "
                       "its own team's shared folder.")
                        .arg(ctx.store->describe()));
    }
    if (parsed->format == QLatin1String(TeamFile::kUnsealedFormat)) {
        return establishUnsealed(ctx, parsed.value(), creating, report);
    }
    return member ? establishMember(ctx, parsed.value(), report) : establishNewcomer(ctx, parsed.value());
}

/// The share has no team file: a new team (on join), or a share emptied or made again.
Result<SyncEngine::Standing> SyncEngine::establishWithoutTeamFile(Context& ctx, bool creating, SyncReport& report)
{
    TeamState trusted = ctx.state;
    const QString myTeam = teamId();
    const bool member = !trusted.team.isEmpty();
    if (member) {
        // The share was emptied or made again: set the team up again from what this PC knows;
        // healing sends everything again, and the other members do the same.
        report.notices << tr("The shared folder %1 had no team file: it was emptied or made again. Samspil set "
                             "the team up again from this PC and sends its changes again; the other PCs do "
                             "the same at their next sync.")
                              .arg(ctx.store->describe());
        trusted.revision += 1;
        if (auto s = writeTeam(ctx, trusted); !s) {
            return Error{s.error()};
        }
        return Standing::Member;
    }
    if (!creating) {
        return fail(tr("The shared folder %1 holds no Samspil team. Choose the team's shared folder again.")
                        .arg(ctx.store->describe()));
    }
    if (auto s = makeTeam(ctx, myTeam.isEmpty() ? newUuid() : myTeam); !s) {
        return Error{s.error()};
    }
    return Standing::Member;
}

/// A team file of the unsealed format: the first PC of the team to run this version seals it.
Result<SyncEngine::Standing> SyncEngine::establishUnsealed(Context& ctx, const TeamFile::Parsed& parsed, bool creating,
                                                         SyncReport& report)
{
    const TeamState trusted = ctx.state;
    const QString myTeam = teamId();
    const bool member = !trusted.team.isEmpty();
    if (member) {
        // An unsealed team file where this team was sealed: put the sealed one back.
        report.skipped.append({Share::teamFile(), tr("the team file was replaced by one in the unsealed format")});
        if (auto s = writeTeam(ctx, trusted); !s) {
            return Error{s.error()};
        }
        return Standing::Member;
    }
    if (myTeam.isEmpty() && !creating) {
        return fail(tr("Choose the team's shared folder first."));
    }
    // The first PC of a team to run this version seals it; the others join by admission.
    if (auto s = makeTeam(ctx, parsed.team); !s) {
        return Error{s.error()};
    }
    report.notices << tr("This PC sealed the team's shared folder: files on it are now encrypted and signed. The "
                         "team's other PCs ask to join when they are updated; admit them under File ▸ "
                         "Synchronisation.");
    bestEffort(Replica(m_db).log(QStringLiteral("info"), report.notices.last()));
    return Standing::Member;
}

/// A member reads the team file: adopts what members signed, puts back what others wrote.
Result<SyncEngine::Standing> SyncEngine::establishMember(Context& ctx, const TeamFile::Parsed& parsed, SyncReport& report)
{
    TeamKeys keys(m_db);
    const TeamState trusted = ctx.state;
    const TeamMember* signer = trusted.member(parsed.signer);
    auto remote = signer ? TeamFile::verified(parsed, signer->signPublic)
                         : Result<TeamState>(fail(tr("the team file is not signed by a member of the team")));
    if (!remote) {
        report.skipped.append({Share::teamFile(), remote.error()});
        if (auto s = writeTeam(ctx, trusted); !s) {
            return Error{s.error()};
        }
        return Standing::Member;
    }
    if (remote->retiredSite(ctx.me)) {
        bestEffort(keys.setTrusted(remote.value()));
        return fail(tr("This PC has been retired from the team and no longer syncs. Ask a member of the team "
                       "if that is a mistake; the PC must then join again as a new PC."));
    }
    keys.takeSealedKeys(remote.value());
    ctx.keys = keys.teamKeys();
    TeamState merged = trusted;
    merged.merge(remote.value());
    bool rewrite = !merged.covers(remote.value());
    bool missingKey = false;
    for (const auto& k : merged.keys) {
        missingKey = missingKey || !ctx.keys.contains(k.id);
    }
    if (merged.keyReachesRetired() || (missingKey && !ctx.keys.contains(merged.currentKeyId()))) {
        // A PC was retired while another changed the team: replace the key once more.
        if (auto s = addNewKey(ctx, merged); !s) {
            return Error{s.error()};
        }
        rewrite = true;
    }
    if (rewrite) {
        merged.revision = std::max(trusted.revision, remote->revision) + 1;
        if (auto s = writeTeam(ctx, merged); !s) {
            return Error{s.error()};
        }
    } else {
        ctx.state = merged;
        if (auto s = keys.setTrusted(merged); !s) {
            return Error{s.error()};
        }
    }
    return Standing::Member;
}

/// Not a member yet: admitted (then it takes in its keys) or asking to join.
Result<SyncEngine::Standing> SyncEngine::establishNewcomer(Context& ctx, const TeamFile::Parsed& parsed)
{
    TeamKeys keys(m_db);
    // Not a member yet: trust the team file when it is signed by one of the members it names
    // (the member who admits this PC compared its code), and take in the key sealed to this PC.
    TeamState named;
    if (auto body = TeamState::fromBody(parsed.body)) {
        named = body.value();
    }
    const TeamMember* signer = named.member(parsed.signer);
    auto remote = signer ? TeamFile::verified(parsed, signer->signPublic)
                         : Result<TeamState>(fail(tr("the team file is not signed by a member of the team")));
    if (!remote) {
        return fail(tr("The team file on %1 cannot be trusted (%2). Ask a member of the team to sync, which "
                       "puts it right.")
                        .arg(ctx.store->describe(), remote.error()));
    }
    if (remote->retiredSite(ctx.me)) {
        return fail(tr("This PC has been retired from the team and no longer syncs."));
    }
    if (remote->member(ctx.me) && keys.takeSealedKeys(remote.value())) {
        ctx.keys = keys.teamKeys();
        ctx.state = remote.value();
        if (auto s = keys.setTrusted(remote.value()); !s) {
            return Error{s.error()};
        }
        if (auto s = m_db.setMeta(kTeamKey, remote->team); !s) {
            return Error{s.error()};
        }
        bestEffort(m_db.setMeta(kWaitingKey, QString()));
        bestEffort(ctx.store->remove(Share::requestFile(ctx.me)));
        // Who admitted this PC, by the code of the member who signed the team file: the person at
        // this PC compares it with the code that member's PC shows, as the member compared theirs.
        const TeamMember* admitter = remote->member(parsed.signer);
        const QString code = Sealing::admissionCode(admitter->site, admitter->signPublic, admitter->boxPublic);
        bestEffort(m_db.setMeta(kAdmittedByKey, admitter->host + QLatin1Char('\n') + code));
        bestEffort(Replica(m_db).log(QStringLiteral("info"),
                                     tr("This PC was admitted to the team by %1 (its code %2).").arg(admitter->host, code)));
        return Standing::Member;
    }
    // Ask to join.
    auto box = keys.box();
    if (!box) {
        return Error{box.error()};
    }
    JoinRequest request{ctx.me, parsed.team, ctx.sign.publicKey, box->publicKey,
                        QSysInfo::machineHostName().left(64), m_db.clock().now()};
    if (!ctx.store->exists(Share::requestFile(ctx.me))) {
        if (auto s = ctx.store->write(Share::requestFile(ctx.me), request.write(ctx.sign.secretKey)); !s) {
            return Error{s.error()};
        }
    }
    if (auto s = m_db.setMeta(kWaitingKey, parsed.team); !s) {
        return Error{s.error()};
    }
    return Standing::Waiting;
}

Result<JoinOutcome> SyncEngine::join(const QString& sharePath)
{
    if (auto allowed = m_db.require(Capability::Sync); !allowed) {
        return Error{allowed.error()};
    }
    Database::EngineScope engine(m_db);
    const QString root = cleanRoot(sharePath);
    auto ctx = open(root);
    if (!ctx) {
        return Error{ctx.error()};
    }
    SyncReport report;
    auto standing = establish(*ctx.value(), true, report);
    if (!standing) {
        return Error{standing.error()};
    }
    if (auto s = m_db.setMeta(kShareKey, root); !s) {
        return Error{s.error()};
    }
    JoinOutcome outcome;
    outcome.joined = standing.value() == Standing::Member;
    if (!outcome.joined) {
        outcome.code = admissionCode();
        bestEffort(Replica(m_db).log(QStringLiteral("info"),
                                     tr("Asked to join the team on %1; waiting to be admitted (code %2).")
                                         .arg(shown(root), outcome.code)));
        return outcome;
    }
    bestEffort(Replica(m_db).log(QStringLiteral("info"), tr("Joined the team on %1.").arg(shown(root))));
    if (auto s = publishState(*ctx.value()); !s) {
        return Error{s.error()};
    }
    return outcome;
}

Result<std::unique_ptr<SyncEngine::Context>> SyncEngine::memberContext(const QString& shareOverride)
{
    auto ctx = open(shareOverride.isEmpty() ? sharePath() : cleanRoot(shareOverride));
    if (!ctx) {
        return Error{ctx.error()};
    }
    SyncReport report;
    auto standing = establish(*ctx.value(), false, report);
    if (!standing) {
        return Error{standing.error()};
    }
    if (standing.value() != Standing::Member) {
        return fail(tr("This PC is not a member of the team yet, so it cannot admit or retire others."));
    }
    return std::move(ctx.value());
}

SyncEngine::Admitter SyncEngine::admittedBy() const
{
    const QStringList parts = m_db.meta(kAdmittedByKey).split(QLatin1Char('\n'));
    return parts.size() == 2 ? Admitter{parts.at(0), parts.at(1)} : Admitter{};
}

Result<QVector<JoinRequest>> SyncEngine::requests(const QString& shareOverride)
{
    if (auto allowed = m_db.require(Capability::Sync); !allowed) {
        return Error{allowed.error()};
    }
    Database::EngineScope engine(m_db);
    auto ctx = memberContext(shareOverride);
    if (!ctx) {
        return Error{ctx.error()};
    }
    QVector<JoinRequest> out;
    for (const auto& entry : ctx.value()->store->files(Share::requestsDir())) {
        auto bytes = ctx.value()->store->read(Share::requestsDir() + QLatin1Char('/') + entry.name, JoinRequest::kMaxSize);
        if (!bytes) {
            continue;
        }
        auto request = JoinRequest::read(bytes.value());
        if (!request || request->team != teamId() || entry.name != request->site + QStringLiteral(".json")
            || ctx.value()->state.knows(request->site)) {
            continue;
        }
        out.append(request.value());
    }
    return out;
}

Status SyncEngine::admit(const QString& code, const QString& shareOverride)
{
    const QString wanted = Sealing::normaliseCode(code);
    if (wanted.size() != 12) {
        return fail(tr("An admission code has 12 digits, as the new PC shows it (for example 1234 5678 9012)."));
    }
    auto waitingPcs = requests(shareOverride);
    if (!waitingPcs) {
        return Error{waitingPcs.error()};
    }
    Database::EngineScope engine(m_db);
    for (const auto& request : waitingPcs.value()) {
        if (Sealing::normaliseCode(request.code()) != wanted) {
            continue;
        }
        auto ctx = memberContext(shareOverride);
        if (!ctx) {
            return Error{ctx.error()};
        }
        TeamState state = ctx.value()->state;
        state.members.append({request.site, request.signPublic, request.boxPublic, request.host, m_db.clock().now()});
        state.revision += 1;
        if (auto s = writeTeam(*ctx.value(), state); !s) {
            return s;
        }
        bestEffort(ctx.value()->store->remove(Share::requestFile(request.site)));
        bestEffort(Replica(m_db).log(QStringLiteral("info"),
                                     tr("Admitted the PC %1 (code %2) to the team.").arg(request.host, request.code())));
        return {};
    }
    return fail(tr("No PC waiting to join has the code %1. Check the code on the new PC's screen, and that it has "
                   "asked to join this team's shared folder.")
                    .arg(code.trimmed().left(32)));
}

Status SyncEngine::retire(const QString& site, const QString& shareOverride)
{
    if (auto allowed = m_db.require(Capability::Sync); !allowed) {
        return Error{allowed.error()};
    }
    Database::EngineScope engine(m_db);
    auto ctx = memberContext(shareOverride);
    if (!ctx) {
        return Error{ctx.error()};
    }
    Context& c = *ctx.value();
    if (site == c.me) {
        return fail(tr("A PC cannot retire itself; retire it from another PC of the team."));
    }
    const TeamMember* member = c.state.member(site);
    if (!member) {
        return fail(tr("No PC of the team has the id %1.").arg(site.left(40)));
    }
    // What that PC had written up to now is still read: as far as this PC applied it, or as far
    // as its files that are on the share now and carry its signature reach.
    qint64 limit = Replica(m_db).appliedSeq(site);
    for (const auto& f : c.share->batches(site)) {
        if (f.to <= limit) {
            continue;
        }
        auto bytes = c.store->read(f.path, SealedFile::limits(SealedFile::Kind::Batch).maxFile);
        if (bytes && BatchFile::decode(bytes.value(), c.expect(SealedFile::Kind::Batch, site))) {
            limit = std::max(limit, f.to);
        }
    }
    TeamState state = c.state;
    state.retired.append({site, member->signPublic, limit, m_db.clock().now()});
    state.members.erase(std::remove_if(state.members.begin(), state.members.end(),
                                       [&](const TeamMember& m) { return m.site == site; }),
                        state.members.end());
    if (auto s = addNewKey(c, state); !s) {
        return s;
    }
    state.revision += 1;
    if (auto s = writeTeam(c, state); !s) {
        return s;
    }
    bestEffort(c.store->remove(Share::requestFile(site)));
    bestEffort(Replica(m_db).log(QStringLiteral("info"),
                                 tr("Retired the PC %1 from the team; the team key was replaced.").arg(site)));
    return {};
}

} // namespace samspil
