#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace samspil {

/// The envelope of every file a PC leaves in its folder on the share (batches, snapshots, its
/// state):
///
///     SAMSPIL-SEALED 1\n
///     {"kind":…,"team":…,"site":…,"key":…,"raw":…,"length":…, …}\n       the plain header
///     nonce + XChaCha20-Poly1305 ciphertext of the deflated body          (length bytes)
///     Ed25519 signature of everything above                               (64 bytes)
///
/// The header holds no personal data (ids, sequence numbers, sizes); it is the ciphertext's
/// associated data, so it cannot be changed without the file failing to open. A reader opens a
/// file only when the signature is by the PC whose folder it is in, the header names that PC,
/// this team and the expected kind, the key is one of the team's, and the declared sizes are
/// within bounds — checked in that order, before anything is decrypted or unpacked.
namespace SealedFile {

enum class Kind { Batch, Snapshot, State };

/// The largest file of a kind that is read at all, and the largest body it may unpack to.
struct Limits
{
    qint64 maxFile = 0;
    qint64 maxRaw = 0;
};
Limits limits(Kind kind);
/// How much larger than its packed size a body may declare itself (JSON packs well, not 100×).
constexpr qint64 kMaxRatio = 100;

QString kindName(Kind kind);

struct Writer
{
    QString team;
    QString site;
    QString keyId;
    QByteArray teamKey;
    QByteArray signSecret;
};

/// Packs, encrypts and signs a body. `header` carries the kind's own fields (range, position…).
QByteArray seal(Kind kind, QJsonObject header, const QByteArray& body, const Writer& writer);

struct Expect
{
    Kind kind = Kind::Batch;
    QString team;
    QString site;           ///< the folder the file is in
    QByteArray signPublic;  ///< that site's admitted signing key
    /// The team key with this id, or an empty array when this PC does not hold it.
    std::function<QByteArray(const QString& keyId)> teamKey;
};

struct Opened
{
    QJsonObject header;
    QByteArray body;
};

/// Opens a file; an error says in the user's words why it is not used, never quoting the file.
Result<Opened> open(const QByteArray& bytes, const Expect& expect);

/// True when the bytes start like a file of the format before sealing (SAMSPIL-BATCH 1 …).
bool isUnsealedFormat(const QByteArray& bytes);

} // namespace SealedFile

} // namespace samspil
