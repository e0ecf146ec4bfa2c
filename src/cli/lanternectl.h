// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace lanterne::cli {

/** Exit codes of lanternectl (CLI.md). */
enum ExitCode
{
    Success = 0,
    Failure = 1,
    Usage = 2,
    NotFound = 3,
    Refused = 4
};

/** The lanternectl commands: parses @p args (without the program name) and runs one command. */
class Lanternectl
{
public:
    Lanternectl(QTextStream &out, QTextStream &err);
    int run(const QStringList &args);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace lanterne::cli
