#include "Team.h"

#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace samspil {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Share)
};

const QString kOwnKeys = QStringLiteral("sync.keys");
const QString kTrustedTeam = QStringLiteral("sync.team.body");
const QString kTeamKeys = QStringLiteral("sync.team.keys");

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

QDateTime timeFrom(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

QJsonObject keysJson(const QHash<QString, QByteArray>& keys)
{
    QJsonObject o;
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        o.insert(it.key(), b64(it.value()));
    }
    return o;
}

QHash<QString, QByteArray> keysFrom(const QJsonObject& o)
{
    QHash<QString, QByteArray> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QByteArray key = unb64(it.value());
        if (key.size() == Sealing::kTeamKeyBytes && Sealing::keyId(key) == it.key()) {
            out.insert(it.key(), key);
        }
    }
    return out;
}

} // namespace

const TeamMember* TeamState::member(const QString& site) const
{
    for (const auto& m : members) {
        if (m.site == site) {
            return &m;
        }
    }
    return nullptr;
}

const RetiredSite* TeamState::retiredSite(const QString& site) const
{
    for (const auto& r : retired) {
        if (r.site == site) {
            return &r;
        }
    }
    return nullptr;
}

QString TeamState::currentKeyId() const
{
    const TeamKeyInfo* best = nullptr;
    for (const auto& k : keys) {
        if (!best || k.ordinal > best->ordinal || (k.ordinal == best->ordinal && k.id > best->id)) {
            best = &k;
        }
    }
    return best ? best->id : QString();
}

QByteArray TeamState::signingKey(const QString& site) const
{
    if (const auto* m = member(site)) {
        return m->signPublic;
    }
    if (const auto* r = retiredSite(site)) {
        return r->signPublic;
    }
    return {};
}

bool TeamState::knows(const QString& site) const
{
    return member(site) || retiredSite(site);
}

QByteArray TeamState::toBody() const
{
    QJsonArray membersJson;
    for (const auto& m : members) {
        membersJson.append(QJsonObject{{QStringLiteral("site"), m.site},
                                       {QStringLiteral("sign"), b64(m.signPublic)},
                                       {QStringLiteral("box"), b64(m.boxPublic)},
                                       {QStringLiteral("host"), m.host},
                                       {QStringLiteral("admitted"), m.admitted.toString(Qt::ISODate)}});
    }
    QJsonArray retiredJson;
    for (const auto& r : retired) {
        retiredJson.append(QJsonObject{{QStringLiteral("site"), r.site},
                                       {QStringLiteral("sign"), b64(r.signPublic)},
                                       {QStringLiteral("limit"), QString::number(r.limit)},
                                       {QStringLiteral("retired"), r.retired.toString(Qt::ISODate)}});
    }
    QJsonArray keysJsonArray;
    for (const auto& k : keys) {
        keysJsonArray.append(QJsonObject{{QStringLiteral("id"), k.id},
                                         {QStringLiteral("ordinal"), k.ordinal},
                                         {QStringLiteral("recipients"), QJsonArray::fromStringList(k.recipients)}});
    }
    QJsonObject sealed;
    for (auto it = sealedKeys.begin(); it != sealedKeys.end(); ++it) {
        sealed.insert(it.key(), b64(it.value()));
    }
    const QJsonObject o{{QStringLiteral("team"), team},
                        {QStringLiteral("revision"), QString::number(revision)},
                        {QStringLiteral("members"), membersJson},
                        {QStringLiteral("retired"), retiredJson},
                        {QStringLiteral("keys"), keysJsonArray},
                        {QStringLiteral("sealed"), sealed}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<TeamState> TeamState::fromBody(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Tr::tr("the team file is damaged"));
    }
    const QJsonObject o = doc.object();
    TeamState s;
    s.team = o.value(QStringLiteral("team")).toString();
    s.revision = o.value(QStringLiteral("revision")).toString().toLongLong();
    for (const QJsonValue& v : o.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        TeamMember member{m.value(QStringLiteral("site")).toString(), unb64(m.value(QStringLiteral("sign"))),
                          unb64(m.value(QStringLiteral("box"))), m.value(QStringLiteral("host")).toString(),
                          timeFrom(m.value(QStringLiteral("admitted")))};
        if (member.site.isEmpty() || member.signPublic.size() != Sealing::kSignPublicBytes
            || member.boxPublic.size() != Sealing::kBoxPublicBytes) {
            return fail(Tr::tr("the team file is damaged"));
        }
        s.members.append(member);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("retired")).toArray()) {
        const QJsonObject r = v.toObject();
        RetiredSite retired{r.value(QStringLiteral("site")).toString(), unb64(r.value(QStringLiteral("sign"))),
                            r.value(QStringLiteral("limit")).toString().toLongLong(),
                            timeFrom(r.value(QStringLiteral("retired")))};
        if (retired.site.isEmpty()) {
            return fail(Tr::tr("the team file is damaged"));
        }
        s.retired.append(retired);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        TeamKeyInfo info;
        info.id = k.value(QStringLiteral("id")).toString();
        info.ordinal = k.value(QStringLiteral("ordinal")).toInt();
        for (const QJsonValue& r : k.value(QStringLiteral("recipients")).toArray()) {
            info.recipients << r.toString();
        }
        s.keys.append(info);
    }
    const QJsonObject sealed = o.value(QStringLiteral("sealed")).toObject();
    for (auto it = sealed.begin(); it != sealed.end(); ++it) {
        s.sealedKeys.insert(it.key(), unb64(it.value()));
    }
    if (s.team.isEmpty() || s.members.isEmpty()) {
        return fail(Tr::tr("the team file is damaged"));
    }
    return s;
}

