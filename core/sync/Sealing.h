#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace samspil {

/// The cryptography sync relies on, all of it libsodium's: nothing here is home-made, this file
/// only names the primitives and keeps their sizes in one place.
///
/// - A PC signs what it writes with Ed25519 (`crypto_sign_*`) and receives the team key sealed
///   to its X25519 key (`crypto_box_seal`).
/// - Files are encrypted with the team key: XChaCha20-Poly1305 with a random 24-byte nonce
///   (`crypto_aead_xchacha20poly1305_ietf_*`), the file's plain header as associated data.
/// - The admission code is a BLAKE2b hash (`crypto_generichash`) of the new PC's public keys.
namespace Sealing {

constexpr int kSignPublicBytes = 32;
constexpr int kSignSecretBytes = 64;
constexpr int kSignatureBytes = 64;
constexpr int kBoxPublicBytes = 32;
constexpr int kBoxSecretBytes = 32;
constexpr int kTeamKeyBytes = 32;
constexpr int kNonceBytes = 24;
constexpr int kTagBytes = 16;

/// Initialises libsodium once; false when it cannot (then nothing may be sealed or opened).
bool ready();

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

KeyPair newSigningKeys();
KeyPair newBoxKeys();
QByteArray newTeamKey();

QByteArray sign(const QByteArray& message, const QByteArray& signSecret);
bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& signPublic);

/// Encrypts with the team key; the result is nonce + ciphertext (with its tag).
QByteArray encrypt(const QByteArray& plain, const QByteArray& associated, const QByteArray& teamKey);
/// Decrypts nonce + ciphertext; false when the key is wrong or anything was changed.
bool decrypt(const QByteArray& sealed, const QByteArray& associated, const QByteArray& teamKey, QByteArray* plain);

/// Seals a message so that only the holder of `boxPublic`'s secret key can open it.
QByteArray sealTo(const QByteArray& message, const QByteArray& boxPublic);
bool openSealed(const QByteArray& sealed, const KeyPair& box, QByteArray* message);

/// A short id for a team key (not secret): which key a file was encrypted with.
QString keyId(const QByteArray& teamKey);

/// The admission code of a PC: 12 digits from a hash of its site id and public keys, shown as
/// "1234 5678 9012". A member compares it with the code on the new PC's screen.
QString admissionCode(const QString& site, const QByteArray& signPublic, const QByteArray& boxPublic);
/// The code's digits only, so "1234-5678 9012" and "123456789012" compare equal.
QString normaliseCode(const QString& code);

/// Time spent in the primitives above since the program started (for the benchmark).
qint64 nanosecondsSpent();

} // namespace Sealing

} // namespace samspil
