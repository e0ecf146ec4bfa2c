// SPDX-License-Identifier: GPL-3.0-or-later
#include "querywatchdog.h"

#include <sys/socket.h>

namespace lanterne {

QueryWatchdog::QueryWatchdog()
    : m_thread([this] { run(); })
{}

QueryWatchdog::~QueryWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void QueryWatchdog::arm(int socket, std::chrono::milliseconds timeout)
{
    {
        std::lock_guard lock(m_mutex);
        m_armed = socket >= 0;
        m_socket = socket;
        m_deadline = std::chrono::steady_clock::now() + timeout;
        m_fired = false;
    }
    m_changed.notify_all();
}

void QueryWatchdog::disarm()
{
    {
        std::lock_guard lock(m_mutex);
        m_armed = false;
    }
    m_changed.notify_all();
}

void QueryWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (!m_armed) {
            m_changed.wait(lock);
            continue;
        }
        if (m_changed.wait_until(lock, m_deadline) == std::cv_status::timeout && m_armed &&
            std::chrono::steady_clock::now() >= m_deadline) {
            // Said before the socket goes: the blocked call returns at once and its caller asks.
            m_fired = true;
            m_armed = false;
            ::shutdown(m_socket, SHUT_RDWR);
        }
    }
}

} // namespace lanterne
