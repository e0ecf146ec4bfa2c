// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/interventions.h"

#include "domain/workflow.h"
#include "storage/localstore.h"
#include "storage/photos.h"
#include "storage/ticketrepository.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lanterne {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Interventions)
};

constexpr int kMaxMinutes = 24 * 60;
constexpr qint64 kClockSkewMs = 5 * 60 * 1000; // a workstation's clock a little behind the action's

const QString kSelect =
    u"SELECT i.id, i.ticket_id, t.reference, i.municipality, i.team, i.scheduled_day, "
    "i.position, t.category, t.address, t.description, t.latitude, t.longitude, t.status, "
    "i.result, i.reason, i.minutes_spent, i.materials, i.note, i.acted_at, i.revision, "
    "EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = i.id AND o.state IN "
    "('pending', 'sent')), t.team, i.after_photo, i.planned_time, "
    "(SELECT p.data IS NOT NULL FROM intervention_photo p WHERE p.id = i.after_photo), t.created_at "
    "FROM intervention i JOIN ticket t ON t.id = i.ticket_id "_s;

PlannedIntervention readRow(const QSqlQuery &q, QVariant *revision = nullptr)
{
    PlannedIntervention p;
    p.id = q.value(0).toString();
    p.ticketId = q.value(1).toString();
    p.reference = q.value(2).toString();
    p.municipality = q.value(3).toString();
    p.team = q.value(4).toString();
    p.day = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.position = q.value(6).toInt();
    p.category = q.value(7).toString();
    p.address = q.value(8).toString();
    p.description = q.value(9).toString();
    p.latitude = q.value(10).toDouble();
    p.longitude = q.value(11).toDouble();
    p.ticketStatus = codes::status(q.value(12).toString()).value_or(Status::New);
    p.result = q.value(13).toString();
    p.reason = q.value(14).toString();
    p.minutesSpent = q.value(15).toInt();
    p.materials = q.value(16).toString();
    p.note = q.value(17).toString();
    if (!q.value(18).isNull())
        p.actedAt = QDateTime::fromMSecsSinceEpoch(q.value(18).toLongLong(), Qt::UTC);
    if (revision)
        *revision = q.value(19);
    p.pending = q.value(20).toBool();
    p.ticketTeam = q.value(21).toString();
    p.afterPhoto = q.value(22).toString();
    p.plannedTime = QTime::fromString(q.value(23).toString(), u"HH:mm"_s);
    p.afterPhotoStored = q.value(24).toBool();
    p.ticketCreatedAt = QDateTime::fromMSecsSinceEpoch(q.value(25).toLongLong(), Qt::UTC);
    return p;
}

/** Text columns are never NULL: an empty text. */
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QJsonValue timeJson(const QTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(u"HH:mm"_s)) : QJsonValue();
}

QJsonValue json(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

} // namespace

Interventions::Interventions(LocalStore &store, const ReferenceData &reference)
    : m_store(store)
    , m_ref(reference)
{}

EditResult Interventions::refuse(const QString &message, EditResult::Code code)
{
    EditResult r;
    r.code = code;
    r.message = message;
    return r;
}

EditResult Interventions::failure(const QString &what, const QString &message)
{
    EditResult r;
    r.code = EditResult::Failure;
    r.message = Tr::tr("%1 : %2").arg(what, message);
    return r;
}

EditResult Interventions::write(const std::function<EditResult()> &body)
{
    if (LocalStore::Result r = m_store.beginWrite(); !r)
        return refuse(r.message, EditResult::Failure);
    m_store.beginChangeBatch();
    EditResult result = body();
    if (!result.ok())
        m_store.rollback(); // a refusal or a failure writes nothing
    else if (LocalStore::Result r = m_store.commit(); !r)
        result = refuse(r.message, EditResult::Failure);
    else if (!result.ticketId.isEmpty())
        m_store.notifyTicketsChanged({result.ticketId});
    m_store.endChangeBatch();
    return result;
}

