// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace lanterne {

/** A user's photo checked and ready to store: decoded once, with its thumbnail. */
struct PreparedPhoto
{
    static constexpr int kThumbnailSize = 320;

    bool valid = false;
    QString error;
    QString mimeType;
    int width = 0;
    int height = 0;
    QByteArray thumbnail; ///< JPEG, longest side kThumbnailSize

    [[nodiscard]] static PreparedPhoto fromBytes(const QByteArray &bytes);
};

} // namespace lanterne
