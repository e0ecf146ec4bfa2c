// SPDX-License-Identifier: GPL-3.0-or-later
#include "latereport.h"

#include "domain/deadlines.h"
#include "domain/referencedata.h"
#include "util/timeutil.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lanterne {

std::optional<QList<LateRow>> LateReport::byService(const LocalStore &store, const QDateTime &now,
                                                    const TicketFilter &filter, QString *error)
{
    TicketFilter f = filter;
    f.statusClass = u"open"_s;
    f.overdue = f.dueSoon = false;
    QVariantList binds;
    const QString where = f.whereClause(&binds, now);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 weekAgo = now.addDays(-7).toMSecsSinceEpoch();
    const qint64 soon =
        Deadlines::dueSoonLimit(now, ReferenceData::builtin().workingHours()).toMSecsSinceEpoch();
    // One pass over the open tickets; the longest late per service from the smallest due_at.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT service, count(*), "
              "sum(paused_at IS NULL AND due_at < ?), "
              "sum(paused_at IS NULL AND due_at < ?), "
              "sum(paused_at IS NULL AND due_at >= ? AND due_at <= ?), "
              "sum(paused_at IS NOT NULL), "
              "min(CASE WHEN paused_at IS NULL AND due_at < ? THEN due_at END) "
              "FROM ticket"_s +
              where + u" GROUP BY service"_s);
    for (const QVariant &v : QVariantList{nowMs, weekAgo, nowMs, soon, nowMs})
        q.addBindValue(v);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QList<LateRow> rows;
    LateRow total;
    total.service = u"*"_s;
    while (q.next()) {
        LateRow r;
        r.service = q.value(0).toString().isEmpty() ? u"-"_s : q.value(0).toString();
        r.open = q.value(1).toInt();
        r.overdue = q.value(2).toInt();
        r.overdueWeek = q.value(3).toInt();
        r.dueSoon = q.value(4).toInt();
        r.paused = q.value(5).toInt();
        r.oldestDue = fromStoredTime(q.value(6));
        rows.append(r);
        total.open += r.open;
        total.overdue += r.overdue;
        total.overdueWeek += r.overdueWeek;
        total.dueSoon += r.dueSoon;
        total.paused += r.paused;
        if (r.oldestDue.isValid() && (!total.oldestDue.isValid() || r.oldestDue < total.oldestDue))
            total.oldestDue = r.oldestDue;
    }
    std::sort(rows.begin(), rows.end(), [](const LateRow &a, const LateRow &b) {
        return a.overdue != b.overdue ? a.overdue > b.overdue : a.service < b.service;
    });
    // The reference of each service's longest late ticket.
    for (LateRow *r : [&] {
             QList<LateRow *> all;
             for (LateRow &x : rows)
                 all.append(&x);
             all.append(&total);
             return all;
         }()) {
        if (!r->oldestDue.isValid())
            continue;
        QSqlQuery o(store.database());
        TicketFilter of = f;
        if (r->service != "*"_L1)
            of.service = r->service;
        QVariantList ob;
        o.prepare(u"SELECT reference FROM ticket"_s + of.whereClause(&ob, now) +
                  u" AND paused_at IS NULL AND due_at = ? LIMIT 1"_s);
        for (const QVariant &b : std::as_const(ob))
            o.addBindValue(b);
        o.addBindValue(r->oldestDue.toMSecsSinceEpoch());
        if (o.exec() && o.next())
            r->oldestReference = o.value(0).toString();
    }
    rows.append(total);
    return rows;
}

} // namespace lanterne
