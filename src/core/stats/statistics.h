// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "storage/localstore.h"
#include "storage/ticketfilter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lanterne {

/**
 * Which tickets figures are about: a period of days of Europe/Paris (both ends included) and
 * filters (empty: all). The same filters apply to the previous period.
 */
struct StatsFilter
{
    QDate from;
    QDate to;
    QString municipality;
    QString service;
    QString category;
    QString district;
    QString channel;
    QString team;

    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    [[nodiscard]] qint64 days() const { return from.daysTo(to) + 1; }
    /** The same number of days just before this period (the figures to compare with). */
    [[nodiscard]] StatsFilter previous() const;
    /**
     * The same filters (not the period) as the Inbox's: what the figures' SQL conditions are built
     * from, and the tickets a click on a figure opens.
     */
    [[nodiscard]] TicketFilter ticketFilter() const;
    /** The first instant of the period and the first after it, in UTC milliseconds. */
    [[nodiscard]] qint64 startMs() const;
    [[nodiscard]] qint64 endMs() const;
};

/**
 * The figures of one group of tickets (a whole period, or one key of a section).
 * Definitions (../shared/CLI.md): "created" counts tickets created in the period; the times are
 * over tickets resolved in the period, in calendar hours; acknowledged = first left new/triage,
 * resolved = first entered a fixed status (or a closed one when never fixed); a reopened ticket
 * keeps its first times. Percentiles interpolate linearly between ranks (percentile_cont).
 */
struct Figures
{
    int created = 0;
    int resolved = 0;
    std::optional<double> medianHoursToAcknowledge;
    std::optional<double> p90HoursToAcknowledge;
    std::optional<double> medianHoursToResolve;
    std::optional<double> p90HoursToResolve;
    int resolvedWithDeadline = 0; ///< resolved in the period and had a deadline
    int resolvedInTime = 0;       ///< of which resolved by it
    int forwarded = 0;            ///< created in the period and forwarded to an authority
    int duplicates = 0;           ///< created in the period and merged as a duplicate

    /** Share resolved within the deadline, in percent (nullopt when none had a deadline). */
    [[nodiscard]] std::optional<double> resolvedWithinDeadlinePct() const;
    [[nodiscard]] std::optional<double> forwardedPct() const;
    [[nodiscard]] std::optional<double> duplicatePct() const;
};

/** One row of the report: a section (total, category, service, team, district, channel) and a key. */
struct ReportRow
{
    QString section;
    QString key; ///< a code; empty for "total" and for tickets with no service/team/district
    Figures figures;
};

/** What the volumes are split by. */
enum class StatsDimension
{
    Category,
    Domain,
    Channel,
    District,
    Service,
    Team
};

enum class StatsGranularity
{
    Day,
    Week, ///< weeks start on Monday
    Month
};

/** A time bucket of a chart: its first and last day. */
struct StatsBucket
{
    QDate first;
    QDate last;
};

/** Tickets created per bucket and key (only keys with tickets in the period). */
struct VolumeSeries
{
    QList<StatsBucket> buckets;
    QStringList keys;                 ///< most tickets first
    QMap<QString, QList<int>> counts; ///< key -> count per bucket
    QList<int> totals;                ///< per bucket, all keys
};

/** Open tickets at the end of each bucket (never more than now). */
struct BacklogSeries
{
    QList<StatsBucket> buckets;
    QList<int> open;
    QList<int> created;
    QList<int> resolved;
};

/** The current load of a team (or of the tickets with no team: key ""). */
struct TeamLoad
{
    QString team;
    int open = 0;    ///< open now
    int overdue = 0; ///< of which past their deadline, clock running
    int created = 0; ///< created in the period
    int resolved = 0;
};

/** What is open now and late now (filters apply, not the period). */
struct NowFigures
{
    int open = 0;
    int overdue = 0;
};

/**
 * Supervisors' figures, each computed by SQL in the local store (grouped queries; medians and
 * percentiles by the store's percentile_cont aggregate), never by loading every ticket.
 */
class Statistics
{
public:
    explicit Statistics(const LocalStore &store, const ReferenceData &reference = ReferenceData::builtin())
        : m_store(store)
        , m_ref(reference)
    {}

    /** The sections of `lanternectl report`: total, then category, service, team, district, channel. */
    [[nodiscard]] static QStringList sections();
    /** The figures of the whole period. */
    [[nodiscard]] std::optional<Figures> total(const StatsFilter &filter, QString *error = nullptr) const;
    /** The figures per key of @p section ("total" gives one row with an empty key), keys in order. */
    [[nodiscard]] std::optional<QList<ReportRow>> bySection(const StatsFilter &filter, const QString &section,
                                                            QString *error = nullptr) const;
    /** Every section, in the order of sections(): the rows of `lanternectl report`. */
    [[nodiscard]] std::optional<QList<ReportRow>> report(const StatsFilter &filter,
                                                         QString *error = nullptr) const;

    [[nodiscard]] std::optional<VolumeSeries> volumes(const StatsFilter &filter, StatsDimension by,
                                                      StatsGranularity granularity,
                                                      QString *error = nullptr) const;
    /** The backlog of the period; with @p previous, the previous period's too, in the same pass. */
    [[nodiscard]] std::optional<BacklogSeries> backlog(const StatsFilter &filter,
                                                       StatsGranularity granularity,
                                                       const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                                       QString *error = nullptr,
                                                       BacklogSeries *previous = nullptr) const;
    [[nodiscard]] std::optional<QList<TeamLoad>>
    teamLoad(const StatsFilter &filter, const QDateTime &now = QDateTime::currentDateTimeUtc(),
             QString *error = nullptr) const;
    /** What is open and late now (filters apply, not the period): the sum of every team's load. */
    [[nodiscard]] static NowFigures nowFromTeams(const QList<TeamLoad> &teams);

    /** The buckets of a period (the first and last may be partial weeks or months). */
    [[nodiscard]] static QList<StatsBucket> buckets(const QDate &from, const QDate &to, StatsGranularity g);

private:
    const LocalStore &m_store;
    const ReferenceData &m_ref;
};

} // namespace lanterne
