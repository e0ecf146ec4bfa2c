// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "domain/ticket.h"

#include <QJsonObject>
#include <QStringList>

namespace lanterne {

/** Tickets as JSON, CSV and GeoJSON, with the stable field names of CLI.md (never locale-dependent). */
class TicketFormat
{
public:
    [[nodiscard]] static QJsonObject toJson(const Ticket &t, const ReferenceData &ref, bool withPersonalData);
    [[nodiscard]] static QStringList csvColumns();
    [[nodiscard]] static QStringList csvRow(const Ticket &t, const ReferenceData &ref);
    /** One RFC 4180 line (CRLF), fields quoted when needed. */
    [[nodiscard]] static QByteArray csvLine(const QStringList &fields, char separator = ',');
    [[nodiscard]] static QJsonObject geoJsonFeature(const Ticket &t, const ReferenceData &ref);
};

} // namespace lanterne
