// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcalendar.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
};
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinute;
} // namespace

WorkingHours WorkingHours::standard()
{
    return WorkingHours{{{8 * 60 + 30, 12 * 60 + 30}, {13 * 60 + 30, 17 * 60 + 30}}};
}

std::optional<WorkingHours> WorkingHours::parse(const QStringList &spans, QString *error)
{
    WorkingHours h;
    int previousEnd = -1;
    for (const QString &text : spans) {
        const QStringList parts = text.split(u'-');
        const QTime from = parts.size() == 2 ? QTime::fromString(parts[0].trimmed(), u"HH:mm"_s) : QTime();
        const QTime to = parts.size() == 2 ? QTime::fromString(parts[1].trimmed(), u"HH:mm"_s) : QTime();
        if (!from.isValid() || !to.isValid() || to <= from) {
            if (error)
                *error = Tr::tr("plage horaire « %1 » illisible (attendu : 08:30-12:30)").arg(text);
            return std::nullopt;
        }
        const Span s{from.msecsSinceStartOfDay() / 60000, to.msecsSinceStartOfDay() / 60000};
        if (s.from < previousEnd) {
            if (error)
                *error = Tr::tr("plage horaire « %1 » avant la fin de la précédente").arg(text);
            return std::nullopt;
        }
        previousEnd = s.to;
        h.spans.append(s);
    }
    if (h.spans.isEmpty()) {
        if (error)
            *error = Tr::tr("aucune plage horaire");
        return std::nullopt;
    }
    return h;
}

int WorkingHours::minutesPerDay() const
{
    int total = 0;
    for (const Span &s : spans)
        total += s.to - s.from;
    return total;
}

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

QDateTime WorkingCalendar::addWorkingMinutes(const QDateTime &start, qint64 minutes,
                                             const WorkingHours &hours)
{
    if (minutes <= 0 || hours.spans.isEmpty())
        return start;
    // Counted in Paris wall-clock time: opening hours never span a change of summer time.
    const QDateTime local = start.toTimeZone(paris());
    QDate day = local.date();
    qint64 cursor = local.time().msecsSinceStartOfDay();
    qint64 remaining = minutes * kMinute;
    for (int guard = 0; guard < 100000; ++guard) {
        if (isWorkingDay(day)) {
            for (const WorkingHours::Span &span : hours.spans) {
                const qint64 end = span.to * kMinute;
                if (cursor >= end)
                    continue;
                const qint64 begin = std::max<qint64>(cursor, span.from * kMinute);
                if (remaining <= end - begin)
                    return QDateTime(day, QTime::fromMSecsSinceStartOfDay(int(begin + remaining)), paris())
                        .toUTC();
                remaining -= end - begin;
                cursor = end;
            }
        }
        day = day.addDays(1);
        cursor = 0;
    }
    return {};
}

qint64 WorkingCalendar::workingMinutesBetween(const QDateTime &from, const QDateTime &to,
                                              const WorkingHours &hours)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const QDateTime a = from.toTimeZone(paris());
    const QDateTime b = to.toTimeZone(paris());
    qint64 total = 0;
    for (QDate day = a.date(); day <= b.date(); day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        const qint64 lo = day == a.date() ? a.time().msecsSinceStartOfDay() : 0;
        const qint64 hi = day == b.date() ? b.time().msecsSinceStartOfDay() : kDayMs;
        for (const WorkingHours::Span &span : hours.spans) {
            const qint64 s = std::max<qint64>(lo, span.from * kMinute);
            const qint64 e = std::min<qint64>(hi, span.to * kMinute);
            if (e > s)
                total += e - s;
        }
    }
    return total / kMinute;
}

} // namespace lanterne
