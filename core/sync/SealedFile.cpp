#include "SealedFile.h"

#include "core/sync/Sealing.h"

#include <QJsonDocument>

#include <zlib.h>

namespace samspil::SealedFile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchFile)
};

const QByteArray kMagic = QByteArrayLiteral("SAMSPIL-SEALED");
constexpr int kFormat = 1;
constexpr int kMaxHeader = 4096;

QByteArray deflate(const QByteArray& raw)
{
    uLongf size = compressBound(uLong(raw.size()));
    QByteArray out(qsizetype(size), '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(raw.constData()),
                  uLong(raw.size()), 6)
        != Z_OK) {
        return {};
    }
    out.truncate(qsizetype(size));
    return out;
}

/// Unpacks into exactly `raw` bytes, never more: a body that unpacks to more or less is damaged.
/// The body has 64 bytes of room after its end, so a reader that reads ahead in blocks (the
/// snapshot's, Replica::applySnapshot) can read it where it is.
bool inflateExactly(const QByteArray& packed, qint64 raw, QByteArray* out)
{
    out->reserve(qsizetype(raw) + 64);
    out->resize(qsizetype(raw));
    uLongf size = uLongf(raw);
    const int rc = uncompress(reinterpret_cast<Bytef*>(out->data()), &size,
                              reinterpret_cast<const Bytef*>(packed.constData()), uLong(packed.size()));
    if (rc != Z_OK || qint64(size) != raw) {
        out->clear();
        return false;
    }
    return true;
}

} // namespace

Limits limits(Kind kind)
{
    constexpr qint64 MB = 1024 * 1024;
    switch (kind) {
    case Kind::Batch:
        return {64 * MB, 512 * MB};
    case Kind::Snapshot:
        return {1024 * MB, 4096 * MB};
    case Kind::State:
        return {1 * MB, 8 * MB};
    }
    return {};
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Batch:
        return QStringLiteral("batch");
    case Kind::Snapshot:
        return QStringLiteral("snapshot");
    case Kind::State:
        return QStringLiteral("state");
    }
    return {};
}

QByteArray seal(Kind kind, QJsonObject header, const QByteArray& body, const Writer& writer)
{
    const QByteArray packed = deflate(body);
    const qint64 sealedLength = Sealing::kNonceBytes + packed.size() + Sealing::kTagBytes;
    header.insert(QStringLiteral("kind"), kindName(kind));
    header.insert(QStringLiteral("team"), writer.team);
    header.insert(QStringLiteral("site"), writer.site);
    header.insert(QStringLiteral("key"), writer.keyId);
    header.insert(QStringLiteral("raw"), QString::number(body.size()));
    header.insert(QStringLiteral("length"), QString::number(sealedLength));
    QByteArray out = kMagic + ' ' + QByteArray::number(kFormat) + '\n';
    out += QJsonDocument(header).toJson(QJsonDocument::Compact);
    out += '\n';
    const QByteArray associated = out;
    out += Sealing::encrypt(packed, associated, writer.teamKey);
    out += Sealing::sign(out, writer.signSecret);
    return out;
}

bool isUnsealedFormat(const QByteArray& bytes)
{
    return bytes.startsWith("SAMSPIL-BATCH ") || bytes.startsWith("SAMSPIL-SNAPSHOT ") || bytes.startsWith("{");
}

Result<Opened> open(const QByteArray& bytes, const Expect& expect)
{
    const Limits bounds = limits(expect.kind);
    if (bytes.size() > bounds.maxFile) {
        return fail(Tr::tr("the file is larger than any file Samspil writes"));
    }
    const qsizetype firstEnd = bytes.indexOf('\n');
    if (firstEnd < 0) {
        return fail(Tr::tr("the file is incomplete (it may still be arriving on the shared drive)"));
    }
    const QByteArray first = bytes.left(firstEnd);
    if (!first.startsWith(kMagic + ' ')) {
        if (isUnsealedFormat(bytes)) {
            return fail(Tr::tr("the file is in the unsealed format of earlier versions, which is no longer trusted"));
        }
        return fail(Tr::tr("the file is not a Samspil sync file or is damaged"));
    }
    bool numberOk = false;
    const int format = first.mid(kMagic.size() + 1).toInt(&numberOk);
    if (!numberOk) {
        return fail(Tr::tr("the file is not a Samspil sync file or is damaged"));
    }
    if (format > kFormat) {
        return fail(Tr::tr("the file was written by a newer version of Samspil (format %1); update Samspil on this PC")
                        .arg(format));
    }
    const qsizetype secondEnd = bytes.indexOf('\n', firstEnd + 1);
    if (secondEnd < 0 || secondEnd - firstEnd > kMaxHeader) {
        return fail(Tr::tr("the file is not a Samspil sync file or is damaged"));
    }
    QJsonParseError error;
    const QJsonDocument headerDoc = QJsonDocument::fromJson(bytes.mid(firstEnd + 1, secondEnd - firstEnd - 1), &error);
    if (error.error != QJsonParseError::NoError || !headerDoc.isObject()) {
        return fail(Tr::tr("the file is not a Samspil sync file or is damaged"));
    }
    Opened out;
    out.header = headerDoc.object();
    const QJsonObject& h = out.header;
    if (h.value(QStringLiteral("kind")).toString() != kindName(expect.kind)) {
        return fail(Tr::tr("the file is not the kind of file its name says"));
    }
    if (h.value(QStringLiteral("team")).toString() != expect.team) {
        return fail(Tr::tr("the file belongs to another team"));
    }
    if (h.value(QStringLiteral("site")).toString() != expect.site) {
        return fail(Tr::tr("the file names another PC than the one whose folder it is in"));
    }
    if (bytes.size() < secondEnd + 1 + Sealing::kSignatureBytes) {
        return fail(Tr::tr("the file is incomplete (it may still be arriving on the shared drive)"));
    }
    const QByteArray signedPart = bytes.left(bytes.size() - Sealing::kSignatureBytes);
    if (!Sealing::verify(signedPart, bytes.right(Sealing::kSignatureBytes), expect.signPublic)) {
        return fail(Tr::tr("the file is not signed by the PC whose folder it is in (it was changed, damaged or "
                           "written by someone else)"));
    }
    const QByteArray payload = signedPart.mid(secondEnd + 1);
    if (h.value(QStringLiteral("length")).toString().toLongLong() != payload.size()) {
        return fail(Tr::tr("the file is damaged (its length does not match its header)"));
    }
    const QByteArray key = expect.teamKey ? expect.teamKey(h.value(QStringLiteral("key")).toString()) : QByteArray();
    if (key.isEmpty()) {
        return fail(Tr::tr("the file is encrypted with a team key this PC does not hold"));
    }
    bool rawOk = false;
    const qint64 raw = h.value(QStringLiteral("raw")).toString().toLongLong(&rawOk);
    if (!rawOk || raw < 0 || raw > bounds.maxRaw || raw > kMaxRatio * payload.size() + 1024) {
        return fail(Tr::tr("the file declares an unpacked size larger than Samspil allows; it is not unpacked"));
    }
    QByteArray packed;
    if (!Sealing::decrypt(payload, signedPart.left(secondEnd + 1), key, &packed)) {
        return fail(Tr::tr("the file cannot be decrypted with the team key"));
    }
    if (!inflateExactly(packed, raw, &out.body)) {
        return fail(Tr::tr("the file is damaged (it cannot be unpacked to the size it declares)"));
    }
    return out;
}

} // namespace samspil::SealedFile
