// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoprovider.h"

#include "demo/demophoto.h"
#include "session.h"
#include "storage/interventions.h"
#include "storage/ticketrepository.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QPainter>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace lanterne {

PhotoProvider::PhotoProvider(Session *session)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_session(session)
{}

QImage PhotoProvider::remoteCard(const QString &photoId, bool thumb)
{
    SyncService *sync = SyncService::instance();
    const bool connected = sync && !sync->url().isEmpty(); // configured, maybe not connected yet
    if (connected)
        sync->requestPhoto(photoId); // thread-safe: queued to the sync thread
    QImage card(thumb ? QSize(320, 240) : QSize(800, 600), QImage::Format_RGB32);
    card.fill(QColor(0xe4, 0xe8, 0xee));
    QPainter painter(&card);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0x5d, 0x68, 0x78));
    QFont font = painter.font();
    font.setPixelSize(thumb ? 18 : 30);
    painter.setFont(font);
    const QString text =
        connected ? QCoreApplication::translate("PhotoProvider", "Photo en cours de téléchargement…")
                  : QCoreApplication::translate("PhotoProvider",
                                                "Photo sur la base centrale : elle s'affichera une "
                                                "fois ce poste connecté.");
    painter.drawText(card.rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, text);
    return card;
}

QImage PhotoProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const bool thumb = id.startsWith("thumb/"_L1);
    QString photoId = thumb ? id.mid(6) : id;
    const bool remote = photoId.startsWith("remote/"_L1);
    if (remote)
        photoId = photoId.mid(7);
    QImage image;
    const bool intervention = photoId.startsWith("intervention/"_L1);
    // A connection belongs to the thread that opened it: asked from another thread (an Image with
    // `asynchronous: true`), the photo is read through a read-only connection of that thread.
    LocalStore *store = m_session ? &m_session->store() : nullptr;
    std::unique_ptr<LocalStore> own;
    if (store && m_session->state() == Session::State::Ready &&
        QThread::currentThread() != m_session->thread()) {
        own = std::make_unique<LocalStore>();
        store = own->open(m_session->storePath(), LocalStore::OpenMode::ReadOnly).ok ? own.get() : nullptr;
    }
    const bool ready = store && m_session->state() == Session::State::Ready;
    if (intervention && ready) {
        // An intervention's "after" photo (not one of the ticket's).
        photoId = photoId.mid(13);
        if (photoId.startsWith("remote/"_L1))
            photoId = photoId.mid(7);
        image = QImage::fromData(Interventions(*store).afterPhoto(photoId, thumb));
        if (image.isNull())
            image = remoteCard(photoId, thumb);
    } else if (ready) {
        TicketRepository repo(*store);
        if (const auto p = repo.photo(photoId)) {
            if (p->demo) {
                const auto t = repo.ticket(p->ticketId);
                const QString category = t ? t->category : QString();
                // Drawn at the size asked for when it is smaller (the kanban's cards): less to paint.
                QSize target = thumb ? QSize(320, 240) : demo::DemoPhoto::kFullSize;
                if (requestedSize.isValid() && requestedSize.width() > 0 && requestedSize.height() > 0 &&
                    requestedSize.width() < target.width() && requestedSize.height() < target.height())
                    target = target.scaled(requestedSize, Qt::KeepAspectRatioByExpanding);
                image = demo::DemoPhoto::render(
                    p->ticketId, p->position, QColor(m_session->categoryColour(category)),
                    QCoreApplication::translate("PhotoProvider", "%1 — photo de démonstration")
                        .arg(t ? t->reference : QString()),
                    target);
            } else {
                image = QImage::fromData(repo.photoData(photoId, thumb));
                if (image.isNull() && !p->stored)
                    image = remoteCard(photoId, thumb);
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
