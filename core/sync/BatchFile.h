#pragma once

#include "core/storage/Replica.h"
#include "core/sync/SealedFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace samspil {

/// The bodies of the files PCs leave for each other on the share: batches of changes and
/// snapshots. Each travels sealed (SealedFile): encrypted with the team key and signed by the PC
/// that wrote it. The header (in the clear, but bound to the file by the encryption and the
/// signature) carries the sequence range, count and highest stamp; the body is JSON.
namespace BatchFile {

struct Header
{
    QString team;
    QString site;
    qint64 from = 0; ///< first change-log sequence number in the batch
    qint64 to = 0;   ///< last
    int count = 0;
    qint64 maxHlc = 0;
};

struct Batch
{
    Header header;
    QVector<RemoteChange> changes;
};

/// A batch of this PC's own changes, sealed and signed, ready to write.
QByteArray encode(Header header, const QVector<LocalChange>& changes, const SealedFile::Writer& writer);
/// Opens and reads a batch; an error says in the user's words why it cannot be used.
Result<Batch> decode(const QByteArray& bytes, const SealedFile::Expect& expect);
/// The changes of a batch's opened body, made by `site`; `count` is what its header says.
/// Strict: anything malformed refuses the whole body (BatchBody.cpp).
Result<QVector<RemoteChange>> readChanges(QByteArrayView body, const QString& site, int count);

struct Snapshot
{
    QString team;
    QString site;
    /// The snapshot holds the site's own changes up to this sequence number.
    qint64 position = 0;
    qint64 maxHlc = 0;
    /// The tables as JSON text: written by Replica::makeSnapshot, read back (decodeSnapshot) for
    /// Replica::applySnapshot, which checks it as it applies it.
    QByteArray tablesJson;
};

QByteArray encodeSnapshot(const Snapshot& snapshot, const SealedFile::Writer& writer);
Result<Snapshot> decodeSnapshot(const QByteArray& bytes, const SealedFile::Expect& expect);

/// The file name of a batch: zero-padded so names sort in sequence order.
QString batchName(qint64 from, qint64 to);
/// The sequence range of a batch file name; false for anything else (temporary files included).
bool parseBatchName(const QString& name, qint64* from, qint64* to);
QString snapshotName(qint64 position);
bool parseSnapshotName(const QString& name, qint64* position);

} // namespace BatchFile

} // namespace samspil
