// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/interventions.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>
#include <QVariantMap>

namespace lanterne {

/**
 * A team's day: the planned interventions in the round's order, for the Tournées page (the
 * office plans, orders, removes, prints the round sheet) and for Ma journée (the team records
 * what it did, stop after stop, from the keyboard). Every change goes through Interventions: one
 * local write, no wait, synced later. The rows follow changes made elsewhere (a sync, another
 * page) without losing the current row.
 */
class FieldDayModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString team READ team WRITE setTeam NOTIFY dayChanged)
    Q_PROPERTY(QString day READ dayIso WRITE setDayIso NOTIFY dayChanged)
    Q_PROPERTY(QString dayLabel READ dayLabel NOTIFY dayChanged)
    Q_PROPERTY(bool isToday READ isToday NOTIFY dayChanged)
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int reportedCount READ reportedCount NOTIFY countsChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool printing READ printing NOTIFY printingChanged)
    /** The team's nearest days with stops before and after this one (ISO), or empty. */
    Q_PROPERTY(QString previousPlannedDay READ previousPlannedDay NOTIFY countsChanged)
    Q_PROPERTY(QString nextPlannedDay READ nextPlannedDay NOTIFY countsChanged)
    /** Rows are read only while active (a dialog's model, while it is shown); true by default. */
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        TicketIdRole,
        ReferenceRole,
        PositionRole,
        PlannedTimeRole,
        DefaultTimeRole,
        CategoryRole,
        CategoryLabelRole,
        AddressRole,
        DescriptionRole,
        TicketStatusRole,
        TicketStatusLabelRole,
        TicketElsewhereRole,
        ResultRole,
        ResultLabelRole,
        ReasonRole,
        ActedTimeRole,
        MinutesRole,
        MaterialsRole,
        NoteRole,
        AfterPhotoRole,
        PendingRole
    };

    explicit FieldDayModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString team() const { return m_team; }
    void setTeam(const QString &team);
    [[nodiscard]] QString dayIso() const { return m_day.toString(Qt::ISODate); }
    void setDayIso(const QString &day);
    [[nodiscard]] QString dayLabel() const;
    [[nodiscard]] bool isToday() const;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int reportedCount() const;
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] bool printing() const { return m_printing; }
    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] QString previousPlannedDay() const { return m_previousDay; }
    [[nodiscard]] QString nextPlannedDay() const { return m_nextDay; }
    /** A day (ISO) as the page says it: "lundi 23 novembre 2026". */
    Q_INVOKABLE QString dayText(const QString &day) const;
    void setActive(bool active);

    /** Reads the day again (kept row by row when the same stops are still there). */
    Q_INVOKABLE void reload();
    Q_INVOKABLE void shiftDay(int days);
    Q_INVOKABLE void goToday();
    /** The row of the first stop not reported yet from @p row on (wrapping), or -1. */
    Q_INVOKABLE int nextToReport(int row) const;

    /**
     * Records a result: @p result done|not_done|impossible, @p time "HH:MM" (Paris, on the day),
     * and the optional rest ({minutes, materials, note, reason, photo: a file URL}). Returns
     * {ok, message}; a failure is also in lastError.
     */
    Q_INVOKABLE QVariantMap report(int row, const QString &result, const QString &time,
                                   const QVariantMap &details);
    /** The common case in one key: @p result at the stop's default time, nothing else. */
    Q_INVOKABLE QVariantMap quickReport(int row, const QString &result);

    /** The office: plans tickets for a team and a day (ISO), at @p time "HH:MM" or none. {ok, count, message}
     */
    Q_INVOKABLE QVariantMap plan(const QStringList &ticketIds, const QString &team, const QString &day,
                                 const QString &time);
    Q_INVOKABLE bool move(int from, int to);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool setPlannedTime(int row, const QString &time);
    /** The next working day after today (Europe/Paris), ISO: the usual day to plan for. */
    Q_INVOKABLE QString nextWorkingDay() const;

    /** Writes the round sheet to @p fileUrl (its maps' tiles loaded first, a few seconds at most). */
    Q_INVOKABLE void printSheet(const QString &fileUrl);
    /** Where the round sheet is proposed: the Documents folder, under its usual name. */
    Q_INVOKABLE QString sheetFileUrl() const;

Q_SIGNALS:
    void dayChanged();
    void countsChanged();
    void lastErrorChanged();
    void printingChanged();
    void activeChanged();
    /** A change was made or refused: what to tell the user. */
    void notice(const QString &message);
    void sheetWritten(const QString &path);

private:
    void setError(const QString &message);
    /** Runs one of this model's changes; the store's notifications of it are not read again. */
    EditResult write(const std::function<EditResult()> &change);
    [[nodiscard]] QTime defaultTime(int row) const;
    void writeSheet(const QString &path, const QHash<QString, QImage> &tiles, const QString &attribution);

    QString m_team;
    QDate m_day;
    QList<PlannedIntervention> m_rows;
    QString m_lastError;
    bool m_printing = false;
    bool m_active = true;
    bool m_writing = false;
    QString m_previousDay, m_nextDay;
};

} // namespace lanterne
