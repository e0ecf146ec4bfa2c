// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lanterne {

/** One field of a refused operation: what the agent wanted, what the server holds, what they saw. */
struct FieldConflict
{
    QString field;
    QString label;  ///< "Priorité"
    QString yours;  ///< for people: labels, references, local times
    QString server; ///< empty when the server did not say (a rejection)
    QString base;
    bool conflicting = false; ///< the server's value differs from what the agent saw
};

/**
 * An operation the central database answered "conflict" or "rejected", still to be decided; or
 * another login's edit this store does not send under its present login (held).
 */
struct RefusedOperation
{
    QString opId;
    QString opType;
    QString operation; ///< "Changement de priorité"
    QString ticketId;
    QString reference;
    QString author;
    QDateTime deviceTime;
    bool conflict = false; ///< else a rejection
    QString reason;        ///< the server's code (rejections)
    QString explanation;   ///< for people: why, and what the agent can do
    QString detail;        ///< comment text, photo size...
    QList<FieldConflict> fields;
    bool canResend = false;
    QString login;     ///< the login the store acted as when the edit was made
    bool held = false; ///< not refused: another login's edit, waiting for that login to sync
};

/**
 * The Conflicts view's data: refused operations stay in the outbox with their receipts until the
 * agent decides. Keeping the server's value (or acknowledging a refusal) records the decision;
 * sending the agent's value again is a new operation on the ticket as it is now. Nothing is
 * deleted: the decision, who took it and when stay on the outbox row.
 */
class ConflictLog
{
public:
    explicit ConflictLog(LocalStore &store, const ReferenceData &reference = ReferenceData::builtin());

    /** Undecided refusals, oldest first; empty with lastError() set on a database error. */
    [[nodiscard]] QList<RefusedOperation> open(int limit = 500) const;
    [[nodiscard]] int openCount() const;
    /** Undecided refusals of one ticket. */
    [[nodiscard]] int openCountFor(const QString &ticketId) const;
    /** The server's value stays (a conflict) or the refusal is acknowledged (a rejection). */
    EditResult keepServer(const QString &opId, const Actor &actor);
    /** The agent's value, comment or photo again, as a new operation; the refusal is then decided. */
    EditResult resend(const QString &opId, const Actor &actor);
    /**
     * Another login's edit that waits for it (held): never sent; taken back on this workstation as
     * a refusal would be. The decision is recorded with who took it.
     */
    EditResult discard(const QString &opId, const Actor &actor);

    /** Why the server refused, for people, from the receipt's reason code. */
    [[nodiscard]] static QString explain(const QString &reason);
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    EditResult decide(const QString &opId, const QString &resolution, const QString &resentAs,
                      const Actor &actor);

    LocalStore &m_store;
    const ReferenceData &m_ref;
    mutable QString m_lastError;
};

} // namespace lanterne
