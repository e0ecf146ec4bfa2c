// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "domain/codes.h"
#include "storage/photos.h"
#include "storage/scopepurge.h"
#include "storage/ticketrepository.h"
#include "storage/workingcopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCentral)

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

QVariant ms(const QVariant &timestamp)
{
    const QDateTime t = timestamp.toDateTime();
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullIfEmpty(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : v;
}

} // namespace

SyncEngine::SyncEngine(LocalStore &store, CentralDatabase &central)
    : m_store(store)
    , m_central(central)
{
    // What leaves the login's scope leaves no bytes behind in the file: this connection's
    // deletions overwrite the content with zeros.
    QSqlQuery(m_store.database()).exec(u"PRAGMA secure_delete = ON"_s);
}

SyncEngine::Result SyncEngine::fail(const QString &message, int exitCode)
{
    Result r;
    r.ok = false;
    r.exitCode = exitCode;
    r.message = message;
    r.report = m_report;
    qCWarning(lcCentral) << message;
    return r;
}

qint64 SyncEngine::cursor() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<CentralDatabase::Identity> SyncEngine::recordIdentity()
{
    m_identityError.clear();
    const auto me = m_central.identity();
    // The store pointed at another login, or its login moved to another municipality, role or
    // team: what the new scope may not see goes before anything is recorded or sent (the previous
    // login's edits stay queued for it). Until that is done, the store keeps its old identity.
    if (me && !me->login.isEmpty()) {
        const QString previous = m_store.setting(u"central_login"_s);
        if (!previous.isEmpty() &&
            (previous != me->login || m_store.setting(u"municipality"_s) != me->municipality ||
             m_store.setting(u"central_role"_s) != me->role ||
             m_store.setting(u"central_team"_s) != me->team)) {
            ScopePurge::Report purged;
            if (LocalStore::Result r =
                    ScopePurge::toScope(m_store, {me->municipality, me->role, me->team}, &purged);
                !r) {
                m_identityError = r.message;
                return me;
            }
            m_report.leftScope += purged.tickets;
            qCInfo(lcCentral) << "store re-pointed from" << previous << "to" << me->login;
        }
    }
    if (me && !me->login.isEmpty()) {
        for (const auto &[key, value] :
             {std::pair{u"central_login"_s, me->login}, std::pair{u"central_role"_s, me->role},
              std::pair{u"central_team"_s, me->team}, std::pair{u"municipality"_s, me->municipality}})
            if (!value.isNull() && m_store.setting(key) != value)
                m_store.setSetting(key, value);
    }
    return me;
}

SyncEngine::Result SyncEngine::syncOnce()
{
    m_report = {};
    // One sync at a time per store, across processes. A lock left by a process that died is
    // taken over (QLockFile checks the process); a long sync never loses it to a timer.
    QLockFile lock(m_store.path() + u".sync-lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(m_lockWaitMs)) {
        Result r;
        r.ok = false;
        r.busy = true;
        r.exitCode = 1;
        r.message =
            lock.error() == QLockFile::LockFailedError
                ? Tr::tr("Une autre synchronisation de ce magasin est en cours (%1).").arg(m_store.path())
                : Tr::tr("Verrou de synchronisation impossible à poser à côté de %1.").arg(m_store.path());
        return r;
    }
    {
        // A database without Lanterne's schema, or at another version: said plainly.
        const auto guard = m_central.watch();
        if (CentralDatabase::Result r = m_central.checkSchema(); !r)
            return fail(m_central.timedOut() ? noAnswer() : r.message);
    }
    if (!recordIdentity() && m_central.timedOut())
        return fail(noAnswer());
    if (!m_identityError.isEmpty())
        return fail(m_identityError);
    if (Result r = push(); !r)
        return r;
    if (Result r = pull(); !r)
        return r;
    return verifyScope();
}

