// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/sqlfunctions.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

#include <sqlite3.h>

namespace lanterne::sqlfunctions {

namespace {

/** Europe/Paris offsets from 1970 to 2100: the UTC instants where the offset changes. */
struct ParisOffsets
{
    std::vector<qint64> at;     ///< UTC ms of each change, ascending
    std::vector<qint64> offset; ///< offset in ms from each change on
    qint64 before = 3600 * 1000;

    ParisOffsets()
    {
        const QTimeZone tz("Europe/Paris");
        const QDateTime start(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime end(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        if (!tz.isValid())
            return; // UTC+1 all year: a degraded answer rather than none
        before = qint64(tz.offsetFromUtc(start)) * 1000;
        const auto transitions = tz.transitions(start, end);
        at.reserve(size_t(transitions.size()));
        offset.reserve(size_t(transitions.size()));
        for (const auto &t : transitions) {
            at.push_back(t.atUtc.toMSecsSinceEpoch());
            offset.push_back(qint64(t.offsetFromUtc) * 1000);
        }
    }

    [[nodiscard]] qint64 offsetAt(qint64 utcMs) const
    {
        const auto it = std::upper_bound(at.begin(), at.end(), utcMs);
        if (it == at.begin())
            return before;
        return offset[size_t(it - at.begin() - 1)];
    }
};

const ParisOffsets &paris()
{
    static const ParisOffsets offsets;
    return offsets;
}

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 julianDay(qint64 utcMs)
{
    return kUnixEpochJulianDay + floorDiv(utcMs + paris().offsetAt(utcMs), kDayMs);
}

void dayFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int64(ctx, julianDay(sqlite3_value_int64(argv[0])));
}

struct PercentileState
{
    std::vector<double> *values;
    double fraction;
    bool fractionSet;
};

void percentileStep(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *state = static_cast<PercentileState *>(sqlite3_aggregate_context(ctx, sizeof(PercentileState)));
    if (!state) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (!state->fractionSet) {
        const double f = sqlite3_value_double(argv[1]);
        if (sqlite3_value_type(argv[1]) == SQLITE_NULL || !(f >= 0.0 && f <= 1.0)) {
            sqlite3_result_error(ctx, "percentile_cont: the fraction must be between 0 and 1", -1);
            return;
        }
        state->fraction = f;
        state->fractionSet = true;
    }
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return;
    if (!state->values)
        state->values = new std::vector<double>();
    state->values->push_back(sqlite3_value_double(argv[0]));
}

void percentileFinal(sqlite3_context *ctx)
{
    auto *state = static_cast<PercentileState *>(sqlite3_aggregate_context(ctx, 0));
    if (!state || !state->values || state->values->empty()) {
        if (state)
            delete state->values;
        sqlite3_result_null(ctx);
        return;
    }
    std::vector<double> &v = *state->values;
    sqlite3_result_double(ctx, percentileCont(v.data(), qsizetype(v.size()), state->fraction));
    delete state->values;
    state->values = nullptr;
}

} // namespace

double percentileCont(double *values, qsizetype n, double fraction)
{
    const double pos = fraction * double(n - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = std::min<qsizetype>(lo + 1, n - 1);
    std::nth_element(values, values + lo, values + n);
    const double a = values[lo];
    if (hi == lo || pos == double(lo))
        return a;
    // The next rank is the smallest value after lo.
    const double b = *std::min_element(values + lo + 1, values + n);
    return a + (pos - double(lo)) * (b - a);
}

bool install(sqlite3 *db)
{
    if (!db)
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return sqlite3_create_function_v2(db, "lanterne_day", 1, flags, nullptr, dayFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(db, "percentile_cont", 2, SQLITE_UTF8, nullptr, nullptr, percentileStep,
                                      percentileFinal, nullptr) == SQLITE_OK;
}

QDate parisDay(qint64 utcMs)
{
    return QDate::fromJulianDay(julianDay(utcMs));
}

qint64 parisDayStartMs(const QDate &day)
{
    // Midnight local time: UTC midnight minus the offset in force then (no change happens at
    // midnight in Europe/Paris).
    const qint64 utcMidnight = (day.toJulianDay() - kUnixEpochJulianDay) * kDayMs;
    return utcMidnight - paris().offsetAt(utcMidnight - paris().offsetAt(utcMidnight));
}

} // namespace lanterne::sqlfunctions
