// SPDX-License-Identifier: GPL-3.0-or-later
// lanterne: the composition root of the desktop application.
#include "photoprovider.h"
#include "selftest.h"
#include "session.h"
#include "storage/localstore.h"
#include "syncservice.h"
#include "util/runtimedir.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QTranslator>

Q_IMPORT_QML_PLUGIN(Lanterne_MapPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_UiPlugin)
Q_IMPORT_QML_PLUGIN(Lanterne_AppPlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    lanterne::ensureRuntimeDir();
    QApplication app(argc, argv); // Qt Charts (dashboards) needs a QApplication
    QCoreApplication::setOrganizationName(u"Lanterne"_s);
    QCoreApplication::setApplicationName(u"lanterne"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LANTERNE_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Lanterne"_s);
    QGuiApplication::setDesktopFileName(u"fr.lanterne.Lanterne"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/lanterne/icons/lanterne.svg"_s));

    // French first; English for every other locale.
    const bool french = QLocale().language() == QLocale::French;
    QTranslator appTranslator, qtTranslator;
    if (french &&
        qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    // The French catalogue holds the plural forms of the (French) source strings.
    if (appTranslator.load(french ? u":/i18n/lanterne_fr.qm"_s : u":/i18n/lanterne_en.qm"_s))
        QCoreApplication::installTranslator(&appTranslator);
    lanterne::ReferenceData::setEnglish(!french);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Lanterne : signalements de l'espace public"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QCoreApplication::translate("main", "Magasin local à ouvrir."),
                                      u"PATH"_s);
    const QCommandLineOption pageOption(
        u"page"_s,
        QCoreApplication::translate(
            "main",
            "Page à ouvrir (inbox, map, triage, kanban, dashboard, field, new, settings, conflicts)."),
        u"PAGE"_s);
    const QCommandLineOption selectOption(
        u"select"_s, QCoreApplication::translate("main", "Signalement à sélectionner."), u"REF"_s);
    const QCommandLineOption shotOption(
        u"screenshot"_s, QCoreApplication::translate("main", "Écrit la fenêtre en PNG puis quitte."),
        u"FILE"_s);
    const QCommandLineOption sizeOption(
        u"size"_s, QCoreApplication::translate("main", "Taille de la fenêtre."), u"WxH"_s, u"1440x900"_s);
    const QCommandLineOption selfTestOption(
        u"self-test"_s, QCoreApplication::translate("main", "Charge chaque page et échoue au "
                                                            "moindre avertissement QML."));
    const QCommandLineOption demoOption(u"demo-tickets"_s,
                                        QCoreApplication::translate("main",
                                                                    "Taille de la ville de démonstration "
                                                                    "au premier lancement."),
                                        u"N"_s, u"20000"_s);
    parser.addOptions(
        {dbOption, pageOption, selectOption, shotOption, sizeOption, selfTestOption, demoOption});
    parser.process(app);

    const QStringList pages{u"inbox"_s, u"map"_s, u"triage"_s,   u"kanban"_s,   u"dashboard"_s,
                            u"field"_s, u"new"_s, u"settings"_s, u"conflicts"_s};
    // No page asked: the window chooses (Ma journée for a field team, else the tickets).
    const QString page = parser.value(pageOption);
    if (!page.isEmpty() && !pages.contains(page)) {
        std::fprintf(stderr, "lanterne: %s\n",
                     qPrintable(QCoreApplication::translate("main", "page inconnue : %1 (pages : %2)")
                                    .arg(page, pages.join(u", "_s))));
        return 2;
    }
    QSize size(1440, 900);
    {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        if (wh.size() != 2 || wh[0].toInt() < 320 || wh[1].toInt() < 240) {
            std::fprintf(stderr, "lanterne: %s\n",
                         qPrintable(QCoreApplication::translate("main", "taille invalide : %1 (ex. 1440x900)")
                                        .arg(parser.value(sizeOption))));
            return 2;
        }
        size = QSize(wh[0].toInt(), wh[1].toInt());
    }

    lanterne::SelfTest selfTest(parser.isSet(selfTestOption), parser.value(shotOption));
    if (selfTest.enabled())
        selfTest.installMessageHandler();

    lanterne::Session session(lanterne::ReferenceData::builtin());
    lanterne::Session::setInstance(&session);
    lanterne::SyncService sync(&session);
    lanterne::SyncService::setInstance(&sync);
    QQuickStyle::setStyle(u"Basic"_s);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.addImageProvider(u"photo"_s, new lanterne::PhotoProvider(&session));
    QObject::connect(&engine, &QQmlApplicationEngine::warnings, &selfTest, &lanterne::SelfTest::addWarnings);
    engine.setInitialProperties({{u"initialPage"_s, page},
                                 {u"initialSelection"_s, parser.value(selectOption)},
                                 {u"width"_s, size.width()},
                                 {u"height"_s, size.height()}});
    session.start(parser.value(dbOption).isEmpty() ? lanterne::LocalStore::defaultPath()
                                                   : parser.value(dbOption),
                  parser.value(demoOption).toInt());
    engine.load(QUrl(u"qrc:/qt/qml/Lanterne/App/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (qEnvironmentVariableIsSet("LANTERNE_TIMING") && window) {
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [&startup, &session] {
            static bool reported = false;
            if (!reported && session.state() == lanterne::Session::State::Ready) {
                reported = true;
                std::fprintf(stderr, "first-frame-ms %lld\n", static_cast<long long>(startup.elapsed()));
            }
        });
    }
    if (selfTest.enabled() || selfTest.screenshotWanted())
        selfTest.run(window, &session);
    return app.exec();
}
