#pragma once

#include <QDateTime>

#include <memory>

// Where "now" comes from: the system clock in the program, a clock a test sets by hand. Everything
// that records or compares a time (the audit log, timestamps, daily backups, a two-digit year)
// asks a Clock, never QDateTime::currentDateTime() itself.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    // The clock of the whole program; a test replaces it with its own.
    static std::shared_ptr<Clock> application();
    static void setApplication(std::shared_ptr<Clock> clock);
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