bool Interventions::writeOperation(const QString &opId, const QString &opType, const PlannedIntervention &i,
                                   const QJsonObject &payload, const QVariant &baseRevision,
                                   const Actor &actor, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO outbox (op_id, op_type, entity, entity_id, municipality, payload, base_revision, "
              "device_time, author) VALUES (?, ?, 'intervention', ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(opId);
    q.addBindValue(opType);
    q.addBindValue(i.id);
    q.addBindValue(i.municipality);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(baseRevision);
    q.addBindValue(now().toMSecsSinceEpoch());
    q.addBindValue(actor.login);
    if (!q.exec()) {
        *error = m_store.failure(q.lastError(), Tr::tr("File d'envoi")).message;
        return false;
    }
    return true;
}

std::optional<PlannedIntervention> Interventions::intervention(const QString &id) const
{
    return load(id, nullptr);
}

std::optional<PlannedIntervention> Interventions::find(const QString &idOrTicket, const QDate &day) const
{
    if (auto i = load(idOrTicket, nullptr))
        return i;
    const auto ticket = TicketRepository(m_store).ticket(idOrTicket);
    if (!ticket)
        return std::nullopt;
    QSqlQuery q(m_store.database());
    q.prepare(
        kSelect +
        (day.isValid() ? u"WHERE i.ticket_id = ? AND i.scheduled_day = ? "_s : u"WHERE i.ticket_id = ? "_s) +
        u"ORDER BY i.scheduled_day DESC, i.created_at DESC LIMIT 1"_s);
    q.addBindValue(ticket->id);
    if (day.isValid())
        q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = m_store.failure(q.lastError(), Tr::tr("Interventions")).message;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

QByteArray Interventions::afterPhoto(const QString &photoId, bool thumbnail) const
{
    QSqlQuery q(m_store.database());
    q.prepare(thumbnail ? u"SELECT coalesce(thumbnail, data) FROM intervention_photo WHERE id = ?"_s
                        : u"SELECT data FROM intervention_photo WHERE id = ?"_s);
    q.addBindValue(photoId);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

std::optional<PlannedIntervention> Interventions::load(const QString &id, QVariant *revision) const
{
    QSqlQuery q(m_store.database());
    q.prepare(kSelect + u"WHERE i.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = m_store.failure(q.lastError(), Tr::tr("Interventions")).message;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRow(q, revision);
}

QList<PlannedIntervention> Interventions::forTicket(const QString &ticketId) const
{
    m_error.clear();
    QList<PlannedIntervention> out;
    QSqlQuery q(m_store.database());
    q.prepare(kSelect + u"WHERE i.ticket_id = ? ORDER BY i.scheduled_day DESC, i.created_at DESC"_s);
    q.addBindValue(ticketId);
    if (!q.exec()) {
        m_error = m_store.failure(q.lastError(), Tr::tr("Interventions")).message;
        return out;
    }
    while (q.next())
        out.append(readRow(q));
    return out;
}

QList<PlannedIntervention> Interventions::day(const QString &team, const QDate &day) const
{
    m_error.clear();
    QList<PlannedIntervention> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"WHERE i.team = ? AND i.scheduled_day = ? ORDER BY i.position, i.created_at"_s);
    q.addBindValue(team);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = m_store.failure(q.lastError(), Tr::tr("Interventions")).message;
        return out;
    }
    while (q.next())
        out.append(readRow(q));
    return out;
}

EditResult Interventions::plan(const QString &ticket, const QString &team, const QDate &day,
                               const Actor &actor, const QTime &time)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Seul le bureau planifie les interventions des équipes."));
    const Team *t = m_ref.team(team);
    if (!t)
        return refuse(Tr::tr("Équipe inconnue : « %1 ».").arg(team), EditResult::BadInput);
    if (!day.isValid())
        return refuse(Tr::tr("Jour de l'intervention invalide."), EditResult::BadInput);
    return write([&]() -> EditResult {
        // Read inside the write: what the planning really changes.
        const auto found = TicketRepository(m_store).ticket(ticket);
        if (!found)
            return refuse(Tr::tr("Signalement introuvable : %1").arg(ticket), EditResult::NotFound);
        if (!codes::isOpen(found->status))
            return refuse(Tr::tr("Le signalement %1 est %2 : il n'y a plus d'intervention à planifier.")
                              .arg(found->reference, codes::label(found->status).toLower()));
        QSqlQuery q(m_store.database());
        q.prepare(u"SELECT 1 FROM intervention WHERE ticket_id = ? AND team = ? AND scheduled_day = ? AND "
                  "result IS NULL"_s);
        q.addBindValue(found->id);
        q.addBindValue(team);
        q.addBindValue(day.toString(Qt::ISODate));
        if (q.exec() && q.next())
            return refuse(Tr::tr("Le signalement %1 est déjà dans la tournée de %2 du %3.")
                              .arg(found->reference, t->name, QLocale().toString(day, QLocale::ShortFormat)));

        TicketEditor editor(m_store, m_ref);
        if (m_clock)
            editor.setClock(m_clock);
        // The team's ticket (its service with it), marked planned when the workflow allows.
        if (found->team != team || (!t->service.isEmpty() && found->service != t->service)) {
            const EditResult a = editor.assign(
                found->id, t->service.isEmpty() ? std::nullopt : std::optional<QString>(t->service), team,
                std::nullopt, actor);
            if (!a.ok())
                return a;
        }
        if (found->status != Status::Planned &&
            Workflow::check(found->status, Status::Planned, actor.role).allowed) {
            const EditResult s = editor.setStatus(found->id, Status::Planned, {}, actor);
            if (!s.ok())
                return s;
        }

        PlannedIntervention i;
        i.id = newUuid();
        i.ticketId = found->id;
        i.municipality = found->municipality;
        q.prepare(u"SELECT COALESCE(MAX(position) + 1, 0) FROM intervention WHERE team = ? AND "
                  "scheduled_day = ?"_s);
        q.addBindValue(team);
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec() || !q.next())
            return failure(Tr::tr("Planification"), q.lastError().text());
        i.position = q.value(0).toInt();
        const qint64 at = now().toMSecsSinceEpoch();
        q.prepare(u"INSERT INTO intervention (id, municipality, ticket_id, team, scheduled_day, position, "
                  "planned_time, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v :
             {QVariant(i.id), QVariant(i.municipality), QVariant(i.ticketId), QVariant(team),
              QVariant(day.toString(Qt::ISODate)), QVariant(i.position),
              time.isValid() ? QVariant(time.toString(u"HH:mm"_s)) : QVariant(QMetaType::fromType<QString>()),
              QVariant(at), QVariant(at)})
            q.addBindValue(v);
        if (!q.exec())
            return failure(Tr::tr("Planification"),
                           m_store.failure(q.lastError(), Tr::tr("Intervention")).message);
        EditResult r;
        r.operationId = newUuid();
        const QJsonObject payload{
            {u"intervention"_s, QJsonObject{{u"id"_s, i.id},
                                            {u"ticket_id"_s, i.ticketId},
                                            {u"team"_s, team},
                                            {u"scheduled_day"_s, day.toString(Qt::ISODate)},
                                            {u"position"_s, i.position},
                                            {u"planned_time"_s, timeJson(time)}}}};
        QString error;
        if (!writeOperation(r.operationId, u"plan_intervention"_s, i, payload, QVariant(), actor, &error))
            return failure(Tr::tr("Planification"), error);
        r.ticketId = i.ticketId;
        r.reference = found->reference;
        r.interventionId = i.id;
        return r;
    });
}

