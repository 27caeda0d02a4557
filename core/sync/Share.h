#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace samspil {

/// The layout of the shared drive, and the only code that reads or writes it. The share is a
/// mailbox: a site writes only into its own folder, and every file is written whole under a
/// temporary name and renamed (QSaveFile), so no reader ever sees half a file and no file is
/// changed in place.
///
///     <share>/samspil-team.json                       format, team id
///     <share>/sites/<site>/changes/<from>-<to>.chg    batches of a site's changes
///     <share>/sites/<site>/state.json                 what the site has applied from the others
///     <share>/sites/<site>/snapshots/<position>.snap  the site's full state, for new sites
class Share
{
    Q_DECLARE_TR_FUNCTIONS(Share)
public:
    static constexpr const char* kTeamFormat = "samspil-team/1";

    explicit Share(QString root)
        : m_root(std::move(root))
    {
    }

    const QString& root() const { return m_root; }
    /// An error naming the share when it cannot be reached (not mounted, no network, no access).
    Status checkReachable() const;

    QString teamFile() const;
    QString siteDir(const QString& site) const;
    QString changesDir(const QString& site) const;
    QString snapshotsDir(const QString& site) const;
    QString stateFile(const QString& site) const;

    /// The team id, or an empty string when the share has no team file yet.
    Result<QString> readTeam() const;
    Status createTeam(const QString& team) const;
    Status createSiteFolders(const QString& site) const;

    /// Every site that has a folder on the share.
    QStringList sites() const;

    struct FileRef
    {
        qint64 from = 0;
        qint64 to = 0;
        QString path;
    };
    /// A site's batches, in sequence order.
    QVector<FileRef> batches(const QString& site) const;
    /// A site's snapshots, oldest first (`from` and `to` are the position).
    QVector<FileRef> snapshots(const QString& site) const;

    struct SiteState
    {
        QHash<QString, qint64> applied;
        qint64 exported = 0;
    };
    /// A site's state file; an absent file is an empty state.
    Result<SiteState> readState(const QString& site) const;
    Status writeState(const QString& site, const SiteState& state) const;

    /// Writes a whole file under a temporary name and renames it into place.
    Status writeFile(const QString& path, const QByteArray& bytes) const;
    Result<QByteArray> readFile(const QString& path) const;
    Status removeFile(const QString& path) const;

private:
    QString m_root;
};

} // namespace samspil
