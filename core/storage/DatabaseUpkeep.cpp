// Keeping the file lean: the change log pruned once every PC of the team has applied it, and the
// pages it no longer needs given back to the disk (docs/sync.md, "Pruning").
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace samspil {

namespace {
// How far the change log has been pruned, and the newest stamp it then held (local_meta).
const QString kPrunedSeqKey = QStringLiteral("change_log.pruned_seq");
const QString kPrunedHlcKey = QStringLiteral("change_log.pruned_hlc");
} // namespace

qint64 Database::pageCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next()) {
        return 0;
    }
    return q.value(0).toLongLong();
}

Status Database::tidyFile(qint64 pagesBefore)
{
    if (m_txDepth > 0) {
        return fail(tr("The database cannot be tidied up in the middle of a change."));
    }
    QSqlQuery q(m_db);
    auto pragma = [&](const char* name) -> Result<qint64> {
        if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next()) {
            return queryError(q);
        }
        const qint64 v = q.value(0).toLongLong();
        q.finish();
        return v;
    };
    auto freePages = pragma("freelist_count");
    auto pages = pragma("page_count");
    auto mode = pragma("auto_vacuum");
    auto pageSize = pragma("page_size");
    if (!freePages || !pages || !mode || !pageSize) {
        return Error{(!freePages ? freePages : !pages ? pages : !mode ? mode : pageSize).error()};
    }
    // Free pages are reused by later writes, and pages fill up again as rows arrive; only when a
    // rebuild wins a large part of the file is it worth the time (a few seconds at 20,000
    // citizens): a quarter of the file free, or a file that at least doubled (at least 4 MB).
    const qint64 fourMb = 4 * 1024 * 1024 / pageSize.value();
    const bool muchFree = freePages.value() >= fourMb && freePages.value() * 4 >= pages.value();
    const bool grown = pagesBefore > 0 && pages.value() - pagesBefore >= fourMb && pages.value() >= 2 * pagesBefore;
    if (!muchFree && !grown) {
        return {};
    }
    if (mode.value() == 2) {
        return vacuum();
    }
    // Not yet incremental: the rebuild switches it over, and to the larger pages of a new file
    // (only outside write-ahead logging can it change them, which another connection holding
    // the file open prevents; then the page size is kept).
    finishStatements();
    const bool rollbackJournal = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next()
                                 && q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    q.finish();
    if (rollbackJournal && !q.exec(QStringLiteral("PRAGMA page_size = %1").arg(kPageSize))) {
        return queryError(q);
    }
    if (!q.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"))) {
        return queryError(q);
    }
    auto rebuilt = vacuum();
    if (rollbackJournal) {
        // Back to write-ahead logging, as every connection opens (setConnectionPragmas).
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
            return queryError(q);
        }
        q.finish();
    }
    return rebuilt;
}

Status Database::pruneChangeLog(qint64 upTo)
{
    const qint64 pruned = prunedChangeSeq();
    upTo = std::min(upTo, lastChangeSeq());
    if (upTo <= pruned) {
        return {};
    }
    Transaction tx(*this);
    if (!tx.active()) {
        return fail(tr("The database is busy; try again in a moment."));
    }
    QSqlQuery& newest = prepared(QStringLiteral("SELECT coalesce(max(hlc), 0) FROM change_log WHERE seq <= ?"));
    newest.bindValue(0, upTo);
    if (!newest.exec() || !newest.next()) {
        return queryError(newest);
    }
    const qint64 stamp = newest.value(0).toLongLong();
    newest.finish();
    auto before = prunedChangeStamp();
    if (!before) {
        return Error{before.error()};
    }
    const qint64 keptStamp = std::max(stamp, before.value());
    if (auto s = setMeta(kPrunedHlcKey, QString::number(keptStamp)); !s) {
        return s;
    }
    if (auto s = setMeta(kPrunedSeqKey, QString::number(upTo)); !s) {
        return s;
    }
    QSqlQuery& drop = prepared(QStringLiteral("DELETE FROM change_log WHERE seq <= ?"));
    drop.bindValue(0, upTo);
    if (!drop.exec()) {
        return queryError(drop);
    }
    return tx.commit();
}

qint64 Database::lastChangeSeq()
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    qint64 last = 0;
    if (checkRead(q.exec(), q, "Database::lastChangeSeq") && q.next()) {
        last = q.value(0).toLongLong();
    }
    q.finish();
    return std::max(last, prunedChangeSeq());
}

qint64 Database::prunedChangeSeq() const
{
    return meta(kPrunedSeqKey, QStringLiteral("0")).toLongLong();
}

Result<qint64> Database::prunedChangeStamp() const
{
    auto stamp = readMeta(kPrunedHlcKey, QStringLiteral("0"));
    if (!stamp) {
        return Error{stamp.error()};
    }
    return stamp->toLongLong();
}

} // namespace samspil
