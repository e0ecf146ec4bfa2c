// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketformat.h"

#include "util/timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(QJsonValue::Null);
}
QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject TicketFormat::toJson(const Ticket &t, const ReferenceData &ref, bool withPersonalData)
{
    QJsonObject o{
        {u"id"_s, t.id},
        {u"reference"_s, t.reference},
        {u"provisional_reference"_s, t.provisionalReference},
        {u"municipality"_s, t.municipality},
        {u"kind"_s, codes::code(t.kind)},
        {u"category"_s, t.category},
        {u"category_domain"_s, ref.category(t.category) ? ref.category(t.category)->domain : QString()},
        {u"status"_s, codes::code(t.status)},
        {u"status_class"_s, codes::code(codes::statusClass(t.status))},
        {u"priority"_s, codes::code(t.priority)},
        {u"channel"_s, codes::code(t.channel)},
        {u"description"_s, t.description},
        {u"latitude"_s, t.latitude},
        {u"longitude"_s, t.longitude},
        {u"address"_s, t.address},
        {u"district"_s, textOrNull(ref.districtName(t.municipality, t.district))},
        {u"service"_s, textOrNull(t.service)},
        {u"team"_s, textOrNull(t.team)},
        {u"assignee"_s, textOrNull(t.assignee)},
        {u"created_at"_s, timeOrNull(t.createdAt)},
        {u"acknowledged_at"_s, timeOrNull(t.acknowledgedAt)},
        {u"resolved_at"_s, timeOrNull(t.resolvedAt)},
        {u"closed_at"_s, timeOrNull(t.closedAt)},
        {u"updated_at"_s, timeOrNull(t.updatedAt)},
        {u"due_at"_s, timeOrNull(t.dueAt)},
        {u"duplicate_of"_s, textOrNull(t.duplicateOfReference)},
        {u"forwarded_to"_s, textOrNull(t.forwardedTo)},
        {u"forward_state"_s, textOrNull(t.forwardState)},
        {u"routing_rule"_s, textOrNull(t.routingRule)},
        {u"paused_at"_s, timeOrNull(t.pausedAt)},
        {u"photo_count"_s, t.photoCount},
        {u"revision"_s, t.revision ? QJsonValue(*t.revision) : QJsonValue(QJsonValue::Null)},
        {u"pending_operations"_s, t.pendingOperations},
    };
    if (withPersonalData && t.reporter) {
        o.insert("reporter"_L1, QJsonObject{{u"name"_s, t.reporter->name},
                                            {u"email"_s, t.reporter->email},
                                            {u"phone"_s, t.reporter->phone}});
    }
    return o;
}

QStringList TicketFormat::csvColumns()
{
    return {u"reference"_s,  u"municipality"_s,    u"kind"_s,         u"category_domain"_s,
            u"category"_s,   u"status"_s,          u"status_class"_s, u"priority"_s,
            u"channel"_s,    u"district"_s,        u"address"_s,      u"latitude"_s,
            u"longitude"_s,  u"service"_s,         u"team"_s,         u"assignee"_s,
            u"created_at"_s, u"acknowledged_at"_s, u"resolved_at"_s,  u"closed_at"_s,
            u"due_at"_s,     u"duplicate_of"_s,    u"forwarded_to"_s};
}

QStringList TicketFormat::csvRow(const Ticket &t, const ReferenceData &ref)
{
    const Category *c = ref.category(t.category);
    return {t.reference,
            t.municipality,
            codes::code(t.kind),
            c ? c->domain : QString(),
            t.category,
            codes::code(t.status),
            codes::code(codes::statusClass(t.status)),
            codes::code(t.priority),
            codes::code(t.channel),
            t.district.isEmpty() ? QString() : ref.districtName(t.municipality, t.district),
            t.address,
            QString::number(t.latitude, 'f', 6),
            QString::number(t.longitude, 'f', 6),
            t.service,
            t.team,
            t.assignee,
            isoUtc(t.createdAt),
            isoUtc(t.acknowledgedAt),
            isoUtc(t.resolvedAt),
            isoUtc(t.closedAt),
            isoUtc(t.dueAt),
            t.duplicateOfReference,
            t.forwardedTo};
}

QByteArray TicketFormat::csvLine(const QStringList &fields, char separator)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += separator;
        QByteArray f = fields[i].toUtf8();
        if (f.contains(separator) || f.contains('"') || f.contains('\n') || f.contains('\r')) {
            f.replace("\"", "\"\"");
            f = '"' + f + '"';
        }
        line += f;
    }
    line += "\r\n";
    return line;
}

QJsonObject TicketFormat::geoJsonFeature(const Ticket &t, const ReferenceData &ref)
{
    QJsonObject props = toJson(t, ref, false);
    props.remove("latitude"_L1);
    props.remove("longitude"_L1);
    return QJsonObject{{u"type"_s, u"Feature"_s},
                       {u"id"_s, t.id},
                       {u"geometry"_s, QJsonObject{{u"type"_s, u"Point"_s},
                                                   {u"coordinates"_s, QJsonArray{t.longitude, t.latitude}}}},
                       {u"properties"_s, props}};
}

} // namespace lanterne