void TeamState::merge(const TeamState& other)
{
    revision = std::max(revision, other.revision);
    for (const auto& r : other.retired) {
        if (!retiredSite(r.site)) {
            retired.append(r);
        }
    }
    for (const auto& m : other.members) {
        if (!member(m.site) && !retiredSite(m.site)) {
            members.append(m);
        }
    }
    members.erase(std::remove_if(members.begin(), members.end(),
                                 [this](const TeamMember& m) { return retiredSite(m.site) != nullptr; }),
                  members.end());
    for (const auto& k : other.keys) {
        auto it = std::find_if(keys.begin(), keys.end(), [&](const TeamKeyInfo& mine) { return mine.id == k.id; });
        if (it == keys.end()) {
            keys.append(k);
        } else {
            for (const QString& r : k.recipients) {
                if (!it->recipients.contains(r)) {
                    it->recipients << r;
                }
            }
        }
    }
    for (auto it = other.sealedKeys.begin(); it != other.sealedKeys.end(); ++it) {
        sealedKeys.insert(it.key(), it.value());
    }
}

bool TeamState::covers(const TeamState& other) const
{
    auto sites = [](const auto& list) {
        QStringList out;
        for (const auto& x : list) {
            out << x.site;
        }
        out.sort();
        return out;
    };
    auto keyList = [](const QVector<TeamKeyInfo>& list) {
        QStringList out;
        for (const auto& k : list) {
            QStringList r = k.recipients;
            r.sort();
            out << k.id + QLatin1Char(':') + QString::number(k.ordinal) + QLatin1Char(':') + r.join(QLatin1Char(','));
        }
        out.sort();
        return out;
    };
    if (sites(members) != sites(other.members) || sites(retired) != sites(other.retired)
        || keyList(keys) != keyList(other.keys)) {
        return false;
    }
    for (const auto& m : members) {
        if (!other.sealedKeys.contains(m.site)) {
            return false;
        }
    }
    return true;
}

