#pragma once

// What most tests start from: a database file with the demo data, a store on it, a clock set by
// hand, and a reader of the file that is not the program's own.

#include "core/clock.h"
#include "storage/store.h"

#include <QString>
#include <QVariant>

#include <memory>

namespace TestSupport {

// A clock that stays where it is put.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &now)
        : m_now(now.toUTC())
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Sets the program's clock to a fixed moment (10:42, 1 December 2026 in Hà Nội) and returns it.
std::shared_ptr<ManualClock> fixClock(const QDateTime &now = {});

// Writes a new database with the demo data at `path`; the sentence when it failed.
QString writeDemo(const QString &path);

// Adds an account; the first one of a file (an administrator's) is also logged in, so that the
// others can be added. The sentence when it failed.
QString addAccount(Store &store, const QString &name, Access::Role role, const QString &clearance,
    const QString &password, const QString &fullName = {});

// A store on the file, or nullptr (with a warning naming why).
std::unique_ptr<Store> open(const QString &path, Store::OpenMode mode = Store::OpenMode::MustExist);

// The first value of a query, read by a plain connection of its own (SQLite for a file, QPSQL
// for a server's address), as another program would read the database.
QVariant fileValue(const QString &path, const QString &sql, const QVariantList &values = {});

// Every table of the file (but those named in `except`), every row, in key order: two files
// with the same dump hold the same data.
QString dump(const QString &path, const QStringList &except = {});

// SHA-256 of a file's bytes (empty when it cannot be read): "left byte for byte untouched".
QByteArray digest(const QString &path);

// The locks (POSIX advisory, from /proc/locks) this process holds on a file; Linux only.
int locksHeld(const QString &path);

} // namespace TestSupport
