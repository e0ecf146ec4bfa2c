// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopepurge.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScopePurge)
};
} // namespace

LocalStore::Result ScopePurge::toScope(LocalStore &store, const Scope &scope, Report *report)
{
    QSqlDatabase db = store.database();
    // Deleted content is overwritten with zeros on this connection (SQLite's secure_delete).
    QSqlQuery(db).exec(u"PRAGMA secure_delete = ON"_s);
    if (LocalStore::Result r = store.beginWrite(); !r)
        return r;
    const bool field = scope.role == "field"_L1;
    QSqlQuery q(db);
    auto run = [&](const QString &sql, const QVariantList &values = {}) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };
    auto fail = [&] {
        const LocalStore::Result r = store.failure(q.lastError(), Tr::tr("Données hors du périmètre"));
        store.rollback();
        return r;
    };
    // Tickets outside the scope, with their comments, history, photos, messages and interventions
    // (ON DELETE CASCADE); a field team keeps only its team's.
    if (!run(u"DELETE FROM ticket WHERE municipality <> ? OR (? AND team <> ?)"_s,
             {scope.municipality, field, scope.team}))
        return fail();
    const int tickets = q.numRowsAffected();
    if (!run(u"DELETE FROM ticket_synced WHERE id NOT IN (SELECT id FROM ticket)"_s))
        return fail();
    // Personal data: none for a field team; else only the reporters of the tickets kept. The
    // reporter of a creation still waiting to be sent stays with it (the previous login's edit).
    if (field && !run(u"UPDATE ticket SET reporter_id = NULL WHERE reporter_id IS NOT NULL"_s))
        return fail();
    if (!run(u"DELETE FROM reporter WHERE id NOT IN (SELECT reporter_id FROM ticket WHERE reporter_id IS NOT "
             u"NULL) "
             "AND id NOT IN (SELECT json_extract(payload, '$.reporter') FROM outbox WHERE op_type = "
             "'create_ticket' "
             "AND state IN ('pending', 'sent') AND json_extract(payload, '$.reporter') IS NOT NULL)"_s))
        return fail();
    const int reporters = q.numRowsAffected();
    // Finished operations about what went (their receipts are on the server): gone too.
    if (!run(u"DELETE FROM outbox WHERE (state = 'applied' OR resolution IS NOT NULL) AND entity_id NOT IN "
             "(SELECT id FROM ticket UNION ALL SELECT id FROM intervention)"_s))
        return fail();
    // The next pull brings the new scope from the start.
    if (!run(u"UPDATE sync_state SET value = '0' WHERE key = 'cursor'"_s))
        return fail();
    if (LocalStore::Result r = store.commit(); !r)
        return r;
    if (report)
        *report = {tickets, reporters};
    qCInfo(lcDb) << "store purged to its new scope:" << tickets << "tickets," << reporters
                 << "reporters removed";
    store.notifyTicketsChanged({});
    return scrub(store, true);
}

LocalStore::Result ScopePurge::scrub(LocalStore &store, bool compact)
{
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    // FTS5 keeps deleted entries in its segments until they are merged.
    if (!q.exec(u"INSERT INTO ticket_fts (ticket_fts) VALUES ('optimize')"_s))
        return store.failure(q.lastError(), Tr::tr("Index de recherche"));
    // Deleted content is zeros already (secure_delete); compacting also gives the space back. A
    // statement still open on this connection prevents it: said in the log, tried next time.
    if (compact && !q.exec(u"VACUUM"_s))
        qCWarning(lcDb) << "store not compacted:" << q.lastError().text();
    // Old pages may still be in the write-ahead log: truncated once copied back. A reader of
    // another connection can hold it: then it is truncated at a later checkpoint.
    if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !q.next() || q.value(0).toInt() != 0)
        qCInfo(lcDb) << "write-ahead log not truncated yet (a reader holds it)";
    return {};
}

} // namespace lanterne
