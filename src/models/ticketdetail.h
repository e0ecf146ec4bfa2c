// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"

#include <optional>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace lanterne {

struct EditResult;

/**
 * One ticket for the detail panel: its fields with labels, timeline (history and comments),
 * photos, the transitions the user may make, and the actions (each one operation in the store).
 */
class TicketDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString ticketId READ ticketId WRITE setTicketId NOTIFY ticketIdChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QVariantMap ticket READ ticket NOTIFY changed)
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY changed)
    Q_PROPERTY(QVariantList photos READ photos NOTIFY changed)
    Q_PROPERTY(QVariantList transitions READ transitions NOTIFY changed)
    Q_PROPERTY(QString undoLabel READ undoLabel NOTIFY changed)
    /** Open tickets the duplicate rules suggest this one duplicates, best first. */
    Q_PROPERTY(QVariantList duplicates READ duplicates NOTIFY duplicatesChanged)
    /** The messages queued for the reporter: {event, eventLabel, subject, when, state, stateLabel}. */
    Q_PROPERTY(QVariantList notifications READ notifications NOTIFY changed)
    /** The field teams' interventions on it: planned, and what the team reported. */
    Q_PROPERTY(QVariantList interventions READ interventions NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit TicketDetail(QObject *parent = nullptr);

    [[nodiscard]] QString ticketId() const { return m_id; }
    void setTicketId(const QString &id);
    [[nodiscard]] bool exists() const { return !m_ticket.isEmpty(); }
    [[nodiscard]] QVariantMap ticket() const { return m_ticket; }
    [[nodiscard]] QVariantList timeline() const { return m_timeline; }
    [[nodiscard]] QVariantList photos() const { return m_photos; }
    [[nodiscard]] QVariantList transitions() const { return m_transitions; }
    [[nodiscard]] QString undoLabel() const { return m_undoLabel; }
    [[nodiscard]] QVariantList duplicates() const { return m_duplicates; }
    [[nodiscard]] QVariantList notifications() const { return m_notifications; }
    [[nodiscard]] QVariantList interventions() const { return m_interventions; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    Q_INVOKABLE bool setStatus(const QString &status, const QString &note, const QString &duplicateOf,
                               const QString &forwardedTo);
    /** Empty string: unassign; null/undefined: unchanged. */
    Q_INVOKABLE bool assign(const QVariant &service, const QVariant &team, const QVariant &agent);
    Q_INVOKABLE bool setPriority(const QString &priority);
    Q_INVOKABLE bool recategorize(const QString &category);
    Q_INVOKABLE bool editDescription(const QString &text);
    Q_INVOKABLE bool moveLocation(double latitude, double longitude, const QString &address);
    /** A public comment is a reply queued for the reporter (@p subject: the template's title). */
    Q_INVOKABLE bool addComment(const QString &text, bool isPublic, const QString &subject = {});
    /** Merges this ticket into @p original (UUID or reference) as its duplicate. */
    Q_INVOKABLE bool merge(const QString &original);
    /** The authority's answer: "acknowledged", or "returned" with the reason. */
    Q_INVOKABLE bool setForwardState(const QString &state, const QString &note);
    /** Applies the routing rules again, replacing a manual assignment. */
    Q_INVOKABLE bool reroute();
    Q_INVOKABLE bool attachPhoto(const QUrl &file);
    Q_INVOKABLE bool undo();
    /** A response template's text with the ticket's placeholders filled in. */
    Q_INVOKABLE QString fillTemplate(const QString &text) const;
    Q_INVOKABLE QVariantList responseTemplates() const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ticketIdChanged();
    void changed();
    void lastErrorChanged();
    void duplicatesChanged();
    /** After a successful action, a short confirmation for the status bar. */
    void done(const QString &message);

private:
    bool finish(const EditResult &result, const QString &confirmation);
    void loadDuplicates(const QString &ticketId);
    void setLastError(const QString &error);

    QString m_id;
    QVariantMap m_ticket;
    QVariantList m_timeline;
    QVariantList m_photos;
    QVariantList m_transitions;
    QString m_undoLabel;
    QVariantList m_duplicates;
    QVariantList m_notifications;
    QVariantList m_interventions;
    std::optional<Ticket> m_raw;
    QString m_lastError;
};

} // namespace lanterne
