// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace lanterne::workingcopy {

/**
 * Rebuilds the working row of a ticket from its synced copy (ticket_synced) with its pending
 * operations (outbox rows still `pending` or `sent`) replayed on top in order, and drops the
 * synced copy once nothing is pending. Used when the server's version of a ticket arrives while
 * edits are queued, and when the server refused one of them. Call inside a write transaction.
 * A ticket with no synced copy (created here, never synced) is left as it is.
 */
bool rebuild(const QSqlDatabase &db, const QString &ticketId, QString *error);

/**
 * Takes back the local traces of an operation the server refused: its history rows and the
 * comment it added (never synced), its photo (whose bytes move into the outbox row, so the agent
 * can send it again). The outbox row itself stays, with its receipt. Inside a write transaction.
 */
bool discardRefused(const QSqlDatabase &db, const QString &opId, const QString &opType, QString *error);

/**
 * Records the server's receipt of an operation: its state (`applied`, `conflict`, `rejected`), the
 * receipt itself, a created ticket's final reference; for a refusal, the local traces are taken
 * back and the working row rebuilt, so the ticket shows the server's value. Inside a write
 * transaction (one per receipt: a crash never leaves a receipt half-recorded).
 */
/**
 * After the server refused an operation on an intervention: the local row goes back to the
 * server's version sent with the refusal (deleted when the server has none, or it is cancelled),
 * with the intervention's operations still pending replayed on top. Inside a write transaction.
 */
bool restoreIntervention(const QSqlDatabase &db, const QString &interventionId, const QString &opType,
                         const QJsonObject &receipt, QString *error);

/** Whether an operation is on an intervention (else on a ticket). */
[[nodiscard]] bool isInterventionOperation(const QString &opType);

bool recordReceipt(const QSqlDatabase &db, const QString &opId, const QString &opType,
                   const QString &ticketId, const QJsonObject &receipt, QString *error);

} // namespace lanterne::workingcopy
