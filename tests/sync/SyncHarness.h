#pragma once

#include "core/storage/Dump.h"
#include "core/storage/Replica.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonDocument>

namespace samspil::test {

/// A drive that sometimes keeps less than it was given and says nothing (a full disk, a flaky
/// network drive): `keep` decides per write whether the file is kept whole.
class FlakyStore : public FolderStore
{
public:
    FlakyStore(const QString& root, std::function<bool(const QString& path)> keep)
        : FolderStore(root)
        , m_keep(std::move(keep))
    {
    }
    Status write(const QString& path, const QByteArray& bytes) override
    {
        if (m_keep(path)) {
            return FolderStore::write(path, bytes);
        }
        (void)FolderStore::write(path, QByteArray()); // a 0-byte file, and "all is well"
        return {};
    }

private:
    std::function<bool(const QString&)> m_keep;
};

/// A team of sites in one process, sharing one temporary folder as their network drive.
struct Team
{
    QTemporaryDir shareDir;
    std::vector<std::unique_ptr<TempDb>> sites;

    explicit Team(int count)
    {
        REQUIRE(shareDir.isValid());
        for (int i = 0; i < count; ++i) {
            addSite();
        }
    }

    QString share() const { return shareDir.path(); }

    TempDb& addSite()
    {
        sites.push_back(std::make_unique<TempDb>());
        TempDb& site = *sites.back();
        joinTeam(*site, share(), sites.size() > 1 ? &*(*sites.front()) : nullptr);
        return site;
    }

    TempDb& operator[](int i) { return *sites.at(size_t(i)); }

    static SyncReport sync(TempDb& site, SyncEngine::Options options = {})
    {
        SyncEngine engine(*site);
        engine.setOptions(options);
        auto report = engine.sync();
        INFO(report.error().toStdString());
        REQUIRE(report.ok());
        return report.value();
    }

    /// Syncs every site until a whole round moves nothing and leaves nothing behind (no file
    /// skipped, nothing held back, nothing written again). Returns the number of rounds.
    int syncUntilQuiet(SyncEngine::Options options = {})
    {
        for (int round = 1; round <= 12; ++round) {
            bool quiet = true;
            for (auto& s : sites) {
                const SyncReport r = sync(*s, options);
                if (qEnvironmentVariableIsSet("SAMSPIL_SYNC_TRACE")) {
                    qInfo("round %d: %s", round, QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData());
                }
                quiet = quiet && r.exported == 0 && r.imported == 0 && r.rewritten == 0 && r.skipped.isEmpty()
                        && r.waiting.isEmpty();
            }
            if (quiet) {
                return round;
            }
        }
        FAIL("sync did not settle in 12 rounds");
        return -1;
    }

    QByteArray dump(int i) { return dumpDatabase(*(*this)[i]); }

    /// Every batch file on the share, all sites (absolute paths).
    QStringList batchFiles() const
    {
        QStringList out;
        FolderStore store(share());
        const Share s(store);
        for (const QString& site : s.sites()) {
            for (const auto& f : s.batches(site)) {
                out << store.absolute(f.path);
            }
        }
        return out;
    }

    /// A file of the share by its path on the share.
    QString path(const QString& relative) const { return share() + QLatin1Char('/') + relative; }
};

} // namespace samspil::test
