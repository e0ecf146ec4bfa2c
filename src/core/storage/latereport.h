// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/localstore.h"
#include "storage/ticketfilter.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lanterne {

/** What is late, for one service (or the whole city when service is "*"). */
struct LateRow
{
    QString service;         ///< code; "-" for tickets with no service; "*" for the total
    int open = 0;            ///< open tickets
    int overdue = 0;         ///< past their deadline, clock running
    int overdueWeek = 0;     ///< of which more than 7 days late
    int dueSoon = 0;         ///< due within the next working day
    int paused = 0;          ///< waiting on the reporter or a third party
    QDateTime oldestDue;     ///< the deadline of the ticket late the longest
    QString oldestReference; ///< that ticket
};

/**
 * The report of what is late, by service: open tickets past their deadline (paused ones apart),
 * due within a working day, paused, and the longest late, from one grouped query on the store.
 */
class LateReport
{
public:
    /** Rows by service, the most late first, then the total ("*"); nullopt with @p error on failure. */
    [[nodiscard]] static std::optional<QList<LateRow>> byService(const LocalStore &store,
                                                                 const QDateTime &now,
                                                                 const TicketFilter &filter = {},
                                                                 QString *error = nullptr);
};

} // namespace lanterne
