// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcalendar.h"

namespace lanterne {

QTimeZone WorkingCalendar::paris()
{
    static const QTimeZone tz("Europe/Paris");
    return tz;
}

QDate WorkingCalendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<QDate> WorkingCalendar::publicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    return {
        QDate(year, 1, 1),  easter.addDays(1),   QDate(year, 5, 1),   QDate(year, 5, 8),
        easter.addDays(39), easter.addDays(50),  QDate(year, 7, 14),  QDate(year, 8, 15),
        QDate(year, 11, 1), QDate(year, 11, 11), QDate(year, 12, 25),
    };
}

bool WorkingCalendar::isPublicHoliday(QDate day)
{
    static thread_local int cachedYear = 0;
    static thread_local QList<QDate> cached;
    if (day.year() != cachedYear) {
        cachedYear = day.year();
        cached = publicHolidays(cachedYear);
    }
    return cached.contains(day);
}

bool WorkingCalendar::isWorkingDay(QDate day)
{
    return day.dayOfWeek() <= 5 && !isPublicHoliday(day);
}

QDateTime WorkingCalendar::addWorkingDays(const QDateTime &start, int days)
{
    const QDateTime local = start.toTimeZone(paris());
    QDate day = local.date();
    QTime time = local.time();
    if (!isWorkingDay(day)) {
        while (!isWorkingDay(day))
            day = day.addDays(1);
        time = QTime(8, 0);
    }
    for (int n = 0; n < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++n;
    }
    return QDateTime(day, time, paris()).toUTC();
}

} // namespace lanterne
