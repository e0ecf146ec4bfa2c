// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "stats/statistics.h"

#include <QDate>
#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <array>
#include <atomic>
#include <memory>

namespace lanterne {

class LocalStore;
class StatsThread;

/**
 * The supervisors' dashboard: every figure of a period under filters (commune, service,
 * category, district), each with the previous period of the same length, computed by SQL in the
 * store (Statistics) when a filter changes and when tickets change. Gives the charts their series
 * ready to draw, says which tickets are behind a bar or a point (the Inbox's filter for them) and
 * exports the figures (CSV, PDF report) and the tickets (CSV).
 *
 * The figures are read off the GUI thread, in two halves at once, each on a thread with its own
 * read-only connection to the store: the window never waits, and a result overtaken by a newer
 * filter is dropped.
 */
class DashboardModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The period, days of Europe/Paris as "yyyy-MM-dd", both included. */
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY filterChanged)
    Q_PROPERTY(QString municipality READ municipality WRITE setMunicipality NOTIFY filterChanged)
    Q_PROPERTY(QString service READ service WRITE setService NOTIFY filterChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(QString district READ district WRITE setDistrict NOTIFY filterChanged)
    /** The preset of setPeriod() the period comes from, or "custom" (dates set by hand). */
    Q_PROPERTY(QString period READ period NOTIFY filterChanged)
    /** "day", "week" or "month"; empty: chosen from the period's length. */
    Q_PROPERTY(QString granularity READ granularity WRITE setGranularity NOTIFY filterChanged)
    Q_PROPERTY(QString effectiveGranularity READ effectiveGranularity NOTIFY updated)
    /** What the volumes are split by: "domain", "category", "channel" or "district". */
    Q_PROPERTY(QString volumeBy READ volumeBy WRITE setVolumeBy NOTIFY filterChanged)
    /** What the times are given by: "category", "service" or "team". */
    Q_PROPERTY(QString timesBy READ timesBy WRITE setTimesBy NOTIFY filterChanged)
    /** Inactive (hidden), nothing is computed; the figures are computed when it becomes active. */
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    /** The figures shown are being computed again (a filter or the tickets changed). */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** An export is being written (startExport()). */
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportingChanged)

    /** [{key, label, value, text, previousText, change, good}] */
    Q_PROPERTY(QVariantList kpis READ kpis NOTIFY updated)
    /** {labels: [..], series: [{key, label, colour, values}], totals, previousTotals, max} */
    Q_PROPERTY(QVariantMap volume READ volume NOTIFY updated)
    /** {labels, open, previousOpen, max} */
    Q_PROPERTY(QVariantMap backlog READ backlog NOTIFY updated)
    /** [{key, label, created, resolved, medianAck, p90Ack, medianResolve, p90Resolve, inTimePct}] */
    Q_PROPERTY(QVariantList times READ times NOTIFY updated)
    /** [{key, label, open, overdue, created, resolved}] */
    Q_PROPERTY(QVariantList teams READ teams NOTIFY updated)
    /** The map's filter for the tickets created in the period (its heat map shows where). It
     *  follows the figures: the heat map reads its tickets once they are shown, not meanwhile. */
    Q_PROPERTY(QVariantMap mapFilter READ mapFilter NOTIFY updated)
    Q_PROPERTY(QString place READ place NOTIFY updated)
    Q_PROPERTY(QString periodText READ periodText NOTIFY updated)
    Q_PROPERTY(QString error READ error NOTIFY updated)
    /** How long the last update took, in milliseconds (for the benchmark and the status line). */
    Q_PROPERTY(double lastUpdateMs READ lastUpdateMs NOTIFY updated)

