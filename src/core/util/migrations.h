// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDirIterator>
#include <QRegularExpression>
#include <QStringList>

namespace lanterne {

/** The migration scripts NNN_name.sql of a resource folder, in order. */
inline QStringList migrationScripts(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("[0-9]*.sql")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

/** NNN of a migration script's name, 0 when it has none. */
inline int migrationVersion(const QString &file)
{
    static const QRegularExpression re(QStringLiteral("/(\\d+)_[^/]*\\.sql$"));
    const auto m = re.match(file);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace lanterne
