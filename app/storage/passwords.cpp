#include "passwords.h"

#include <sodium.h>

namespace {

QByteArray bytesOf(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

QByteArray Passwords::hash(const QString &password)
{
    if (!ready())
        return QByteArray();
    const QByteArray bytes = bytesOf(password);
    char out[crypto_pwhash_STRBYTES];
    // The interactive cost (64 MiB, a fraction of a second): a login is not kept waiting, a
    // stolen file's hashes are slow to guess.
    if (crypto_pwhash_str_alg(out, bytes.constData(), quint64(bytes.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return QByteArray();
    return QByteArray(out);
}

bool Passwords::verify(const QByteArray &hash, const QString &password)
{
    if (!ready() || hash.isEmpty())
        return false;
    const QByteArray bytes = bytesOf(password);
    return crypto_pwhash_str_verify(hash.constData(), bytes.constData(), quint64(bytes.size()))
        == 0;
}
