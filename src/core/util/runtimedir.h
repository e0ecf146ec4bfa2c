// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <unistd.h>

namespace lanterne {

/**
 * Outside a desktop session (cron, CI, ssh) XDG_RUNTIME_DIR is often unset and Qt warns on every
 * start: give the process a private one in the temporary directory instead.
 */
inline void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/lanterne-runtime-%1").arg(::getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace lanterne
