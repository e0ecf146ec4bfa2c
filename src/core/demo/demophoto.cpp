// SPDX-License-Identifier: GPL-3.0-or-later
#include "demophoto.h"

#include <QCryptographicHash>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <random>

namespace lanterne::demo {

QImage DemoPhoto::render(const QString &ticketId, int position, const QColor &accent, const QString &caption,
                         QSize size)
{
    const QByteArray digest =
        QCryptographicHash::hash((ticketId + QString::number(position)).toUtf8(), QCryptographicHash::Sha1);
    std::mt19937_64 rng(quint64(*reinterpret_cast<const quint64 *>(digest.constData())));
    auto unit = [&rng] { return double(rng() % 10000) / 10000.0; };

    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = size.width(), h = size.height();
    const double horizon = h * (0.35 + 0.2 * unit());

    // Sky, facades, pavement: a plausible street seen by a passer-by.
    QLinearGradient sky(0, 0, 0, horizon);
    const int cloud = int(180 + 60 * unit());
    sky.setColorAt(0, QColor(110, 150, cloud));
    sky.setColorAt(1, QColor(205, 215, 225));
    p.fillRect(QRectF(0, 0, w, horizon), sky);
    double x = 0;
    while (x < w) {
        const double bw = w * (0.12 + 0.2 * unit());
        const double bh = horizon * (0.5 + 0.5 * unit());
        const QColor wall =
            QColor::fromHsv(int(20 + 30 * unit()), int(20 + 60 * unit()), int(150 + 90 * unit()));
        p.fillRect(QRectF(x, horizon - bh, bw, bh + 2), wall);
        p.setPen(Qt::NoPen);
        p.setBrush(wall.darker(160));
        for (double wy = horizon - bh + 12; wy < horizon - 20; wy += 34)
            for (double wx = x + 10; wx < x + bw - 20; wx += 30)
                p.drawRect(QRectF(wx, wy, 14, 20));
        x += bw;
    }
    QLinearGradient ground(0, horizon, 0, h);
    ground.setColorAt(0, QColor(120, 120, 125));
    ground.setColorAt(1, QColor(70, 70, 76));
    p.fillRect(QRectF(0, horizon, w, h - horizon), ground);
    p.setPen(QPen(QColor(230, 230, 230), h / 80.0, Qt::DashLine));
    p.drawLine(QPointF(w * 0.5, horizon), QPointF(w * (0.2 + 0.6 * unit()), h));

    // The subject of the report, in the category's colour.
    const QPointF centre(w * (0.3 + 0.4 * unit()), horizon + (h - horizon) * (0.35 + 0.3 * unit()));
    const double r = h * (0.12 + 0.08 * unit());
    QPainterPath blob;
    const int points = 7 + int(rng() % 5);
    for (int i = 0; i <= points; ++i) {
        const double a = 2 * M_PI * i / points;
        const double rr = r * (0.7 + 0.5 * unit());
        const QPointF pt = centre + QPointF(std::cos(a) * rr * 1.4, std::sin(a) * rr * 0.7);
        i == 0 ? blob.moveTo(pt) : blob.lineTo(pt);
    }
    p.setPen(QPen(accent.darker(150), 3));
    p.setBrush(accent);
    p.drawPath(blob);

    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 140));
    const double band = h / 12.0;
    p.drawRect(QRectF(0, h - band, w, band));
    QFont font = p.font();
    font.setPixelSize(int(band * 0.45));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(band * 0.3, h - band, w - band * 0.6, band), Qt::AlignVCenter | Qt::AlignLeft, caption);
    return image;
}

} // namespace lanterne::demo
