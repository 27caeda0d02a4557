#include "Share.h"

#include "core/sync/BatchFile.h"

#include <algorithm>

namespace samspil {

QStringList Share::sites() const
{
    QStringList out = m_store.folders(QStringLiteral("sites"));
    out.erase(std::remove_if(out.begin(), out.end(), [](const QString& s) { return s.startsWith(QLatin1Char('.')); }),
              out.end());
    return out;
}

QVector<Share::FileRef> Share::batches(const QString& site) const
{
    QVector<FileRef> out;
    const QString dir = batchesDir(site);
    for (const auto& entry : m_store.files(dir)) {
        FileRef ref;
        if (BatchFile::parseBatchName(entry.name, &ref.from, &ref.to)) {
            ref.path = dir + QLatin1Char('/') + entry.name;
            ref.size = entry.size;
            ref.modified = entry.modified;
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
    for (const auto& entry : m_store.files(dir)) {
        FileRef ref;
        if (BatchFile::parseSnapshotName(entry.name, &ref.from)) {
            ref.to = ref.from;
            ref.path = dir + QLatin1Char('/') + entry.name;
            ref.size = entry.size;
            ref.modified = entry.modified;
            out.append(ref);
        }
    }
    std::sort(out.begin(), out.end(), [](const FileRef& a, const FileRef& b) { return a.from < b.from; });
    return out;
}

QStringList Share::unsealedFiles(const QString& site) const
{
    QStringList out;
    for (const QString& sub : {QStringLiteral("/changes"), QStringLiteral("/snapshots")}) {
        for (const auto& entry : m_store.files(siteDir(site) + sub)) {
            out << siteDir(site) + sub + QLatin1Char('/') + entry.name;
        }
    }
    if (m_store.exists(siteDir(site) + QStringLiteral("/state.json"))) {
        out << siteDir(site) + QStringLiteral("/state.json");
    }
    return out;
}

bool Share::onlyUnsealed(const QString& site) const
{
    return m_store.exists(siteDir(site) + QStringLiteral("/state.json")) && !m_store.exists(stateFile(site));
}

} // namespace samspil
