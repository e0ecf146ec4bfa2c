// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

struct sqlite3;

namespace lanterne::sqlfunctions {

/**
 * Adds to a connection of the local store the functions the statistics use:
 * - `percentile_cont(value, fraction)`: an aggregate, the value at @p fraction of the sorted
 *   non-NULL values, interpolating linearly between ranks (PostgreSQL's percentile_cont);
 *   NULL over no value.
 * - `lanterne_day(ms)`: the day of Europe/Paris of a UTC instant in milliseconds, as a Julian day
 *   number (QDate::toJulianDay); NULL for NULL.
 * Returns false when SQLite refuses them.
 */
bool install(sqlite3 *db);

/** The day of Europe/Paris of a UTC instant (the same as lanterne_day). */
QDate parisDay(qint64 utcMs);
/** The first instant of a day of Europe/Paris, in UTC milliseconds. */
qint64 parisDayStartMs(const QDate &day);
/** percentile_cont over values (sorted in place); nullopt-like NaN never: callers pass n > 0. */
double percentileCont(double *values, qsizetype n, double fraction);

} // namespace lanterne::sqlfunctions
