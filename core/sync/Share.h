#pragma once

#include "core/sync/ShareStore.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace samspil {

/// The layout of the share, over the store that holds it (a folder on a network drive today).
/// The share is a mailbox: a PC writes only in its own folder and reads the others'.
///
///     samspil-team.json                                  the signed team file (Team.h)
///     requests/<site>.json                               a PC's request to join
///     sites/<site>/sealed/batches/<from>-<to>.chg        sealed batches of a PC's changes
///     sites/<site>/sealed/snapshots/<position>.snap      a PC's sealed full state, for new PCs
///     sites/<site>/sealed/state                          sealed: what the PC has applied
///
/// Before sealing (format 1) the files were `sites/<site>/changes/*.chg`, `snapshots/*.snap` and
/// `state.json`; they are never read any more and removed once every PC has moved.
class Share
{
    Q_DECLARE_TR_FUNCTIONS(Share)
public:
    explicit Share(ShareStore& store)
        : m_store(store)
    {
    }

    ShareStore& store() const { return m_store; }

    static QString teamFile() { return QStringLiteral("samspil-team.json"); }
    static QString requestsDir() { return QStringLiteral("requests"); }
    static QString requestFile(const QString& site) { return requestsDir() + QLatin1Char('/') + site + QStringLiteral(".json"); }
    static QString siteDir(const QString& site) { return QStringLiteral("sites/") + site; }
    static QString batchesDir(const QString& site) { return siteDir(site) + QStringLiteral("/sealed/batches"); }
    static QString snapshotsDir(const QString& site) { return siteDir(site) + QStringLiteral("/sealed/snapshots"); }
    static QString stateFile(const QString& site) { return siteDir(site) + QStringLiteral("/sealed/state"); }

    /// Every site that has a folder on the share (folder names that are not site ids included:
    /// the caller decides what to make of them).
    QStringList sites() const;

    struct FileRef
    {
        qint64 from = 0;
        qint64 to = 0;
        QString path; ///< relative to the share
        qint64 size = 0;
        QDateTime modified;
    };
    /// A site's batches, in sequence order.
    QVector<FileRef> batches(const QString& site) const;
    /// A site's snapshots, oldest first (`from` and `to` are the position).
    QVector<FileRef> snapshots(const QString& site) const;

    /// The files a site left in the format before sealing.
    QStringList unsealedFiles(const QString& site) const;
    /// True when a site has a state in the format before sealing but none sealed: it has not moved.
    bool onlyUnsealed(const QString& site) const;

private:
    ShareStore& m_store;
};

} // namespace samspil
