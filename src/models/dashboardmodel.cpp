// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardmodel.h"

#include "domain/codes.h"
#include "session.h"
#include "stats/report.h"
#include "stats/sqlfunctions.h"
#include "storage/localstore.h"
#include "storage/ticketfilter.h"
#include "storage/ticketformat.h"
#include "storage/ticketrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lanterne {

namespace {

constexpr int kVolumeSeries = 7; // the largest keys; the others are summed in one series

const QStringList kPalette{u"#1f5fa8"_s, u"#e08a1e"_s, u"#2e8b57"_s, u"#c0392b"_s,
                           u"#7d4ea8"_s, u"#16a085"_s, u"#8e6e53"_s, u"#95a5a6"_s};

QString duration(const std::optional<double> &hours)
{
    return ReportDocument::durationText(hours, QLocale(),
                                        QCoreApplication::translate("DashboardModel", "%1 h"),
                                        QCoreApplication::translate("DashboardModel", "%1 j"));
}

QString percent(const std::optional<double> &v)
{
    return v ? QCoreApplication::translate("DashboardModel", "%1 %").arg(QLocale().toString(*v, 'f', 0))
             : u"—"_s;
}

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

/** A change against the previous period: its text and whether it goes the right way. */
QVariantMap change(const std::optional<double> &now, const std::optional<double> &before, bool lowerIsBetter,
                   bool points)
{
    QVariantMap m{{u"change"_s, QString()}, {u"good"_s, QVariant()}};
    if (!now || !before)
        return m;
    double delta = 0;
    QString text;
    const QLocale l;
    if (points) {
        delta = *now - *before;
        text =
            QCoreApplication::translate("DashboardModel", "%1 pt").arg(l.toString(std::abs(delta), 'f', 0));
    } else {
        if (*before == 0)
            return m;
        delta = 100.0 * (*now - *before) / *before;
        text = QCoreApplication::translate("DashboardModel", "%1 %").arg(l.toString(std::abs(delta), 'f', 0));
    }
    if (std::abs(delta) < 0.5) {
        m.insert(u"change"_s, u"="_s);
        return m;
    }
    m.insert(u"change"_s, (delta > 0 ? u"+"_s : u"−"_s) + text);
    m.insert(u"good"_s, (delta < 0) == lowerIsBetter);
    return m;
}

StatsGranularity granularityOf(const QString &code, qint64 days)
{
    if (code == "day"_L1)
        return StatsGranularity::Day;
    if (code == "week"_L1)
        return StatsGranularity::Week;
    if (code == "month"_L1)
        return StatsGranularity::Month;
    return ReportDocument::granularityFor(days);
}

QString writeFile(const QUrl &url, const std::function<QString(QIODevice *)> &write)
{
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    if (path.isEmpty())
        return QCoreApplication::translate("DashboardModel", "Aucun fichier choisi.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("DashboardModel", "Impossible d'écrire %1 : %2")
            .arg(path, file.errorString());
    if (QString e = write(&file); !e.isEmpty()) {
        file.cancelWriting();
        return e;
    }
    if (!file.commit())
        return QCoreApplication::translate("DashboardModel", "Impossible d'écrire %1 : %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace

/**
 * A thread with its own read-only connection to the store, where the dashboard's figures are
 * read. The connection is opened there on the first job and again when the store's file changes.
 */
class StatsThread
{
public:
    StatsThread()
        : m_context(new QObject)
    {
        m_thread.setObjectName(u"lanterne-stats"_s);
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }

    ~StatsThread()
    {
        {
            const QMutexLocker lock(&m_mutex);
            if (m_handle)
                sqlite3_interrupt(m_handle); // the query running, if any, stops now
        }
        QMetaObject::invokeMethod(
            m_context, [this] { setStore(nullptr); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(StatsThread)

    /** Runs @p job in the thread with the store at @p path, or with the error of opening it. */
    void post(const QString &path, std::function<void(const LocalStore *, const QString &)> job)
    {
        QMetaObject::invokeMethod(m_context, [this, path, job = std::move(job)] {
            if (!m_store || m_store->path() != path || !m_store->isOpen()) {
                auto store = std::make_unique<LocalStore>();
                if (const auto r = store->open(path, LocalStore::OpenMode::ReadOnly); !r) {
                    setStore(nullptr);
                    job(nullptr, r.message);
                    return;
                }
                setStore(std::move(store));
            }
            job(m_store.get(), {});
        });
    }

private:
    /** In the thread: the connection the jobs use, and the one an interrupt stops. */
    void setStore(std::unique_ptr<LocalStore> store)
    {
        const QMutexLocker lock(&m_mutex);
        m_store = std::move(store); // the former one is closed here, in its thread
        m_handle = m_store ? m_store->handle() : nullptr;
    }

    QThread m_thread;
    QObject *m_context; ///< lives in the thread; deleted there when it finishes
    std::unique_ptr<LocalStore> m_store;
    QMutex m_mutex; ///< guards m_handle (read by the GUI thread to interrupt)
    sqlite3 *m_handle = nullptr;
};

/** What one computation of the figures is for: a snapshot of the filters. */
struct DashboardModel::Job
{
    StatsFilter filter;
    StatsGranularity granularity = StatsGranularity::Day;
    StatsDimension dimension = StatsDimension::Domain;
    QString timesSection;
    QDateTime now;
};

/** The figures read by SQL, before they are put in shape for the charts. */
struct DashboardModel::Results
{
    // First half: the period's figures, times and teams.
    std::optional<Figures> total;
    std::optional<QList<ReportRow>> times;
    std::optional<QList<TeamLoad>> teams;
    QString place;
    // Second half: the previous period's figures, the volumes and both backlogs.
    std::optional<Figures> before;
    std::optional<VolumeSeries> volumes;
    std::optional<BacklogSeries> backlog;
    BacklogSeries previousBacklog;
    QString error;
};

DashboardModel::DashboardModel(QObject *parent)
    : QObject(parent)
    , m_ref(ReferenceData::builtin())
    , m_active(false) // QML sets it: nothing is computed before the page is shown
{
    setPeriod(u"90d"_s);
    if (Session *s = Session::instance()) {
        auto attachWhenReady = [this, s] {
            if (s->state() == Session::State::Ready && m_store != &s->store())
                attach(&s->store());
        };
        connect(s, &Session::stateChanged, this, attachWhenReady);
        attachWhenReady();
    }
}

DashboardModel::DashboardModel(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_ref(ReferenceData::builtin())
{
    setPeriod(u"90d"_s);
    attach(store);
}

DashboardModel::~DashboardModel()
{
    ++*m_generation;
    for (auto &t : m_threads)
        t.reset();          // stops the threads before the model goes
    m_exportThread.reset(); // an export under way is interrupted (its file is not written)
}

void DashboardModel::attach(LocalStore *store)
{
    m_store = store;
    // Edits and syncs change the figures: computed again once things settle.
    connect(store, &LocalStore::ticketsChanged, this, [this] {
        if (!m_scheduled) {
            m_scheduled = true;
            QTimer::singleShot(1500, this, [this] {
                m_scheduled = false;
                scheduleRefresh();
            });
        }
    });
    connect(store, &LocalStore::externallyChanged, this, &DashboardModel::scheduleRefresh);
    scheduleRefresh();
}

void DashboardModel::scheduleRefresh()
{
    ++*m_generation; // what is being computed no longer is what is asked
    if (m_batch > 0)
        return;
    if (!m_active) {
        m_pending = true;
        return;
    }
    refresh();
}

void DashboardModel::setFrom(const QString &day)
{
    const QDate d = QDate::fromString(day, Qt::ISODate);
    if (!d.isValid() || d == m_filter.from)
        return;
    m_filter.from = d;
    if (m_filter.to < d)
        m_filter.to = d;
    m_period = u"custom"_s;
    Q_EMIT filterChanged();
    scheduleRefresh();
}

void DashboardModel::setTo(const QString &day)
{
    const QDate d = QDate::fromString(day, Qt::ISODate);
    if (!d.isValid() || d == m_filter.to)
        return;
    m_filter.to = d;
    if (m_filter.from > d)
        m_filter.from = d;
    m_period = u"custom"_s;
    Q_EMIT filterChanged();
    scheduleRefresh();
}

#define LANTERNE_DASHBOARD_SETTER(Name, member)                                                              \
    void DashboardModel::Name(const QString &value)                                                          \
    {                                                                                                        \
        if (member == value)                                                                                 \
            return;                                                                                          \
        member = value;                                                                                      \
        Q_EMIT filterChanged();                                                                              \
        scheduleRefresh();                                                                                   \
    }
LANTERNE_DASHBOARD_SETTER(setMunicipality, m_filter.municipality)
LANTERNE_DASHBOARD_SETTER(setService, m_filter.service)
LANTERNE_DASHBOARD_SETTER(setCategory, m_filter.category)
LANTERNE_DASHBOARD_SETTER(setDistrict, m_filter.district)
LANTERNE_DASHBOARD_SETTER(setGranularity, m_granularity)
LANTERNE_DASHBOARD_SETTER(setVolumeBy, m_volumeBy)
LANTERNE_DASHBOARD_SETTER(setTimesBy, m_timesBy)
#undef LANTERNE_DASHBOARD_SETTER

void DashboardModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_pending)
        scheduleRefresh();
}

void DashboardModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void DashboardModel::setFilters(const QVariantMap &filters)
{
    ++m_batch;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        setProperty(it.key().toUtf8().constData(), it.value());
    --m_batch;
    scheduleRefresh();
}

bool DashboardModel::setPeriod(const QString &preset)
{
    const QDate today = sqlfunctions::parisDay(QDateTime::currentMSecsSinceEpoch());
    QDate from, to = today;
    if (preset.endsWith(u'd') && preset.size() > 1) {
        bool ok = false;
        const int days = preset.chopped(1).toInt(&ok);
        if (!ok || days <= 0 || days > 3660)
            return false;
        from = today.addDays(1 - days);
    } else if (preset == "month"_L1) {
        from = QDate(today.year(), today.month(), 1);
    } else if (preset == "quarter"_L1) {
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    } else if (preset == "year"_L1) {
        from = QDate(today.year(), 1, 1);
    } else if (preset == "lastMonth"_L1) {
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = QDate(from.year(), from.month(), from.daysInMonth());
    } else if (preset == "lastYear"_L1) {
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
    } else {
        return false;
    }
    if (from == m_filter.from && to == m_filter.to && m_period == preset)
        return true;
    m_filter.from = from;
    m_filter.to = to;
    m_period = preset;
    Q_EMIT filterChanged();
    scheduleRefresh();
    return true;
}

StatsGranularity DashboardModel::statsGranularity() const
{
    return granularityOf(m_granularity, m_filter.days());
}

QString DashboardModel::effectiveGranularity() const
{
    switch (statsGranularity()) {
    case StatsGranularity::Day:
        return u"day"_s;
    case StatsGranularity::Week:
        return u"week"_s;
    case StatsGranularity::Month:
        return u"month"_s;
    }
    return {};
}

QString DashboardModel::periodText() const
{
    const QLocale l;
    return tr("du %1 au %2 (%n jour(s)), comparé aux %n jour(s) précédents", nullptr, int(m_filter.days()))
        .arg(l.toString(m_filter.from, u"d MMMM yyyy"_s), l.toString(m_filter.to, u"d MMMM yyyy"_s));
}

QString DashboardModel::keyLabel(const QString &section, const QString &key) const
{
    if (key.isEmpty()) {
        if (section == "service"_L1)
            return tr("Sans service");
        if (section == "team"_L1)
            return tr("Sans équipe");
        if (section == "district"_L1)
            return tr("Hors quartier");
        return tr("Autre");
    }
    if (section == "category"_L1)
        return m_ref.categoryLabel(key);
    if (section == "domain"_L1)
        return m_ref.domainLabel(key);
    if (section == "service"_L1)
        return m_ref.serviceName(key);
    if (section == "team"_L1)
        return m_ref.teamName(key);
    if (section == "channel"_L1) {
        const auto c = codes::channel(key);
        return c ? codes::label(*c) : key;
    }
    if (section == "district"_L1) {
        for (const Municipality &m : m_ref.municipalities())
            for (const District &d : m.districts)
                if (d.code == key)
                    return d.name;
    }
    return key;
}

void DashboardModel::refresh()
{
    m_pending = false;
    if (!m_store || !m_store->isOpen() || !m_filter.isValid())
        return;
    Job job;
    job.filter = m_filter;
    job.granularity = statsGranularity();
    job.dimension = StatsDimension::Domain;
    if (m_volumeBy == "category"_L1)
        job.dimension = StatsDimension::Category;
    else if (m_volumeBy == "channel"_L1)
        job.dimension = StatsDimension::Channel;
    else if (m_volumeBy == "district"_L1)
        job.dimension = StatsDimension::District;
    job.timesSection =
        QStringList{u"category"_s, u"service"_s, u"team"_s}.contains(m_timesBy) ? m_timesBy : u"category"_s;
    job.now = QDateTime::currentDateTimeUtc();
    m_job = std::make_unique<Job>(job);
    m_results = std::make_unique<Results>();
    m_timer.start();
    const quint64 generation = ++*m_generation;

    // A store in memory has no file a second connection could open: computed here.
    const QString path = m_store->path();
    if (path.isEmpty() || path.startsWith(u':') || path.startsWith(u"file::memory"_s)) {
        m_halvesLeft = 2;
        for (int half = 0; half < 2; ++half) {
            Results r;
            compute(*m_store, m_ref, job, half, r, [] { return false; });
            deliver(generation, half, r);
        }
        return;
    }
    setBusy(true);
    m_halvesLeft = 2;
    const ReferenceData *ref = &m_ref;
    for (int half = 0; half < 2; ++half) {
        if (!m_threads[half])
            m_threads[half] = std::make_unique<StatsThread>();
        m_threads[half]->post(path, [this, ref, job, half, generation, current = m_generation](
                                        const LocalStore *store, const QString &openError) {
            auto overtaken = [current, generation] { return current->load() != generation; };
            if (overtaken())
                return;
            Results r;
            if (store)
                compute(*store, *ref, job, half, r, overtaken);
            else
                r.error = openError;
            if (overtaken())
                return;
            // Queued to the model: dropped with it if it is gone by then.
            QMetaObject::invokeMethod(this, [this, generation, half, r] { deliver(generation, half, r); });
        });
    }
}

void DashboardModel::compute(const LocalStore &store, const ReferenceData &ref, const Job &job, int half,
                             Results &into, const std::function<bool()> &overtaken)
{
    const Statistics stats(store, ref);
    QString &error = into.error;
    if (half == 0) {
        into.total = stats.total(job.filter, &error);
        if (!into.total || overtaken())
            return;
        into.times = stats.bySection(job.filter, job.timesSection, &error);
        if (!into.times || overtaken())
            return;
        into.teams = stats.teamLoad(job.filter, job.now, &error);
        into.place = ReportDocument::placeName(store, ref, job.filter.municipality);
    } else {
        into.before = stats.total(job.filter.previous(), &error);
        if (!into.before || overtaken())
            return;
        into.volumes = stats.volumes(job.filter, job.dimension, job.granularity, &error);
        if (!into.volumes || overtaken())
            return;
        into.backlog = stats.backlog(job.filter, job.granularity, job.now, &error, &into.previousBacklog);
    }
}

void DashboardModel::deliver(quint64 generation, int half, const Results &results)
{
    if (generation != m_generation->load() || !m_results || !m_job)
        return; // overtaken by a newer filter
    Results &r = *m_results;
    if (half == 0) {
        r.total = results.total;
        r.times = results.times;
        r.teams = results.teams;
        r.place = results.place;
    } else {
        r.before = results.before;
        r.volumes = results.volumes;
        r.backlog = results.backlog;
        r.previousBacklog = results.previousBacklog;
    }
    if (!results.error.isEmpty())
        r.error = results.error;
    if (--m_halvesLeft > 0)
        return;
    const auto job = std::move(m_job);
    const auto all = std::move(m_results);
    apply(*job, *all);
    setBusy(false);
}

void DashboardModel::apply(const Job &job, const Results &r)
{
    const StatsGranularity g = job.granularity;
    const QString &timesSection = job.timesSection;
    const auto &total = r.total;
    const auto &before = r.before;
    const auto &volumes = r.volumes;
    const auto &backlog = r.backlog;
    const BacklogSeries &previousBacklog = r.previousBacklog;
    const auto &times = r.times;
    const auto &teams = r.teams;
    if (!total || !before || !volumes || !backlog || !times || !teams) {
        m_error = tr("Les chiffres n'ont pas pu être calculés : %1").arg(r.error);
        m_lastUpdateMs = double(m_timer.nsecsElapsed()) / 1e6;
        Q_EMIT updated();
        return;
    }
    m_error.clear();
    const NowFigures nowFigures = Statistics::nowFromTeams(*teams);
    m_place = r.place;

    // Key figures, each against the previous period.
    m_kpis.clear();
    auto kpi = [&](const QString &key, const QString &label, const QString &text, const QString &previousText,
                   const QVariantMap &delta) {
        QVariantMap m{
            {u"key"_s, key}, {u"label"_s, label}, {u"text"_s, text}, {u"previousText"_s, previousText}};
        m.insert(delta);
        m_kpis.append(m);
    };
    // The number of tickets behind a figure (those a click opens).
    auto counted = [&](int n) {
        QVariantMap m = m_kpis.takeLast().toMap();
        m.insert(u"count"_s, n);
        m_kpis.append(m);
    };
    const QLocale l;
    auto count = [&](int n) { return l.toString(n); };
    auto some = [](int n) { return std::optional<double>(n); };
    QVariantMap receivedChange = change(some(total->created), some(before->created), false, false);
    receivedChange.insert(u"good"_s, QVariant()); // more reports is neither good nor bad
    kpi(u"created"_s, tr("Reçus"), count(total->created), count(before->created), receivedChange);
    counted(total->created);
    kpi(u"resolved"_s, tr("Résolus"), count(total->resolved), count(before->resolved),
        change(some(total->resolved), some(before->resolved), false, false));
    counted(total->resolved);
    kpi(u"acknowledge"_s, tr("Prise en compte (médiane)"), duration(total->medianHoursToAcknowledge),
        duration(before->medianHoursToAcknowledge),
        change(total->medianHoursToAcknowledge, before->medianHoursToAcknowledge, true, false));
    kpi(u"resolve"_s, tr("Résolution (médiane)"), duration(total->medianHoursToResolve),
        duration(before->medianHoursToResolve),
        change(total->medianHoursToResolve, before->medianHoursToResolve, true, false));
    kpi(u"resolve90"_s, tr("Résolution (9 sur 10)"), duration(total->p90HoursToResolve),
        duration(before->p90HoursToResolve),
        change(total->p90HoursToResolve, before->p90HoursToResolve, true, false));
    kpi(u"intime"_s, tr("Résolus dans les délais"), percent(total->resolvedWithinDeadlinePct()),
        percent(before->resolvedWithinDeadlinePct()),
        change(total->resolvedWithinDeadlinePct(), before->resolvedWithinDeadlinePct(), false, true));
    kpi(u"overdue"_s, tr("En retard aujourd'hui"), count(nowFigures.overdue),
        tr("sur %1 en cours").arg(count(nowFigures.open)),
        {{u"change"_s, QString()}, {u"good"_s, QVariant()}});
    counted(nowFigures.overdue);
    kpi(u"forwarded"_s, tr("Transmis à un tiers"), percent(total->forwardedPct()),
        percent(before->forwardedPct()), change(total->forwardedPct(), before->forwardedPct(), true, true));
    counted(total->forwarded);
    kpi(u"duplicates"_s, tr("Doublons"), percent(total->duplicatePct()), percent(before->duplicatePct()),
        change(total->duplicatePct(), before->duplicatePct(), true, true));
    counted(total->duplicates);

    // Volumes: the largest keys, the rest as "others"; the previous period's totals alongside.
    m_buckets = volumes->buckets;
    QVariantList labels;
    for (const StatsBucket &b : std::as_const(m_buckets))
        labels.append(ReportDocument::bucketLabel(b, g, QLocale()));
    QVariantList series;
    const QStringList shown = volumes->keys.mid(0, kVolumeSeries);
    QList<int> others(m_buckets.size(), 0);
    for (qsizetype i = 0; i < m_buckets.size(); ++i)
        others[i] = volumes->totals[i];
    for (qsizetype k = 0; k < shown.size(); ++k) {
        const QList<int> values = volumes->counts.value(shown[k]);
        QVariantList v;
        for (qsizetype i = 0; i < values.size(); ++i) {
            v.append(values[i]);
            others[i] -= values[i];
        }
        QString colour = kPalette[k];
        if (m_volumeBy == "category"_L1)
            if (const Category *c = m_ref.category(shown[k]); c && !c->colour.isEmpty())
                colour = c->colour;
        series.append(QVariantMap{{u"key"_s, shown[k]},
                                  {u"label"_s, keyLabel(m_volumeBy, shown[k])},
                                  {u"colour"_s, colour},
                                  {u"values"_s, v}});
    }
    if (volumes->keys.size() > shown.size()) {
        QVariantList v;
        for (int n : std::as_const(others))
            v.append(n);
        series.append(QVariantMap{{u"key"_s, u"*"_s},
                                  {u"label"_s, tr("Autres")},
                                  {u"colour"_s, kPalette.last()},
                                  {u"values"_s, v}});
    }
    QVariantList totals, previousTotals;
    int maxVolume = 0;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        totals.append(volumes->totals[i]);
        // The previous period's creations per bucket (its backlog counted them).
        const int p = previousBacklog.created.value(i);
        previousTotals.append(i < previousBacklog.created.size() ? QVariant(p) : QVariant());
        maxVolume = std::max({maxVolume, volumes->totals[i], p});
    }
    m_volume = QVariantMap{{u"labels"_s, labels},
                           {u"series"_s, series},
                           {u"totals"_s, totals},
                           {u"previousTotals"_s, previousTotals},
                           {u"max"_s, maxVolume}};

    // Backlog, with the previous period's alongside.
    m_backlogBuckets = backlog->buckets;
    QVariantList backlogLabels, open, previousOpen;
    int maxOpen = 0;
    for (qsizetype i = 0; i < backlog->buckets.size(); ++i) {
        backlogLabels.append(ReportDocument::bucketLabel(backlog->buckets[i], g, QLocale()));
        open.append(backlog->open[i]);
        maxOpen = std::max(maxOpen, backlog->open[i]);
    }
    for (qsizetype i = 0; i < previousBacklog.open.size() && i < m_buckets.size(); ++i) {
        previousOpen.append(previousBacklog.open[i]);
        maxOpen = std::max(maxOpen, previousBacklog.open[i]);
    }
    m_backlog = QVariantMap{{u"labels"_s, backlogLabels},
                            {u"open"_s, open},
                            {u"previousOpen"_s, previousOpen},
                            {u"max"_s, maxOpen}};

    // Times by key, the most resolved first.
    QList<ReportRow> rows = *times;
    std::stable_sort(rows.begin(), rows.end(), [](const ReportRow &a, const ReportRow &b) {
        return a.figures.resolved != b.figures.resolved ? a.figures.resolved > b.figures.resolved
                                                        : a.figures.created > b.figures.created;
    });
    m_times.clear();
    for (const ReportRow &r : std::as_const(rows)) {
        const Figures &f = r.figures;
        m_times.append(QVariantMap{{u"key"_s, r.key},
                                   {u"label"_s, keyLabel(timesSection, r.key)},
                                   {u"created"_s, f.created},
                                   {u"resolved"_s, f.resolved},
                                   {u"medianAck"_s, optional(f.medianHoursToAcknowledge)},
                                   {u"p90Ack"_s, optional(f.p90HoursToAcknowledge)},
                                   {u"medianResolve"_s, optional(f.medianHoursToResolve)},
                                   {u"p90Resolve"_s, optional(f.p90HoursToResolve)},
                                   {u"medianAckText"_s, duration(f.medianHoursToAcknowledge)},
                                   {u"medianResolveText"_s, duration(f.medianHoursToResolve)},
                                   {u"p90ResolveText"_s, duration(f.p90HoursToResolve)},
                                   {u"inTimePct"_s, optional(f.resolvedWithinDeadlinePct())},
                                   {u"inTimeText"_s, percent(f.resolvedWithinDeadlinePct())}});
    }

    m_teams.clear();
    for (const TeamLoad &t : *teams)
        m_teams.append(QVariantMap{{u"key"_s, t.team},
                                   {u"label"_s, keyLabel(u"team"_s, t.team)},
                                   {u"open"_s, t.open},
                                   {u"overdue"_s, t.overdue},
                                   {u"created"_s, t.created},
                                   {u"resolved"_s, t.resolved}});

    m_lastUpdateMs = double(m_timer.nsecsElapsed()) / 1e6;
    Q_EMIT updated();
}

QVariantMap DashboardModel::baseInboxFilter() const
{
    return m_filter.ticketFilter().criteria();
}

QVariantMap DashboardModel::inboxFilterForVolume(int bucket, const QString &key) const
{
    QVariantMap f = baseInboxFilter();
    if (bucket >= 0 && bucket < m_buckets.size()) {
        f.insert(u"from"_s, m_buckets[bucket].first.toString(Qt::ISODate));
        f.insert(u"to"_s, m_buckets[bucket].last.toString(Qt::ISODate));
    } else {
        f.insert(u"from"_s, from());
        f.insert(u"to"_s, to());
    }
    if (key.isEmpty() || key == "*"_L1)
        return f;
    if (m_volumeBy == "domain"_L1) {
        f.remove(u"categories"_s);
        f.insert(u"domain"_s, key);
    } else if (m_volumeBy == "category"_L1) {
        f.insert(u"categories"_s, QStringList{key});
    } else if (m_volumeBy == "channel"_L1) {
        f.insert(u"channel"_s, key);
    } else if (m_volumeBy == "district"_L1) {
        f.insert(u"district"_s, key);
    }
    return f;
}

QVariantMap DashboardModel::mapFilter() const
{
    QVariantMap f = baseInboxFilter();
    f.insert(u"from"_s, from());
    f.insert(u"to"_s, to());
    return f;
}

QVariantMap DashboardModel::inboxFilterForBacklog(int bucket) const
{
    QVariantMap f = baseInboxFilter();
    if (bucket >= 0 && bucket < m_backlogBuckets.size())
        f.insert(u"open_at"_s, m_backlogBuckets[bucket].last.toString(Qt::ISODate));
    else
        f.insert(u"status_class"_s, u"open"_s);
    return f;
}

QVariantMap DashboardModel::inboxFilterForTimes(const QString &key) const
{
    QVariantMap f = baseInboxFilter();
    f.insert(u"resolved_from"_s, from());
    f.insert(u"resolved_to"_s, to());
    const QString value = key.isEmpty() ? u"-"_s : key;
    if (m_timesBy == "service"_L1)
        f.insert(u"service"_s, value);
    else if (m_timesBy == "team"_L1)
        f.insert(u"team"_s, value);
    else if (!key.isEmpty())
        f.insert(u"categories"_s, QStringList{key});
    return f;
}

QVariantMap DashboardModel::inboxFilterForTeam(const QString &team, bool overdue) const
{
    QVariantMap f = baseInboxFilter();
    f.insert(u"team"_s, team.isEmpty() ? u"-"_s : team);
    f.insert(u"status_class"_s, u"open"_s);
    if (overdue)
        f.insert(u"overdue"_s, true);
    return f;
}

QVariantMap DashboardModel::inboxFilterForKpi(const QString &key) const
{
    QVariantMap f = baseInboxFilter();
    if (key == "overdue"_L1) {
        f.insert(u"overdue"_s, true);
    } else if (key == "open"_L1) {
        f.insert(u"status_class"_s, u"open"_s);
    } else if (key == "resolved"_L1 || key == "acknowledge"_L1 || key == "resolve"_L1 ||
               key == "resolve90"_L1 || key == "intime"_L1) {
        f.insert(u"resolved_from"_s, from());
        f.insert(u"resolved_to"_s, to());
    } else {
        f.insert(u"from"_s, from());
        f.insert(u"to"_s, to());
        if (key == "forwarded"_L1)
            f.insert(u"forwarded"_s, true);
        else if (key == "duplicates"_L1)
            f.insert(u"duplicate"_s, true);
    }
    return f;
}

QUrl DashboardModel::suggestedFile(const QString &kind, const QString &extension) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(
        QDir(folder).filePath(u"lanterne-%1-%2-%3.%4"_s.arg(kind, from(), to(), extension)));
}

namespace {

/** The exports' contents, from any connection to the store (the GUI's, or an export thread's). */
QString writeExport(const QString &kind, const LocalStore &store, const ReferenceData &ref,
                    const StatsFilter &filter, QIODevice *out)
{
    QString error;
    if (kind == "pdf"_L1) {
        const auto doc = ReportDocument::build(store, ref, filter, QDateTime::currentDateTimeUtc(), &error);
        if (!doc || !doc->writePdf(ref, out, &error))
            return error;
        return {};
    }
    if (kind == "chiffres"_L1) {
        const auto rows = Statistics(store, ref).report(filter, &error);
        if (!rows)
            return error;
        out->write(TicketFormat::csvLine(ReportDocument::csvColumns(), ','));
        for (const ReportRow &r : *rows)
            out->write(TicketFormat::csvLine(ReportDocument::csvRow(r), ','));
        return {};
    }
    // The tickets created in the period, oldest first, read as they are written.
    TicketFilter f = filter.ticketFilter();
    f.from = filter.from;
    f.to = filter.to;
    f.sort = TicketSort::Created;
    f.ascending = true;
    out->write(TicketFormat::csvLine(TicketFormat::csvColumns(), ','));
    TicketRepository repo(store);
    if (!repo.forEach(f, -1, [&](const Ticket &t) {
            out->write(TicketFormat::csvLine(TicketFormat::csvRow(t, ref), ','));
            return true;
        }))
        return repo.lastError();
    return {};
}

} // namespace

void DashboardModel::startExport(const QString &kind, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto finish = [this, path](const QString &error) {
        m_exporting = false;
        Q_EMIT exportingChanged();
        Q_EMIT exported(error, path);
    };
    if (m_exporting)
        return;
    if (!m_store) {
        Q_EMIT exported(tr("Aucun magasin ouvert."), path);
        return;
    }
    m_exporting = true;
    Q_EMIT exportingChanged();
    const QString storePath = m_store->path();
    if (storePath.isEmpty() || storePath.startsWith(u':') || storePath.startsWith(u"file::memory"_s)) {
        // A store in memory has no file another connection could open: written here.
        finish(writeFile(file,
                         [&](QIODevice *out) { return writeExport(kind, *m_store, m_ref, m_filter, out); }));
        return;
    }
    if (!m_exportThread)
        m_exportThread = std::make_unique<StatsThread>();
    const ReferenceData *ref = &m_ref;
    m_exportThread->post(storePath, [this, ref, kind, file, filter = m_filter,
                                     finish](const LocalStore *store, const QString &openError) {
        const QString error =
            store ? writeFile(file,
                              [&](QIODevice *out) { return writeExport(kind, *store, *ref, filter, out); })
                  : openError;
        // Queued to the model: dropped with it if it is gone by then.
        QMetaObject::invokeMethod(this, [finish, error] { finish(error); });
    });
}

} // namespace lanterne
