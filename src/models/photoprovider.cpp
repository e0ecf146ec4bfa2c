// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoprovider.h"

#include "demo/demophoto.h"
#include "session.h"
#include "storage/ticketrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lanterne {

PhotoProvider::PhotoProvider(Session *session)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_session(session)
{}

QImage PhotoProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const bool thumb = id.startsWith("thumb/"_L1);
    const QString photoId = thumb ? id.mid(6) : id;
    QImage image;
    if (m_session && m_session->state() == Session::State::Ready) {
        TicketRepository repo(m_session->store());
        if (const auto p = repo.photo(photoId)) {
            if (p->demo) {
                const auto t = repo.ticket(p->ticketId);
                const QString category = t ? t->category : QString();
                const QSize target = thumb ? QSize(320, 240) : demo::DemoPhoto::kFullSize;
                image = demo::DemoPhoto::render(
                    p->ticketId, p->position, QColor(m_session->categoryColour(category)),
                    QCoreApplication::translate("PhotoProvider", "%1 — photo de démonstration")
                        .arg(t ? t->reference : QString()),
                    target);
            } else {
                image = QImage::fromData(repo.photoData(photoId, thumb));
            }
        }
    }
    if (image.isNull()) {
        // Missing or unreadable: a neutral placeholder rather than a broken image.
        image = QImage(thumb ? QSize(320, 240) : QSize(640, 480), QImage::Format_RGB32);
        image.fill(QColor(0xdd, 0xdd, 0xdd));
    }
    if (requestedSize.isValid() && !requestedSize.isEmpty())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace lanterne
