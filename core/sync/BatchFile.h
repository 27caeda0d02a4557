#pragma once

#include "core/storage/Replica.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace samspil {

/// The files sites leave for each other on the share, and how they are read back.
///
/// A batch file is a text line naming its kind and format version, a line of JSON with the header
/// (team, site, sequence range, count, highest stamp, body length and SHA-256), and a compressed JSON
/// body. A reader knows from the first line whether it can read the rest at all, from the header
/// whether the file belongs to its team, and from length and checksum whether it arrived whole.
namespace BatchFile {

constexpr int kFormat = 1;

struct Header
{
    int format = kFormat;
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

/// A batch of this site's own changes, ready to write.
QByteArray encode(Header header, const QVector<LocalChange>& changes);
/// Reads a batch; an error says in the user's words why it cannot be used (truncated, damaged,
/// from a newer Samspil, from another team).
Result<Batch> decode(const QByteArray& bytes, const QString& expectedTeam);

struct Snapshot
{
    QString team;
    QString site;
    /// The snapshot holds the site's own changes up to this sequence number.
    qint64 position = 0;
    qint64 maxHlc = 0;
    QJsonObject tables;
};

QByteArray encodeSnapshot(const Snapshot& snapshot);
Result<Snapshot> decodeSnapshot(const QByteArray& bytes, const QString& expectedTeam);

/// The file name of a batch: zero-padded so names sort in sequence order.
QString batchName(qint64 from, qint64 to);
/// The sequence range of a batch file name; false for anything else (temporary files included).
bool parseBatchName(const QString& name, qint64* from, qint64* to);
QString snapshotName(qint64 position);
bool parseSnapshotName(const QString& name, qint64* position);

} // namespace BatchFile

} // namespace samspil
