// SPDX-License-Identifier: GPL-3.0-or-later
// The app's session (models/session.h): what it tells the user about the store it opened.
#include "demo/demogenerator.h"
#include "domain/referencedata.h"
#include "session.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostEditsAreShownOnce();
};

void TestSession::lostEditsAreShownOnce()
{
    // Three edits are committed to the store's journal (-wal) while its connection stays open
    // (SQLite folds the journal into the store and deletes it only when the last connection
    // closes, and autocheckpoint is off here). The store and its journal are copied meanwhile: the
    // files a crash leaves. The copy's journal is then damaged (its first frame overwritten: every
    // frame fails its checksum, and SQLite silently reads the store without them).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"store.db"_s);
    const QString copy = dir.filePath(u"crashed.db"_s);
    {
        LocalStore store;
        QVERIFY(store.open(path, LocalStore::OpenMode::ReadWrite, true).ok);
        demo::DemoOptions options;
        options.tickets = 30;
        options.until = QDate(2026, 6, 30);
        QVERIFY(demo::DemoGenerator::generate(store, options).ok);
    }
    {
        LocalStore store;
        QVERIFY(store.open(path).ok);
        QSqlQuery(store.database()).exec(u"PRAGMA wal_autocheckpoint = 0"_s);
        const QString ref = TicketRepository(store).page({}, 0, 1).value(0).reference;
        TicketEditor editor(store);
        for (int i = 0; i < 3; ++i)
            QVERIFY(editor
                        .addComment(ref, CommentKind::Internal, u"Note %1"_s.arg(i),
                                    {u"admin"_s, Role::Admin, {}})
                        .ok());
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + u"-wal"_s, copy + u"-wal"_s));
        QVERIFY(QFile::copy(LocalStore::outboxMarkPath(path), LocalStore::outboxMarkPath(copy)));
    }
    {
        QFile wal(copy + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::ReadWrite));
        QVERIFY(wal.seek(32));
        QCOMPARE(wal.write(QByteArray(4096, '\xAA')), 4096);
    }

    {
        Session session(ReferenceData::builtin());
        QSignalSpy changed(&session, &Session::storeWarningChanged);
        session.start(copy);
        QCOMPARE(session.state(), Session::State::Ready);
        const QString warning = session.storeWarning();
        QVERIFY2(warning.contains(u"3 "_s) && (warning.contains(u"perdu"_s) || warning.contains(u"lost"_s)),
                 qPrintable(warning));
        QVERIFY(changed.count() >= 1);
        session.dismissStoreWarning();
        QVERIFY(session.storeWarning().isEmpty());
    }
    // Said once: the next start says nothing. The store that was not damaged says nothing either.
    for (const QString &p : {copy, path}) {
        Session session(ReferenceData::builtin());
        session.start(p);
        QCOMPARE(session.state(), Session::State::Ready);
        QVERIFY2(session.storeWarning().isEmpty(), qPrintable(session.storeWarning()));
    }
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
