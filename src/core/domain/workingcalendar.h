// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace lanterne {

/**
 * Working days of a French municipality in Europe/Paris: Monday to Friday, except the 11 French
 * public holidays (Easter Monday, Ascension and Whit Monday computed from Easter).
 */
class WorkingCalendar
{
public:
    [[nodiscard]] static QTimeZone paris();
    [[nodiscard]] static QDate easterSunday(int year);
    [[nodiscard]] static QList<QDate> publicHolidays(int year);
    [[nodiscard]] static bool isPublicHoliday(QDate day);
    [[nodiscard]] static bool isWorkingDay(QDate day);
    /**
     * The moment @p days working days after @p start, at the same Paris wall-clock time. A start
     * outside working days counts from the next working day's morning (08:00).
     */
    [[nodiscard]] static QDateTime addWorkingDays(const QDateTime &start, int days);
};

} // namespace lanterne
