// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies.h"

#include "referencedata.h"
#include "workingcalendar.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Replies)
};
} // namespace

QStringList Replies::placeholders()
{
    return {u"{reference}"_s, u"{category}"_s,  u"{address}"_s, u"{date}"_s,
            u"{status}"_s,    u"{authority}"_s, u"{original}"_s};
}

QString Replies::render(const QString &text, const Ticket &t, const ReferenceData &ref, const QDateTime &when,
                        const QString &originalReference)
{
    QString address = t.address.trimmed();
    if (address.isEmpty()) {
        const QString district =
            t.district.isEmpty() ? QString() : ref.districtName(t.municipality, t.district);
        address = district.isEmpty()
                      ? Tr::tr("au point %1, %2").arg(t.latitude, 0, 'f', 5).arg(t.longitude, 0, 'f', 5)
                      : Tr::tr("dans le quartier %1").arg(district);
    }
    const QLocale french(QLocale::French, QLocale::France);
    QString out = text;
    out.replace(u"{reference}"_s, t.reference);
    out.replace(u"{category}"_s, ref.categoryLabel(t.category).toLower());
    out.replace(u"{address}"_s, address);
    out.replace(u"{date}"_s,
                french.toString(when.toTimeZone(WorkingCalendar::paris()).date(), u"d MMMM yyyy"_s));
    out.replace(u"{status}"_s, codes::label(t.status).toLower());
    out.replace(u"{authority}"_s,
                t.forwardedTo.isEmpty() ? Tr::tr("l'autorité compétente") : ref.authorityName(t.forwardedTo));
    out.replace(u"{original}"_s, originalReference);
    return out;
}

} // namespace lanterne
