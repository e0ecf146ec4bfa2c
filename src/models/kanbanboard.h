// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kanbancellmodel.h"
#include "storage/ticketeditor.h"
#include "storage/ticketfilter.h"

#include <memory>
#include <optional>
#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace lanterne {

class LocalStore;

/**
 * The kanban board: columns by status (which ones and in which order is the agent's choice, kept
 * in the store) or by team, optionally cut into swimlanes by service or priority, under the
 * Inbox's filters. The board reads its tickets' keys once per filter (id, deadline, column and
 * lane: one pass over the rows, open tickets and those fixed or closed in the last doneDays days)
 * and orders each cell by deadline; the cells read the cards a page at a time as the view shows
 * them. An edit moves one key from cell to cell (one query per changed ticket), never a reload.
 * Moving a card is one operation, checked by the workflow first.
 */
class KanbanBoard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap filter READ filter WRITE setFilter NOTIFY filterChanged)
    /** "status" or "team". */
    Q_PROPERTY(QString groupBy READ groupBy WRITE setGroupBy NOTIFY layoutChanged)
    /** "", "service" or "priority". */
    Q_PROPERTY(QString laneBy READ laneBy WRITE setLaneBy NOTIFY layoutChanged)
    /** The statuses shown as columns, in order, when grouped by status. */
    Q_PROPERTY(QStringList statusColumns READ statusColumns WRITE setStatusColumns NOTIFY layoutChanged)
    Q_PROPERTY(int doneDays READ doneDays WRITE setDoneDays NOTIFY layoutChanged)
    /** [{code, label}] */
    Q_PROPERTY(QVariantList columns READ columns NOTIFY layoutChanged)
    /** [{code, label}]; one lane with an empty code when there are no swimlanes. */
    Q_PROPERTY(QVariantList lanes READ lanes NOTIFY layoutChanged)
    /** The number of tickets of each column, and of each lane (apart: a count does not rebuild the board). */
    Q_PROPERTY(QVariantList columnCounts READ columnCounts NOTIFY countsChanged)
    Q_PROPERTY(QVariantList laneCounts READ laneCounts NOTIFY countsChanged)
    Q_PROPERTY(int total READ total NOTIFY countsChanged)
    /** Inactive (hidden), the board does not read the store; it is built when first active. */
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit KanbanBoard(QObject *parent = nullptr);
    /** For tests and benchmarks: a board on any store, acting as @p actor. */
    KanbanBoard(LocalStore *store, const Actor &actor, QObject *parent = nullptr);
    ~KanbanBoard() override;

    [[nodiscard]] QVariantMap filter() const;
    void setFilter(const QVariantMap &filter);
    void setTicketFilter(const TicketFilter &filter);
    [[nodiscard]] QString groupBy() const { return m_groupBy; }
    void setGroupBy(const QString &groupBy);
    [[nodiscard]] QString laneBy() const { return m_laneBy; }
    void setLaneBy(const QString &laneBy);
    [[nodiscard]] QStringList statusColumns() const { return m_statusColumns; }
    void setStatusColumns(const QStringList &statuses);
    [[nodiscard]] int doneDays() const { return m_doneDays; }
    void setDoneDays(int days);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] QVariantList columns() const;
    [[nodiscard]] QVariantList lanes() const;
    [[nodiscard]] QVariantList columnCounts() const;
    [[nodiscard]] QVariantList laneCounts() const;
    [[nodiscard]] int total() const;

    /** The default columns: the open statuses, then fixed. */
    [[nodiscard]] static QStringList defaultStatusColumns();
    /** Every status with its label and whether it is shown, in the board's order, for the settings. */
    Q_INVOKABLE QVariantList statusChoices() const;

    Q_INVOKABLE lanterne::KanbanCellModel *cell(int lane, int column) const;
    /** The column a ticket is in (its status or team), or -1. */
    Q_INVOKABLE int columnOf(const QString &ticketId) const;
    /** The swimlane a ticket is in, or -1. */
    Q_INVOKABLE int laneOf(const QString &ticketId) const;
    /**
     * Whether the ticket may go to that column: {allowed, reason (why not), note: "none" |
     * "reason" | "duplicate_of" | "forwarded_to", target (the column's label)}.
     */
    Q_INVOKABLE QVariantMap checkMove(const QString &ticketId, int toColumn, int toLane = -1) const;
    /**
     * Moves the card: a status change (with @p note: {text, duplicateOf, forwardedTo}) or an
     * assignment to a team; dropped in another swimlane, its priority or service changes too (a
     * second operation). {ok, message, reference}.
     */
    Q_INVOKABLE QVariantMap move(const QString &ticketId, int toColumn, const QVariantMap &note = {},
                                 int toLane = -1);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void filterChanged();
    void layoutChanged();
    void countsChanged();
    void activeChanged();
    /** A move was done or refused, in words (for the status bar). */
    void notice(const QString &message);

private:
    struct Column
    {
        QString code;
        QString label;
    };
    struct Placed
    {
        KanbanCellModel::Key key;
        int cell = -1;
    };
    void attach(LocalStore *store);
    void rebuild();
    void applyFilters();
    void onTicketsChanged(const QStringList &ids);
    /** The board's filters: its open columns, and its done columns over doneDays. */
    [[nodiscard]] QList<TicketFilter> boardFilters() const;
    /** Where each ticket matching the filters goes; only @p id when given. */
    [[nodiscard]] QList<Placed> place(const QString &id = {}) const;
    [[nodiscard]] Actor actor() const;
    [[nodiscard]] QVariantMap checkColumnMove(const QString &ticketId, int toColumn) const;
    [[nodiscard]] TicketEditor *editor() const;

    LocalStore *m_store = nullptr;
    std::unique_ptr<TicketEditor> m_ownEditor;
    std::optional<Actor> m_ownActor;
    TicketFilter m_filter;
    QString m_groupBy = QStringLiteral("status");
    QString m_laneBy;
    QStringList m_statusColumns;
    int m_doneDays = 30;
    QList<Column> m_columns;
    QList<Column> m_lanes;
    QList<KanbanCellModel *> m_cells; ///< lane-major
    QHash<QString, int> m_cellOf;     ///< ticket id -> cell
    bool m_active = true;
    bool m_built = false;
    bool m_stale = false;
};

} // namespace lanterne
