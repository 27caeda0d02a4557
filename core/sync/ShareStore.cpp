#include "ShareStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace samspil {

Status FolderStore::checkReachable() const
{
    const QFileInfo info(m_root);
    if (m_root.isEmpty() || !info.exists() || !info.isDir() || !info.isReadable()) {
        return fail(tr("The shared drive %1 cannot be reached. Samspil keeps working on this PC and sends your "
                       "changes when the drive is back.")
                        .arg(QDir::toNativeSeparators(m_root)));
    }
    return {};
}

QString FolderStore::describe() const
{
    return QDir::toNativeSeparators(m_root);
}

QString FolderStore::absolute(const QString& path) const
{
    return path.isEmpty() ? m_root : m_root + QLatin1Char('/') + path;
}

bool FolderStore::exists(const QString& path) const
{
    return QFileInfo::exists(absolute(path));
}

QVector<ShareStore::Entry> FolderStore::files(const QString& folder) const
{
    QVector<Entry> out;
    const QFileInfoList list = QDir(absolute(folder)).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    out.reserve(list.size());
    for (const QFileInfo& info : list) {
        out.append({info.fileName(), info.size(), info.lastModified()});
    }
    return out;
}

QStringList FolderStore::folders(const QString& folder) const
{
    return QDir(absolute(folder)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

Result<QByteArray> FolderStore::read(const QString& path, qint64 maxSize) const
{
    QFile file(absolute(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("Samspil could not read %1 on the shared drive: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > maxSize) {
        return fail(tr("%1 on the shared drive is larger than any file Samspil writes (%2 MB); it is not read.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(file.size() / (1024 * 1024)));
    }
    // At most one byte more than allowed, in case the file grew after its size was read.
    QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize) {
        return fail(tr("%1 on the shared drive is larger than any file Samspil writes; it is not read.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    return bytes;
}

Status FolderStore::write(const QString& path, const QByteArray& bytes)
{
    const QString target = absolute(path);
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return fail(tr("Samspil cannot create the folder %1 on the shared drive. Check that you may write there.")
                        .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(tr("Samspil could not write %1 on the shared drive: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Status FolderStore::remove(const QString& path)
{
    const QString target = absolute(path);
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        return fail(tr("Samspil could not remove %1 on the shared drive.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace samspil
