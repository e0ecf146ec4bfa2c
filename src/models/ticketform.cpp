// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketform.h"

#include "session.h"
#include "storage/ticketeditor.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lanterne {

TicketForm::TicketForm(QObject *parent)
    : QObject(parent)
{}

void TicketForm::setLastError(const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
}

QVariantMap TicketForm::create(const QVariantMap &fields)
{
    Session *s = Session::instance();
    NewTicket n;
    n.kind = codes::kind(fields.value(u"kind"_s).toString()).value_or(TicketKind::Report);
    n.category = fields.value(u"category"_s).toString();
    n.description = fields.value(u"description"_s).toString();
    bool okLat = false, okLon = false;
    n.latitude = fields.value(u"latitude"_s).toDouble(&okLat);
    n.longitude = fields.value(u"longitude"_s).toDouble(&okLon);
    if (!okLat || !okLon) {
        setLastError(QCoreApplication::translate("TicketForm",
                                                 "Indiquez une adresse de la liste ou des coordonnées."));
        return {};
    }
    n.address = fields.value(u"address"_s).toString();
    n.channel = codes::channel(fields.value(u"channel"_s).toString()).value_or(Channel::Phone);
    if (const auto p = codes::priority(fields.value(u"priority"_s).toString()))
        n.priority = *p;
    n.reporterName = fields.value(u"reporterName"_s).toString();
    n.reporterEmail = fields.value(u"reporterEmail"_s).toString();
    n.reporterPhone = fields.value(u"reporterPhone"_s).toString();
    for (const QVariant &v : fields.value(u"photos"_s).toList()) {
        const QUrl url = v.toUrl().isValid() ? v.toUrl() : QUrl(v.toString());
        QFile f(url.isLocalFile() ? url.toLocalFile() : url.toString());
        if (!f.open(QIODevice::ReadOnly) || f.size() > TicketEditor::kMaxPhotoBytes) {
            setLastError(QCoreApplication::translate("TicketForm", "Photo illisible ou trop lourde : %1")
                             .arg(f.fileName()));
            return {};
        }
        n.photos.append(f.readAll());
    }
    const EditResult r = s->editor().create(n, s->actor());
    if (!r.ok()) {
        setLastError(r.message);
        return {};
    }
    setLastError({});
    return {{u"id"_s, r.ticketId}, {u"reference"_s, r.reference}};
}

} // namespace lanterne
