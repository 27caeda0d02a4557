#include "Sealing.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <atomic>

namespace samspil::Sealing {

namespace {

std::atomic<qint64> g_spent{0};

/// Adds the time of one primitive call to the benchmark's counter.
class Timed
{
public:
    Timed() { m_timer.start(); }
    ~Timed() { g_spent += m_timer.nsecsElapsed(); }

private:
    QElapsedTimer m_timer;
};

auto bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

auto bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

} // namespace

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

KeyPair newSigningKeys()
{
    ready();
    KeyPair k{QByteArray(kSignPublicBytes, '\0'), QByteArray(kSignSecretBytes, '\0')};
    crypto_sign_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

KeyPair newBoxKeys()
{
    ready();
    KeyPair k{QByteArray(kBoxPublicBytes, '\0'), QByteArray(kBoxSecretBytes, '\0')};
    crypto_box_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

QByteArray newTeamKey()
{
    ready();
    QByteArray key(kTeamKeyBytes, '\0');
    crypto_aead_xchacha20poly1305_ietf_keygen(bytes(key));
    return key;
}

QByteArray sign(const QByteArray& message, const QByteArray& signSecret)
{
    Timed timed;
    QByteArray signature(kSignatureBytes, '\0');
    if (signSecret.size() != kSignSecretBytes) {
        return {};
    }
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), size_t(message.size()), bytes(signSecret));
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& signPublic)
{
    Timed timed;
    if (signature.size() != kSignatureBytes || signPublic.size() != kSignPublicBytes) {
        return false;
    }
    return crypto_sign_verify_detached(bytes(signature), bytes(message), size_t(message.size()), bytes(signPublic))
        == 0;
}

QByteArray encrypt(const QByteArray& plain, const QByteArray& associated, const QByteArray& teamKey)
{
    Timed timed;
    if (teamKey.size() != kTeamKeyBytes) {
        return {};
    }
    QByteArray out(kNonceBytes + plain.size() + kTagBytes, '\0');
    randombytes_buf(out.data(), kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + kNonceBytes, &written, bytes(plain), size_t(plain.size()),
                                               bytes(associated), size_t(associated.size()), nullptr, bytes(out),
                                               bytes(teamKey));
    out.truncate(kNonceBytes + qsizetype(written));
    return out;
}

bool decrypt(const QByteArray& sealed, const QByteArray& associated, const QByteArray& teamKey, QByteArray* plain)
{
    Timed timed;
    if (teamKey.size() != kTeamKeyBytes || sealed.size() < kNonceBytes + kTagBytes) {
        return false;
    }
    plain->resize(sealed.size() - kNonceBytes - kTagBytes);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        bytes(*plain), &written, nullptr, bytes(sealed) + kNonceBytes, size_t(sealed.size() - kNonceBytes),
        bytes(associated), size_t(associated.size()), bytes(sealed), bytes(teamKey));
    if (rc != 0) {
        plain->clear();
        return false;
    }
    plain->truncate(qsizetype(written));
    return true;
}

QByteArray sealTo(const QByteArray& message, const QByteArray& boxPublic)
{
    Timed timed;
    if (boxPublic.size() != kBoxPublicBytes) {
        return {};
    }
    QByteArray out(message.size() + qsizetype(crypto_box_SEALBYTES), '\0');
    crypto_box_seal(bytes(out), bytes(message), size_t(message.size()), bytes(boxPublic));
    return out;
}

bool openSealed(const QByteArray& sealed, const KeyPair& box, QByteArray* message)
{
    Timed timed;
    if (sealed.size() < qsizetype(crypto_box_SEALBYTES) || box.publicKey.size() != kBoxPublicBytes
        || box.secretKey.size() != kBoxSecretBytes) {
        return false;
    }
    message->resize(sealed.size() - qsizetype(crypto_box_SEALBYTES));
    if (crypto_box_seal_open(bytes(*message), bytes(sealed), size_t(sealed.size()), bytes(box.publicKey),
                             bytes(box.secretKey))
        != 0) {
        message->clear();
        return false;
    }
    return true;
}

QString keyId(const QByteArray& teamKey)
{
    ready();
    QByteArray id(8, '\0');
    const QByteArray input = QByteArrayLiteral("samspil team key id\n") + teamKey;
    crypto_generichash(bytes(id), size_t(id.size()), bytes(input), size_t(input.size()), nullptr, 0);
    return QString::fromLatin1(id.toHex());
}

QString admissionCode(const QString& site, const QByteArray& signPublic, const QByteArray& boxPublic)
{
    ready();
    const QByteArray input = site.toUtf8() + '\n' + signPublic + boxPublic;
    QByteArray hash(16, '\0');
    crypto_generichash(bytes(hash), size_t(hash.size()), bytes(input), size_t(input.size()), nullptr, 0);
    quint64 n = 0;
    for (int i = 0; i < 8; ++i) {
        n = (n << 8) | quint8(hash[i]);
    }
    const QString digits = QStringLiteral("%1").arg(n % 1000000000000ULL, 12, 10, QLatin1Char('0'));
    return digits.mid(0, 4) + QLatin1Char(' ') + digits.mid(4, 4) + QLatin1Char(' ') + digits.mid(8, 4);
}

QString normaliseCode(const QString& code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isDigit()) {
            out += c;
        }
    }
    return out;
}

qint64 nanosecondsSpent()
{
    return g_spent.load();
}

} // namespace samspil::Sealing
