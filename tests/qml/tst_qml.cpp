// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: each test file gets a fresh demo store, a Session, the sync service and
// the app's modules. tst_sync_ui gets a store of a workstation connected to a central database
// that cannot be reached, with a conflict and a refusal waiting in its outbox.
// As the app's --self-test, a test file fails on any Qt or QML warning (a photo that did not load,
// a binding that failed): the test running then fails, and the runner exits non-zero naming each
// warning and the test it came in.
#include "demo/demogenerator.h"
#include "photoprovider.h"
#include "session.h"
#include "storage/ticketeditor.h"
#include "storage/workingcopy.h"
#include "syncservice.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <QApplication>
#include <QImage>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <QtTest/qtestcase.h>

#include <atomic>
#include <cstdio>
#include <QMutex>
#include <QThread>

Q_IMPORT_QML_PLUGIN(Lanterne_MapPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_UiPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_AppPlugin)

using namespace Qt::StringLiterals;

namespace {

QMutex g_mutex;
QStringList g_warnings;
std::atomic<QtMessageHandler> g_next{nullptr};
thread_local int t_depth = 0;

/**
 * Warnings that are not bugs. Keep it short, each with why.
 * - lanterne.*: the app's own diagnostics, logged when it handles bad input or a failure it shows
 *   the user (a refused edit, a file that is not a picture); the tests check what the user sees.
 * - "DelegateModel::cancel: index out range": Qt 6.4's item views, on a model reset, cancel the
 *   delegate they were still making in the background (cacheBuffer) by its old row, which the
 *   reset model no longer has (seen in the Inbox, one run in four under load). Nothing is shown
 *   wrong: that delegate was for a row that is gone. A Qt bug, not ours; remove this entry when
 *   the Qt in use no longer says it.
 */
bool allowed(const QMessageLogContext &context, const QString &message)
{
    const QLatin1StringView category(context.category ? context.category : "");
    return category.startsWith("lanterne."_L1) ||
           message.startsWith("DelegateModel::cancel: index out range"_L1);
}

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_depth > 0) {
        // Qt Test's handler, once its log is closed, hands messages back to the one before it: us.
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        return;
    }
    const bool warning = (type == QtWarningMsg || type == QtCriticalMsg) && !allowed(context, message);
    const char *test = QTest::currentTestFunction();
    if (warning) {
        const QMutexLocker lock(&g_mutex);
        g_warnings.append(u"[%1] %2: %3"_s.arg(QString::fromLatin1(test ? test : "outside a test"),
                                               QString::fromLatin1(context.category ? context.category : ""),
                                               message));
    }
    ++t_depth;
    if (const QtMessageHandler next = g_next.load())
        next(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    --t_depth;
    // The test running now fails, there and then (from another thread, the run fails at its end).
    if (warning && test && QThread::currentThread() == qApp->thread())
        QTest::qFail(qPrintable(u"Qt/QML warning: "_s + message), context.file ? context.file : __FILE__,
                     context.file ? context.line : __LINE__);
}

/**
 * Keeps recordWarnings() first in line. Qt Test installs its own handler (the test log) when the
 * first test case starts, and it does not pass messages on: each event checks that ours is still
 * the one called, and puts it back in front of whichever was installed meanwhile.
 */
class HandlerKeeper : public QObject
{
public:
    using QObject::QObject;
    static void keep()
    {
        const QtMessageHandler current = qInstallMessageHandler(recordWarnings);
        if (current != recordWarnings)
            g_next = current;
    }
    bool eventFilter(QObject *, QEvent *) override
    {
        keep();
        return false;
    }
};

} // namespace

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        const QString path = m_dir.filePath(u"qml-tests.db"_s);
        {
            lanterne::LocalStore store;
            if (!store.open(path, lanterne::LocalStore::OpenMode::ReadWrite, true))
                qFatal("cannot create the test store");
            lanterne::demo::DemoOptions options;
            options.tickets = 600;
            options.seed = 11;
            options.until = QDate(2026, 6, 30);
            if (!lanterne::demo::DemoGenerator::generate(store, options).ok)
                qFatal("cannot build the demo store");
            // No tile server in the tests: the map shows its outlines only.
            store.setSetting(u"map_tiles"_s, u"{\"id\":\"none\"}"_s);
            if (QCoreApplication::arguments().join(u' ').contains(u"tst_sync_ui"_s))
                makeOfflineWorkstation(store);
        }
        m_session = new lanterne::Session(lanterne::ReferenceData::builtin(), this);
        lanterne::Session::setInstance(m_session);
        m_sync = new lanterne::SyncService(m_session, this);
        lanterne::SyncService::setInstance(m_sync);
        m_session->start(path);
        if (m_session->state() != lanterne::Session::State::Ready)
            qFatal("the test store did not open");
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        HandlerKeeper::keep();
        qApp->installEventFilter(new HandlerKeeper(qApp));
        engine->addImportPath(u"qrc:/qt/qml"_s);
        engine->addImageProvider(u"photo"_s, new lanterne::PhotoProvider(m_session));
        // Files a test writes (round sheets) go with the test's store; a photo to attach is there.
        engine->rootContext()->setContextProperty(u"testTempDir"_s, m_dir.path());
        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(QColor(90, 140, 60));
        photo.save(m_dir.filePath(u"after.jpg"_s), "JPEG");
    }

