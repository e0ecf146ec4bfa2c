// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlError>
#include <QStringList>

class QQuickWindow;

namespace lanterne {

class Session;

/**
 * `--self-test`: walks through every page and dialog once the store is ready, and exits non-zero on
 * any QML warning or error (platform messages do not count). `--screenshot FILE`: writes the
 * window as PNG once the page has drawn its data, then exits.
 */
class SelfTest : public QObject
{
    Q_OBJECT
public:
    SelfTest(bool selfTest, const QString &screenshot);

    [[nodiscard]] bool enabled() const { return m_enabled; }
    [[nodiscard]] bool screenshotWanted() const { return !m_screenshot.isEmpty(); }
    void installMessageHandler();
    void run(QQuickWindow *window, Session *session);
    void addWarnings(const QList<QQmlError> &warnings);
    static void recordMessage(const QString &message);

private:
    void step();
    void finish();

    bool m_enabled;
    QString m_screenshot;
    QQuickWindow *m_window = nullptr;
    Session *m_session = nullptr;
    int m_step = 0;
};

} // namespace lanterne
