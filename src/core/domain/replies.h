// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticket.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lanterne {

class ReferenceData;

/** Messages to reporters written from the response templates. */
class Replies
{
public:
    /** The placeholders a template may use, with their braces. */
    [[nodiscard]] static QStringList placeholders();
    /**
     * Fills {reference}, {category}, {address}, {date} (@p when, Paris), {status}, {authority}
     * (forwarded to) and {original} (the original of a duplicate). Unknown placeholders stay.
     */
    [[nodiscard]] static QString render(const QString &text, const Ticket &ticket, const ReferenceData &ref,
                                        const QDateTime &when, const QString &originalReference = {});
};

} // namespace lanterne
