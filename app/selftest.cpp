// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include "session.h"

#include <cstdio>
#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {

QStringList g_problems;
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    const bool platform = category.startsWith("qt.qpa"_L1) || category.startsWith("qt.rhi"_L1) ||
                          category.startsWith("qt.glx"_L1) || category.startsWith("qt.scenegraph"_L1) ||
                          message.contains("XDG_RUNTIME_DIR"_L1);
    const bool fromQml = category == "qml"_L1 || category == "js"_L1 || message.contains("qrc:/"_L1) ||
                         QString::fromLatin1(context.file ? context.file : "").startsWith("qrc:/"_L1);
    if (type >= QtWarningMsg && !platform && fromQml)
        SelfTest::recordMessage(message);
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

SelfTest::SelfTest(bool selfTest, const QString &screenshot)
    : m_enabled(selfTest)
    , m_screenshot(screenshot)
{}

void SelfTest::installMessageHandler()
{
    g_previous = qInstallMessageHandler(handler);
}

void SelfTest::recordMessage(const QString &message)
{
    g_problems.append(message);
}

void SelfTest::addWarnings(const QList<QQmlError> &warnings)
{
    for (const QQmlError &e : warnings)
        g_problems.append(e.toString());
}

void SelfTest::run(QQuickWindow *window, Session *session)
{
    m_window = window;
    m_session = session;
    auto begin = [this] {
        if (m_session->state() == Session::State::Ready || m_session->state() == Session::State::Error)
            QTimer::singleShot(600, this, &SelfTest::step);
    };
    connect(session, &Session::stateChanged, this, begin);
    begin();
    // Never hang: a self-test or screenshot that cannot finish fails.
    QTimer::singleShot(120000, this, [] {
        std::fprintf(stderr, "lanterne: self-test timed out\n");
        QCoreApplication::exit(3);
    });
}

void SelfTest::step()
{
    if (m_session->state() == Session::State::Error && m_enabled) {
        g_problems.append(u"store: "_s + m_session->errorString());
        finish();
        return;
    }
    if (!m_enabled) { // screenshot only: the page has loaded and drawn its data
        m_window->update();
        QTimer::singleShot(400, this, [this] {
            const QImage image = m_window->grabWindow();
            const bool ok = !image.isNull() && image.save(m_screenshot, "PNG");
            if (!ok)
                std::fprintf(stderr, "lanterne: cannot write %s\n", qPrintable(m_screenshot));
            QCoreApplication::exit(ok ? 0 : 1);
        });
        return;
    }
    // LANTERNE_SELFTEST_SHOTS=DIR keeps a picture of every step, to look at what was tested.
    const QString shots = qEnvironmentVariable("LANTERNE_SELFTEST_SHOTS");
    if (!shots.isEmpty() && m_step > 0)
        m_window->grabWindow().save(u"%1/step-%2.png"_s.arg(shots).arg(m_step - 1, 2, 10, QLatin1Char('0')));
    QVariant more;
    QMetaObject::invokeMethod(m_window, "selfTestStep", Q_RETURN_ARG(QVariant, more),
                              Q_ARG(QVariant, m_step));
    ++m_step;
    if (more.toBool())
        QTimer::singleShot(250, this, &SelfTest::step);
    else
        finish();
}

void SelfTest::finish()
{
    const QImage image = m_window->grabWindow();
    if (image.isNull())
        g_problems.append(u"the window could not be drawn"_s);
    if (!m_screenshot.isEmpty() && !image.isNull())
        image.save(m_screenshot, "PNG");
    for (const QString &p : std::as_const(g_problems))
        std::fprintf(stderr, "self-test: %s\n", qPrintable(p));
    std::fprintf(stderr, "self-test: %d step(s), %d problem(s)\n", m_step, int(g_problems.size()));
    QCoreApplication::exit(g_problems.isEmpty() ? 0 : 1);
}

} // namespace lanterne