void TeamState::sealKeys(const QHash<QString, QByteArray>& all)
{
    const QByteArray plain = QJsonDocument(keysJson(all)).toJson(QJsonDocument::Compact);
    sealedKeys.clear();
    QStringList recipients;
    for (const auto& m : members) {
        sealedKeys.insert(m.site, Sealing::sealTo(plain, m.boxPublic));
        recipients << m.site;
    }
    for (auto& k : keys) {
        if (all.contains(k.id)) {
            for (const QString& r : recipients) {
                if (!k.recipients.contains(r)) {
                    k.recipients << r;
                }
            }
        }
    }
}

bool TeamState::keyReachesRetired() const
{
    const QString current = currentKeyId();
    for (const auto& k : keys) {
        if (k.id == current) {
            for (const QString& r : k.recipients) {
                if (retiredSite(r)) {
                    return true;
                }
            }
        }
    }
    return false;
}

namespace TeamFile {

Result<Parsed> parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Tr::tr("the file samspil-team.json is not a Samspil team file"));
    }
    const QJsonObject o = doc.object();
    Parsed p;
    p.format = o.value(QStringLiteral("format")).toString();
    p.team = o.value(QStringLiteral("team")).toString();
    if (p.format == QLatin1String(kUnsealedFormat)) {
        if (p.team.isEmpty()) {
            return fail(Tr::tr("the team file is damaged: it names no team"));
        }
        return p;
    }
    if (p.format != QLatin1String(kFormat)) {
        if (p.format.startsWith(QLatin1String("samspil-team/"))) {
            return fail(Tr::tr("the shared drive was set up by a newer version of Samspil; update Samspil on this PC"));
        }
        return fail(Tr::tr("the file samspil-team.json is not a Samspil team file"));
    }
    p.body = unb64(o.value(QStringLiteral("body")));
    p.signer = o.value(QStringLiteral("signer")).toString();
    p.signature = unb64(o.value(QStringLiteral("signature")));
    if (p.team.isEmpty() || p.body.isEmpty() || p.signer.isEmpty()) {
        return fail(Tr::tr("the team file is damaged"));
    }
    return p;
}

QByteArray write(const TeamState& state, const QString& signer, const QByteArray& signSecret)
{
    const QByteArray body = state.toBody();
    const QJsonObject o{{QStringLiteral("format"), QLatin1String(kFormat)},
                        {QStringLiteral("team"), state.team},
                        {QStringLiteral("body"), b64(body)},
                        {QStringLiteral("signer"), signer},
                        {QStringLiteral("signature"), b64(Sealing::sign(body, signSecret))}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<TeamState> verified(const Parsed& file, const QByteArray& signingKey)
{
    if (!Sealing::verify(file.body, file.signature, signingKey)) {
        return fail(Tr::tr("the team file is not signed by a member of the team"));
    }
    auto state = TeamState::fromBody(file.body);
    if (!state) {
        return state;
    }
    if (state->team != file.team) {
        return fail(Tr::tr("the team file is damaged"));
    }
    return state;
}

} // namespace TeamFile

QByteArray JoinRequest::write(const QByteArray& signSecret) const
{
    const QJsonObject body{{QStringLiteral("format"), QStringLiteral("samspil-join/1")},
                           {QStringLiteral("site"), site},
                           {QStringLiteral("team"), team},
                           {QStringLiteral("sign"), b64(signPublic)},
                           {QStringLiteral("box"), b64(boxPublic)},
                           {QStringLiteral("host"), host},
                           {QStringLiteral("at"), at.toString(Qt::ISODate)}};
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonObject{{QStringLiteral("body"), b64(bytes)},
                                     {QStringLiteral("signature"), b64(Sealing::sign(bytes, signSecret))}})
        .toJson(QJsonDocument::Compact);
}

