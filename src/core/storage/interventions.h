// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/interventionrules.h"
#include "domain/referencedata.h"
#include "storage/ticketeditor.h"

#include <functional>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace lanterne {

class LocalStore;

/** An intervention of a team's day, with what the team needs to know of its ticket. */
struct PlannedIntervention
{
    QString id;
    QString ticketId;
    QString reference;
    QString municipality;
    QString team;
    QDate day;
    int position = 0;
    QTime plannedTime; ///< Europe/Paris; invalid: any time of the day
    QString category;
    QString address;
    QString description;
    double latitude = 0;
    double longitude = 0;
    Status ticketStatus = Status::New;
    QString ticketTeam; ///< the team the ticket is given to now (the office may have changed it)
    QDateTime ticketCreatedAt;
    QString result; ///< empty while not reported
    QString reason;
    int minutesSpent = 0;
    QString materials;
    QString note;
    QDateTime actedAt;
    QString afterPhoto;            ///< the id of the "after" photo, if any
    bool afterPhotoStored = false; ///< its picture is on this workstation (else still on the server)
    bool pending = false;          ///< changed here and not yet sent to the central database
};

/** What a team reports for one intervention. */
struct InterventionReport
{
    InterventionResult result = InterventionResult::Done;
    QString reason;    ///< required when impossible
    QDateTime actedAt; ///< the real time of the action
    int minutesSpent = 0;
    QString materials;
    QString note;
    QByteArray afterPhoto; ///< an "after" photo's file (JPEG, PNG...), or empty: none (or unchanged)
};

/**
 * Field teams' interventions: planned by the office for a team and a day, in order, and reported
 * by the team (done, not done, impossible). Each change is one operation of the outbox, written in
 * one transaction with what it does to the ticket: planning gives the ticket to the team and
 * marks it planned; a result moves the ticket's status as InterventionRules says, dated by the
 * action's real time (the status change is an operation of its own, so that a ticket the office
 * changed meanwhile shows as a conflict on that change while the team's report is kept).
 */
class Interventions
{
public:
    explicit Interventions(LocalStore &store, const ReferenceData &reference = ReferenceData::builtin());

    /** The clock changes are dated by (tests replay known times). */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /** Plans @p ticket for @p team on @p day (at @p time, Paris, if valid), after the day's other stops. */
    EditResult plan(const QString &ticket, const QString &team, const QDate &day, const Actor &actor,
                    const QTime &time = {});
    /** Sets (or, invalid, clears) the planned time of a stop not reported yet. */
    EditResult setPlannedTime(const QString &id, const QTime &time, const Actor &actor);
    /** Puts a team's day in this order (every intervention of the day, each once). */
    EditResult reorder(const QString &team, const QDate &day, const QStringList &ids, const Actor &actor);
    /** Removes an intervention not reported yet from its day. */
    EditResult cancel(const QString &id, const Actor &actor);
    /** Records a team's result; a second report of the same intervention corrects the first. */
    EditResult report(const QString &id, const InterventionReport &report, const Actor &actor);

    /** The picture of an "after" photo (empty when it is still on the central database). */
    [[nodiscard]] QByteArray afterPhoto(const QString &photoId, bool thumbnail = false) const;

    /** A ticket's interventions, latest day first. */
    [[nodiscard]] QList<PlannedIntervention> forTicket(const QString &ticketId) const;
    /** A team's interventions of a day, in order; empty with lastError() on a failure. */
    [[nodiscard]] QList<PlannedIntervention> day(const QString &team, const QDate &day) const;
    [[nodiscard]] std::optional<PlannedIntervention> intervention(const QString &id) const;
    /**
     * An intervention by its id, or by its ticket's reference or id: the ticket's intervention of
     * @p day, or when no day is given its latest one.
     */
    [[nodiscard]] std::optional<PlannedIntervention> find(const QString &idOrTicket,
                                                          const QDate &day = {}) const;
    [[nodiscard]] QString lastError() const { return m_error; }

private:
    /** An intervention, with its server revision (the base of the next operation). */
    [[nodiscard]] std::optional<PlannedIntervention> load(const QString &id, QVariant *revision) const;
    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    bool writeOperation(const QString &opId, const QString &opType, const PlannedIntervention &i,
                        const QJsonObject &payload, const QVariant &baseRevision, const Actor &actor,
                        QString *error);
    /** Runs @p body in one write: kept whole when it succeeds, undone whole otherwise. */
    EditResult write(const std::function<EditResult()> &body);
    EditResult refuse(const QString &message, EditResult::Code code = EditResult::Refused);
    EditResult failure(const QString &what, const QString &message);

    LocalStore &m_store;
    const ReferenceData &m_ref;
    std::function<QDateTime()> m_clock;
    mutable QString m_error;
};

} // namespace lanterne
