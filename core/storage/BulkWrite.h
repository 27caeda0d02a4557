#pragma once

#include "core/storage/Database.h"

namespace samspil {

/// For work that writes a great deal at once and is simply done again after a crash (the demo
/// generator, which makes its data from scratch). While it lives:
/// - a commit does not wait for the disk (synchronous = NORMAL). In WAL mode the file stays
///   consistent after a crash or power cut; only the last commits may be lost (the WAL is still
///   synced at every checkpoint). Ordinary work keeps synchronous = FULL.
/// - the connection keeps up to 256 MiB of pages in memory (16 MiB otherwise), so the rows and
///   index pages it has just written are not read back from the file through the kernel.
/// Both are put back as they were when it goes. Made outside a transaction.
class BulkWriteScope
{
public:
    explicit BulkWriteScope(Database& db);
    ~BulkWriteScope();
    BulkWriteScope(const BulkWriteScope&) = delete;
    BulkWriteScope& operator=(const BulkWriteScope&) = delete;

    /// Pages the connection keeps in memory meanwhile (as PRAGMA cache_size: negative is KiB).
    static constexpr int kCacheSize = -262144;

private:
    Database& m_db;
    QString m_synchronous;
    QString m_cacheSize;
};

} // namespace samspil
