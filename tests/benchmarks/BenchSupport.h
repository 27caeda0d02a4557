#pragma once

// What the benchmark programs share: timing helpers, a stop with a message, opening a database.

#include "core/storage/Database.h"
#include "core/util/TimeZone.h"

#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace samspil::bench {

/// What every benchmark does first in main, as the programs do (app/*/main.cpp): the C library
/// is told the time zone once, so a local-time conversion does not look at the disk each time.
inline void setUpProcess()
{
    settleTimeZone();
}

inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

inline double median(std::vector<double> v)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// Stops the benchmark: `program: what`, exit code 1.
[[noreturn]] inline void die(const char* program, const QString& what)
{
    QTextStream(stderr) << program << ": " << what << Qt::endl;
    std::exit(1);
}

inline std::unique_ptr<Database> openDb(const char* program, const QString& path, OpenOptions::Mode mode,
                                        const Clock* clock = nullptr)
{
    OpenOptions o;
    o.path = path;
    o.mode = mode;
    o.clock = clock; // none: the system clock
    auto r = Database::open(o);
    if (!r) {
        die(program, r.error());
    }
    return std::move(r).value();
}

} // namespace samspil::bench
