// SPDX-License-Identifier: GPL-3.0-or-later
// What the workstation does with the server's receipts (storage/workingcopy.h) and the Conflicts
// view's data (storage/conflictlog.h): a refused edit gives the ticket back the server's value,
// stays listed with both values until the agent decides, and can be sent again as a new operation.
#include "demo/demogenerator.h"
#include "storage/conflictlog.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"
#include "storage/workingcopy.h"

#include <memory>
#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {
const Actor kAgent{u"c.moreau"_s, Role::Agent, {}};

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestConflictLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void conflictGivesBackTheServerValue();
    void keepServerRecordsTheDecision();
    void resendIsANewOperationOnTheCurrentValue();
    void otherPendingEditsSurviveARefusal();
    void pulledVersionKeepsPendingEditsOnTop();
    void rejectedCommentIsTakenBackAndCanBeResent();
    void rejectedPhotoKeepsItsBytes();
    void rejectedStatusSaysWhy();
    void appliedCreationGetsItsReference();

private:
    LocalStore &store() { return *m_store; }
    QVariant value(const QString &sql, const QVariantList &binds = {});
    /** What the sync engine does with a receipt, in one transaction. */
    void receive(const QString &opId, const QJsonObject &receipt);
    Ticket ticket(const QString &id) { return TicketRepository(store()).ticket(id).value_or(Ticket()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    QString m_id; ///< a synced demo ticket, open, priority normal
};

QVariant TestConflictLog::value(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(store().database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

void TestConflictLog::receive(const QString &opId, const QJsonObject &receipt)
{
    QSqlQuery q(store().database());
    q.prepare(u"SELECT op_type, entity_id FROM outbox WHERE op_id = ?"_s);
    q.addBindValue(opId);
    QVERIFY(q.exec() && q.next());
    QVERIFY(store().beginWrite());
    QString error;
    const bool ok = workingcopy::recordReceipt(store().database(), opId, q.value(0).toString(),
                                               q.value(1).toString(), receipt, &error);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(store().commit());
}

void TestConflictLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    const auto r = m_store->open(m_dir->filePath(u"store.db"_s), LocalStore::OpenMode::ReadWrite, true);
    QVERIFY2(r.ok, qPrintable(r.message));
    demo::DemoOptions o;
    o.tickets = 200;
    o.seed = 5;
    o.until = QDate(2026, 6, 30);
    QVERIFY(demo::DemoGenerator::generate(*m_store, o).ok);
    m_id = value(u"SELECT id FROM ticket WHERE status IN ('acknowledged', 'in_progress') AND priority = "
                 u"'normal' AND "
                 "photo_count < 4 ORDER BY seq LIMIT 1"_s)
               .toString();
    QVERIFY(!m_id.isEmpty());
}

void TestConflictLog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestConflictLog::conflictGivesBackTheServerValue()
{
    TicketEditor editor(store());
    const EditResult e = editor.setPriority(m_id, Priority::High, kAgent);
    QVERIFY(e.ok());
    QCOMPARE(ticket(m_id).priority, Priority::High);
    // The priority, and the deadline that follows it.
    QCOMPARE(value(u"SELECT count(*) FROM history WHERE op_id = ?"_s, {e.operationId}).toInt(), 2);

    receive(
        e.operationId,
        json(
            R"({"status":"conflict","revision":9,"conflicts":{"priority":{"server":"urgent","yours":"high","base":"normal"}}})"));
    // The ticket shows the synced value again; the change that did not happen leaves the timeline.
    const Ticket t = ticket(m_id);
    QCOMPARE(t.priority, Priority::Normal);
    QCOMPARE(t.pendingOperations, 0);
    QCOMPARE(value(u"SELECT priority_rank FROM ticket WHERE id = ?"_s, {m_id}).toInt(),
             codes::rank(Priority::Normal));
    QCOMPARE(value(u"SELECT count(*) FROM history WHERE op_id = ?"_s, {e.operationId}).toInt(), 0);
    QCOMPARE(value(u"SELECT count(*) FROM ticket_synced WHERE id = ?"_s, {m_id}).toInt(), 0);

    // Listed with the three values, in words.
    ConflictLog log(store());
    QCOMPARE(log.openCount(), 1);
    const QList<RefusedOperation> open = log.open();
    QCOMPARE(open.size(), 1);
    const RefusedOperation &r = open.first();
    QVERIFY(r.conflict);
    QCOMPARE(r.ticketId, m_id);
    QCOMPARE(r.reference, t.reference);
    QCOMPARE(r.opType, u"set_priority"_s);
    QVERIFY(r.canResend);
    QCOMPARE(r.fields.size(), 1);
    QCOMPARE(r.fields[0].field, u"priority"_s);
    QVERIFY(r.fields[0].conflicting);
    QCOMPARE(r.fields[0].yours, codes::label(Priority::High));
    QCOMPARE(r.fields[0].server, codes::label(Priority::Urgent));
    QCOMPARE(r.fields[0].base, codes::label(Priority::Normal));
}

void TestConflictLog::keepServerRecordsTheDecision()
{
    TicketEditor editor(store());
    const EditResult e = editor.setPriority(m_id, Priority::High, kAgent);
    receive(e.operationId, json(R"({"status":"conflict","conflicts":{"priority":{"server":"urgent"}}})"));
    ConflictLog log(store());
    const EditResult k = log.keepServer(e.operationId, kAgent);
    QVERIFY2(k.ok(), qPrintable(k.message));
    QCOMPARE(log.openCount(), 0);
    QVERIFY(log.open().isEmpty());
    // Decided, not deleted: the outbox keeps the operation, its receipt, who decided and how.
    QCOMPARE(value(u"SELECT resolution FROM outbox WHERE op_id = ?"_s, {e.operationId}).toString(),
             u"kept_server"_s);
    QCOMPARE(value(u"SELECT resolved_by FROM outbox WHERE op_id = ?"_s, {e.operationId}).toString(),
             kAgent.login);
    QCOMPARE(value(u"SELECT state FROM outbox WHERE op_id = ?"_s, {e.operationId}).toString(), u"conflict"_s);
    // Twice is refused, not recorded twice.
    QCOMPARE(log.keepServer(e.operationId, kAgent).code, EditResult::NotFound);
}

void TestConflictLog::resendIsANewOperationOnTheCurrentValue()
{
    TicketEditor editor(store());
    const EditResult e = editor.setPriority(m_id, Priority::High, kAgent);
    receive(e.operationId, json(R"({"status":"conflict","conflicts":{"priority":{"server":"urgent"}}})"));
    ConflictLog log(store());
    const EditResult r = log.resend(e.operationId, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.operationId != e.operationId);
    QCOMPARE(ticket(m_id).priority, Priority::High);
    QCOMPARE(log.openCount(), 0);
    QCOMPARE(value(u"SELECT resent_as FROM outbox WHERE op_id = ?"_s, {e.operationId}).toString(),
             r.operationId);
    // The new operation is based on what the workstation holds now, and waits to be sent.
    const QJsonObject payload =
        QJsonDocument::fromJson(
            value(u"SELECT payload FROM outbox WHERE op_id = ?"_s, {r.operationId}).toByteArray())
            .object();
    QCOMPARE(payload.value("fields"_L1).toObject().value("priority"_L1).toObject().value("new"_L1).toString(),
             u"high"_s);
    QCOMPARE(payload.value("fields"_L1).toObject().value("priority"_L1).toObject().value("old"_L1).toString(),
             u"normal"_s);
    QCOMPARE(value(u"SELECT state FROM outbox WHERE op_id = ?"_s, {r.operationId}).toString(), u"pending"_s);
}

void TestConflictLog::otherPendingEditsSurviveARefusal()
{
    TicketEditor editor(store());
    const EditResult p = editor.setPriority(m_id, Priority::High, kAgent);
    const EditResult d = editor.editDescription(m_id, u"Lampadaire couché sur le trottoir"_s, kAgent);
    QVERIFY(p.ok() && d.ok());
    receive(p.operationId, json(R"({"status":"rejected","reason":"no_mapping"})"));
    // The priority goes back; the description, still waiting for its receipt, stays.
    Ticket t = ticket(m_id);
    QCOMPARE(t.priority, Priority::Normal);
    QCOMPARE(t.description, u"Lampadaire couché sur le trottoir"_s);
    QCOMPARE(t.pendingOperations, 1);
    QCOMPARE(value(u"SELECT count(*) FROM ticket_synced WHERE id = ?"_s, {m_id}).toInt(), 1);
    // The full-text index follows the working row.
    QCOMPARE(value(u"SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'couche' AND rowid = (SELECT seq "
                   "FROM ticket WHERE id = ?)"_s,
                   {m_id})
                 .toInt(),
             1);
    receive(d.operationId, json(R"({"status":"applied","revision":12})"));
    QCOMPARE(ticket(m_id).pendingOperations, 0);
}

void TestConflictLog::pulledVersionKeepsPendingEditsOnTop()
{
    TicketEditor editor(store());
    QVERIFY(editor.setPriority(m_id, Priority::High, kAgent).ok());
    // The server's version arrives (another agent assigned the ticket): as the sync engine does,
    // it becomes the synced copy and the pending edit is replayed on it.
    QJsonObject row =
        QJsonDocument::fromJson(value(u"SELECT row FROM ticket_synced WHERE id = ?"_s, {m_id}).toByteArray())
            .object();
    QVERIFY(!row.isEmpty());
    row.insert(u"assignee"_s, u"y.benali"_s);
    row.insert(u"revision"_s, 40);
    QVERIFY(store().beginWrite());
    QSqlQuery q(store().database());
    q.prepare(u"UPDATE ticket_synced SET row = ?, revision = 40 WHERE id = ?"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_id);
    QVERIFY(q.exec());
    QString error;
    QVERIFY2(workingcopy::rebuild(store().database(), m_id, &error), qPrintable(error));
    QVERIFY(store().commit());
    const Ticket t = ticket(m_id);
    QCOMPARE(t.assignee, u"y.benali"_s);  // the server's change shows at once
    QCOMPARE(t.priority, Priority::High); // and the agent's edit stays on top
    QCOMPARE(t.revision.value_or(0), 40);
}

void TestConflictLog::rejectedCommentIsTakenBackAndCanBeResent()
{
    TicketEditor editor(store());
    const EditResult c = editor.addComment(m_id, CommentKind::Internal, u"Vu avec le gardien"_s, kAgent);
    QVERIFY(c.ok());
    receive(c.operationId, json(R"({"status":"rejected","reason":"not_found_or_out_of_scope"})"));
    QCOMPARE(value(u"SELECT count(*) FROM comment WHERE text = 'Vu avec le gardien'"_s).toInt(), 0);
    ConflictLog log(store());
    const RefusedOperation r = log.open().value(0);
    QVERIFY(!r.conflict);
    QCOMPARE(r.detail, u"Vu avec le gardien"_s);
    QCOMPARE(r.explanation, ConflictLog::explain(u"not_found_or_out_of_scope"_s));
    QVERIFY(r.explanation.contains(u"équipe"_s));
    QVERIFY(log.resend(c.operationId, kAgent).ok());
    QCOMPARE(value(u"SELECT count(*) FROM comment WHERE text = 'Vu avec le gardien'"_s).toInt(), 1);
}

void TestConflictLog::rejectedPhotoKeepsItsBytes()
{
    QImage img(320, 200, QImage::Format_RGB32);
    img.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    TicketEditor editor(store());
    const int before = ticket(m_id).photoCount;
    const EditResult p = editor.attachPhoto(m_id, bytes, kAgent);
    QVERIFY2(p.ok(), qPrintable(p.message));
    QCOMPARE(ticket(m_id).photoCount, before + 1);
    receive(p.operationId, json(R"({"status":"rejected","reason":"too_many_photos"})"));
    QCOMPARE(ticket(m_id).photoCount, before);
    QCOMPARE(value(u"SELECT count(*) FROM photo WHERE op_id = ?"_s, {p.operationId}).toInt(), 0);
    ConflictLog log(store());
    QVERIFY(log.open().value(0).canResend);
    const EditResult again = log.resend(p.operationId, kAgent);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(TicketRepository(store()).photoData(
                 value(u"SELECT id FROM photo WHERE op_id = ?"_s, {again.operationId}).toString()),
             bytes);
}

void TestConflictLog::rejectedStatusSaysWhy()
{
    TicketEditor editor(store());
    const Status statusBefore = ticket(m_id).status;
    const EditResult s = editor.setStatus(m_id, Status::Fixed, {}, kAgent);
    QVERIFY2(s.ok(), qPrintable(s.message));
    receive(s.operationId,
            json(R"({"status":"rejected","reason":"agent_cannot_reopen","server":{"status":"closed"}})"));
    QCOMPARE(ticket(m_id).status, statusBefore);
    const RefusedOperation r = ConflictLog(store()).open().value(0);
    QCOMPARE(r.explanation, ConflictLog::explain(u"agent_cannot_reopen"_s));
    QVERIFY(r.explanation.contains(u"superviseur"_s));
    // The status, not the times the change would have set.
    QCOMPARE(r.fields.size(), 1);
    QCOMPARE(r.fields[0].server, codes::label(Status::Closed));
    QCOMPARE(r.fields[0].yours, codes::label(Status::Fixed));
}

void TestConflictLog::appliedCreationGetsItsReference()
{
    QVERIFY(store().setSetting(u"central_url"_s, u"postgresql://agent@mairie.example.org/lanterne"_s));
    NewTicket n;
    n.category = u"lampadaire"_s;
    n.description = u"Lampadaire éteint"_s;
    n.latitude = 48.8935;
    n.longitude = 2.4045;
    const EditResult c = TicketEditor(store()).create(n, kAgent);
    QVERIFY2(c.ok(), qPrintable(c.message));
    receive(c.operationId, json(R"({"status":"applied","revision":3,"reference":"PAN-2026-900099"})"));
    const Ticket t = ticket(c.ticketId);
    QCOMPARE(t.reference, u"PAN-2026-900099"_s);
    QVERIFY(!t.provisionalReference);
    QCOMPARE(ConflictLog(store()).openCount(), 0);
}

QTEST_GUILESS_MAIN(TestConflictLog)
#include "tst_conflictlog.moc"
