// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QUuid>
#include <QVariant>

namespace lanterne {

/** Milliseconds since the epoch (UTC) as stored, or a null QVariant for an invalid time. */
[[nodiscard]] inline QVariant toStoredTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

[[nodiscard]] inline QDateTime fromStoredTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

/** ISO 8601 in UTC with a Z and seconds, as in CLI.md; empty for an invalid time. */
[[nodiscard]] inline QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

[[nodiscard]] inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace lanterne