Result<JoinRequest> JoinRequest::read(const QByteArray& bytes)
{
    const QJsonObject outer = QJsonDocument::fromJson(bytes).object();
    const QByteArray body = unb64(outer.value(QStringLiteral("body")));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    JoinRequest r;
    r.site = o.value(QStringLiteral("site")).toString();
    r.team = o.value(QStringLiteral("team")).toString();
    r.signPublic = unb64(o.value(QStringLiteral("sign")));
    r.boxPublic = unb64(o.value(QStringLiteral("box")));
    r.host = o.value(QStringLiteral("host")).toString().left(64);
    r.at = timeFrom(o.value(QStringLiteral("at")));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("samspil-join/1") || r.site.isEmpty()
        || r.signPublic.size() != Sealing::kSignPublicBytes || r.boxPublic.size() != Sealing::kBoxPublicBytes
        || !Sealing::verify(body, unb64(outer.value(QStringLiteral("signature"))), r.signPublic)) {
        return fail(Tr::tr("the join request is damaged or not signed by the PC that made it"));
    }
    return r;
}

Status TeamKeys::ensure()
{
    if (!m_db.meta(kOwnKeys).isEmpty()) {
        return {};
    }
    if (!Sealing::ready()) {
        return fail(tr("The encryption library could not be started on this PC."));
    }
    const auto sign = Sealing::newSigningKeys();
    const auto box = Sealing::newBoxKeys();
    const QJsonObject o{{QStringLiteral("sign_public"), b64(sign.publicKey)},
                        {QStringLiteral("sign_secret"), b64(sign.secretKey)},
                        {QStringLiteral("box_public"), b64(box.publicKey)},
                        {QStringLiteral("box_secret"), b64(box.secretKey)}};
    return m_db.setMeta(kOwnKeys, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Result<Sealing::KeyPair> TeamKeys::signing()
{
    if (auto s = ensure(); !s) {
        return Error{s.error()};
    }
    const QJsonObject o = QJsonDocument::fromJson(m_db.meta(kOwnKeys).toUtf8()).object();
    return Sealing::KeyPair{unb64(o.value(QStringLiteral("sign_public"))), unb64(o.value(QStringLiteral("sign_secret")))};
}

Result<Sealing::KeyPair> TeamKeys::box()
{
    if (auto s = ensure(); !s) {
        return Error{s.error()};
    }
    const QJsonObject o = QJsonDocument::fromJson(m_db.meta(kOwnKeys).toUtf8()).object();
    return Sealing::KeyPair{unb64(o.value(QStringLiteral("box_public"))), unb64(o.value(QStringLiteral("box_secret")))};
}

TeamState TeamKeys::trusted() const
{
    const QString body = m_db.meta(kTrustedTeam);
    if (body.isEmpty()) {
        return {};
    }
    auto state = TeamState::fromBody(body.toUtf8());
    return state ? state.value() : TeamState{};
}

Status TeamKeys::setTrusted(const TeamState& state)
{
    return m_db.setMeta(kTrustedTeam, QString::fromUtf8(state.toBody()));
}

bool TeamKeys::sealed() const
{
    return !m_db.meta(kTrustedTeam).isEmpty();
}

QHash<QString, QByteArray> TeamKeys::teamKeys() const
{
    return keysFrom(QJsonDocument::fromJson(m_db.meta(kTeamKeys).toUtf8()).object());
}

Status TeamKeys::addTeamKeys(const QHash<QString, QByteArray>& keys)
{
    QHash<QString, QByteArray> all = teamKeys();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        all.insert(it.key(), it.value());
    }
    return m_db.setMeta(kTeamKeys, QString::fromUtf8(QJsonDocument(keysJson(all)).toJson(QJsonDocument::Compact)));
}

bool TeamKeys::takeSealedKeys(const TeamState& state)
{
    auto boxKeys = box();
    if (!boxKeys || !state.sealedKeys.contains(m_db.siteId())) {
        return false;
    }
    QByteArray plain;
    if (!Sealing::openSealed(state.sealedKeys.value(m_db.siteId()), boxKeys.value(), &plain)) {
        return false;
    }
    const auto keys = keysFrom(QJsonDocument::fromJson(plain).object());
    if (keys.isEmpty()) {
        return false;
    }
    return addTeamKeys(keys).ok();
}

} // namespace samspil
