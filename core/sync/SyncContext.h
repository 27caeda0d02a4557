#pragma once

// Private to core/sync: what the parts of SyncEngine (SyncEngine.cpp, SyncTeam.cpp,
// SyncHealing.cpp) share. Not included anywhere else.

#include "core/sync/SealedFile.h"
#include "core/sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <limits>
#include <memory>

namespace samspil {

namespace syncdetail {
inline const QString kTeamKey = QStringLiteral("sync.team");
inline const QString kShareKey = QStringLiteral("sync.share");
inline const QString kWaitingKey = QStringLiteral("sync.waiting");
inline const QString kLastSyncKey = QStringLiteral("sync.last_at");
inline const QString kLastProblemKey = QStringLiteral("sync.last_problem");
inline const QString kWrittenKey = QStringLiteral("sync.written");
inline const QString kAdmittedByKey = QStringLiteral("sync.admitted_by");

// Bookkeeping whose failure must not stop a sync (the sync log, the status line).
inline void bestEffort(const Status&) {}

inline QString cleanRoot(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// How a file on the share is named to a person: its folder and name, never its contents.
inline QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

inline QString fingerprint(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace syncdetail

/// One sync's view of the share: the store, the trusted team state and this PC's keys.
struct SyncEngine::Context
{
    std::unique_ptr<ShareStore> store;
    std::unique_ptr<Share> share;
    QString me;
    TeamState state;
    Sealing::KeyPair sign;
    QHash<QString, QByteArray> keys;
    /// Files of other PCs this sync could not use: they go into this PC's state, so that their
    /// writers look at them again (and write them again when they are damaged).
    QStringList unreadable;

    SealedFile::Writer writer() const
    {
        const QString id = state.currentKeyId();
        return {state.team, me, id, keys.value(id), sign.secretKey};
    }
    SealedFile::Expect expect(SealedFile::Kind kind, const QString& site) const
    {
        SealedFile::Expect e;
        e.kind = kind;
        e.team = state.team;
        e.site = site;
        e.signPublic = state.signingKey(site);
        const auto held = keys;
        e.teamKey = [held](const QString& id) { return held.value(id); };
        return e;
    }
    /// The highest sequence of a site's that is still read (a retired PC's files after it are refused).
    qint64 limit(const QString& site) const
    {
        if (const auto* r = state.retiredSite(site)) {
            return r->limit;
        }
        return std::numeric_limits<qint64>::max();
    }
};

} // namespace samspil
