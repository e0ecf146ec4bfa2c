// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tiny HTTP/1.1 tile server for the map's tests, inside the test process:
//   /ok/z/x/y.png      a 256 × 256 PNG, green at even zooms, blue at odd ones
//   /slow/z/x/y.png    the same after 1.5 s
//   /garbage/...       "200 OK" and bytes that are no picture
//   anything else      404
#include <QBuffer>
#include <QImage>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace lanterne::test {

inline QByteArray png(QColor colour)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return bytes;
}

class TileServer : public QTcpServer
{
public:
    int hits = 0;
    QByteArray lastUserAgent;
    static inline const QColor kEven{0, 128, 0};
    static inline const QColor kOdd{0, 0, 160};

    TileServer() { listen(QHostAddress::LocalHost); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        connect(s, &QTcpSocket::readyRead, this, [this, s] {
            const QByteArray request = s->readAll();
            if (!request.contains("\r\n\r\n"))
                return;
            ++hits;
            const QByteArray path = request.split(' ').value(1);
            for (const QByteArray &line : request.split('\n'))
                if (line.toLower().startsWith("user-agent:"))
                    lastUserAgent = line.mid(11).trimmed();
            auto reply = [s](const QByteArray &status, const QByteArray &type, const QByteArray &body) {
                s->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                         "\r\nCache-Control: max-age=60\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n\r\n" + body);
                s->flush();
            };
            const int zoom = path.split('/').value(2).toInt();
            const QByteArray tile = png(zoom % 2 ? kOdd : kEven);
            if (path.startsWith("/ok/"))
                reply("200 OK", "image/png", tile);
            else if (path.startsWith("/garbage/"))
                reply("200 OK", "image/png", QByteArray("\x89PNG not really a picture at all", 34));
            else if (path.startsWith("/slow/"))
                QTimer::singleShot(1500, s, [reply, tile] { reply("200 OK", "image/png", tile); });
            else
                reply("404 Not Found", "text/plain", "no such tile");
        });
    }
};

} // namespace lanterne::test
