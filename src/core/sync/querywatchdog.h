// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace lanterne {

/**
 * Unblocks a query that a frozen server never answers. A QPSQL query blocks in recv() whatever
 * statement_timeout and keepalives say, and PQcancel needs the server to answer too; so when an
 * armed deadline passes, this thread shuts the connection's socket down: the blocked call returns
 * an error at once and the caller reconnects later.
 */
class QueryWatchdog
{
public:
    QueryWatchdog();
    ~QueryWatchdog();
    QueryWatchdog(const QueryWatchdog &) = delete;
    QueryWatchdog &operator=(const QueryWatchdog &) = delete;

    void arm(int socket, std::chrono::milliseconds timeout);
    void disarm();
    /** Whether the last armed deadline passed (the socket was shut down). */
    [[nodiscard]] bool fired() const { return m_fired; }

    /** Arms for the lifetime of a scope. */
    class Guard
    {
    public:
        Guard(QueryWatchdog &watchdog, int socket, std::chrono::milliseconds timeout)
            : m_watchdog(watchdog)
        {
            m_watchdog.arm(socket, timeout);
        }
        ~Guard() { m_watchdog.disarm(); }
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;

    private:
        QueryWatchdog &m_watchdog;
    };

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
    bool m_stop = false;
    bool m_armed = false;
    int m_socket = -1;
    std::chrono::steady_clock::time_point m_deadline;
    std::atomic_bool m_fired{false};
};

} // namespace lanterne
