// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: each test file gets a fresh demo store, a Session, the sync service and
// the app's modules. tst_sync_ui gets a store of a workstation connected to a central database
// that cannot be reached, with a conflict and a refusal waiting in its outbox.
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

Q_IMPORT_QML_PLUGIN(Lanterne_MapPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_UiPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_AppPlugin)

using namespace Qt::StringLiterals;

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
        if (!editor.addComment(ids[3], CommentKind::Internal, u"Note laissée par a.dupont"_s,
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
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "lanterne", nullptr, &setup);
}

#include "tst_qml.moc"
