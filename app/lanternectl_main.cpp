// SPDX-License-Identifier: GPL-3.0-or-later
// lanternectl: the composition root of the command line (CLI.md).
#include "lanternectl.h"

#include "util/runtimedir.h"

#include <cstdio>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    // Rendering (photos, PDF) never needs a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", qgetenv("QT_LOGGING_RULES").isEmpty()
                                    ? QByteArray("lanterne.*.info=false\nlanterne.*.warning=false")
                                    : qgetenv("QT_LOGGING_RULES"));
    lanterne::ensureRuntimeDir();
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lanterne"));
    QCoreApplication::setApplicationName(QStringLiteral("lanternectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LANTERNE_VERSION));
    QTranslator translator;
    const bool french = QLocale().language() == QLocale::French;
    if (translator.load(french ? QStringLiteral(":/i18n/lanterne_fr.qm")
                               : QStringLiteral(":/i18n/lanterne_en.qm")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    lanterne::cli::Lanternectl ctl(out, err);
    const int rc = ctl.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return rc;
}