EditResult Interventions::reorder(const QString &team, const QDate &day, const QStringList &ids,
                                  const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Seul le bureau planifie les interventions des équipes."));
    return write([&]() -> EditResult {
        const QList<PlannedIntervention> current = this->day(team, day);
        if (!m_error.isEmpty())
            return refuse(m_error, EditResult::Failure);
        QStringList have;
        for (const PlannedIntervention &i : current)
            have.append(i.id);
        QStringList want = ids;
        want.sort();
        have.sort();
        if (want != have)
            return refuse(
                Tr::tr("L'ordre donné ne reprend pas exactement les %n intervention(s) de la journée.",
                       nullptr, int(current.size())),
                EditResult::BadInput);
        EditResult result;
        QStringList tickets;
        for (qsizetype k = 0; k < ids.size(); ++k) {
            const auto it = std::find_if(current.cbegin(), current.cend(),
                                         [&](const PlannedIntervention &i) { return i.id == ids[k]; });
            if (it->position == k)
                continue;
            QVariant revision;
            if (!load(it->id, &revision))
                return failure(Tr::tr("Ordre de la tournée"), m_error);
            QSqlQuery q(m_store.database());
            q.prepare(u"UPDATE intervention SET position = ?, updated_at = ? WHERE id = ?"_s);
            q.addBindValue(int(k));
            q.addBindValue(now().toMSecsSinceEpoch());
            q.addBindValue(it->id);
            if (!q.exec())
                return failure(Tr::tr("Ordre de la tournée"), q.lastError().text());
            QString error;
            result.operationId = newUuid();
            const QJsonObject payload{
                {u"ticket_id"_s, it->ticketId},
                {u"fields"_s,
                 QJsonObject{{u"position"_s, QJsonObject{{u"old"_s, it->position}, {u"new"_s, int(k)}}}}}};
            if (!writeOperation(result.operationId, u"update_intervention"_s, *it, payload, revision, actor,
                                &error))
                return failure(Tr::tr("Ordre de la tournée"), error);
            tickets.append(it->ticketId);
        }
        if (!tickets.isEmpty())
            m_store.notifyTicketsChanged(tickets); // told once the write ends
        return result;
    });
}

