// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace lanterne {

/** The new-ticket form's action: checks and creates a ticket (one operation in the store). */
class TicketForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit TicketForm(QObject *parent = nullptr);

    [[nodiscard]] QString lastError() const { return m_lastError; }

    /**
     * Creates the ticket from the form's fields (kind, category, description, latitude, longitude,
     * address, channel, priority, reporterName, reporterEmail, reporterPhone, photos: file URLs).
     * Returns {id, reference}, or an empty map with lastError set.
     */
    Q_INVOKABLE QVariantMap create(const QVariantMap &fields);

Q_SIGNALS:
    void lastErrorChanged();

private:
    void setLastError(const QString &error);
    QString m_lastError;
};

} // namespace lanterne
