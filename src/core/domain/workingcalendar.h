// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace lanterne {

/** The opening hours of the services on a working day, in Paris wall-clock time. */
struct WorkingHours
{
    struct Span
    {
        int from = 0; ///< minutes since midnight
        int to = 0;
    };
    QList<Span> spans;

    /** 08:30-12:30 and 13:30-17:30: 8 hours a day. */
    [[nodiscard]] static WorkingHours standard();
    /** Parses spans written "08:30-12:30", in order and not overlapping; nullopt otherwise. */
    [[nodiscard]] static std::optional<WorkingHours> parse(const QStringList &spans,
                                                           QString *error = nullptr);
    [[nodiscard]] int minutesPerDay() const;
};

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
    /**
     * The moment @p minutes of opening hours after @p start. A start outside opening hours
     * counts from the next opening; a deadline that ends with a span ends at its closing time.
     */
    [[nodiscard]] static QDateTime addWorkingMinutes(const QDateTime &start, qint64 minutes,
                                                     const WorkingHours &hours = WorkingHours::standard());
    /** The minutes of opening hours between two moments (0 when @p to is not after @p from). */
    [[nodiscard]] static qint64 workingMinutesBetween(const QDateTime &from, const QDateTime &to,
                                                      const WorkingHours &hours = WorkingHours::standard());
};

} // namespace lanterne
