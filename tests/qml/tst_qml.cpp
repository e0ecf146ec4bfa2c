// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: each test file gets a fresh demo store, a Session and the app's modules.
#include "demo/demogenerator.h"
#include "photoprovider.h"
#include "session.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

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
        }
        m_session = new lanterne::Session(lanterne::ReferenceData::builtin(), this);
        lanterne::Session::setInstance(m_session);
        m_session->start(path);
        if (m_session->state() != lanterne::Session::State::Ready)
            qFatal("the test store did not open");
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        engine->addImageProvider(u"photo"_s, new lanterne::PhotoProvider(m_session));
    }

private:
    QTemporaryDir m_dir;
    lanterne::Session *m_session = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(lanterne, Setup)

#include "tst_qml.moc"