EditResult Interventions::setPlannedTime(const QString &id, const QTime &time, const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Seul le bureau planifie les interventions des équipes."));
    return write([&]() -> EditResult {
        QVariant revision;
        const std::optional<PlannedIntervention> i = load(id, &revision);
        if (!i)
            return refuse(Tr::tr("Intervention introuvable : %1").arg(id), EditResult::NotFound);
        if (!i->result.isEmpty())
            return refuse(Tr::tr("L'équipe a déjà rendu compte de cette intervention."));
        const QTime minute = time.isValid() ? QTime(time.hour(), time.minute()) : QTime();
        EditResult r;
        r.ticketId = i->ticketId;
        r.reference = i->reference;
        r.interventionId = id;
        if (minute == i->plannedTime)
            return r; // nothing changes
        QSqlQuery q(m_store.database());
        q.prepare(u"UPDATE intervention SET planned_time = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(minute.isValid() ? QVariant(minute.toString(u"HH:mm"_s))
                                        : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(now().toMSecsSinceEpoch());
        q.addBindValue(id);
        if (!q.exec())
            return failure(Tr::tr("Heure prévue"), q.lastError().text());
        r.operationId = newUuid();
        const QJsonObject payload{
            {u"ticket_id"_s, i->ticketId},
            {u"fields"_s, QJsonObject{{u"planned_time"_s, QJsonObject{{u"old"_s, timeJson(i->plannedTime)},
                                                                      {u"new"_s, timeJson(minute)}}}}}};
        QString error;
        if (!writeOperation(r.operationId, u"update_intervention"_s, *i, payload, revision, actor, &error))
            return failure(Tr::tr("Heure prévue"), error);
        return r;
    });
}

EditResult Interventions::cancel(const QString &id, const Actor &actor)
{
    if (!Workflow::canEditTicket(actor.role))
        return refuse(Tr::tr("Seul le bureau planifie les interventions des équipes."));
    return write([&]() -> EditResult {
        QVariant revision;
        const std::optional<PlannedIntervention> i = load(id, &revision);
        if (!i)
            return refuse(Tr::tr("Intervention introuvable : %1").arg(id), EditResult::NotFound);
        if (!i->result.isEmpty())
            return refuse(
                Tr::tr("L'équipe a déjà rendu compte de cette intervention : elle reste dans sa journée."));
        QSqlQuery q(m_store.database());
        q.prepare(u"DELETE FROM intervention WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return failure(Tr::tr("Retrait de la tournée"), q.lastError().text());
        // The stops after it move up one.
        q.prepare(u"UPDATE intervention SET position = position - 1 WHERE team = ? AND scheduled_day = ? AND "
                  "position > ?"_s);
        q.addBindValue(i->team);
        q.addBindValue(i->day.toString(Qt::ISODate));
        q.addBindValue(i->position);
        if (!q.exec())
            return failure(Tr::tr("Retrait de la tournée"), q.lastError().text());
        EditResult r;
        r.operationId = newUuid();
        QString error;
        if (!writeOperation(r.operationId, u"cancel_intervention"_s, *i,
                            QJsonObject{{u"ticket_id"_s, i->ticketId}}, revision, actor, &error))
            return failure(Tr::tr("Retrait de la tournée"), error);
        r.ticketId = i->ticketId;
        r.reference = i->reference;
        r.interventionId = id;
        return r;
    });
}

EditResult Interventions::report(const QString &id, const InterventionReport &report, const Actor &actor)
{
    const QString reason = text(report.reason.trimmed());
    const QString materials = text(report.materials.trimmed());
    const QString note = text(report.note.trimmed());
    // The "after" photo is checked before anything is written.
    PreparedPhoto photo;
    if (!report.afterPhoto.isEmpty()) {
        if (report.afterPhoto.size() > TicketEditor::kMaxPhotoBytes)
            return refuse(Tr::tr("La photo fait %1 Mo ; le maximum est %2 Mo.")
                              .arg(report.afterPhoto.size() / 1048576.0, 0, 'f', 1)
                              .arg(TicketEditor::kMaxPhotoBytes / 1048576),
                          EditResult::BadInput);
        photo = PreparedPhoto::fromBytes(report.afterPhoto);
        if (!photo.valid)
            return refuse(Tr::tr("Ce fichier n'est pas une image lisible (%1).").arg(photo.error),
                          EditResult::BadInput);
    }
    return write([&]() -> EditResult {
        // Read inside the write: the values the report replaces.
        QVariant revision;
        const std::optional<PlannedIntervention> i = load(id, &revision);
        if (!i)
            return refuse(Tr::tr("Intervention introuvable : %1").arg(id), EditResult::NotFound);
        if (actor.role == Role::Field && i->team != actor.team)
            return refuse(Tr::tr("Cette intervention est celle d'une autre équipe."));
        if (InterventionRules::needsReason(report.result) && reason.isEmpty())
            return refuse(Tr::tr("Dites pourquoi l'intervention est impossible."), EditResult::BadInput);
        if (!report.actedAt.isValid())
            return refuse(Tr::tr("Indiquez l'heure de l'action."), EditResult::BadInput);
        if (report.actedAt.toMSecsSinceEpoch() > now().toMSecsSinceEpoch() + kClockSkewMs)
            return refuse(Tr::tr("L'heure de l'action (%1) est dans le futur.")
                              .arg(QLocale().toString(report.actedAt.toLocalTime(), QLocale::ShortFormat)),
                          EditResult::BadInput);
        if (report.actedAt < i->ticketCreatedAt)
            return refuse(
                Tr::tr("L'heure de l'action (%1) est antérieure au signalement (%2).")
                    .arg(QLocale().toString(report.actedAt.toLocalTime(), QLocale::ShortFormat),
                         QLocale().toString(i->ticketCreatedAt.toLocalTime(), QLocale::ShortFormat)),
                EditResult::BadInput);
        if (report.minutesSpent < 0 || report.minutesSpent > kMaxMinutes)
            return refuse(Tr::tr("Temps passé invalide : %1 minutes (de 0 à %2).")
                              .arg(report.minutesSpent)
                              .arg(kMaxMinutes),
                          EditResult::BadInput);
        const qint64 acted = report.actedAt.toMSecsSinceEpoch();
        QJsonObject fields;
        auto change = [&](const QString &field, const QVariant &oldValue, const QVariant &newValue) {
            if (oldValue != newValue)
                fields.insert(field, QJsonObject{{u"old"_s, json(oldValue)}, {u"new"_s, json(newValue)}});
        };
        change(u"result"_s, i->result.isEmpty() ? QVariant() : QVariant(i->result),
               InterventionRules::code(report.result));
        change(u"reason"_s, i->reason, reason);
        change(u"minutes_spent"_s, i->minutesSpent, report.minutesSpent);
        change(u"materials"_s, i->materials, materials);
        change(u"note"_s, i->note, note);
        change(u"acted_at"_s, i->actedAt.isValid() ? QVariant(i->actedAt.toMSecsSinceEpoch()) : QVariant(),
               acted);
        if (fields.isEmpty() && !photo.valid)
            return refuse(Tr::tr("Rien à modifier : l'intervention a déjà ce compte rendu."));

        EditResult result;
        // The ticket follows the result, dated by the action's real time.
        const auto target = InterventionRules::statusAfter(report.result, i->ticketStatus);
        if (!target && report.result != InterventionResult::NotDone && !codes::isOpen(i->ticketStatus))
            result.message = Tr::tr("Compte rendu enregistré ; le signalement %1 est %2 entre-temps : son "
                                    "statut ne change pas.")
                                 .arg(i->reference, codes::label(i->ticketStatus).toLower());
        if (target) {
            const TransitionCheck check =
                Workflow::check(i->ticketStatus, *target, actor.role, i->ticketTeam == actor.team);
            if (check.allowed) {
                TicketEditor editor(m_store, m_ref);
                editor.setClock([acted] { return QDateTime::fromMSecsSinceEpoch(acted, Qt::UTC); });
                StatusNote statusNote;
                statusNote.text = !reason.isEmpty() ? reason : note;
                const EditResult s = editor.setStatus(i->ticketId, *target, statusNote, actor);
                if (!s.ok())
                    return s;
            } else {
                result.message = Tr::tr("Compte rendu enregistré ; le signalement %1 garde son statut : %2")
                                     .arg(i->reference, check.reason);
            }
        }
        QSqlQuery q(m_store.database());
        q.prepare(
            u"UPDATE intervention SET result = ?, reason = ?, minutes_spent = ?, materials = ?, note = ?, "
            "acted_at = ?, updated_at = ? WHERE id = ?"_s);
        for (const QVariant &v : {QVariant(InterventionRules::code(report.result)), QVariant(reason),
                                  QVariant(report.minutesSpent), QVariant(materials), QVariant(note),
                                  QVariant(acted), QVariant(now().toMSecsSinceEpoch()), QVariant(id)})
            q.addBindValue(v);
        if (!q.exec())
            return failure(Tr::tr("Compte rendu"),
                           m_store.failure(q.lastError(), Tr::tr("Intervention")).message);
        result.operationId = newUuid();
        QJsonObject payload{{u"ticket_id"_s, i->ticketId}, {u"fields"_s, fields}};
        if (photo.valid) {
            // Kept here; its bytes are put into the operation when it is sent.
            const QString photoId = newUuid();
            q.prepare(
                u"INSERT INTO intervention_photo (id, intervention_id, municipality, mime, width, height, "
                "bytes, data, thumbnail, created_at, op_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QVariant &v :
                 {QVariant(photoId), QVariant(id), QVariant(i->municipality), QVariant(photo.mimeType),
                  QVariant(photo.width), QVariant(photo.height), QVariant(qint64(report.afterPhoto.size())),
                  QVariant(report.afterPhoto), QVariant(photo.thumbnail), QVariant(now().toMSecsSinceEpoch()),
                  QVariant(result.operationId)})
                q.addBindValue(v);
            if (!q.exec())
                return failure(Tr::tr("Photo après intervention"),
                               m_store.failure(q.lastError(), Tr::tr("Intervention")).message);
            q.prepare(u"UPDATE intervention SET after_photo = ? WHERE id = ?"_s);
            q.addBindValue(photoId);
            q.addBindValue(id);
            if (!q.exec())
                return failure(Tr::tr("Photo après intervention"), q.lastError().text());
            payload.insert(u"after_photo"_s, QJsonObject{{u"photo_id"_s, photoId},
                                                         {u"mime"_s, photo.mimeType},
                                                         {u"width"_s, photo.width},
                                                         {u"height"_s, photo.height},
                                                         {u"bytes"_s, qint64(report.afterPhoto.size())}});
        }
        QString error;
        if (!writeOperation(result.operationId, u"report_intervention"_s, *i, payload, revision, actor,
                            &error))
            return failure(Tr::tr("Compte rendu"), error);
        result.ticketId = i->ticketId;
        result.reference = i->reference;
        result.interventionId = id;
        return result;
    });
}

} // namespace lanterne
