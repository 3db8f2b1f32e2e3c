#include "clock.h"

namespace {
std::shared_ptr<Clock> &applicationClock()
{
    static std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();
    return clock;
}
} // namespace

std::shared_ptr<Clock> Clock::application()
{
    return applicationClock();
}

void Clock::setApplication(std::shared_ptr<Clock> clock)
{
    applicationClock() = clock ? std::move(clock) : std::make_shared<SystemClock>();
}
