// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapsource.h"

#include <QFutureWatcher>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>

namespace lanterne {

/**
 * The tickets of a filter (the Inbox's) for the map: their places read and clustered off the
 * GUI thread (a connection of its own to the store), rebuilt when the filter or the store
 * changes; and the outlines of the communes and districts of the reference data.
 */
class MapTicketsModel : public map::MapSource
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY markersChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY busyChanged)
    /** False while the map is not shown: changes are noted, and read when it is shown again. */
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    /** False: outlines only, no ticket read (the small maps of a ticket or of the new-ticket form). */
    Q_PROPERTY(bool showTickets READ showTickets WRITE setShowTickets NOTIFY filterChanged)

public:
    explicit MapTicketsModel(QObject *parent = nullptr);
    ~MapTicketsModel() override;

    [[nodiscard]] QVariantMap filter() const { return m_filter; }
    void setFilter(const QVariantMap &filter);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] bool showTickets() const { return m_showTickets; }
    void setShowTickets(bool show);
    [[nodiscard]] int count() const { return m_markers ? int(m_markers->size()) : 0; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] std::shared_ptr<const map::MapMarkers> markers() const override { return m_markers; }
    [[nodiscard]] QList<map::MapOutline> outlines() const override;
    [[nodiscard]] QColor categoryColour(const QString &category) const override;
    [[nodiscard]] QString categoryIcon(const QString &category) const override;

    /** Reads and clusters again now (the store changed under the filter). */
    Q_INVOKABLE void reload();

    struct Built
    {
        std::shared_ptr<map::MapMarkers> markers;
        QString error;
        int generation = 0;
    };
    /** Reads the places of the tickets of @p filter from the store at @p path, and clusters them. */
    static Built build(const QString &path, const QVariantMap &filter, int generation);

Q_SIGNALS:
    void filterChanged();
    void busyChanged();
    void activeChanged();

private:
    QVariantMap m_filter;
    std::shared_ptr<const map::MapMarkers> m_markers;
    QFutureWatcher<Built> m_watcher;
    QTimer m_soon;
    int m_generation = 0;
    bool m_busy = false;
    bool m_again = false;
    bool m_showTickets = true;
    bool m_active = true;
    bool m_stale = false; ///< something changed while inactive
    QString m_error;
};

} // namespace lanterne
