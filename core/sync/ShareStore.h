#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace samspil {

/// Everything the sync protocol asks of the place the team shares: list a folder, read a file,
/// write a file whole, remove one. The shared network folder is one such place (FolderStore); a
/// later hub (a server for a whole municipality) is another, and can stand in without the
/// protocol, the sealing or the healing knowing. Paths are relative, with '/' between parts
/// ("sites/<site>/sealed/batches/000000000001-000000000010.chg").
///
/// Nothing read through this interface is trusted: the protocol checks every byte it reads.
class ShareStore
{
public:
    virtual ~ShareStore() = default;

    struct Entry
    {
        QString name;
        qint64 size = 0;
        QDateTime modified;
    };

    /// An error naming the place when it cannot be reached (not mounted, no network, no access).
    virtual Status checkReachable() const = 0;
    /// How to name the place to a person (the folder's path).
    virtual QString describe() const = 0;
    virtual bool exists(const QString& path) const = 0;
    /// The files directly in a folder, by name; an absent folder is empty.
    virtual QVector<Entry> files(const QString& folder) const = 0;
    /// The folders directly in a folder, by name.
    virtual QStringList folders(const QString& folder) const = 0;
    /// A whole file; refused without reading it when it is larger than `maxSize`.
    virtual Result<QByteArray> read(const QString& path, qint64 maxSize) const = 0;
    /// Writes a whole file so that no reader ever sees half of it (creating its folder).
    virtual Status write(const QString& path, const QByteArray& bytes) = 0;
    virtual Status remove(const QString& path) = 0;
};

/// The team's shared folder on a network drive. Files are written under a temporary name and
/// renamed (QSaveFile).
class FolderStore : public ShareStore
{
    Q_DECLARE_TR_FUNCTIONS(Share)
public:
    explicit FolderStore(QString root)
        : m_root(std::move(root))
    {
    }

    Status checkReachable() const override;
    QString describe() const override;
    bool exists(const QString& path) const override;
    QVector<Entry> files(const QString& folder) const override;
    QStringList folders(const QString& folder) const override;
    Result<QByteArray> read(const QString& path, qint64 maxSize) const override;
    Status write(const QString& path, const QByteArray& bytes) override;
    Status remove(const QString& path) override;

    QString absolute(const QString& path) const;

private:
    QString m_root;
};

/// Makes the store a sync works with; tests put a faulty drive in between.
using ShareStoreFactory = std::function<std::unique_ptr<ShareStore>(const QString& root)>;

} // namespace samspil
