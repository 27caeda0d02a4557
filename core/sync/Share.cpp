#include "Share.h"

#include "core/sync/BatchFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace samspil {

namespace {
const QString kStateFormat = QStringLiteral("samspil-state/1");
}

Status Share::checkReachable() const
{
    const QFileInfo info(m_root);
    if (m_root.isEmpty() || !info.exists() || !info.isDir() || !info.isReadable()) {
        return fail(tr("The shared drive %1 cannot be reached. Samspil keeps working on this PC and sends your "
                       "changes when the drive is back.")
                        .arg(QDir::toNativeSeparators(m_root)));
    }
    return {};
}

QString Share::teamFile() const
{
    return m_root + QStringLiteral("/samspil-team.json");
}

QString Share::siteDir(const QString& site) const
{
    return m_root + QStringLiteral("/sites/") + site;
}

QString Share::changesDir(const QString& site) const
{
    return siteDir(site) + QStringLiteral("/changes");
}

QString Share::snapshotsDir(const QString& site) const
{
    return siteDir(site) + QStringLiteral("/snapshots");
}

QString Share::stateFile(const QString& site) const
{
    return siteDir(site) + QStringLiteral("/state.json");
}

Result<QString> Share::readTeam() const
{
    if (!QFileInfo::exists(teamFile())) {
        return QString();
    }
    auto bytes = readFile(teamFile());
    if (!bytes) {
        return Error{bytes.error()};
    }
    const QJsonObject o = QJsonDocument::fromJson(bytes.value()).object();
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(kTeamFormat)) {
        if (format.startsWith(QLatin1String("samspil-team/"))) {
            return fail(tr("The shared drive was set up by a newer version of Samspil (%1). Update Samspil on this "
                           "PC.")
                            .arg(format));
        }
        return fail(tr("The folder %1 holds a file samspil-team.json that is not a Samspil team file.")
                        .arg(QDir::toNativeSeparators(m_root)));
    }
    const QString team = o.value(QStringLiteral("team")).toString();
    if (team.isEmpty()) {
        return fail(tr("The team file on the shared drive is damaged: it names no team."));
    }
    return team;
}

Status Share::createTeam(const QString& team) const
{
    const QJsonObject o{{QStringLiteral("format"), QLatin1String(kTeamFormat)}, {QStringLiteral("team"), team}};
    return writeFile(teamFile(), QJsonDocument(o).toJson());
}

Status Share::createSiteFolders(const QString& site) const
{
    QDir dir(m_root);
    for (const QString& path : {changesDir(site), snapshotsDir(site)}) {
        if (!dir.mkpath(path)) {
            return fail(tr("Samspil cannot create the folder %1 on the shared drive. Check that you may write there.")
                            .arg(QDir::toNativeSeparators(path)));
        }
    }
    return {};
}

QStringList Share::sites() const
{
    QStringList out = QDir(m_root + QStringLiteral("/sites")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    out.erase(std::remove_if(out.begin(), out.end(), [](const QString& s) { return s.startsWith(QLatin1Char('.')); }),
              out.end());
    return out;
}

QVector<Share::FileRef> Share::batches(const QString& site) const
{
    QVector<FileRef> out;
    const QString dir = changesDir(site);
    for (const QString& name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        FileRef ref;
        if (BatchFile::parseBatchName(name, &ref.from, &ref.to)) {
            ref.path = dir + QLatin1Char('/') + name;
            out.append(ref);
        }
    }
    std::sort(out.begin(), out.end(), [](const FileRef& a, const FileRef& b) { return a.from < b.from; });
    return out;
}

QVector<Share::FileRef> Share::snapshots(const QString& site) const
{
    QVector<FileRef> out;
    const QString dir = snapshotsDir(site);
    for (const QString& name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        FileRef ref;
        if (BatchFile::parseSnapshotName(name, &ref.from)) {
            ref.to = ref.from;
            ref.path = dir + QLatin1Char('/') + name;
            out.append(ref);
        }
    }
    std::sort(out.begin(), out.end(), [](const FileRef& a, const FileRef& b) { return a.from < b.from; });
    return out;
}

Result<Share::SiteState> Share::readState(const QString& site) const
{
    SiteState state;
    if (!QFileInfo::exists(stateFile(site))) {
        return state;
    }
    auto bytes = readFile(stateFile(site));
    if (!bytes) {
        return Error{bytes.error()};
    }
    const QJsonObject o = QJsonDocument::fromJson(bytes.value()).object();
    if (o.value(QStringLiteral("format")).toString() != kStateFormat) {
        return fail(tr("The state file of another PC on the shared drive cannot be read."));
    }
    const QJsonObject applied = o.value(QStringLiteral("applied")).toObject();
    for (auto it = applied.begin(); it != applied.end(); ++it) {
        state.applied.insert(it.key(), it.value().toString().toLongLong());
    }
    state.exported = o.value(QStringLiteral("exported")).toString().toLongLong();
    return state;
}

Status Share::writeState(const QString& site, const SiteState& state) const
{
    QJsonObject applied;
    for (auto it = state.applied.begin(); it != state.applied.end(); ++it) {
        applied.insert(it.key(), QString::number(it.value()));
    }
    const QJsonObject o{{QStringLiteral("format"), kStateFormat},
                        {QStringLiteral("site"), site},
                        {QStringLiteral("applied"), applied},
                        {QStringLiteral("exported"), QString::number(state.exported)}};
    return writeFile(stateFile(site), QJsonDocument(o).toJson());
}

Status Share::writeFile(const QString& path, const QByteArray& bytes) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(tr("Samspil could not write %1 on the shared drive: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Result<QByteArray> Share::readFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("Samspil could not read %1 on the shared drive: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return file.readAll();
}

Status Share::removeFile(const QString& path) const
{
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        return fail(tr("Samspil could not remove %1 on the shared drive.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace samspil