SyncEngine::Result SyncEngine::push(int batch)
{
    for (;;) {
        // The next batch, in order; marked "sent" first, so that a crash after sending is answered
        // by the server's stored receipt on the next try (an operation is never applied twice).
        QList<QJsonObject> ops;
        {
            QSqlQuery q(m_store.database());
            // Only this login's edits (and those made before any sync): another login's wait for it.
            q.prepare(
                u"SELECT op_id, op_type, entity_id, payload FROM outbox WHERE state IN ('pending', 'sent') "
                "AND (login IS NULL OR login = ?) ORDER BY seq LIMIT ?"_s);
            q.addBindValue(m_store.setting(u"central_login"_s));
            q.addBindValue(batch);
            if (!q.exec())
                return fail(m_store.failure(q.lastError(), Tr::tr("Lecture de la file d'envoi")).message);
            while (q.next()) {
                QJsonObject payload = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
                const QString type = q.value(1).toString();
                if (type == "create_ticket"_L1 && payload.value("reporter"_L1).isString()) {
                    QSqlQuery r(m_store.database());
                    r.prepare(u"SELECT id, name, email, phone FROM reporter WHERE id = ?"_s);
                    r.addBindValue(payload.value("reporter"_L1).toString());
                    if (r.exec() && r.next())
                        payload.insert("reporter"_L1, QJsonObject{{u"id"_s, r.value(0).toString()},
                                                                  {u"name"_s, r.value(1).toString()},
                                                                  {u"email"_s, r.value(2).toString()},
                                                                  {u"phone"_s, r.value(3).toString()}});
                } else if (type == "report_intervention"_L1 && payload.value("after_photo"_L1).isObject()) {
                    QJsonObject photo = payload.value("after_photo"_L1).toObject();
                    QSqlQuery p(m_store.database());
                    p.prepare(u"SELECT data, thumbnail FROM intervention_photo WHERE id = ?"_s);
                    p.addBindValue(photo.value("photo_id"_L1).toString());
                    if (p.exec() && p.next() && !p.value(0).isNull()) {
                        photo.insert("data"_L1, QString::fromLatin1(p.value(0).toByteArray().toBase64()));
                        photo.insert("thumbnail"_L1,
                                     QString::fromLatin1(p.value(1).toByteArray().toBase64()));
                        payload.insert("after_photo"_L1, photo);
                    }
                } else if (type == "attach_photo"_L1) {
                    QSqlQuery p(m_store.database());
                    p.prepare(u"SELECT data, thumbnail, width, height FROM photo WHERE id = ?"_s);
                    p.addBindValue(payload.value("photo_id"_L1).toString());
                    if (p.exec() && p.next()) {
                        payload.insert("data"_L1, QString::fromLatin1(p.value(0).toByteArray().toBase64()));
                        payload.insert("thumbnail"_L1,
                                       QString::fromLatin1(p.value(1).toByteArray().toBase64()));
                        payload.insert("width"_L1, p.value(2).toInt());
                        payload.insert("height"_L1, p.value(3).toInt());
                    }
                }
                ops.append(QJsonObject{{u"op_id"_s, q.value(0).toString()},
                                       {u"op_type"_s, type},
                                       {u"entity_id"_s, q.value(2).toString()},
                                       {u"payload"_s, payload}});
            }
        }
        if (ops.isEmpty())
            return {true, 0, {}, m_report};
        if (LocalStore::Result r = m_store.beginWrite(); !r)
            return fail(r.message);
        for (const QJsonObject &op : std::as_const(ops)) {
            QSqlQuery u(m_store.database());
            u.prepare(u"UPDATE outbox SET state = 'sent' WHERE op_id = ? AND state = 'pending'"_s);
            u.addBindValue(op.value("op_id"_L1).toString());
            u.exec();
        }
        if (LocalStore::Result r = m_store.commit(); !r)
            return fail(r.message);

        // The batch in chunks of at most a few megabytes (photos travel inside their operation):
        // one round trip and one commit on the server per chunk, one SQLite transaction for its
        // receipts. The server applies each operation on its own, in order.
        QStringList changed;
        qsizetype next = 0;
        while (next < ops.size()) {
            QJsonArray chunk;
            qsizetype bytes = 0;
            const qsizetype first = next;
            while (next < ops.size() && (chunk.isEmpty() || bytes < kPushChunkBytes)) {
                bytes += QJsonDocument(ops[next]).toJson(QJsonDocument::Compact).size();
                chunk.append(ops[next++]);
            }
            QList<QJsonObject> receipts;
            QSqlQuery q(m_central.database());
            bool sent = false;
            {
                // Preparing talks to the server too: watched as well.
                const auto guard = m_central.watch();
                q.setForwardOnly(true);
                sent = q.prepare(u"SELECT r FROM lanterne.apply_batch(?::jsonb) AS r"_s);
                q.addBindValue(QString::fromUtf8(QJsonDocument(chunk).toJson(QJsonDocument::Compact)));
                sent = sent && q.exec();
                while (sent && q.next())
                    receipts.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
            }
            if (!sent) {
                if (q.lastError().nativeErrorCode() == "42883"_L1) // apply_batch unknown: an old server
                    return fail(Tr::tr("La base centrale n'est pas à jour pour ce poste : demandez à "
                                       "l'administrateur de lancer « lanternectl central migrate »."));
                return fail(m_central.timedOut() ? noAnswer()
                                                 : Tr::tr("Envoi des modifications à la base centrale : %1")
                                                       .arg(q.lastError().text()));
            }
            if (receipts.size() != chunk.size())
                return fail(
                    Tr::tr("La base centrale a répondu %1 accusés de réception pour %2 modifications.")
                        .arg(receipts.size())
                        .arg(chunk.size()));
            // The receipts, and for created tickets their final references, in one transaction.
            if (LocalStore::Result r = m_store.beginWrite(); !r)
                return fail(r.message);
            for (qsizetype i = 0; i < receipts.size(); ++i) {
                const QJsonObject &op = ops[first + i];
                const QJsonObject &receipt = receipts[i];
                if (receipt.value("op_id"_L1).toString() != op.value("op_id"_L1).toString()) {
                    m_store.rollback();
                    return fail(Tr::tr("Accusé de réception inattendu pour l'opération %1.")
                                    .arg(op.value("op_id"_L1).toString()));
                }
                QString receiptError;
                if (!workingcopy::recordReceipt(m_store.database(), op.value("op_id"_L1).toString(),
                                                op.value("op_type"_L1).toString(),
                                                op.value("entity_id"_L1).toString(), receipt,
                                                &receiptError)) {
                    m_store.rollback();
                    return fail(Tr::tr("Accusé de réception : %1").arg(receiptError));
                }
            }
            if (LocalStore::Result r = m_store.commit(); !r)
                return fail(r.message);
            for (qsizetype i = 0; i < receipts.size(); ++i) {
                const QString status = receipts[i].value("status"_L1).toString();
                ++m_report.pushed;
                if (status == "applied"_L1)
                    ++m_report.applied;
                else if (status == "conflict"_L1)
                    ++m_report.conflicts;
                else
                    ++m_report.rejected;
                changed.append(ops[first + i].value("entity_id"_L1).toString());
            }
        }
        m_store.notifyTicketsChanged(changed);
    }
}

