// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace lanterne {

PreparedPhoto PreparedPhoto::fromBytes(const QByteArray &bytes)
{
    PreparedPhoto p;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    static const QList<QByteArray> accepted{"jpeg", "jpg", "png", "webp", "gif", "bmp"};
    if (format.isEmpty() || !accepted.contains(format.toLower())) {
        p.error =
            QCoreApplication::translate("PreparedPhoto", "format non reconnu (JPEG, PNG ou WebP attendu)");
        return p;
    }
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > 80'000'000) {
        p.error = QCoreApplication::translate("PreparedPhoto", "image trop grande (%1 × %2 pixels)")
                      .arg(size.width())
                      .arg(size.height());
        return p;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        p.error = reader.errorString();
        return p;
    }
    p.mimeType =
        format == "jpg" || format == "jpeg" ? u"image/jpeg"_s : u"image/"_s + QString::fromLatin1(format);
    p.width = image.width();
    p.height = image.height();
    const QImage thumb =
        image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer out(&p.thumbnail);
    out.open(QIODevice::WriteOnly);
    thumb.convertToFormat(QImage::Format_RGB32).save(&out, "JPEG", 85);
    p.valid = true;
    return p;
}

} // namespace lanterne
