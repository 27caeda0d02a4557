#pragma once

#include "core/sync/Sealing.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace samspil {

class Database;

/// A PC admitted to the team: its site id and public keys.
struct TeamMember
{
    QString site;
    QByteArray signPublic;
    QByteArray boxPublic;
    QString host; ///< the PC's name when it asked to join, to help a person recognise it
    QDateTime admitted;
};

/// A PC taken out of the team (lost, stolen, replaced). Its files up to `limit` (its own change
/// sequence when it was retired) are still read; later ones are refused.
struct RetiredSite
{
    QString site;
    QByteArray signPublic;
    qint64 limit = 0;
    QDateTime retired;
};

/// One team key: its id, its order (the highest is the one files are written with) and the
/// PCs it was sealed to.
struct TeamKeyInfo
{
    QString id;
    int ordinal = 0;
    QStringList recipients;
};

/// Who is in the team, as the signed team file on the share says and as each member keeps its own
/// trusted copy of it. Every team key is sealed to each member's box key (`sealedKeys`).
struct TeamState
{
    QString team;
    qint64 revision = 0;
    QVector<TeamMember> members;
    QVector<RetiredSite> retired;
    QVector<TeamKeyInfo> keys;
    QHash<QString, QByteArray> sealedKeys; ///< site → crypto_box_seal({key id: key, …})

    const TeamMember* member(const QString& site) const;
    const RetiredSite* retiredSite(const QString& site) const;
    /// The key files are written with now.
    QString currentKeyId() const;
    /// A site's signing key when it is a member or retired; empty otherwise.
    QByteArray signingKey(const QString& site) const;
    /// Members and retired sites: the only sites a version clock may name.
    bool knows(const QString& site) const;

    QByteArray toBody() const;
    static Result<TeamState> fromBody(const QByteArray& body);

    /// Adds what `other` (the file on the share) knows — members, retirements, keys — to this
    /// state, and takes its sealed keys. Never re-admits a retired PC.
    void merge(const TeamState& other);
    /// The same members, retirements and keys (with the same recipients) as `other`, and a
    /// sealed key for every member: nothing to write.
    bool covers(const TeamState& other) const;
    /// Seals every key in `keys` to every member, and records them as recipients.
    void sealKeys(const QHash<QString, QByteArray>& keys);
    /// True when a current key was sealed to a PC that has since been retired (then it must rotate).
    bool keyReachesRetired() const;
};

/// The team file on the share: `{"format": "samspil-team/2", "team", "body", "signer", "signature"}`,
/// the body signed by the member who changed it last.
namespace TeamFile {

constexpr const char* kFormat = "samspil-team/2";
constexpr const char* kUnsealedFormat = "samspil-team/1";
constexpr qint64 kMaxSize = 4 * 1024 * 1024;

struct Parsed
{
    QString format;
    QString team;
    QByteArray body;
    QString signer;
    QByteArray signature;
};

/// Reads the outer structure only (nothing in it is trusted yet).
Result<Parsed> parse(const QByteArray& bytes);
QByteArray write(const TeamState& state, const QString& signer, const QByteArray& signSecret);
/// The state in a parsed file when its signature is by `signingKey`.
Result<TeamState> verified(const Parsed& file, const QByteArray& signingKey);

} // namespace TeamFile

/// A PC's request to join, left on the share for a member to admit:
/// `requests/<site>.json`, signed with the new PC's own key (it proves it holds it).
struct JoinRequest
{
    QString site;
    QString team;
    QByteArray signPublic;
    QByteArray boxPublic;
    QString host;
    QDateTime at;

    QString code() const { return Sealing::admissionCode(site, signPublic, boxPublic); }

    static constexpr qint64 kMaxSize = 64 * 1024;
    QByteArray write(const QByteArray& signSecret) const;
    static Result<JoinRequest> read(const QByteArray& bytes);
};

/// This PC's own keys and what it knows of the team, kept in the database's local (never
/// replicated) table: its private keys never leave its database.
class TeamKeys
{
    Q_DECLARE_TR_FUNCTIONS(TeamKeys)
public:
    explicit TeamKeys(Database& db)
        : m_db(db)
    {
    }

    /// This PC's key pairs, made the first time they are needed.
    Result<Sealing::KeyPair> signing();
    Result<Sealing::KeyPair> box();

    /// The team state this PC trusts; empty (no team) before it is admitted.
    TeamState trusted() const;
    Status setTrusted(const TeamState& state);
    bool sealed() const; ///< true once this PC is a member of a sealed team

    /// The team keys this PC holds, by id.
    QHash<QString, QByteArray> teamKeys() const;
    Status addTeamKeys(const QHash<QString, QByteArray>& keys);
    /// Takes in the keys sealed to this PC in a team state; false when none are.
    bool takeSealedKeys(const TeamState& state);

private:
    Status ensure();
    Database& m_db;
};

} // namespace samspil