private:
    /** A workstation (not the demo city) whose central database refuses connections. */
    static void makeOfflineWorkstation(lanterne::LocalStore &store)
    {
        using namespace lanterne;
        const Actor agent{u"c.moreau"_s, Role::Agent, {}};
        TicketEditor editor(store);
        QSqlQuery q(store.database());
        q.exec(
            u"SELECT id FROM ticket WHERE priority = 'normal' AND status_class = 'open' ORDER BY seq LIMIT 4"_s);
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        if (ids.size() < 4)
            qFatal("no open ticket for the sync tests");
        auto receive = [&](const EditResult &e, const char *receipt) {
            if (!e.ok())
                qFatal("edit failed: %s", qPrintable(e.message));
            store.beginWrite();
            QString error;
            if (!workingcopy::recordReceipt(store.database(), e.operationId,
                                            e.operationId.isEmpty() ? QString() : [&] {
                                                QSqlQuery t(store.database());
                                                t.prepare(u"SELECT op_type FROM outbox WHERE op_id = ?"_s);
                                                t.addBindValue(e.operationId);
                                                t.exec();
                                                t.next();
                                                return t.value(0).toString();
                                            }(),
                                            e.ticketId, QJsonDocument::fromJson(receipt).object(), &error))
                qFatal("receipt: %s", qPrintable(error));
            store.commit();
        };
        receive(
            editor.setPriority(ids[0], Priority::High, agent),
            R"({"status":"conflict","conflicts":{"priority":{"server":"urgent","yours":"high","base":"normal"}}})");
        receive(editor.addComment(ids[1], CommentKind::Internal, u"Vu avec le gardien"_s, agent),
                R"({"status":"rejected","reason":"not_found_or_out_of_scope"})");
        // One edit still waiting to be sent.
        if (!editor.setPriority(ids[2], Priority::Low, agent).ok())
            qFatal("edit failed");
        // A note made when the store acted as another login: held for it, never sent as this one.
        store.setSetting(u"central_login"_s, u"a.dupont"_s);
        if (!editor
                 .addComment(ids[3], CommentKind::Internal, u"Note laissée par a.dupont"_s,
                             {u"a.dupont"_s, Role::Agent, {}})
                 .ok())
            qFatal("edit failed");
        store.setSetting(u"central_login"_s, u"c.moreau"_s);
        store.setSetting(u"central_role"_s, u"agent"_s);
        store.setSetting(u"demo"_s, QString());
        store.setSetting(u"central_url"_s, u"postgresql://agent@127.0.0.1:1/lanterne?connect_timeout=2"_s);
    }

    QTemporaryDir m_dir;
    lanterne::Session *m_session = nullptr;
    lanterne::SyncService *m_sync = nullptr;
};

int main(int argc, char **argv)
{
    // Qt Charts (the dashboard) needs a QApplication; Qt Quick Test uses the one that exists.
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    int rc = 0;
    {
        Setup setup;
        rc = quick_test_main_with_setup(argc, argv, "lanterne", nullptr, &setup);
    }
    qInstallMessageHandler(nullptr);
    if (!g_warnings.isEmpty()) {
        std::fprintf(stderr, "FAIL: %lld Qt/QML warning(s) during the tests:\n",
                     qlonglong(g_warnings.size()));
        for (const QString &w : std::as_const(g_warnings))
            std::fprintf(stderr, "  %s\n", qPrintable(w));
        return rc ? rc : 1;
    }
    return rc;
}

#include "tst_qml.moc"
