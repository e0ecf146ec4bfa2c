// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"
#include "workingcalendar.h"

#include <optional>
#include <QDateTime>
#include <QString>

namespace lanterne {

class ReferenceData;

/** A deadline in working time: whole working days of opening hours, and hours. */
struct Deadline
{
    int days = 0;
    int hours = 0;

    /** "10j", "4h", "1j 4h" (also "10d"); nullopt when unreadable or zero. */
    [[nodiscard]] static std::optional<Deadline> parse(const QString &text);
    [[nodiscard]] qint64 minutes(const WorkingHours &h) const
    {
        return qint64(days) * h.minutesPerDay() + qint64(hours) * 60;
    }
    [[nodiscard]] bool isValid() const { return days > 0 || hours > 0; }
    /** For people: "10 jours ouvrés", "4 heures ouvrées", "1 jour ouvré et 4 heures". */
    [[nodiscard]] QString text() const;
    bool operator==(const Deadline &) const = default;
};

/** Where a ticket stands against its deadline. */
enum class DeadlineState
{
    None,    ///< closed or fixed, or no deadline
    OnTime,  ///< more than a working day left
    DueSoon, ///< due within the next working day
    Overdue, ///< past its deadline
    Paused,  ///< waiting on the reporter or a third party: the clock is stopped
};

/**
 * Deadlines per category and priority, in working time (WorkingCalendar: opening hours, French
 * public holidays, Europe/Paris), paused while a ticket waits on the reporter or a third party.
 *
 * A ticket is due at: created_at + deadline(category, priority) + the working time it spent paused.
 * The deadline of a priority is the category's own for it when the configuration gives one;
 * otherwise the category's deadline, shortened to the city's deadline for that priority (high,
 * urgent) when that one is shorter.
 */
class Deadlines
{
public:
    /** Statuses that stop the clock: waiting (reporter, third party) and forwarded. */
    [[nodiscard]] static bool pauses(Status s);
    [[nodiscard]] static Deadline forTicket(const ReferenceData &ref, const QString &category,
                                            Priority priority);
    [[nodiscard]] static QDateTime dueAt(const ReferenceData &ref, const QDateTime &createdAt,
                                         const QString &category, Priority priority, qint64 pausedMinutes);
    /** The moment before which an open ticket's deadline counts as "due soon" at @p now. */
    [[nodiscard]] static QDateTime dueSoonLimit(const QDateTime &now, const WorkingHours &hours);
    [[nodiscard]] static DeadlineState state(const QDateTime &due, const QDateTime &now, bool open,
                                             bool paused, const QDateTime &dueSoonLimit);
    [[nodiscard]] static QString code(DeadlineState s);
};

} // namespace lanterne
