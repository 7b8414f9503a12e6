#include "util/clock.h"

#include <chrono>
#include <cstdio>

namespace fraudlens::util {

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string formatIsoUtc(std::int64_t ms)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(ms)));
    const year_month_day date(day);
    const std::int64_t inDay = ms - duration_cast<milliseconds>(day.time_since_epoch()).count();
    const auto h = inDay / 3600000, m = inDay / 60000 % 60, s = inDay / 1000 % 60, frac = inDay % 1000;
    char buffer[64];
    if (frac == 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ", int(date.year()),
                      unsigned(date.month()), unsigned(date.day()), (long long)h, (long long)m, (long long)s);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", int(date.year()),
                      unsigned(date.month()), unsigned(date.day()), (long long)h, (long long)m, (long long)s,
                      (long long)frac);
    return buffer;
}

} // namespace fraudlens::util
