// SPDX-License-Identifier: GPL-3.0-or-later
// The Inbox model: a correct Qt model at every step (QAbstractItemModelTester), paged lazily, and
// following edits with fine-grained row changes instead of resets.
#include "demo/demogenerator.h"
#include "inboxmodel.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace lanterne;
using namespace Qt::StringLiterals;

class TestInboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(u"inbox.db"_s), LocalStore::OpenMode::ReadWrite, true));
        demo::DemoOptions o;
        o.tickets = 1500;
        o.seed = 5;
        o.until = QDate(2026, 6, 30);
        QVERIFY(demo::DemoGenerator::generate(m_store, o).ok);
    }

    void countsAndPagesLazily()
    {
        InboxModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1500);
        QCOMPARE(model.total(), 1500);
        // Reading the last row loads only its page: the first row of that page is consistent.
        const QString last = model.data(model.index(1499), InboxModel::ReferenceRole).toString();
        QVERIFY(!last.isEmpty());
        TicketRepository repo(m_store);
        QCOMPARE(repo.page({}, 1499, 1).first().reference, last);
        // Every role answers for a valid row, nothing for an invalid one.
        const QHash<int, QByteArray> roles = model.roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            if (it.key() >= Qt::UserRole)
                QVERIFY2(model.data(model.index(3), it.key()).isValid(), it.value().constData());
        QVERIFY(!model.data(model.index(1500), InboxModel::ReferenceRole).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0);
    }

    void filterResetsAndCounts()
    {
        InboxModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totalSpy(&model, &InboxModel::totalChanged);
        model.setFilter({{u"status_class"_s, u"open"_s}});
        TicketFilter open;
        open.statusClass = u"open"_s;
        QCOMPARE(model.total(), TicketRepository(m_store).count(open));
        QCOMPARE(totalSpy.count(), 1);
        for (int i = 0; i < std::min(50, model.rowCount()); ++i)
            QCOMPARE(model.data(model.index(i), InboxModel::StatusClassRole).toString(), u"open"_s);
        model.setSortKey(u"priority"_s);
        QCOMPARE(model.data(model.index(0), InboxModel::PriorityRole).toString(), u"urgent"_s);
    }

    void editIsARowChangeNotAReset()
    {
        InboxModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = model.ticketId(10);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        TicketEditor editor(m_store);
        QVERIFY(editor.setPriority(id, Priority::Urgent, {u"admin"_s, Role::Admin, {}}).ok());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 10);
        QCOMPARE(model.data(model.index(10), InboxModel::PriorityRole).toString(), u"urgent"_s);
    }

    void editRemovesAndInsertsRowsUnderAFilter()
    {
        InboxModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({{u"statuses"_s, QStringList{u"new"_s}}});
        const int before = model.rowCount();
        QVERIFY(before > 3);
        const QString id = model.ticketId(2);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        TicketEditor editor(m_store);
        const Actor admin{u"admin"_s, Role::Admin, {}};
        QVERIFY(editor.setStatus(id, Status::Triage, {}, admin).ok());
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QVERIFY(editor.undoLast(id, admin).ok());
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(model.ticketId(2), id);
        QCOMPARE(resets.count(), 0);
    }

    void newTicketIsInsertedAtTheTop()
    {
        InboxModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        NewTicket n;
        n.category = u"lampadaire"_s;
        n.description = u"Lampadaire éteint devant le 3"_s;
        n.latitude = 48.8935;
        n.longitude = 2.4045;
        TicketEditor editor(m_store);
        const EditResult r = editor.create(n, {u"admin"_s, Role::Admin, {}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.ticketId(0), r.ticketId);
        QCOMPARE(model.rowOf(r.reference), 0);
    }

    void anotherProcessChangeReloads()
    {
        InboxModel model(&m_store);
        LocalStore other;
        QVERIFY(other.open(m_store.path()));
        TicketEditor editor(other);
        NewTicket n;
        n.category = u"rats"_s;
        n.description = u"Rats dans la cour"_s;
        n.latitude = 48.905;
        n.longitude = 2.395;
        const int before = model.rowCount();
        QVERIFY(editor.create(n, {u"admin"_s, Role::Admin, {}}).ok());
        QCOMPARE(model.rowCount(), before); // not told yet
        QVERIFY(m_store.pollExternalChanges());
        QCOMPARE(model.rowCount(), before + 1);
    }

private:
    QTemporaryDir m_dir;
    LocalStore m_store;
};

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