public:
    explicit DashboardModel(QObject *parent = nullptr);
    /** For tests and benchmarks: a dashboard on any store. */
    explicit DashboardModel(LocalStore *store, QObject *parent = nullptr);
    ~DashboardModel() override;

    [[nodiscard]] QString from() const { return m_filter.from.toString(Qt::ISODate); }
    void setFrom(const QString &day);
    [[nodiscard]] QString to() const { return m_filter.to.toString(Qt::ISODate); }
    void setTo(const QString &day);
    [[nodiscard]] QString period() const { return m_period; }
    [[nodiscard]] QString municipality() const { return m_filter.municipality; }
    void setMunicipality(const QString &code);
    [[nodiscard]] QString service() const { return m_filter.service; }
    void setService(const QString &code);
    [[nodiscard]] QString category() const { return m_filter.category; }
    void setCategory(const QString &code);
    [[nodiscard]] QString district() const { return m_filter.district; }
    void setDistrict(const QString &code);
    [[nodiscard]] QString granularity() const { return m_granularity; }
    void setGranularity(const QString &g);
    [[nodiscard]] QString effectiveGranularity() const;
    [[nodiscard]] QString volumeBy() const { return m_volumeBy; }
    void setVolumeBy(const QString &by);
    [[nodiscard]] QString timesBy() const { return m_timesBy; }
    void setTimesBy(const QString &by);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] bool busy() const { return m_busy; }

    [[nodiscard]] QVariantList kpis() const { return m_kpis; }
    [[nodiscard]] QVariantMap volume() const { return m_volume; }
    [[nodiscard]] QVariantMap backlog() const { return m_backlog; }
    [[nodiscard]] QVariantList times() const { return m_times; }
    [[nodiscard]] QVariantList teams() const { return m_teams; }
    [[nodiscard]] QVariantMap mapFilter() const;
    [[nodiscard]] QString place() const { return m_place; }
    [[nodiscard]] QString periodText() const;
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] double lastUpdateMs() const { return m_lastUpdateMs; }

    /**
     * Sets the period from a preset: "7d", "30d", "90d", "365d" (days up to today), "month",
     * "quarter", "year" (the current one so far), "lastMonth", "lastYear". False if unknown.
     */
    Q_INVOKABLE bool setPeriod(const QString &preset);
    /** Sets several filters at once and computes once. */
    Q_INVOKABLE void setFilters(const QVariantMap &filters);

    /** The Inbox's filter for the tickets behind a bar: created in bucket @p bucket with @p key. */
    Q_INVOKABLE QVariantMap inboxFilterForVolume(int bucket, const QString &key) const;
    /** ...behind a point of the backlog: open at the end of that bucket. */
    Q_INVOKABLE QVariantMap inboxFilterForBacklog(int bucket) const;
    /** ...behind a row of the times: resolved in the period, with that key. */
    Q_INVOKABLE QVariantMap inboxFilterForTimes(const QString &key) const;
    /** ...behind a team's load: open now (overdue only when @p overdue). */
    Q_INVOKABLE QVariantMap inboxFilterForTeam(const QString &team, bool overdue) const;
    /** ...behind a key figure ("created", "resolved", "overdue", "open", "forwarded", "duplicates"). */
    Q_INVOKABLE QVariantMap inboxFilterForKpi(const QString &key) const;

    /**
     * Writes the figures (the report's CSV), the tickets created in the period (CSV) or the PDF
     * report, off the GUI thread (on a connection of its own): @p kind "pdf", "chiffres" or
     * "signalements"; exporting is true meanwhile, then exported() says how it went.
     */
    Q_INVOKABLE void startExport(const QString &kind, const QUrl &file);
    [[nodiscard]] bool exporting() const { return m_exporting; }
    /** Where an export goes unless the user says otherwise: "lanterne-<kind>-<from>-<to>.<ext>" in
     *  the user's documents. */
    Q_INVOKABLE QUrl suggestedFile(const QString &kind, const QString &extension) const;

    /** Computes every figure again now (what a filter change does); updated() says when done. */
    Q_INVOKABLE void refresh();

    [[nodiscard]] const StatsFilter &statsFilter() const { return m_filter; }
    [[nodiscard]] StatsGranularity statsGranularity() const;

Q_SIGNALS:
    void filterChanged();
    void activeChanged();
    void busyChanged();
    void updated();
    void exportingChanged();
    /** An export started by startExport() ended: @p error is empty on success. */
    void exported(const QString &error, const QString &path);

private:
    struct Job;
    struct Results;
    static void compute(const LocalStore &store, const ReferenceData &ref, const Job &job, int half,
                        Results &into, const std::function<bool()> &overtaken);
    void deliver(quint64 generation, int half, const Results &results);
    void apply(const Job &job, const Results &r);
    void setBusy(bool busy);
    void attach(LocalStore *store);
    void scheduleRefresh();
    [[nodiscard]] QVariantMap baseInboxFilter() const;
    [[nodiscard]] QString keyLabel(const QString &section, const QString &key) const;

    LocalStore *m_store = nullptr;
    const ReferenceData &m_ref;
    StatsFilter m_filter;
    QString m_period = QStringLiteral("custom");
    QString m_granularity;
    QString m_volumeBy = QStringLiteral("domain");
    QString m_timesBy = QStringLiteral("category");
    bool m_active = true;
    bool m_pending = false;
    bool m_scheduled = false;
    int m_batch = 0;
    bool m_busy = false;

    /** Bumped by every change of the filters or the tickets: older results are dropped. */
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    std::array<std::unique_ptr<StatsThread>, 2> m_threads;
    std::unique_ptr<StatsThread> m_exportThread; ///< exports, not to hold the figures up
    bool m_exporting = false;
    std::unique_ptr<Job> m_job;         ///< what the threads are computing
    std::unique_ptr<Results> m_results; ///< their halves as they come
    int m_halvesLeft = 0;
    QElapsedTimer m_timer; ///< since the figures were asked

    QVariantList m_kpis;
    QVariantMap m_volume;
    QVariantMap m_backlog;
    QVariantList m_times;
    QVariantList m_teams;
    QString m_place;
    QString m_error;
    double m_lastUpdateMs = 0;
    QList<StatsBucket> m_buckets;
    QList<StatsBucket> m_backlogBuckets;
};

} // namespace lanterne
