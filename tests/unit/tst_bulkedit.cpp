// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions on a selection and their undo (storage/bulkedit.h).
#include "demo/demogenerator.h"
#include "storage/bulkedit.h"
#include "storage/localstore.h"
#include "storage/ticketrepository.h"

#include <memory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {
const Actor kAgent{u"c.moreau"_s, Role::Agent, {}};
const Actor kOther{u"y.benali"_s, Role::Agent, {}};
} // namespace

class TestBulkEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void appliesEachAndToldOnce();
    void refusalsAreListedWithTheReason();
    void undoPutsBackWhatNobodyChangedSince();
    void undoOfAnUndoIsRefused();

private:
    QStringList ids(const QString &where, int n);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestBulkEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"s.db"_s), LocalStore::OpenMode::ReadWrite, true));
    demo::DemoOptions o;
    o.tickets = 300;
    o.seed = 5;
    o.until = QDate(2026, 6, 30);
    QVERIFY(demo::DemoGenerator::generate(*m_store, o).ok);
}

void TestBulkEdit::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QStringList TestBulkEdit::ids(const QString &where, int n)
{
    QSqlQuery q(m_store->database());
    q.exec(u"SELECT id FROM ticket WHERE "_s + where + u" ORDER BY seq LIMIT "_s + QString::number(n));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void TestBulkEdit::appliesEachAndToldOnce()
{
    TicketEditor editor(*m_store);
    BulkEdit bulk(*m_store, editor);
    const QStringList selection = ids(u"status_class = 'open' AND team <> 'asvp'"_s, 12);
    QCOMPARE(selection.size(), 12);
    QSignalSpy told(m_store.get(), &LocalStore::ticketsChanged);
    const BulkResult r = bulk.apply(u"Affectation"_s, selection, [&](const QString &id) {
        return editor.assign(id, std::nullopt, u"asvp"_s, std::nullopt, kAgent);
    });
    QCOMPARE(r.done(), 12);
    QVERIFY(r.refused.isEmpty());
    QCOMPARE(told.size(), 1); // the views reload once, not twelve times
    const QStringList changed = told.first().first().toStringList();
    QCOMPARE(QSet<QString>(changed.begin(), changed.end()),
             QSet<QString>(selection.begin(), selection.end()));
    TicketRepository repo(*m_store);
    for (const QString &id : selection) {
        QCOMPARE(repo.ticket(id)->team, u"asvp"_s);
        QCOMPARE(repo.ticket(id)->service, u"police"_s);
    }
    QCOMPARE(r.summary(), u"12 signalements modifiés"_s);
}

void TestBulkEdit::refusalsAreListedWithTheReason()
{
    TicketEditor editor(*m_store);
    BulkEdit bulk(*m_store, editor);
    QStringList selection =
        ids(u"status = 'triage'"_s, 3) + ids(u"status_class <> 'open'"_s, 2); // agents cannot reopen
    selection.append(u"00000000-0000-0000-0000-000000000000"_s);
    const BulkResult r = bulk.apply(u"Statut"_s, selection, [&](const QString &id) {
        return editor.setStatus(id, Status::Planned, {}, kAgent);
    });
    QCOMPARE(r.done(), 3);
    QCOMPARE(r.refused.size(), 3);
    QVERIFY(r.refused[0].message.contains(u"superviseur"_s));
    QVERIFY(!r.refused[0].reference.isEmpty());
    QVERIFY(r.refused[2].reference.isEmpty()); // unknown: said by its id
    QVERIFY(r.summary().contains(u"3 refusés"_s));
    QVERIFY(!r.failed);
}

void TestBulkEdit::undoPutsBackWhatNobodyChangedSince()
{
    TicketEditor editor(*m_store);
    BulkEdit bulk(*m_store, editor);
    const QStringList selection = ids(u"status_class = 'open' AND priority = 'normal'"_s, 5);
    QCOMPARE(selection.size(), 5);
    TicketRepository repo(*m_store);
    QHash<QString, QDateTime> due;
    for (const QString &id : selection)
        due.insert(id, repo.ticket(id)->dueAt);
    const BulkResult r = bulk.apply(u"Priorité"_s, selection, [&](const QString &id) {
        return editor.setPriority(id, Priority::Urgent, kAgent);
    });
    QCOMPARE(r.done(), 5);
    // Another agent changes one of them meanwhile: that one stays as it is.
    QVERIFY(editor.setPriority(selection[2], Priority::High, kOther).ok());
    // The agent changes another one's description: the priority can still be undone there.
    QVERIFY(editor.editDescription(selection[4], u"Précisé"_s, kAgent).ok());
    QSignalSpy told(m_store.get(), &LocalStore::ticketsChanged);
    const BulkResult u = bulk.undo(r, kAgent);
    QCOMPARE(told.size(), 1);
    QCOMPARE(u.done(), 3);
    QCOMPARE(u.refused.size(), 2);
    for (int i : {0, 1, 3}) {
        QCOMPARE(repo.ticket(selection[i])->priority, Priority::Normal);
        QCOMPARE(repo.ticket(selection[i])->dueAt, due.value(selection[i])); // the deadline too
    }
    QCOMPARE(repo.ticket(selection[2])->priority, Priority::High);
    QCOMPARE(repo.ticket(selection[4])->priority, Priority::Urgent);
}

void TestBulkEdit::undoOfAnUndoIsRefused()
{
    TicketEditor editor(*m_store);
    BulkEdit bulk(*m_store, editor);
    const QStringList selection = ids(u"status = 'new'"_s, 2);
    const BulkResult r = bulk.apply(u"Statut"_s, selection, [&](const QString &id) {
        return editor.setStatus(id, Status::Triage, {}, kAgent);
    });
    QCOMPARE(r.done(), 2);
    const BulkResult u = bulk.undo(r, kAgent);
    QCOMPARE(u.done(), 2);
    // The same bulk again: its operations are undone already.
    const BulkResult again = bulk.undo(r, kAgent);
    QCOMPARE(again.done(), 0);
    QCOMPARE(again.refused.size(), 2);
}

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
