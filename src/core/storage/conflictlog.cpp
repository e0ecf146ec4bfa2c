// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictlog.h"

#include "domain/codes.h"
#include "storage/ticketrepository.h"
#include "storage/workingcopy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConflictLog)
};

QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 6);
    }
    return v.toVariant().toString();
}
} // namespace

ConflictLog::ConflictLog(LocalStore &store, const ReferenceData &reference)
    : m_store(store)
    , m_ref(reference)
{}

QString ConflictLog::explain(const QString &reason)
{
    static const QHash<QString, const char *> texts{
        {u"no_mapping"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Votre identifiant n'est rattaché à aucune commune dans la base "
                                          "centrale : demandez à l'administrateur de vous y ajouter.")},
        {u"not_found_or_out_of_scope"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Le signalement n'existe plus sur la base centrale ou ne vous est "
                                          "plus visible (confié à une autre équipe).")},
        {u"not_found_or_not_author"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Le commentaire ou la photo n'existe plus, ou vous n'en êtes pas "
                                          "l'auteur.")},
        {u"same_status"_s, QT_TRANSLATE_NOOP("ConflictLog", "Le signalement avait déjà ce statut.")},
        {u"back_to_new"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Un signalement ne revient pas au statut nouveau.")},
        {u"agent_cannot_cancel"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Seul un superviseur peut annuler un signalement.")},
        {u"agent_cannot_reopen"_s,
         QT_TRANSLATE_NOOP("ConflictLog",
                           "Le signalement a été clos entre-temps : seul un superviseur peut le "
                           "rouvrir.")},
        {u"not_own_team"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Le signalement a été confié à une autre équipe.")},
        {u"field_ticket_closed"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Le signalement a été clos par le bureau entre-temps.")},
        {u"field_status_not_allowed"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Une équipe de terrain ne peut pas donner ce statut.")},
        {u"field_cannot_edit"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Une équipe de terrain ne peut modifier que le statut.")},
        {u"field_cannot_reply"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Une équipe de terrain ne peut pas répondre au demandeur.")},
        {u"too_many_photos"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Le signalement a déjà 4 photos sur la base centrale.")},
        {u"unknown_operation"_s,
         QT_TRANSLATE_NOOP("ConflictLog",
                           "La base centrale ne connaît pas cette opération : elle est peut-être "
                           "plus ancienne que ce poste (lanternectl central migrate).")},
        {u"field_cannot_plan"_s,
         QT_TRANSLATE_NOOP("ConflictLog",
                           "Seul le bureau planifie et ordonne les interventions des équipes.")},
        {u"intervention_cancelled"_s,
         QT_TRANSLATE_NOOP("ConflictLog",
                           "Le bureau a retiré cette intervention de la tournée entre-temps.")},
        {u"intervention_reported"_s,
         QT_TRANSLATE_NOOP("ConflictLog",
                           "L'équipe a rendu compte de cette intervention entre-temps : elle reste "
                           "dans sa journée.")},
        {u"no_role"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Votre identifiant n'a pas de rôle dans la base centrale.")},
        {u"field_not_allowed"_s,
         QT_TRANSLATE_NOOP("ConflictLog",
                           "Cette opération ne peut pas modifier l'un des champs qu'elle portait.")},
        {u"field_cannot_create"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Une équipe de terrain ne crée pas de signalement.")},
        {u"field_cannot_move_deadline"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Une équipe de terrain ne déplace l'échéance qu'à la reprise d'un "
                                          "signalement en attente, de la durée de l'attente.")},
        {u"time_without_status"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Les dates de prise en compte, de résolution et de clôture suivent "
                                          "un changement de statut.")},
        {u"time_out_of_range"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Une date de l'opération est antérieure au signalement ou dans le "
                                          "futur : vérifiez l'horloge de ce poste.")},
        {u"notification_not_allowed"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Cette opération ne peut pas envoyer ce message au demandeur.")},
        {u"notification_does_not_match"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Le message au demandeur ne correspond pas à ce que fait "
                                          "l'opération.")},
        {u"notification_other_ticket"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Le message concernait un autre signalement.")},
        {u"duplicate_of_itself"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Un signalement ne peut pas être le doublon de lui-même.")},
        {u"operation_id_taken"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Une autre opération porte déjà cet identifiant sur la base "
                                          "centrale.")},
        {u"23503"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "L'opération désigne un signalement ou un demandeur d'une autre "
                                          "commune.")},
        {u"discarded"_s,
         QT_TRANSLATE_NOOP("ConflictLog", "Modification abandonnée sur ce poste sans avoir été envoyée.")},
    };
    if (const char *t = texts.value(reason))
        return QCoreApplication::translate("ConflictLog", t);
    return Tr::tr("La base centrale a refusé l'opération (%1).").arg(reason);
}

QList<RefusedOperation> ConflictLog::open(int limit) const
{
    m_lastError.clear();
    QList<RefusedOperation> out;
    QSqlQuery q(m_store.database());
    // Refusals still to decide, and another login's edits that wait for it (the store now acts as
    // another login: they are never sent under this one).
    const QString login = m_store.setting(u"central_login"_s);
    q.prepare(
        u"SELECT o.op_id, o.op_type, o.entity_id, coalesce(t.reference, ''), o.author, o.device_time, "
        "o.state, o.payload, o.receipt, coalesce(t.municipality, o.municipality), coalesce(t.id, "
        "o.entity_id), o.login "
        "FROM outbox o "
        "LEFT JOIN ticket t ON t.id = CASE WHEN o.entity = 'intervention' THEN coalesce(json_extract("
        "o.payload, '$.ticket_id'), json_extract(o.payload, '$.intervention.ticket_id')) ELSE "
        "o.entity_id END "
        "WHERE (o.state IN ('conflict', 'rejected') AND o.resolution IS NULL) OR (o.state IN ('pending', "
        "'sent') AND o.login IS NOT NULL AND o.login <> ?) ORDER BY o.seq LIMIT ?"_s);
    q.addBindValue(login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(login));
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = m_store.failure(q.lastError(), Tr::tr("Conflits")).message;
        return out;
    }
    TicketRepository repo(m_store);
    while (q.next()) {
        RefusedOperation r;
        r.opId = q.value(0).toString();
        r.opType = q.value(1).toString();
        r.operation = codes::operationLabel(r.opType);
        r.ticketId = q.value(10).toString();
        r.reference = q.value(3).toString();
        r.author = q.value(4).toString();
        r.deviceTime = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        r.conflict = q.value(6).toString() == "conflict"_L1;
        const QJsonObject payload = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        const QJsonObject receipt = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        const QString municipality = q.value(9).toString();
        r.reason = receipt.value("reason"_L1).toString();
        r.login = q.value(11).toString();
        r.held = q.value(6).toString() == "pending"_L1 || q.value(6).toString() == "sent"_L1;
        const QJsonObject conflicts = receipt.value("conflicts"_L1).toObject();
        if (r.held)
            r.explanation =
                Tr::tr("Modification faite sous l'identifiant %1 et pas encore envoyée : ce poste "
                       "agit maintenant sous un autre identifiant et ne l'envoie pas à sa place. "
                       "Elle partira quand %1 se reconnectera sur ce poste ; vous pouvez aussi "
                       "l'abandonner.")
                    .arg(r.login);
        else if (r.conflict && workingcopy::isInterventionOperation(r.opType))
            r.explanation = Tr::tr("Quelqu'un d'autre a rendu compte de cette intervention avant que votre "
                                   "compte rendu n'arrive : Ma journée montre le sien ; corrigez-le là si "
                                   "besoin.");
        else if (r.conflict)
            r.explanation = Tr::tr("Quelqu'un d'autre a modifié ce signalement avant que votre modification "
                                   "n'arrive : choisissez la valeur à garder.");
        else
            r.explanation = explain(r.reason.isEmpty() ? u"unknown"_s : r.reason);
        const QJsonObject fields = payload.value("fields"_L1).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            FieldConflict f;
            f.field = it.key();
            f.label = codes::fieldLabel(f.field);
            const QJsonObject change = it.value().toObject();
            f.yours = repo.displayValue(f.field, text(change.value("new"_L1)), municipality, m_ref);
            f.base = repo.displayValue(f.field, text(change.value("old"_L1)), municipality, m_ref);
            if (conflicts.contains(f.field)) {
                f.conflicting = true;
                f.server =
                    repo.displayValue(f.field, text(conflicts.value(f.field).toObject().value("server"_L1)),
                                      municipality, m_ref);
            }
            // Times and the deadline follow the status, priority or category: show what the agent
            // decided, not its clock.
            if ((f.field.endsWith("_at"_L1) || f.field == "paused_minutes"_L1) && !f.conflicting)
                continue;
            r.fields.append(f);
        }
        if (r.opType == "set_status"_L1 && !r.conflict && receipt.contains("server"_L1)) {
            const QString serverStatus = receipt.value("server"_L1).toObject().value("status"_L1).toString();
            for (FieldConflict &f : r.fields)
                if (f.field == "status"_L1)
                    f.server = repo.displayValue(u"status"_s, serverStatus, municipality, m_ref);
        }
        if (r.opType == "add_comment"_L1)
            r.detail = payload.value("text"_L1).toString();
        else if (const QString note = payload.value("note"_L1).toObject().value("text"_L1).toString();
                 !note.isEmpty())
            r.detail = Tr::tr("Note : %1").arg(note);
        else if (r.opType == "attach_photo"_L1)
            r.detail = Tr::tr("Photo de %1 Ko")
                           .arg(QLocale().toString(payload.value("bytes"_L1).toDouble() / 1024.0, 'f', 0));
        if (r.opType == "report_intervention"_L1 && payload.value("after_photo"_L1).isObject() &&
            r.detail.isEmpty())
            r.detail = Tr::tr("Photo après intervention");
        r.canResend = !fields.isEmpty() || r.opType == "add_comment"_L1 ||
                      (r.opType == "attach_photo"_L1 && payload.contains("data"_L1));
        // An intervention's result is sent again from Ma journée (the day as it is now).
        // Another login's edit is never sent again under this one.
        if (r.opType == "create_ticket"_L1 || r.opType == "delete_comment"_L1 ||
            r.opType == "remove_photo"_L1 || workingcopy::isInterventionOperation(r.opType) || r.held ||
            (!r.login.isEmpty() && !login.isEmpty() && r.login != login))
            r.canResend = false;
        out.append(r);
    }
    return out;
}

int ConflictLog::openCount() const
{
    QSqlQuery q(m_store.database());
    q.prepare(
        u"SELECT count(*) FROM outbox WHERE (state IN ('conflict', 'rejected') AND resolution IS NULL) OR "
        "(state IN ('pending', 'sent') AND login IS NOT NULL AND login <> ?)"_s);
    const QString login = m_store.setting(u"central_login"_s);
    q.addBindValue(login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(login));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

EditResult ConflictLog::discard(const QString &opId, const Actor &actor)
{
    EditResult r;
    QSqlQuery q(m_store.database());
    q.prepare(
        u"SELECT op_type, entity_id, login FROM outbox WHERE op_id = ? AND state IN ('pending', 'sent') AND "
        "login IS NOT NULL AND login <> ?"_s);
    q.addBindValue(opId);
    q.addBindValue(m_store.setting(u"central_login"_s));
    if (!q.exec() || !q.next()) {
        r.code = EditResult::NotFound;
        r.message = Tr::tr("Cette modification n'attend plus : elle a été envoyée ou abandonnée.");
        return r;
    }
    const QString type = q.value(0).toString(), entity = q.value(1).toString();
    if (LocalStore::Result w = m_store.beginWrite(); !w) {
        r.code = EditResult::Failure;
        r.message = w.message;
        return r;
    }
    // Taken back on this workstation as a refusal would be (the ticket shows the synced version
    // again); the decision, who took it and when stay on the outbox row.
    QString error;
    const QJsonObject receipt{
        {u"status"_s, u"rejected"_s}, {u"reason"_s, u"discarded"_s}, {u"op_id"_s, opId}};
    if (!workingcopy::recordReceipt(m_store.database(), opId, type, entity, receipt, &error)) {
        m_store.rollback();
        r.code = EditResult::Failure;
        r.message = Tr::tr("Abandon de la modification : %1").arg(error);
        return r;
    }
    QSqlQuery d(m_store.database());
    d.prepare(
        u"UPDATE outbox SET resolution = 'acknowledged', resolved_at = ?, resolved_by = ? WHERE op_id = ?"_s);
    d.addBindValue(QDateTime::currentMSecsSinceEpoch());
    d.addBindValue(actor.login);
    d.addBindValue(opId);
    if (!d.exec()) {
        r.code = EditResult::Failure;
        r.message = m_store.failure(d.lastError(), Tr::tr("Conflits")).message;
        m_store.rollback();
        return r;
    }
    if (LocalStore::Result w = m_store.commit(); !w) {
        r.code = EditResult::Failure;
        r.message = w.message;
        return r;
    }
    m_store.notifyTicketsChanged({entity});
    r.operationId = opId;
    return r;
}

int ConflictLog::openCountFor(const QString &ticketId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(
        u"SELECT count(*) FROM outbox WHERE (entity_id = ? OR (entity = 'intervention' AND "
        "coalesce(json_extract(payload, '$.ticket_id'), json_extract(payload, '$.intervention.ticket_id')) = "
        "?)) AND state IN ('conflict', 'rejected') AND resolution IS NULL"_s);
    q.addBindValue(ticketId);
    q.addBindValue(ticketId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

EditResult ConflictLog::decide(const QString &opId, const QString &resolution, const QString &resentAs,
                               const Actor &actor)
{
    EditResult r;
    if (LocalStore::Result w = m_store.beginWrite(); !w) {
        r.code = EditResult::Failure;
        r.message = w.message;
        return r;
    }
    QSqlQuery q(m_store.database());
    q.prepare(u"UPDATE outbox SET resolution = ?, resolved_at = ?, resolved_by = ?, resent_as = ? WHERE "
              "op_id = ? AND state IN ('conflict', 'rejected') AND resolution IS NULL"_s);
    q.addBindValue(resolution);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(actor.login);
    q.addBindValue(resentAs.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(resentAs));
    q.addBindValue(opId);
    if (!q.exec()) {
        r.code = EditResult::Failure;
        r.message = m_store.failure(q.lastError(), Tr::tr("Conflits")).message;
        m_store.rollback();
        return r;
    }
    const int affected = q.numRowsAffected();
    if (LocalStore::Result w = m_store.commit(); !w) {
        r.code = EditResult::Failure;
        r.message = w.message;
        return r;
    }
    if (affected == 0) {
        r.code = EditResult::NotFound;
        r.message = Tr::tr("Ce conflit a déjà été réglé.");
        return r;
    }
    m_store.notifyTicketsChanged({});
    return r;
}

EditResult ConflictLog::keepServer(const QString &opId, const Actor &actor)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT state FROM outbox WHERE op_id = ?"_s);
    q.addBindValue(opId);
    const bool conflict = q.exec() && q.next() && q.value(0).toString() == "conflict"_L1;
    return decide(opId, conflict ? u"kept_server"_s : u"acknowledged"_s, {}, actor);
}

EditResult ConflictLog::resend(const QString &opId, const Actor &actor)
{
    TicketEditor editor(m_store, m_ref);
    EditResult sent = editor.resend(opId, actor);
    if (!sent.ok())
        return sent;
    EditResult decided = decide(opId, u"resent"_s, sent.operationId, actor);
    if (!decided.ok() && decided.code != EditResult::NotFound)
        return decided;
    return sent;
}

} // namespace lanterne
