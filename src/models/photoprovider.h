// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

namespace lanterne {

class Session;

/**
 * image://photo/ID (full size) and image://photo/thumb/ID: users' photos from the store, demo
 * photos drawn from the ticket's id. image://photo/remote/ID (and thumb/remote/ID): a photo known
 * by its metadata only; the sync thread is asked to fetch it, and a card says so meanwhile.
 * Runs on the GUI thread, which owns the store's connection; called from another thread (an
 * asynchronous Image), it reads through a read-only connection of that thread.
 */
class PhotoProvider : public QQuickImageProvider
{
public:
    explicit PhotoProvider(Session *session);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    static QImage remoteCard(const QString &photoId, bool thumb);

    Session *m_session;
};

} // namespace lanterne
