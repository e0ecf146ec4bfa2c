// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcopy.h"

#include "domain/codes.h"
#include "storage/ticketrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lanterne::workingcopy {

bool rebuild(const QSqlDatabase &db, const QString &ticketId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT row FROM ticket_synced WHERE id = ?"_s);
    q.addBindValue(ticketId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true; // created here and never synced: the working row is all there is
    QJsonObject row = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    if (row.isEmpty()) {
        *error = u"ticket_synced row of %1 is not valid JSON"_s.arg(ticketId);
        return false;
    }

    // Replay what is still waiting for a receipt, in order.
    q.prepare(u"SELECT op_type, payload, device_time FROM outbox WHERE entity_id = ? AND state IN "
              "('pending', 'sent') ORDER BY seq"_s);
    q.addBindValue(ticketId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    int pending = 0;
    while (q.next()) {
        ++pending;
        const QString type = q.value(0).toString();
        const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        const QJsonObject fields = payload.value("fields"_L1).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (row.contains(it.key()))
                row.insert(it.key(), it.value().toObject().value("new"_L1));
        if (type == "attach_photo"_L1)
            row.insert(u"photo_count"_s, row.value("photo_count"_L1).toInt() + 1);
        else if (type == "remove_photo"_L1)
            row.insert(u"photo_count"_s, std::max(0, row.value("photo_count"_L1).toInt() - 1));
        row.insert(u"updated_at"_s, std::max(row.value("updated_at"_L1).toDouble(), q.value(2).toDouble()));
    }
    // Columns derived from others.
    if (const auto s = codes::status(row.value("status"_L1).toString())) {
        row.insert(u"status_class"_s, codes::code(codes::statusClass(*s)));
        row.insert(u"status_rank"_s, int(*s));
    }
    if (const auto p = codes::priority(row.value("priority"_L1).toString()))
        row.insert(u"priority_rank"_s, codes::rank(*p));

    QStringList sets;
    QVariantList values;
    for (const QString &c : TicketRepository::syncedColumns()) {
        if (c == "id"_L1)
            continue;
        sets.append(c + u" = ?"_s);
        const QJsonValue v = row.value(c);
        QVariant value = v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
        // Text columns are NOT NULL (duplicate_of and reporter_id excepted); times stay NULL.
        if (!value.isValid() && (c == "service"_L1 || c == "team"_L1 || c == "assignee"_L1 ||
                                 c == "forwarded_to"_L1 || c == "address"_L1 || c == "district"_L1 ||
                                 c == "description"_L1 || c == "routing_rule"_L1 || c == "forward_state"_L1))
            value = u""_s;
        // Keys: none is an empty text (a field team's copy has no reporter: a key to nothing).
        if ((c == "reporter_id"_L1 || c == "duplicate_of"_L1) && value.toString().isEmpty())
            value = QVariant(QMetaType::fromType<QString>());
        if (!value.isValid() && c == "paused_minutes"_L1) // a synced copy kept before schema 3
            value = 0;
        if (value.typeId() == QMetaType::Double &&
            (c.endsWith("_at"_L1) || c == "revision"_L1 || c.endsWith("_rank"_L1) || c == "photo_count"_L1 ||
             c == "paused_minutes"_L1))
            value = qint64(value.toDouble());
        values.append(value);
    }
    QSqlQuery u(db);
    u.prepare(u"UPDATE ticket SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
    for (const QVariant &v : std::as_const(values))
        u.addBindValue(v);
    u.addBindValue(ticketId);
    if (!u.exec()) {
        *error = u.lastError().text();
        return false;
    }
    if (pending == 0) {
        QSqlQuery d(db);
        d.prepare(u"DELETE FROM ticket_synced WHERE id = ?"_s);
        d.addBindValue(ticketId);
        if (!d.exec()) {
            *error = d.lastError().text();
            return false;
        }
    }
    return true;
}

bool discardRefused(const QSqlDatabase &db, const QString &opId, const QString &opType, QString *error)
{
    auto run = [&](const QString &sql) {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(opId);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    };
    if (!run(u"DELETE FROM history WHERE op_id = ? AND revision IS NULL"_s) ||
        !run(u"DELETE FROM comment WHERE op_id = ? AND revision IS NULL"_s))
        return false;
    // A photo taken here exists only here: its bytes move into the refused operation (so that it
    // can be sent again), at @p key of the payload ("" for the payload itself).
    auto keepBytes = [&](const QString &table, const QString &key) {
        QSqlQuery p(db);
        p.prepare(
            u"SELECT o.payload, p.data FROM outbox o JOIN %1 p ON p.op_id = o.op_id AND p.revision IS NULL "
            "WHERE o.op_id = ?"_s.arg(table));
        p.addBindValue(opId);
        if (!p.exec()) {
            *error = p.lastError().text();
            return false;
        }
        if (p.next()) {
            QJsonObject payload = QJsonDocument::fromJson(p.value(0).toByteArray()).object();
            QJsonObject photo = key.isEmpty() ? payload : payload.value(key).toObject();
            photo.insert(u"data"_s, QString::fromLatin1(p.value(1).toByteArray().toBase64()));
            if (key.isEmpty())
                payload = photo;
            else
                payload.insert(key, photo);
            QSqlQuery u(db);
            u.prepare(u"UPDATE outbox SET payload = ? WHERE op_id = ?"_s);
            u.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
            u.addBindValue(opId);
            if (!u.exec()) {
                *error = u.lastError().text();
                return false;
            }
        }
        return run(u"DELETE FROM %1 WHERE op_id = ? AND revision IS NULL"_s.arg(table));
    };
    if (opType == "report_intervention"_L1)
        return keepBytes(u"intervention_photo"_s, u"after_photo"_s);
    if (opType == "attach_photo"_L1)
        return keepBytes(u"photo"_s, {});
    return true;
}

bool isInterventionOperation(const QString &opType)
{
    return opType == "plan_intervention"_L1 || opType == "update_intervention"_L1 ||
           opType == "cancel_intervention"_L1 || opType == "report_intervention"_L1;
}

bool restoreIntervention(const QSqlDatabase &db, const QString &interventionId, const QString &opType,
                         const QJsonObject &receipt, QString *error)
{
    auto exec = [&](QSqlQuery &q) {
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    };
    const QJsonObject server = receipt.value("intervention"_L1).toObject();
    QSqlQuery q(db);
    if (opType == "plan_intervention"_L1 || server.isEmpty() || server.value("cancelled"_L1).toBool()) {
        // Not on the server (a refused plan, a ticket out of reach) or cancelled there.
        if (opType != "plan_intervention"_L1 && server.isEmpty() &&
            receipt.value("reason"_L1).toString() != "not_found_or_out_of_scope"_L1)
            return true; // the server did not say: left as it is until the next pull
        q.prepare(u"DELETE FROM intervention WHERE id = ?"_s);
        q.addBindValue(interventionId);
        return exec(q);
    }
    auto value = [&](const char *key) {
        const QJsonValue v = server.value(QLatin1StringView(key));
        return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
    };
    auto integer = [&](const char *key) {
        const QJsonValue v = server.value(QLatin1StringView(key));
        return v.isNull() || v.isUndefined() ? QVariant(QMetaType::fromType<qlonglong>())
                                             : QVariant(qint64(v.toDouble()));
    };
    q.prepare(
        u"INSERT INTO intervention (id, municipality, ticket_id, team, scheduled_day, position, result, "
        "reason, minutes_spent, materials, note, after_photo, acted_at, created_at, updated_at, revision, "
        "planned_time) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM "
        "ticket WHERE id = ?) ON CONFLICT (id) DO UPDATE SET team = excluded.team, planned_time = "
        "excluded.planned_time, scheduled_day = "
        "excluded.scheduled_day, position = excluded.position, result = excluded.result, reason = "
        "excluded.reason, minutes_spent = excluded.minutes_spent, materials = excluded.materials, "
        "note = excluded.note, after_photo = excluded.after_photo, acted_at = excluded.acted_at, "
        "updated_at = excluded.updated_at, revision = excluded.revision"_s);
    for (const QVariant &v :
         {QVariant(interventionId), value("municipality"), value("ticket_id"), value("team"),
          value("scheduled_day"), integer("position"), value("result"), value("reason"),
          integer("minutes_spent"), value("materials"), value("note"), value("after_photo"),
          integer("acted_at"), integer("created_at"), integer("updated_at"), integer("revision"),
          value("planned_time"), value("ticket_id")})
        q.addBindValue(v);
    if (!exec(q))
        return false;

    // What is still waiting for a receipt, replayed on top in order.
    q.prepare(
        u"SELECT payload FROM outbox WHERE entity_id = ? AND state IN ('pending', 'sent') AND op_type IN "
        "('update_intervention', 'report_intervention') ORDER BY seq"_s);
    q.addBindValue(interventionId);
    if (!exec(q))
        return false;
    while (q.next()) {
        const QJsonObject fields =
            QJsonDocument::fromJson(q.value(0).toByteArray()).object().value("fields"_L1).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            static const QStringList columns{u"position"_s, u"planned_time"_s,  u"result"_s,
                                             u"reason"_s,   u"minutes_spent"_s, u"materials"_s,
                                             u"note"_s,     u"acted_at"_s};
            if (!columns.contains(it.key()))
                continue;
            const QJsonValue v = it.value().toObject().value("new"_L1);
            QSqlQuery u(db);
            u.prepare(u"UPDATE intervention SET %1 = ? WHERE id = ?"_s.arg(it.key()));
            u.addBindValue(v.isNull() || v.isUndefined() ? QVariant()
                           : v.isDouble()                ? QVariant(qint64(v.toDouble()))
                                                         : v.toVariant());
            u.addBindValue(interventionId);
            if (!exec(u))
                return false;
        }
    }
    return true;
}

bool recordReceipt(const QSqlDatabase &db, const QString &opId, const QString &opType,
                   const QString &ticketId, const QJsonObject &receipt, QString *error)
{
    const QString status = receipt.value("status"_L1).toString();
    const QString state = status == "applied"_L1 || status == "conflict"_L1 ? status : u"rejected"_s;
    QSqlQuery u(db);
    u.prepare(u"UPDATE outbox SET state = ?, receipt = ? WHERE op_id = ?"_s);
    u.addBindValue(state);
    u.addBindValue(QString::fromUtf8(QJsonDocument(receipt).toJson(QJsonDocument::Compact)));
    u.addBindValue(opId);
    if (!u.exec()) {
        *error = u.lastError().text();
        return false;
    }
    if (state != "applied"_L1) {
        // Refused: the working copy goes back to the server's value (with what is still pending
        // on top); the operation stays in the outbox for the Conflicts view.
        if (isInterventionOperation(opType))
            return discardRefused(db, opId, opType, error) &&
                   restoreIntervention(db, ticketId, opType, receipt, error);
        return discardRefused(db, opId, opType, error) && rebuild(db, ticketId, error);
    }
    if (opType == "create_ticket"_L1) {
        QSqlQuery t(db);
        t.prepare(u"UPDATE ticket SET reference = ?, provisional = 0 WHERE id = ?"_s);
        t.addBindValue(receipt.value("reference"_L1).toString());
        t.addBindValue(ticketId);
        if (!t.exec()) {
            *error = t.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace lanterne::workingcopy