QString SyncEngine::noAnswer() const
{
    return Tr::tr("La base centrale n'a pas répondu en %1 s : la connexion a été fermée ; la synchronisation "
                  "reprendra d'elle-même.")
        .arg(m_central.timeout().count() / 1000.0, 0, 'f', 0);
}

bool SyncEngine::pullWindow(qint64 from, qint64 *to, int batch, SyncReport *report, QString *error)
{
    // The whole exchange with the server for this window is watched; the SQLite part is not.
    // Each exchange with the server is watched (not the whole window: a bulk load can make one
    // window large, and only a server that stops answering must trip the watchdog).
    m_central.armWatchdog();
    // One consistent snapshot of the server for the whole window.
    QSqlDatabase pg = m_central.database();
    QSqlQuery s(pg);
    if (!s.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s)) {
        m_central.disarmWatchdog();
        *error = m_central.timedOut() ? noAnswer() : s.lastError().text();
        return false;
    }
    auto endSnapshot = [&] {
        QSqlQuery(pg).exec(u"COMMIT"_s);
        m_central.disarmWatchdog();
    };
    // The window's end: after `batch` tickets, never inside a transaction (its rows share one
    // revision); else the last revision of anything visible.
    qint64 end = 0;
    s.prepare(
        u"SELECT revision FROM lanterne.ticket WHERE revision > ? ORDER BY revision OFFSET ? LIMIT 1"_s);
    s.addBindValue(from);
    s.addBindValue(batch);
    if (s.exec() && s.next()) {
        end = s.value(0).toLongLong();
    } else {
        s.prepare(
            u"SELECT greatest((SELECT max(revision) FROM lanterne.ticket), "
            "(SELECT max(revision) FROM lanterne.comment), (SELECT max(revision) FROM lanterne.history), "
            "(SELECT max(revision) FROM lanterne.photo), (SELECT max(revision) FROM lanterne.scope_exit), "
            "(SELECT max(revision) FROM lanterne.notification), (SELECT max(revision) FROM "
            "lanterne.intervention), "
            "(SELECT max(revision) FROM lanterne.intervention_photo))"_s);
        if (!s.exec() || !s.next()) {
            *error = s.lastError().text();
            endSnapshot();
            return false;
        }
        end = s.value(0).toLongLong();
    }
    if (end <= from) {
        endSnapshot();
        *to = from;
        return true;
    }

    struct Rows
    {
        QList<QVariantList> tickets, reporters, comments, history, photos, notifications, interventions,
            interventionPhotos;
    } rows;
    m_central.disarmWatchdog();
    // Rows of the window; with @p tickets, also every row of those tickets (a third parameter).
    QString newTickets;
    auto fetch = [&](const QString &sql, QList<QVariantList> *out, int columns, bool tickets = false) {
        const auto guard = m_central.watch();
        QSqlQuery q(pg);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(from);
        q.addBindValue(end);
        if (tickets)
            q.addBindValue(newTickets);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            QVariantList r;
            for (int i = 0; i < columns; ++i)
                r.append(q.value(i));
            out->append(r);
        }
        return true;
    };
    const bool ok = fetch(
        u"SELECT id, municipality, reference, kind, category, description, latitude, longitude, address, "
        "district, channel, reporter_id, status, priority, service, team, assignee, due_at, "
        "duplicate_of, "
        "forwarded_to, photo_count, created_at, acknowledged_at, resolved_at, closed_at, updated_at, "
        "revision, routing_rule, forward_state, paused_at, paused_minutes "
        "FROM lanterne.ticket WHERE revision > ? AND revision <= ? ORDER BY revision"_s,
        &rows.tickets, 31);
    QList<QVariantList> exits;
    const bool ok3 =
        fetch(u"SELECT ticket_id FROM lanterne.scope_exit WHERE revision > ? AND revision <= ?"_s, &exits, 1);
    // A ticket new to this workstation (a first sync, a ticket entering a team's scope) comes with
    // every row about it, whatever their revisions: its history and comments written before the
    // cursor, or in a window before the ticket's own (a ticket changed after others were created).
    // A row whose ticket is not here yet is skipped; it comes again with its ticket.
    // (One that left the scope and came back in this window is deleted first: new as well.)
    QStringList fresh;
    {
        QSet<QString> leaving;
        for (const QVariantList &r : std::as_const(exits))
            leaving.insert(r[0].toString());
        QSqlQuery k(m_store.database());
        k.prepare(u"SELECT 1 FROM ticket WHERE id = ?"_s);
        for (const QVariantList &r : std::as_const(rows.tickets)) {
            k.bindValue(0, r[0]);
            if (leaving.contains(r[0].toString()) || (k.exec() && !k.next()))
                fresh.append(r[0].toString());
        }
    }
    newTickets = u"{"_s + fresh.join(u',') + u"}"_s;
    const bool okChildren =
        fetch(u"SELECT id, ticket_id, municipality, kind, author, text, created_at, op_id, revision, "
              u"deleted_at "
              "FROM lanterne.comment WHERE (revision > ? AND revision <= ?) OR ticket_id = ANY (?::uuid[])"_s,
              &rows.comments, 10, true) &&
        fetch(u"SELECT id, ticket_id, municipality, op_id, author, at, field, old_value, new_value, revision "
              "FROM lanterne.history WHERE (revision > ? AND revision <= ?) OR ticket_id = ANY (?::uuid[]) "
              "ORDER BY id"_s,
              &rows.history, 10, true) &&
        fetch(u"SELECT id, ticket_id, municipality, event, subject, body, state, author, created_at, op_id, "
              "revision FROM lanterne.notification WHERE (revision > ? AND revision <= ?) OR ticket_id = ANY "
              "(?::uuid[])"_s,
              &rows.notifications, 11, true) &&
        fetch(
            u"SELECT id, ticket_id, municipality, position, mime, width, height, octet_length(data), "
            "created_at, op_id, revision, removed_at FROM lanterne.photo WHERE (revision > ? AND revision <= "
            "?) OR ticket_id = ANY (?::uuid[])"_s,
            &rows.photos, 12, true) &&
        fetch(u"SELECT id, municipality, ticket_id, team, scheduled_day::text, position, result, reason, "
              "minutes_spent, materials, note, after_photo, acted_at, created_at, updated_at, revision, "
              "cancelled_at IS NOT NULL, to_char(planned_time, 'HH24:MI') FROM lanterne.intervention WHERE "
              "(revision > ? AND revision <= ?) OR ticket_id = ANY (?::uuid[]) ORDER BY revision"_s,
              &rows.interventions, 18, true) &&
        fetch(
            u"SELECT p.id, p.intervention_id, p.municipality, p.mime, p.width, p.height, "
            u"octet_length(p.data), "
            "p.created_at, p.op_id, p.revision FROM lanterne.intervention_photo p WHERE (p.revision > ? AND "
            "p.revision <= ?) OR p.intervention_id IN (SELECT i.id FROM lanterne.intervention i WHERE "
            "i.ticket_id = ANY (?::uuid[]))"_s,
            &rows.interventionPhotos, 10, true);
    // Personal data: only for roles allowed to read it (field teams get "permission denied").
    QSqlQuery canRead(pg);
    const bool personal = canRead.exec(u"SELECT has_table_privilege('lanterne.reporter', 'SELECT')"_s) &&
                          canRead.next() && canRead.value(0).toBool();
    const bool ok2 =
        !personal || fetch(u"SELECT id, municipality, name, email, phone, revision FROM lanterne.reporter "
                           "WHERE revision > ? AND revision <= ?"_s,
                           &rows.reporters, 6);
    endSnapshot();
    if (m_central.timedOut()) {
        *error = noAnswer();
        return false;
    }
    if (!ok || !okChildren || !ok2 || !ok3)
        return false;

    // Apply the window with its cursor in one SQLite transaction; every statement prepared once.
    if (LocalStore::Result r = m_store.beginWrite(); !r) {
        *error = r.message;
        return false;
    }
    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    auto abort = [&](const QSqlQuery &failed, const QString &what) {
        *error = m_store.failure(failed.lastError(), what).message;
        m_store.rollback();
        return false;
    };
    auto prepare = [&](QSqlQuery &query, const QString &sql) { return query.prepare(sql); };
    auto exec = [](QSqlQuery &query, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        return query.exec();
    };
    QSqlQuery insReporter(db), upsertTicket(db), keepSynced(db), dropSynced(db), deleteTicket(db),
        upsertComment(db), deleteComment(db), dropLocalHistory(db), insHistory(db), upsertPhoto(db),
        deletePhoto(db), upsertNotification(db), upsertIntervention(db), deleteIntervention(db),
        upsertInterventionPhoto(db);
    const bool prepared =
        prepare(insReporter,
                u"INSERT INTO reporter (id, municipality, name, email, phone, revision) VALUES (?, ?, ?, "
                "?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, "
                "phone = excluded.phone, revision = excluded.revision"_s) &&
        prepare(
            upsertTicket,
            u"INSERT INTO ticket (id, municipality, reference, kind, category, description, latitude, "
            "longitude, address, district, channel, reporter_id, status, status_class, status_rank, "
            "priority, "
            "priority_rank, service, team, assignee, due_at, duplicate_of, forwarded_to, photo_count, "
            "created_at, acknowledged_at, resolved_at, closed_at, updated_at, revision, routing_rule, "
            "forward_state, paused_at, paused_minutes, provisional) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, "
            "0) "
            "ON "
            "CONFLICT (id) DO UPDATE SET reference = excluded.reference, kind = excluded.kind, "
            "category = excluded.category, description = excluded.description, latitude = excluded.latitude, "
            "longitude = excluded.longitude, address = excluded.address, district = excluded.district, "
            "channel = excluded.channel, reporter_id = excluded.reporter_id, status = excluded.status, "
            "status_class = excluded.status_class, status_rank = excluded.status_rank, "
            "priority = excluded.priority, priority_rank = excluded.priority_rank, service = "
            "excluded.service, "
            "team = excluded.team, assignee = excluded.assignee, due_at = excluded.due_at, "
            "duplicate_of = excluded.duplicate_of, forwarded_to = excluded.forwarded_to, "
            "photo_count = excluded.photo_count, created_at = excluded.created_at, "
            "acknowledged_at = excluded.acknowledged_at, resolved_at = excluded.resolved_at, "
            "closed_at = excluded.closed_at, updated_at = excluded.updated_at, revision = excluded.revision, "
            "routing_rule = excluded.routing_rule, forward_state = excluded.forward_state, "
            "paused_at = excluded.paused_at, paused_minutes = excluded.paused_minutes, provisional = 0"_s) &&
        prepare(keepSynced,
                u"INSERT INTO ticket_synced (id, row, revision) VALUES (?, ?, ?) ON CONFLICT (id) DO "
                "UPDATE SET row = excluded.row, revision = excluded.revision"_s) &&
        prepare(dropSynced, u"DELETE FROM ticket_synced WHERE id = ?"_s) &&
        prepare(deleteTicket, u"DELETE FROM ticket WHERE id = ?"_s) &&
        prepare(
            upsertComment,
            u"INSERT INTO comment (id, ticket_id, municipality, kind, author, text, created_at, "
            "op_id, revision) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM ticket WHERE id "
            "= ?) ON CONFLICT (id) DO UPDATE SET text = excluded.text, revision = excluded.revision"_s) &&
        prepare(deleteComment, u"DELETE FROM comment WHERE id = ?"_s) &&
        prepare(dropLocalHistory, u"DELETE FROM history WHERE op_id = ? AND revision IS NULL"_s) &&
        prepare(insHistory,
                u"INSERT OR REPLACE INTO history (id, ticket_id, municipality, op_id, author, at, "
                "field, old_value, new_value, revision) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
                "(SELECT 1 FROM ticket WHERE id = ?)"_s) &&
        prepare(
            upsertPhoto,
            u"INSERT INTO photo (id, ticket_id, municipality, position, source, mime, width, "
            "height, bytes, created_at, op_id, revision) SELECT ?, ?, ?, ?, 'user', ?, ?, ?, ?, ?, "
            "?, ? WHERE EXISTS (SELECT 1 FROM ticket WHERE id = ?) ON CONFLICT (id) DO UPDATE SET position "
            "= excluded.position, revision = excluded.revision"_s) &&
        prepare(deletePhoto, u"DELETE FROM photo WHERE id = ?"_s) &&
        prepare(
            upsertNotification,
            u"INSERT INTO notification (id, ticket_id, municipality, event, subject, body, state, author, "
            "created_at, op_id, revision) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM "
            "ticket WHERE id = ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, revision = "
            "excluded.revision"_s) &&
        // An intervention whose ticket is not here (out of a field team's scope) is not kept.
        prepare(
            upsertIntervention,
            u"INSERT INTO intervention (id, municipality, ticket_id, team, scheduled_day, position, result, "
            "reason, minutes_spent, materials, note, after_photo, acted_at, created_at, updated_at, "
            "revision, planned_time) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
            "(SELECT 1 FROM ticket WHERE id = ?) ON CONFLICT (id) DO UPDATE SET team = excluded.team, "
            "planned_time = excluded.planned_time, "
            "scheduled_day = excluded.scheduled_day, position = excluded.position, result = excluded.result, "
            "reason = excluded.reason, minutes_spent = excluded.minutes_spent, materials = "
            "excluded.materials, note = excluded.note, after_photo = excluded.after_photo, acted_at = "
            "excluded.acted_at, updated_at = excluded.updated_at, revision = excluded.revision"_s) &&
        prepare(deleteIntervention, u"DELETE FROM intervention WHERE id = ?"_s) &&
        prepare(
            upsertInterventionPhoto,
            u"INSERT INTO intervention_photo (id, intervention_id, municipality, mime, width, height, bytes, "
            "created_at, op_id, revision) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM "
            "intervention WHERE id = ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision"_s);
    if (!prepared)
        return abort(upsertTicket.lastError().isValid() ? upsertTicket : insReporter,
                     Tr::tr("Signalements reçus"));
    // Tickets with edits still waiting for their receipts, once for the window.
    QSet<QString> pendingIds;
    if (!q.exec(u"SELECT DISTINCT entity_id FROM outbox WHERE state IN ('pending', 'sent')"_s))
        return abort(q, Tr::tr("Signalements reçus"));
    while (q.next())
        pendingIds.insert(q.value(0).toString());

    for (const QVariantList &r : std::as_const(rows.reporters)) {
        if (!exec(insReporter, r))
            return abort(insReporter, Tr::tr("Demandeurs reçus"));
        ++report->pulledRows;
    }
    QStringList changed;
    // Tickets that left the user's scope go first; one that came back in this window is re-added.
    for (const QVariantList &r : std::as_const(exits)) {
        if (!exec(deleteTicket, {r[0]}))
            return abort(deleteTicket, Tr::tr("Signalements sortis du périmètre"));
        changed.append(r[0].toString());
        ++report->leftScope;
    }
    for (const QVariantList &r : std::as_const(rows.tickets)) {
        const QString id = r[0].toString();
        const auto status = codes::status(r[12].toString()).value_or(Status::New);
        const auto priority = codes::priority(r[13].toString()).value_or(Priority::Normal);
        const QVariantList values{id,
                                  r[1],
                                  r[2],
                                  r[3],
                                  r[4],
                                  r[5],
                                  r[6],
                                  r[7],
                                  r[8],
                                  r[9],
                                  r[10],
                                  personal ? nullIfEmpty(r[11]) : QVariant(QMetaType::fromType<QString>()),
                                  r[12],
                                  codes::code(codes::statusClass(status)),
                                  int(status),
                                  r[13],
                                  codes::rank(priority),
                                  r[14],
                                  r[15],
                                  r[16],
                                  ms(r[17]),
                                  nullIfEmpty(r[18]),
                                  r[19],
                                  r[20],
                                  ms(r[21]),
                                  ms(r[22]),
                                  ms(r[23]),
                                  ms(r[24]),
                                  ms(r[25]),
                                  r[26],
                                  r[27],
                                  r[28],
                                  ms(r[29]),
                                  r[30]};
        if (pendingIds.contains(id)) {
            // Pending local edits stay on top: the server's row is kept as the synced copy.
            QJsonObject row;
            const QStringList &names = TicketRepository::syncedColumns();
            for (int i = 0; i < values.size(); ++i)
                row.insert(names[i], QJsonValue::fromVariant(values[i]));
            if (!exec(keepSynced,
                      {id, QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)), r[26]}))
                return abort(keepSynced, Tr::tr("Signalements reçus"));
            // The working row: the server's version with the pending edits replayed on top.
            QString rebuildError;
            if (!workingcopy::rebuild(db, id, &rebuildError)) {
                *error = rebuildError;
                m_store.rollback();
                return false;
            }
        } else {
            if (!exec(upsertTicket, values))
                return abort(upsertTicket, Tr::tr("Signalements reçus"));
            if (!exec(dropSynced, {id}))
                return abort(dropSynced, Tr::tr("Signalements reçus"));
        }
        changed.append(id);
        ++report->pulledTickets;
    }
    for (const QVariantList &r : std::as_const(rows.comments)) {
        const bool ok = !r[9].isNull() // deleted on the server
                            ? exec(deleteComment, {r[0]})
                            : exec(upsertComment, {r[0], r[1], r[2], r[3], r[4], r[5], ms(r[6]),
                                                   nullIfEmpty(r[7]), r[8], r[1]});
        if (!ok)
            return abort(r[9].isNull() ? upsertComment : deleteComment, Tr::tr("Commentaires reçus"));
        ++report->pulledRows;
    }
    for (const QVariantList &r : std::as_const(rows.history)) {
        // A change made here comes back with its operation's UUID: replace, never show twice.
        if (!r[3].isNull() && !r[3].toString().isEmpty() && !exec(dropLocalHistory, {r[3]}))
            return abort(dropLocalHistory, Tr::tr("Historique reçu"));
        if (!exec(insHistory, {u"server-"_s + r[0].toString(), r[1], r[2], nullIfEmpty(r[3]), r[4], ms(r[5]),
                               r[6], r[7], r[8], r[9], r[1]}))
            return abort(insHistory, Tr::tr("Historique reçu"));
        ++report->pulledRows;
    }
    for (const QVariantList &r : std::as_const(rows.notifications)) {
        if (!exec(upsertNotification,
                  {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], ms(r[8]), nullIfEmpty(r[9]), r[10], r[1]}))
            return abort(upsertNotification, Tr::tr("Messages aux demandeurs reçus"));
        ++report->pulledRows;
    }
    for (const QVariantList &r : std::as_const(rows.photos)) {
        // Metadata only: the picture is fetched when first shown.
        const bool ok = !r[11].isNull() ? exec(deletePhoto, {r[0]})
                                        : exec(upsertPhoto, {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                                                             ms(r[8]), nullIfEmpty(r[9]), r[10], r[1]});
        if (!ok)
            return abort(r[11].isNull() ? upsertPhoto : deletePhoto, Tr::tr("Photos reçues"));
        ++report->pulledRows;
    }
    for (const QVariantList &r : std::as_const(rows.interventions)) {
        const QString id = r[0].toString();
        // Pending reports stay on top until their receipts come (a refusal restores the server's).
        if (pendingIds.contains(id))
            continue;
        const bool ok = r[16].toBool() // cancelled on the server
                            ? exec(deleteIntervention, {id})
                            : exec(upsertIntervention, {id, r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                                                        r[9], r[10], nullIfEmpty(r[11]), ms(r[12]), ms(r[13]),
                                                        ms(r[14]), r[15], nullIfEmpty(r[17]), r[2]});
        if (!ok)
            return abort(r[16].toBool() ? deleteIntervention : upsertIntervention,
                         Tr::tr("Interventions reçues"));
        changed.append(r[2].toString());
        ++report->pulledRows;
    }
    for (const QVariantList &r : std::as_const(rows.interventionPhotos)) {
        // Metadata only: the picture is fetched when first shown.
        if (!exec(upsertInterventionPhoto,
                  {r[0], r[1], r[2], r[3], r[4], r[5], r[6], ms(r[7]), nullIfEmpty(r[8]), r[9], r[1]}))
            return abort(upsertInterventionPhoto, Tr::tr("Photos d'intervention reçues"));
        ++report->pulledRows;
    }
    q.prepare(u"INSERT INTO sync_state (key, value) VALUES ('cursor', ?) ON CONFLICT (key) DO UPDATE SET "
              "value = excluded.value"_s);
    q.addBindValue(QString::number(end));
    if (!q.exec())
        return abort(q, Tr::tr("Curseur de synchronisation"));
    if (LocalStore::Result r = m_store.commit(); !r) {
        *error = r.message;
        return false;
    }
    m_store.notifyTicketsChanged(changed.size() > 50 ? QStringList() : changed);
    // Tickets that left the scope: not a byte of them stays in the file.
    if (!exits.isEmpty())
        if (LocalStore::Result r = ScopePurge::scrub(m_store, false); !r)
            qCWarning(lcCentral) << r.message;
    *to = end;
    return true;
}

