#pragma once

#include <QByteArray>
#include <QString>

// Passwords kept only as Argon2id hashes (libsodium's crypto_pwhash_str: the salt and the cost
// travel inside the hash). A password is NFC first, so that the same word typed as composed or
// decomposed characters is the same password.
class Passwords
{
public:
    // Empty when the library refused (out of memory).
    static QByteArray hash(const QString &password);
    static bool verify(const QByteArray &hash, const QString &password);
};
