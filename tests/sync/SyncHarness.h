#pragma once

#include "core/storage/Dump.h"
#include "core/storage/Replica.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonDocument>

namespace samspil::test {

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
        SyncEngine engine(*site);
        const Status joined = engine.join(share());
        INFO(joined.error().toStdString());
        REQUIRE(joined.ok());
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

    /// Syncs every site until a whole round moves nothing. Returns the number of rounds.
    int syncUntilQuiet(SyncEngine::Options options = {})
    {
        for (int round = 1; round <= 12; ++round) {
            bool moved = false;
            for (auto& s : sites) {
                const SyncReport r = sync(*s, options);
                if (qEnvironmentVariableIsSet("SAMSPIL_SYNC_TRACE")) {
                    qInfo("round %d: %s", round, QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData());
                }
                moved = moved || r.exported > 0 || r.imported > 0;
                if (!moved) {
                    // Quiet means nothing left behind either.
                    CHECK(r.skipped.isEmpty());
                    CHECK(r.waiting.isEmpty());
                }
            }
            if (!moved) {
                return round;
            }
        }
        FAIL("sync did not settle in 12 rounds");
        return -1;
    }

    QByteArray dump(int i) { return dumpDatabase(*(*this)[i]); }

    /// Every batch file on the share, all sites.
    QStringList batchFiles() const
    {
        QStringList out;
        const Share s(share());
        for (const QString& site : s.sites()) {
            for (const auto& f : s.batches(site)) {
                out << f.path;
            }
        }
        return out;
    }
};

} // namespace samspil::test