SyncEngine::Result SyncEngine::verifyScope()
{
    // The server's count and digest of (id, revision) of what the user sees, against ours.
    bool answered = false;
    QSqlQuery s(m_central.database());
    {
        const auto guard = m_central.watch();
        answered = s.exec(u"SELECT tickets, digest FROM lanterne.scope_checksum()"_s) && s.next();
    }
    if (!answered)
        return fail(m_central.timedOut() ? noAnswer()
                                         : Tr::tr("Contrôle du périmètre : %1").arg(s.lastError().text()));
    const qint64 serverCount = s.value(0).toLongLong();
    const QString serverDigest = s.value(1).toString();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // A ticket with pending edits counts at its synced revision (kept in ticket_synced).
    if (!q.exec(u"SELECT t.id, coalesce(s.revision, t.revision) AS r FROM ticket t LEFT JOIN ticket_synced s "
                "ON s.id = t.id WHERE coalesce(s.revision, t.revision) IS NOT NULL ORDER BY t.id"_s))
        return fail(m_store.failure(q.lastError(), Tr::tr("Contrôle du périmètre")).message);
    QByteArray joined;
    qint64 localCount = 0;
    while (q.next()) {
        if (localCount++)
            joined += ',';
        joined += q.value(0).toString().toUtf8() + ':' + q.value(1).toByteArray();
    }
    const QString localDigest =
        localCount ? QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Md5).toHex())
                   : QString();
    m_report.scopeVerified = true;
    if (localCount == serverCount && localDigest == serverDigest)
        return {true, 0, {}, m_report};

    // Drift: drop what the server no longer shows us, then pull everything again.
    qCWarning(lcCentral) << "scope drift:" << localCount << "local," << serverCount << "on the server";
    QSet<QString> visible;
    {
        const auto guard = m_central.watch();
        QSqlQuery ids(m_central.database());
        ids.setForwardOnly(true);
        if (!ids.exec(u"SELECT id FROM lanterne.ticket"_s))
            return fail(m_central.timedOut()
                            ? noAnswer()
                            : Tr::tr("Contrôle du périmètre : %1").arg(ids.lastError().text()));
        while (ids.next())
            visible.insert(ids.value(0).toString());
    }
    if (LocalStore::Result r = m_store.beginWrite(); !r)
        return fail(r.message);
    QStringList gone;
    QSqlQuery local(m_store.database());
    local.exec(u"SELECT id FROM ticket WHERE revision IS NOT NULL"_s);
    while (local.next())
        if (!visible.contains(local.value(0).toString()))
            gone.append(local.value(0).toString());
    for (const QString &id : std::as_const(gone)) {
        QSqlQuery d(m_store.database());
        d.prepare(u"DELETE FROM ticket WHERE id = ?"_s);
        d.addBindValue(id);
        if (!d.exec()) {
            m_store.rollback();
            return fail(m_store.failure(d.lastError(), Tr::tr("Contrôle du périmètre")).message);
        }
    }
    QSqlQuery reset(m_store.database());
    reset.exec(u"UPDATE sync_state SET value = '0' WHERE key = 'cursor'"_s);
    if (LocalStore::Result r = m_store.commit(); !r)
        return fail(r.message);
    m_report.leftScope += int(gone.size());
    m_report.drift = true;
    if (!gone.isEmpty())
        if (LocalStore::Result r = ScopePurge::scrub(m_store, false); !r)
            qCWarning(lcCentral) << r.message;
    m_store.notifyTicketsChanged({});
    return pull();
}

