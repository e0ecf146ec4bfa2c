// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QEventLoop>
#include <QQuickWindow>
#include <QTimer>

namespace benchwindow {

/** Runs the event loop until @p done, checked at each frame and each millisecond; false on timeout. */
inline bool waitUntil(QQuickWindow &window, const std::function<bool()> &done, int timeoutMs = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(1); });
    poll.start();
    return loop.exec() == 0;
}

} // namespace benchwindow