SyncEngine::Result SyncEngine::pull(int batch)
{
    qint64 from = cursor();
    qint64 total = -1;
    const int before = m_report.pulledTickets;
    if (m_progress) {
        // How many tickets this pull brings, for the progress bar (the index on revision answers).
        const auto guard = m_central.watch();
        QSqlQuery c(m_central.database());
        c.prepare(u"SELECT count(*) FROM lanterne.ticket WHERE revision > ?"_s);
        c.addBindValue(from);
        if (c.exec() && c.next())
            total = c.value(0).toLongLong();
    }
    for (;;) {
        qint64 to = from;
        QString error;
        if (!pullWindow(from, &to, batch, &m_report, &error))
            return fail(Tr::tr("Réception des changements de la base centrale : %1").arg(error));
        if (to <= from)
            break;
        from = to;
        if (m_progress)
            m_progress(m_report.pulledTickets - before,
                       std::max<qint64>(total, m_report.pulledTickets - before));
    }
    m_report.cursor = from;
    return {true, 0, {}, m_report};
}

SyncEngine::Result SyncEngine::fetchPhotos(const QStringList &photoIds)
{
    m_report = {};
    // Only those still missing here.
    QStringList missing;
    {
        // A ticket's photo, or an intervention's "after" photo.
        QSqlQuery q(m_store.database());
        q.prepare(u"SELECT 1 FROM photo WHERE id = ? AND data IS NULL AND source = 'user' UNION ALL "
                  "SELECT 1 FROM intervention_photo WHERE id = ? AND data IS NULL"_s);
        for (const QString &id : photoIds) {
            q.bindValue(0, id);
            q.bindValue(1, id);
            if (!QUuid::fromString(id).isNull() && q.exec() && q.next())
                missing.append(id);
        }
    }
    if (missing.isEmpty())
        return {true, 0, {}, m_report};
    struct Fetched
    {
        QString id;
        QByteArray data, thumbnail;
    };
    QList<Fetched> fetched;
    {
        const auto guard = m_central.watch();
        QSqlQuery s(m_central.database());
        s.setForwardOnly(true);
        s.prepare(u"SELECT id, data, thumbnail FROM lanterne.photo WHERE id = ANY (?::uuid[]) UNION ALL "
                  "SELECT id, data, thumbnail FROM lanterne.intervention_photo WHERE id = ANY (?::uuid[])"_s);
        s.addBindValue(u"{"_s + missing.join(u',') + u"}"_s);
        s.addBindValue(u"{"_s + missing.join(u',') + u"}"_s);
        if (!s.exec())
            return fail(m_central.timedOut()
                            ? noAnswer()
                            : Tr::tr("Photos de la base centrale : %1").arg(s.lastError().text()));
        while (s.next())
            fetched.append({s.value(0).toString(), s.value(1).toByteArray(), s.value(2).toByteArray()});
    }
    if (m_central.timedOut())
        return fail(noAnswer());
    for (Fetched &f : fetched) {
        const PreparedPhoto prepared = PreparedPhoto::fromBytes(f.data);
        if (!prepared.valid) {
            // Kept as missing: the viewer says the picture cannot be read, nothing else breaks.
            qCWarning(lcCentral) << "photo" << f.id
                                 << "from the server is not a readable image:" << prepared.error;
            f.data.clear();
            continue;
        }
        if (f.thumbnail.isEmpty() || QImage::fromData(f.thumbnail).isNull())
            f.thumbnail = prepared.thumbnail;
    }
    if (LocalStore::Result r = m_store.beginWrite(); !r)
        return fail(r.message);
    QSqlQuery u(m_store.database()), ui(m_store.database());
    u.prepare(u"UPDATE photo SET data = ?, thumbnail = ? WHERE id = ? AND data IS NULL"_s);
    ui.prepare(u"UPDATE intervention_photo SET data = ?, thumbnail = ? WHERE id = ? AND data IS NULL"_s);
    int stored = 0;
    for (const Fetched &f : std::as_const(fetched)) {
        if (f.data.isEmpty())
            continue;
        for (QSqlQuery *query : {&u, &ui}) {
            query->bindValue(0, f.data);
            query->bindValue(1, f.thumbnail);
            query->bindValue(2, f.id);
        }
        if (!u.exec() || !ui.exec()) {
            const QString message =
                m_store.failure((u.lastError().isValid() ? u : ui).lastError(), Tr::tr("Photos reçues"))
                    .message;
            m_store.rollback();
            return fail(message);
        }
        ++stored;
    }
    if (LocalStore::Result r = m_store.commit(); !r)
        return fail(r.message);
    m_report.pulledRows = stored;
    return {true, 0, {}, m_report};
}

} // namespace lanterne
