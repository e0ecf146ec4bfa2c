// SPDX-License-Identifier: GPL-3.0-or-later
// Supervisors' figures (stats/statistics.h), computed by SQL in the local store, checked against
// an independent count over a script of tickets whose every status change happened at a time
// the test chose (TicketEditor::setClock). The expected figures come from the script's own
// events (first times, percentiles by sort and interpolation), never from the store's
// acknowledged_at / resolved_at columns. Definitions: ../shared/CLI.md, "Demo, export, reports".
#include "domain/codes.h"
#include "domain/referencedata.h"
#include "stats/statistics.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QPointF>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {

const Actor kSupervisor{u"m.diallo"_s, Role::Supervisor, {}};
constexpr double kMsPerHour = 3'600'000.0;

const QTimeZone &paris()
{
    static const QTimeZone tz("Europe/Paris");
    return tz;
}

QDate day(int month, int d)
{
    return QDate(2026, month, d);
}

/** A wall-clock time of Europe/Paris, as a UTC instant. */
QDateTime parisTime(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), paris()).toUTC();
}

QDateTime utc(const QDate &date, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(date, QTime(hour, minute, second, ms), Qt::UTC);
}

/** The first instant of a day of Europe/Paris, in UTC milliseconds (from Qt's time zones). */
qint64 dayStart(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), paris()).toMSecsSinceEpoch();
}

QDate parisDate(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, paris()).date();
}

// The status classes, as CLI.md gives them (not codes::statusClass, which is what is tested).
bool isFixed(Status s)
{
    return s == Status::Fixed;
}

bool isClosed(Status s)
{
    return s == Status::Closed || s == Status::Duplicate || s == Status::NotResponsible ||
           s == Status::NoFurtherAction || s == Status::Cancelled;
}

bool isOpen(Status s)
{
    return !isFixed(s) && !isClosed(s);
}

struct Step
{
    QDateTime at;
    Status status;
};

/** A ticket of the script: what it is, and every status it went through, from its creation. */
struct Scripted
{
    QString id;
    QString reference;
    QString municipality;
    QString category;
    QString service;
    QString team;
    QString district;
    QString channel;
    double latitude = 0;
    double longitude = 0;
    QDateTime created;
    QList<Step> steps;
    bool forwarded = false;      ///< forwarded to an authority at some point
    bool duplicate = false;      ///< merged as a duplicate
    std::optional<qint64> dueAt; ///< read from the store (deadlines follow production rules)

    [[nodiscard]] qint64 createdMs() const { return created.toMSecsSinceEpoch(); }
    [[nodiscard]] Status current() const { return steps.last().status; }
    [[nodiscard]] bool paused() const
    {
        return current() == Status::Waiting || current() == Status::Forwarded;
    }
    /** The first time it left new/triage. */
    [[nodiscard]] std::optional<qint64> acknowledged() const
    {
        for (const Step &s : steps)
            if (s.status != Status::New && s.status != Status::Triage)
                return s.at.toMSecsSinceEpoch();
        return std::nullopt;
    }
    /** The first time it was fixed, or first closed when it never was fixed. */
    [[nodiscard]] std::optional<qint64> resolved() const
    {
        for (const Step &s : steps)
            if (isFixed(s.status))
                return s.at.toMSecsSinceEpoch();
        for (const Step &s : steps)
            if (isClosed(s.status))
                return s.at.toMSecsSinceEpoch();
        return std::nullopt;
    }
};

/** percentile_cont by hand: sort, then interpolate between the ranks around p * (n - 1). */
std::optional<double> percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double pos = p * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = qsizetype(std::ceil(pos));
    return values[lo] + (pos - double(lo)) * (values[hi] - values[lo]);
}

bool sameHours(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) < 1e-6;
}

QString hoursText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 6) : u"none"_s;
}

QString describe(const Figures &f)
{
    return u"created %1, resolved %2, ack median %3 p90 %4, resolve median %5 p90 %6, "
           "with deadline %7, in time %8, forwarded %9, duplicates %10"_s.arg(f.created)
               .arg(f.resolved)
               .arg(hoursText(f.medianHoursToAcknowledge), hoursText(f.p90HoursToAcknowledge),
                    hoursText(f.medianHoursToResolve), hoursText(f.p90HoursToResolve))
               .arg(f.resolvedWithDeadline)
               .arg(f.resolvedInTime)
               .arg(f.forwarded)
               .arg(f.duplicates);
}

/** Empty when equal (counts exactly, hours within 1e-6), else both figures. */
QString figuresDiff(const Figures &actual, const Figures &expected)
{
    const bool same = actual.created == expected.created && actual.resolved == expected.resolved &&
                      sameHours(actual.medianHoursToAcknowledge, expected.medianHoursToAcknowledge) &&
                      sameHours(actual.p90HoursToAcknowledge, expected.p90HoursToAcknowledge) &&
                      sameHours(actual.medianHoursToResolve, expected.medianHoursToResolve) &&
                      sameHours(actual.p90HoursToResolve, expected.p90HoursToResolve) &&
                      actual.resolvedWithDeadline == expected.resolvedWithDeadline &&
                      actual.resolvedInTime == expected.resolvedInTime &&
                      actual.forwarded == expected.forwarded && actual.duplicates == expected.duplicates;
    if (same)
        return {};
    return u"\n    actual:   %1\n    expected: %2"_s.arg(describe(actual), describe(expected));
}

QString describe(const StatsFilter &f)
{
    QStringList parts{f.from.toString(Qt::ISODate) + u".."_s + f.to.toString(Qt::ISODate)};
    const QList<std::pair<QString, QString>> fields{
        {u"municipality"_s, f.municipality}, {u"service"_s, f.service}, {u"category"_s, f.category},
        {u"district"_s, f.district},         {u"channel"_s, f.channel}, {u"team"_s, f.team}};
    for (const auto &[name, value] : fields)
        if (!value.isEmpty())
            parts.append(name + u'=' + value);
    return parts.join(u' ');
}

QStringList bucketTexts(const QList<StatsBucket> &buckets)
{
    QStringList out;
    for (const StatsBucket &b : buckets)
        out.append(b.first.toString(Qt::ISODate) + u".."_s + b.last.toString(Qt::ISODate));
    return out;
}

/** The buckets of a period, by walking its days (weeks start on Monday). */
QList<StatsBucket> expectedBuckets(const QDate &from, const QDate &to, StatsGranularity g)
{
    QList<StatsBucket> out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const bool starts = out.isEmpty() || g == StatsGranularity::Day ||
                            (g == StatsGranularity::Week && d.dayOfWeek() == Qt::Monday) ||
                            (g == StatsGranularity::Month && d.day() == 1);
        if (starts)
            out.append({d, d});
        else
            out.last().last = d;
    }
    return out;
}

StatsFilter period(const QDate &from, const QDate &to)
{
    StatsFilter f;
    f.from = from;
    f.to = to;
    return f;
}

// The period most tests look at: Wednesday 4 to Monday 30 March 2026, across the change to
// summer time (Sunday 29 March, 2:00 → 3:00 in Paris).
const QDate kFrom = day(3, 4);
const QDate kTo = day(3, 30);
// "Now" for the backlog, the load and the late tickets: after every event of the script.
const QDateTime kNow = QDateTime(QDate(2026, 4, 10), QTime(8, 0), Qt::UTC);

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void percentileContAndParisDayInSql();
    void periodBoundsAreParisDays();
    void report_data();
    void report();
    void calendarHoursAcrossTheClockChange();
    void emptyPeriods();
    void previousPeriod();
    void filters_data();
    void filters();
    void noneFilterMeansEmpty();
    void fixedAndClosedAtOnceThenReopenedKeepsTheFix();
    void volumes_data();
    void volumes();
    void backlog_data();
    void backlog();
    void teamLoadAndNow();

private:
    const ReferenceData &ref() const { return ReferenceData::builtin(); }

    // The script.
    int create(const QString &category, QPointF lonLat, Channel channel, const QDateTime &at,
               const QString &service, const QString &team, Status createdAs = Status::New,
               std::optional<Priority> priority = {});
    void status(int i, Status to, const QDateTime &at);
    void forward(int i, const QString &authority, const QDateTime &at);
    void authorityReturns(int i, const QDateTime &at);
    void merge(int i, int original, const QDateTime &at);
    bool checkTime(int i, const QDateTime &at);
    QPointF place(const QString &district, double dx = 0, double dy = 0) const;
    void buildScript();

    // The expected figures, by brute force over the script.
    [[nodiscard]] bool matches(const Scripted &t, const StatsFilter &f) const;
    [[nodiscard]] QList<const Scripted *> selected(const StatsFilter &f) const;
    [[nodiscard]] static QString keyOf(const Scripted &t, const QString &section);
    [[nodiscard]] static Figures expectedFigures(const QList<const Scripted *> &tickets, qint64 start,
                                                 qint64 end);
    [[nodiscard]] QList<ReportRow> expectedReport(const StatsFilter &f) const;

    // Checks of every figure against the brute force (QVERIFY inside: callers check
    // QTest::currentTestFailed()).
    void checkReport(const StatsFilter &f);
    void checkVolumes(const StatsFilter &f, StatsDimension by, StatsGranularity g);
    void checkBacklog(const StatsFilter &f, StatsGranularity g, const QDateTime &now);
    void checkBacklogSeries(const BacklogSeries &actual, const StatsFilter &f, StatsGranularity g,
                            const QDateTime &now);
    void checkTeamLoad(const StatsFilter &f, const QDateTime &now);
    void checkNow(const StatsFilter &f, const QDateTime &now);

    /** One value of a query on the store's connection; nullopt and @p error when it fails. */
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &binds = {},
                                   QString *error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<TicketEditor> m_editor;
    QDateTime m_clock;
    QList<Scripted> m_tickets;
    QStringList m_scriptErrors;
};

// ---------------------------------------------------------------------------------------------
// The script

bool TestStatistics::checkTime(int i, const QDateTime &at)
{
    if (i < 0)
        return false;
    if (at < m_tickets[i].steps.last().at) {
        m_scriptErrors.append(u"script: %1 goes back in time at %2"_s.arg(i).arg(at.toString(Qt::ISODate)));
        return false;
    }
    m_clock = at;
    return true;
}

QPointF TestStatistics::place(const QString &district, double dx, double dy) const
{
    const District *d = ref().district(u"93055"_s, district);
    if (!d)
        return {};
    // Off the seed a little: tickets of one district are not all at one point.
    return d->seed + QPointF(0.00037 + dx, 0.00041 + dy);
}

int TestStatistics::create(const QString &category, QPointF lonLat, Channel channel, const QDateTime &at,
                           const QString &service, const QString &team, Status createdAs,
                           std::optional<Priority> priority)
{
    Scripted t;
    t.category = category;
    t.channel = codes::code(channel);
    t.longitude = lonLat.x();
    t.latitude = lonLat.y();
    const Municipality *m = ref().municipalityAt(lonLat);
    const District *d = ref().districtAt(lonLat);
    t.municipality = m ? m->code : QString();
    t.district = d ? d->code : QString();
    t.service = service;
    t.team = team;
    t.created = at;
    t.steps.append({at, createdAs});
    t.forwarded = createdAs == Status::Forwarded;

    NewTicket n;
    n.category = category;
    n.description = u"Signalement n° %1 du script"_s.arg(m_tickets.size() + 1);
    n.latitude = t.latitude;
    n.longitude = t.longitude;
    n.address = u"%1 rue du Test"_s.arg(m_tickets.size() + 1);
    n.channel = channel;
    n.priority = priority;
    m_clock = at;
    const EditResult r = m_editor->create(n, kSupervisor);
    if (!r.ok()) {
        m_scriptErrors.append(u"create %1: %2"_s.arg(category, r.message));
        return -1;
    }
    t.id = r.ticketId;
    t.reference = r.reference;
    if (!m) // outside every municipality: the store's own (not what is tested here)
        t.municipality =
            scalar(u"SELECT municipality FROM ticket WHERE id = ?"_s, {t.id}).value_or(QVariant()).toString();
    // The script says how it arrives (routing rules forward some categories at once).
    const auto stored = scalar(u"SELECT status FROM ticket WHERE id = ?"_s, {t.id});
    if (!stored || stored->toString() != codes::code(createdAs))
        m_scriptErrors.append(u"create %1: arrived as %2, the script says %3"_s.arg(
            t.reference, stored ? stored->toString() : u"?"_s, codes::code(createdAs)));
    // Assigned by hand (unless the routing rules did just that already).
    const auto assigned = [&] {
        return scalar(u"SELECT service || '/' || team FROM ticket WHERE id = ?"_s, {t.id})
                   .value_or(QVariant())
                   .toString() == service + u'/' + team;
    };
    if (!assigned()) {
        const EditResult a = m_editor->assign(t.id, service, team, std::nullopt, kSupervisor);
        if (!a.ok() || !assigned())
            m_scriptErrors.append(u"assign %1: %2"_s.arg(t.reference, a.message));
    }
    m_tickets.append(t);
    return int(m_tickets.size() - 1);
}

void TestStatistics::status(int i, Status to, const QDateTime &at)
{
    if (!checkTime(i, at))
        return;
    StatusNote note;
    if (to == Status::NotResponsible || to == Status::NoFurtherAction || to == Status::Cancelled)
        note.text = u"Motif du script"_s;
    const EditResult r = m_editor->setStatus(m_tickets[i].id, to, note, kSupervisor);
    if (!r.ok()) {
        m_scriptErrors.append(u"%1 → %2: %3"_s.arg(m_tickets[i].reference, codes::code(to), r.message));
        return;
    }
    m_tickets[i].steps.append({at, to});
}

void TestStatistics::forward(int i, const QString &authority, const QDateTime &at)
{
    if (!checkTime(i, at))
        return;
    const EditResult r = m_editor->forward(m_tickets[i].id, authority, u"Transmis"_s, kSupervisor);
    if (!r.ok()) {
        m_scriptErrors.append(u"forward %1: %2"_s.arg(m_tickets[i].reference, r.message));
        return;
    }
    m_tickets[i].steps.append({at, Status::Forwarded});
    m_tickets[i].forwarded = true;
}

void TestStatistics::authorityReturns(int i, const QDateTime &at)
{
    if (!checkTime(i, at))
        return;
    const EditResult r =
        m_editor->setForwardState(m_tickets[i].id, u"returned"_s, u"Pas de notre ressort"_s, kSupervisor);
    if (!r.ok()) {
        m_scriptErrors.append(u"returned %1: %2"_s.arg(m_tickets[i].reference, r.message));
        return;
    }
    m_tickets[i].steps.append({at, Status::Triage});
}

void TestStatistics::merge(int i, int original, const QDateTime &at)
{
    if (original < 0 || !checkTime(i, at))
        return;
    const EditResult r = m_editor->merge(m_tickets[i].id, m_tickets[original].reference, {}, kSupervisor);
    if (!r.ok()) {
        m_scriptErrors.append(u"merge %1: %2"_s.arg(m_tickets[i].reference, r.message));
        return;
    }
    m_tickets[i].steps.append({at, Status::Duplicate});
    m_tickets[i].duplicate = true;
}

void TestStatistics::buildScript()
{
    using S = Status;
    const QString voirie = u"voirie"_s, proprete = u"proprete"_s;

    // Tickets drawn at random (a fixed seed): created from 10 February to 5 April, each with a
    // fate; every event before 6 April (Paris), so that 8 April only sees creations.
    struct Assignment
    {
        QString service;
        QString team;
    };
    const QList<Assignment> assignments{{voirie, u"voirie-nord"_s},
                                        {voirie, u"voirie-sud"_s},
                                        {u"eclairage"_s, u"eclairage"_s},
                                        {proprete, u"proprete-a"_s},
                                        {proprete, u"anti-tags"_s},
                                        {u"hygiene"_s, {}},
                                        {{}, {}}};
    const QStringList categories{u"nid_de_poule"_s, u"trottoir"_s, u"lampadaire"_s,
                                 u"corbeille"_s,    u"tag"_s,      u"rats"_s,
                                 u"arbre"_s,        u"banc"_s,     u"stationnement_genant"_s};
    QStringList districts;
    for (const District &d : ref().municipality(u"93055"_s)->districts)
        districts.append(d.code);
    const QList<QList<S>> fates{
        {S::Acknowledged, S::Fixed},                           // acknowledged, then fixed
        {S::Fixed},                                            // fixed straight from new
        {S::InProgress},                                       // acknowledged only, still open
        {},                                                    // never touched
        {S::Triage, S::Planned, S::Fixed},                     // triage first (not an acknowledgement)
        {S::Investigating, S::NotResponsible},                 // closed without a fix
        {S::Acknowledged, S::Waiting},                         // open, its deadline paused
        {S::Acknowledged, S::InProgress, S::Fixed, S::Closed}, // fixed, then closed
    };
    QRandomGenerator rng(20260329);
    const QDateTime first = utc(day(2, 10), 0, 0);
    const qint64 span = first.msecsTo(utc(day(4, 5), 0, 0));
    const QDateTime cutoff = parisTime(day(4, 6), 0, 0);
    for (int k = 0; k < 48; ++k) {
        const QString category = categories[int(rng.bounded(int(categories.size())))];
        const QPointF where = place(districts[int(rng.bounded(int(districts.size())))],
                                    rng.bounded(0.0004) - 0.0002, rng.bounded(0.0004) - 0.0002);
        const auto channel = Channel(rng.bounded(6));
        const Assignment &a = assignments[int(rng.bounded(int(assignments.size())))];
        const QDateTime created = first.addMSecs(qint64(rng.bounded(double(span))));
        const std::optional<Priority> priority =
            rng.bounded(5) == 0 ? std::optional<Priority>(Priority::Urgent) : std::nullopt;
        const int i = create(category, where, channel, created, a.service, a.team, S::New, priority);
        QDateTime at = created;
        for (S s : fates[int(rng.bounded(int(fates.size())))]) {
            at = at.addMSecs(qint64((0.05 + rng.bounded(96.0)) * kMsPerHour));
            if (at >= cutoff)
                break;
            status(i, s, at);
        }
    }

    // Chosen cases.
    // Closed without a fix, reopened, fixed later in the period: resolved when fixed.
    int t = create(u"nid_de_poule"_s, place(u"eglise"_s), Channel::Web, parisTime(day(3, 5), 9, 15), voirie,
                   u"voirie-sud"_s);
    status(t, S::NotResponsible, parisTime(day(3, 5), 11, 40));
    status(t, S::InProgress, parisTime(day(3, 9), 8, 5));
    status(t, S::Fixed, parisTime(day(3, 12), 16, 20));
    // Fixed, reopened, fixed again: keeps its first fix.
    t = create(u"lampadaire"_s, place(u"hoche"_s), Channel::Phone, parisTime(day(3, 6), 10, 0),
               u"eclairage"_s, u"eclairage"_s);
    status(t, S::Acknowledged, parisTime(day(3, 6), 10, 30));
    status(t, S::Fixed, parisTime(day(3, 8), 14, 0));
    status(t, S::InProgress, parisTime(day(3, 10), 9, 0));
    status(t, S::Fixed, parisTime(day(3, 11), 9, 0));
    // Closed in the period, reopened, fixed after it: not resolved in the period.
    t = create(u"corbeille"_s, place(u"petit-pantin"_s), Channel::Email, parisTime(day(3, 20), 8, 0),
               proprete, u"proprete-a"_s);
    status(t, S::NoFurtherAction, parisTime(day(3, 21), 10, 0));
    status(t, S::Acknowledged, parisTime(day(3, 24), 10, 0));
    status(t, S::Fixed, parisTime(day(4, 2), 10, 0));
    // Fixed then closed: resolved when fixed.
    const int fixedThenClosed = create(u"tag"_s, place(u"courtillieres"_s), Channel::MobileApp,
                                       parisTime(day(3, 10), 13, 0), proprete, u"anti-tags"_s);
    status(fixedThenClosed, S::Fixed, parisTime(day(3, 10), 17, 0));
    status(fixedThenClosed, S::Closed, parisTime(day(3, 13), 9, 0));
    // Closed, reopened, closed again without a fix: resolved when first closed.
    t = create(u"rats"_s, place(u"les-limites"_s), Channel::Counter, parisTime(day(3, 11), 9, 0),
               u"hygiene"_s, {});
    status(t, S::NotResponsible, parisTime(day(3, 11), 15, 0));
    status(t, S::Investigating, parisTime(day(3, 16), 9, 0));
    status(t, S::NoFurtherAction, parisTime(day(3, 18), 12, 0));
    // Cancelled, reopened, still open: resolved when cancelled (never fixed), open now.
    t = create(u"arbre"_s, place(u"haut-pantin"_s), Channel::Agent, parisTime(day(3, 12), 9, 0),
               u"espaces_verts"_s, u"espaces-verts"_s);
    status(t, S::Cancelled, parisTime(day(3, 12), 18, 0));
    status(t, S::Planned, parisTime(day(3, 19), 9, 0));
    // Forwarded by hand to an authority: still open (paused).
    t = create(u"arbre"_s, place(u"mairie-ourcq"_s), Channel::Web, parisTime(day(3, 14), 9, 0),
               u"espaces_verts"_s, u"espaces-verts"_s);
    forward(t, u"cd93"_s, parisTime(day(3, 14), 10, 0));
    // Forwarded, sent back by the authority (to triage), then fixed.
    t = create(u"trottoir"_s, place(u"hoche"_s, 0.0001), Channel::Phone, parisTime(day(3, 15), 8, 0), voirie,
               u"voirie-sud"_s);
    forward(t, u"cd93"_s, parisTime(day(3, 15), 9, 0));
    authorityReturns(t, parisTime(day(3, 17), 10, 0));
    status(t, S::Fixed, parisTime(day(3, 19), 15, 0));
    // An original and its duplicate.
    const int original = create(u"lampadaire"_s, place(u"eglise"_s, 0.0001), Channel::Phone,
                                parisTime(day(3, 16), 8, 0), u"eclairage"_s, u"eclairage"_s);
    status(original, S::Acknowledged, parisTime(day(3, 16), 9, 0));
    t = create(u"lampadaire"_s, place(u"eglise"_s, 0.0002), Channel::MobileApp, parisTime(day(3, 16), 12, 0),
               u"eclairage"_s, u"eclairage"_s);
    merge(t, original, parisTime(day(3, 16), 13, 0));
    status(original, S::Fixed, parisTime(day(3, 23), 10, 0));
    // Forwarded on arrival by the routing rules (acknowledged when created): one still open, one
    // fixed later (0 hours to acknowledge).
    t = create(u"fuite"_s, place(u"quatre-chemins"_s), Channel::Web, parisTime(day(3, 18), 7, 45), voirie, {},
               S::Forwarded);
    t = create(u"avaloir"_s, place(u"quatre-chemins"_s, 0.0002), Channel::Email, parisTime(day(3, 9), 7, 10),
               voirie, {}, S::Forwarded);
    status(t, S::Fixed, parisTime(day(3, 13), 11, 25));
    // Created before the period, resolved in it.
    t = create(u"nid_de_poule"_s, place(u"quatre-chemins"_s, -0.0002), Channel::Phone,
               parisTime(day(2, 20), 10, 0), voirie, u"voirie-nord"_s);
    status(t, S::Acknowledged, parisTime(day(2, 23), 9, 0));
    status(t, S::Fixed, parisTime(day(3, 10), 11, 0));
    // Created in the period, resolved after it.
    t = create(u"banc"_s, place(u"hoche"_s, -0.0001), Channel::Counter, parisTime(day(3, 28), 10, 0), voirie,
               u"voirie-sud"_s);
    status(t, S::Acknowledged, parisTime(day(3, 30), 9, 0));
    status(t, S::Fixed, parisTime(day(4, 3), 9, 0));
    // The edges of the period in Paris time: 23:30 on the last day (summer time: 21:30 UTC) is in,
    // 0:30 the day after (22:30 UTC, still the 30th in UTC) is out; 0:30 on the first day (winter
    // time: 23:30 UTC the day before) is in, 23:30 the day before is out.
    create(u"tag"_s, place(u"petit-pantin"_s, 0.0001), Channel::Web, parisTime(day(3, 30), 23, 30), proprete,
           u"anti-tags"_s);
    create(u"tag"_s, place(u"petit-pantin"_s, 0.0002), Channel::Web, parisTime(day(3, 31), 0, 30), proprete,
           u"anti-tags"_s);
    const int firstDay = create(u"corbeille"_s, place(u"mairie-ourcq"_s, 0.0001), Channel::Agent,
                                parisTime(day(3, 4), 0, 30), proprete, u"proprete-a"_s);
    status(firstDay, S::Fixed, parisTime(day(3, 4), 10, 0));
    t = create(u"corbeille"_s, place(u"mairie-ourcq"_s, 0.0002), Channel::Agent, parisTime(day(3, 3), 23, 30),
               proprete, u"proprete-a"_s);
    status(t, S::Fixed, parisTime(day(3, 4), 10, 30));
    // Resolved at 23:30 on the last day (in) and at 0:30 the day after (out).
    t = create(u"rue_sale"_s, place(u"courtillieres"_s, 0.0001), Channel::Phone, parisTime(day(3, 25), 9, 0),
               proprete, u"proprete-a"_s);
    status(t, S::Fixed, parisTime(day(3, 30), 23, 30));
    t = create(u"rue_sale"_s, place(u"courtillieres"_s, 0.0002), Channel::Phone, parisTime(day(3, 25), 9, 30),
               proprete, u"proprete-a"_s);
    status(t, S::Fixed, parisTime(day(3, 31), 0, 30));
    // Triage, then fixed: acknowledged when fixed.
    t = create(u"dejections"_s, place(u"les-limites"_s, 0.0001), Channel::MobileApp,
               parisTime(day(3, 22), 9, 0), proprete, u"proprete-b"_s);
    status(t, S::Triage, parisTime(day(3, 22), 9, 30));
    status(t, S::Fixed, parisTime(day(3, 23), 11, 0));
    // Closed, then fixed straight away by a supervisor: resolved when fixed.
    t = create(u"gravats"_s, place(u"haut-pantin"_s, 0.0001), Channel::Email, parisTime(day(3, 8), 9, 0),
               proprete, u"proprete-b"_s);
    status(t, S::Closed, parisTime(day(3, 8), 12, 0));
    status(t, S::Fixed, parisTime(day(3, 9), 12, 0));
    // Across the change to summer time: 23:00 → 5:00 is 5 calendar hours (2:00 does not exist).
    t = create(u"pigeons"_s, place(u"eglise"_s, -0.0001), Channel::Phone, parisTime(day(3, 28), 23, 0),
               u"hygiene"_s, u"hygiene"_s);
    status(t, S::Fixed, parisTime(day(3, 29), 5, 0));
    // Urgent: late, and on time.
    t = create(u"tag_injurieux"_s, place(u"hoche"_s, 0.0002), Channel::Phone, parisTime(day(3, 17), 9, 0),
               proprete, u"anti-tags"_s);
    status(t, S::Fixed, parisTime(day(3, 19), 9, 0));
    t = create(u"tag_injurieux"_s, place(u"hoche"_s, 0.00025), Channel::Phone, parisTime(day(3, 18), 9, 0),
               proprete, u"anti-tags"_s);
    status(t, S::Fixed, parisTime(day(3, 18), 10, 0));
    // Montreuil (another municipality, no districts).
    t = create(u"nid_de_poule"_s, QPointF(2.4481, 48.8641), Channel::Web, parisTime(day(3, 9), 10, 0), voirie,
               u"voirie-nord"_s);
    status(t, S::Acknowledged, parisTime(day(3, 9), 12, 0));
    status(t, S::Fixed, parisTime(day(3, 10), 12, 0));
    create(u"tag"_s, QPointF(2.4491, 48.8652), Channel::Email, parisTime(day(3, 26), 16, 0), proprete,
           u"anti-tags"_s);
    // Outside every district (Paris, next door), with no service nor team.
    t = create(u"banc"_s, QPointF(2.3471, 48.8592), Channel::Counter, parisTime(day(3, 19), 10, 0), {}, {});
    status(t, S::Fixed, parisTime(day(3, 20), 16, 45));
    // 8 April: creations only.
    create(u"tag"_s, place(u"hoche"_s, -0.0002), Channel::Web, parisTime(day(4, 8), 10, 0), proprete,
           u"anti-tags"_s);
    create(u"rats"_s, place(u"eglise"_s, -0.0002), Channel::Phone, parisTime(day(4, 8), 11, 0), u"hygiene"_s,
           u"hygiene"_s);

    // Deadlines follow production rules (working hours, pauses): read them. Two tickets have
    // none (as some synced tickets), to tell "resolved" from "resolved with a deadline".
    for (int k : {fixedThenClosed, firstDay})
        if (k >= 0 && !scalar(u"UPDATE ticket SET due_at = NULL WHERE id = ?"_s, {m_tickets[k].id}))
            m_scriptErrors.append(u"could not clear a deadline"_s);
    for (Scripted &s : m_tickets) {
        const auto due = scalar(u"SELECT due_at FROM ticket WHERE id = ?"_s, {s.id});
        if (due && !due->isNull())
            s.dueAt = due->toLongLong();
    }
}

void TestStatistics::initTestCase()
{
    QVERIFY(paris().isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LocalStore>();
    const auto r = m_store->open(m_dir->filePath(u"store.db"_s), LocalStore::OpenMode::ReadWrite, true);
    QVERIFY2(r.ok, qPrintable(r.message));
    m_editor = std::make_unique<TicketEditor>(*m_store);
    m_editor->setClock([this] { return m_clock; });
    buildScript();
    QVERIFY2(m_scriptErrors.isEmpty(), qPrintable(m_scriptErrors.join(u'\n')));
    QCOMPARE(scalar(u"SELECT count(*) FROM ticket"_s).value_or(QVariant()).toLongLong(),
             qint64(m_tickets.size()));

    // The script covers what it means to: still open, reopened, closed without a fix...
    int open = 0, reopened = 0, closedNotFixed = 0, duplicates = 0, forwarded = 0, montreuil = 0;
    for (const Scripted &t : std::as_const(m_tickets)) {
        open += isOpen(t.current());
        bool done = false;
        for (const Step &s : t.steps) {
            if (done && isOpen(s.status))
                ++reopened;
            done = done || !isOpen(s.status);
        }
        closedNotFixed += t.resolved() && std::none_of(t.steps.cbegin(), t.steps.cend(),
                                                       [](const Step &s) { return isFixed(s.status); });
        duplicates += t.duplicate;
        forwarded += t.forwarded;
        montreuil += t.municipality == "93048"_L1;
    }
    QVERIFY2(m_tickets.size() >= 70, qPrintable(QString::number(m_tickets.size())));
    QVERIFY(open >= 10);
    QVERIFY(reopened >= 5);
    QVERIFY(closedNotFixed >= 3);
    QCOMPARE(duplicates, 1);
    QVERIFY(forwarded >= 4);
    QCOMPARE(montreuil, 2);
}

void TestStatistics::cleanupTestCase()
{
    m_editor.reset();
    m_store.reset();
    m_dir.reset();
}

std::optional<QVariant> TestStatistics::scalar(const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(m_store->database());
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.isSelect())
        return QVariant();
    if (!q.next()) {
        if (error)
            *error = q.lastError().text();
        return q.lastError().isValid() ? std::nullopt : std::optional<QVariant>(QVariant());
    }
    return q.value(0);
}

// ---------------------------------------------------------------------------------------------
// The expected figures

bool TestStatistics::matches(const Scripted &t, const StatsFilter &f) const
{
    const auto is = [](const QString &value, const QString &wanted) {
        return wanted.isEmpty() || (wanted == "-"_L1 ? value.isEmpty() : value == wanted);
    };
    return is(t.municipality, f.municipality) && is(t.service, f.service) && is(t.category, f.category) &&
           is(t.district, f.district) && is(t.channel, f.channel) && is(t.team, f.team);
}

QList<const Scripted *> TestStatistics::selected(const StatsFilter &f) const
{
    QList<const Scripted *> out;
    for (const Scripted &t : m_tickets)
        if (matches(t, f))
            out.append(&t);
    return out;
}

QString TestStatistics::keyOf(const Scripted &t, const QString &section)
{
    if (section == "category"_L1)
        return t.category;
    if (section == "service"_L1)
        return t.service;
    if (section == "team"_L1)
        return t.team;
    if (section == "district"_L1)
        return t.district;
    if (section == "channel"_L1)
        return t.channel;
    return {};
}

Figures TestStatistics::expectedFigures(const QList<const Scripted *> &tickets, qint64 start, qint64 end)
{
    Figures f;
    QList<double> acknowledge, resolve;
    for (const Scripted *t : tickets) {
        if (t->createdMs() >= start && t->createdMs() < end) {
            ++f.created;
            f.forwarded += t->forwarded;
            f.duplicates += t->duplicate;
        }
        const auto resolved = t->resolved();
        if (!resolved || *resolved < start || *resolved >= end)
            continue;
        ++f.resolved;
        resolve.append(double(*resolved - t->createdMs()) / kMsPerHour);
        acknowledge.append(double(*t->acknowledged() - t->createdMs()) / kMsPerHour);
        if (t->dueAt) {
            ++f.resolvedWithDeadline;
            f.resolvedInTime += *resolved <= *t->dueAt;
        }
    }
    f.medianHoursToAcknowledge = percentile(acknowledge, 0.5);
    f.p90HoursToAcknowledge = percentile(acknowledge, 0.9);
    f.medianHoursToResolve = percentile(resolve, 0.5);
    f.p90HoursToResolve = percentile(resolve, 0.9);
    return f;
}

QList<ReportRow> TestStatistics::expectedReport(const StatsFilter &f) const
{
    const qint64 start = dayStart(f.from);
    const qint64 end = dayStart(f.to.addDays(1));
    QList<ReportRow> rows;
    for (const QString &section :
         {u"total"_s, u"category"_s, u"service"_s, u"team"_s, u"district"_s, u"channel"_s}) {
        QMap<QString, QList<const Scripted *>> groups; // keys ascending
        for (const Scripted *t : selected(f)) {
            const auto resolved = t->resolved();
            const bool createdIn = t->createdMs() >= start && t->createdMs() < end;
            const bool resolvedIn = resolved && *resolved >= start && *resolved < end;
            if (createdIn || resolvedIn)
                groups[keyOf(*t, section)].append(t);
        }
        if (section == "total"_L1 && groups.isEmpty())
            groups.insert(QString(), {});
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            rows.append({section, it.key(), expectedFigures(it.value(), start, end)});
    }
    return rows;
}

// ---------------------------------------------------------------------------------------------
// Checks

void TestStatistics::checkReport(const StatsFilter &f)
{
    QString error;
    const Statistics stats(*m_store);
    const auto actual = stats.report(f, &error);
    QVERIFY2(actual, qPrintable(error));
    const QList<ReportRow> expected = expectedReport(f);
    QStringList actualKeys, expectedKeys;
    for (const ReportRow &r : *actual)
        actualKeys.append(r.section + u'/' + r.key);
    for (const ReportRow &r : expected)
        expectedKeys.append(r.section + u'/' + r.key);
    QCOMPARE(actualKeys, expectedKeys);
    QStringList problems;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString d = figuresDiff(actual->at(i).figures, expected[i].figures);
        if (!d.isEmpty())
            problems.append(expectedKeys[i] + d);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(f) + u'\n' + problems.join(u'\n')));

    const auto total = stats.total(f, &error);
    QVERIFY2(total, qPrintable(error));
    const QString d = figuresDiff(*total, expected.first().figures);
    QVERIFY2(d.isEmpty(), qPrintable(u"total() "_s + describe(f) + d));
}

void TestStatistics::checkVolumes(const StatsFilter &f, StatsDimension by, StatsGranularity g)
{
    const std::function<QString(const Scripted &)> key = [&]() -> std::function<QString(const Scripted &)> {
        switch (by) {
        case StatsDimension::Category:
            return [](const Scripted &t) { return t.category; };
        case StatsDimension::Domain:
            return [this](const Scripted &t) { return ref().category(t.category)->domain; };
        case StatsDimension::Channel:
            return [](const Scripted &t) { return t.channel; };
        case StatsDimension::District:
            return [](const Scripted &t) { return t.district; };
        case StatsDimension::Service:
            return [](const Scripted &t) { return t.service; };
        case StatsDimension::Team:
            return [](const Scripted &t) { return t.team; };
        }
        return {};
    }();
    QString error;
    const auto actual = Statistics(*m_store).volumes(f, by, g, &error);
    QVERIFY2(actual, qPrintable(error));
    const QList<StatsBucket> buckets = expectedBuckets(f.from, f.to, g);
    QCOMPARE(bucketTexts(actual->buckets), bucketTexts(buckets));

    QMap<QString, QList<int>> counts;
    QList<int> totals(buckets.size(), 0);
    QMap<QString, int> perKey;
    const qint64 start = dayStart(f.from);
    const qint64 end = dayStart(f.to.addDays(1));
    for (const Scripted *t : selected(f)) {
        if (t->createdMs() < start || t->createdMs() >= end)
            continue;
        const QDate d = parisDate(t->createdMs());
        const auto b = std::find_if(buckets.cbegin(), buckets.cend(),
                                    [&](const StatsBucket &x) { return x.first <= d && d <= x.last; });
        QVERIFY(b != buckets.cend());
        const QString k = key(*t);
        if (!counts.contains(k))
            counts.insert(k, QList<int>(buckets.size(), 0));
        ++counts[k][b - buckets.cbegin()];
        ++totals[b - buckets.cbegin()];
        ++perKey[k];
    }
    QStringList keys = counts.keys();
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const QString &a, const QString &b) { return perKey.value(a) > perKey.value(b); });
    QCOMPARE(actual->keys, keys); // most tickets first, then by code
    QCOMPARE(actual->totals, totals);
    QCOMPARE(actual->counts.keys(), counts.keys());
    for (const QString &k : keys)
        QVERIFY2(actual->counts.value(k) == counts.value(k), qPrintable(k));
}

void TestStatistics::checkBacklog(const StatsFilter &f, StatsGranularity g, const QDateTime &now)
{
    QString error;
    const auto alone = Statistics(*m_store).backlog(f, g, now, &error);
    QVERIFY2(alone, qPrintable(error));
    checkBacklogSeries(*alone, f, g, now);
    if (QTest::currentTestFailed())
        return;
    // With the previous period's, read in the same pass: both as if each were asked alone.
    BacklogSeries previous;
    const auto both = Statistics(*m_store).backlog(f, g, now, &error, &previous);
    QVERIFY2(both, qPrintable(error));
    checkBacklogSeries(*both, f, g, now);
    if (QTest::currentTestFailed())
        return;
    checkBacklogSeries(previous, f.previous(), g, now);
}

void TestStatistics::checkBacklogSeries(const BacklogSeries &series, const StatsFilter &f, StatsGranularity g,
                                        const QDateTime &now)
{
    const BacklogSeries *actual = &series;
    const QDate today = parisDate(now.toMSecsSinceEpoch());
    const QList<StatsBucket> buckets =
        f.from > today ? QList<StatsBucket>() : expectedBuckets(f.from, std::min(f.to, today), g);
    QCOMPARE(bucketTexts(actual->buckets), bucketTexts(buckets));
    QList<int> open, created, resolved;
    const QList<const Scripted *> tickets = selected(f);
    for (const StatsBucket &b : buckets) {
        const qint64 start = dayStart(b.first);
        const qint64 end = dayStart(b.last.addDays(1));
        int o = 0, c = 0, r = 0;
        for (const Scripted *t : tickets) {
            const auto res = t->resolved();
            // Open at the end of the bucket: created by then, not yet resolved (first times).
            o += t->createdMs() < end && (!res || *res >= end);
            c += t->createdMs() >= start && t->createdMs() < end;
            r += res && *res >= start && *res < end;
        }
        open.append(o);
        created.append(c);
        resolved.append(r);
    }
    QCOMPARE(actual->open, open);
    QCOMPARE(actual->created, created);
    QCOMPARE(actual->resolved, resolved);
}

void TestStatistics::checkTeamLoad(const StatsFilter &f, const QDateTime &now)
{
    QString error;
    const auto actual = Statistics(*m_store).teamLoad(f, now, &error);
    QVERIFY2(actual, qPrintable(error));
    const qint64 start = dayStart(f.from);
    const qint64 end = dayStart(f.to.addDays(1));
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QMap<QString, TeamLoad> loads;
    for (const Scripted *t : selected(f)) {
        const auto res = t->resolved();
        const bool open = isOpen(t->current());
        const bool createdIn = t->createdMs() >= start && t->createdMs() < end;
        const bool resolvedIn = res && *res >= start && *res < end;
        if (!open && !createdIn && !resolvedIn)
            continue;
        TeamLoad &l = loads[t->team];
        l.team = t->team;
        l.open += open;
        l.overdue += open && t->dueAt && *t->dueAt < nowMs && !t->paused();
        l.created += createdIn;
        l.resolved += resolvedIn;
    }
    QList<TeamLoad> expected = loads.values();
    std::stable_sort(expected.begin(), expected.end(),
                     [](const TeamLoad &a, const TeamLoad &b) { return a.open > b.open; });
    const auto text = [](const QList<TeamLoad> &list) {
        QStringList out;
        for (const TeamLoad &l : list)
            out.append(u"%1: open %2, overdue %3, created %4, resolved %5"_s.arg(l.team)
                           .arg(l.open)
                           .arg(l.overdue)
                           .arg(l.created)
                           .arg(l.resolved));
        return out;
    };
    QCOMPARE(text(*actual), text(expected));
}

void TestStatistics::checkNow(const StatsFilter &f, const QDateTime &now)
{
    QString error;
    const auto teams = Statistics(*m_store).teamLoad(f, now, &error);
    QVERIFY2(teams, qPrintable(error));
    const std::optional<NowFigures> actual = Statistics::nowFromTeams(*teams);
    int open = 0, overdue = 0;
    for (const Scripted *t : selected(f)) {
        if (!isOpen(t->current()))
            continue;
        ++open;
        overdue += t->dueAt && *t->dueAt < now.toMSecsSinceEpoch() && !t->paused();
    }
    QCOMPARE(actual->open, open);
    QCOMPARE(actual->overdue, overdue);
}

void TestStatistics::percentileContAndParisDayInSql()
{
    const auto value = [this](const QString &sql) { return scalar(sql).value_or(QVariant(u"error"_s)); };
    const auto near = [](const QVariant &v, double expected) {
        return !v.isNull() && v.canConvert<double>() && std::abs(v.toDouble() - expected) < 1e-9;
    };
    const QString tenValues = u"(VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10))"_s;
    QVERIFY(near(value(u"SELECT percentile_cont(column1, 0.5) FROM (VALUES (1), (2), (3), (4))"_s), 2.5));
    QVERIFY(near(value(u"SELECT percentile_cont(column1, 0.9) FROM "_s + tenValues), 9.1));
    QVERIFY(near(value(u"SELECT percentile_cont(column1, 0.5) FROM "_s + tenValues), 5.5));
    // Whatever the order of the rows; the ends are the minimum and the maximum.
    const QString shuffled = u"(VALUES (5), (1), (4), (2), (3))"_s;
    QVERIFY(near(value(u"SELECT percentile_cont(column1, 0.3) FROM "_s + shuffled), 2.2));
    QVERIFY(near(value(u"SELECT percentile_cont(column1, 0.0) FROM "_s + shuffled), 1));
    QVERIFY(near(value(u"SELECT percentile_cont(column1, 1.0) FROM "_s + shuffled), 5));
    QVERIFY(near(value(u"SELECT percentile_cont(column1, 0.9) FROM (VALUES (2.5), (2.5), (7.5))"_s), 6.5));
    QVERIFY(near(value(u"SELECT percentile_cont(column1, 0.9) FROM (VALUES (42))"_s), 42));
    // NULLs are not values.
    QVERIFY(near(value(u"SELECT percentile_cont(column1, 0.5) FROM (VALUES (4), (NULL), (1), (NULL), (2))"_s),
                 2));
    QVERIFY(
        near(value(u"SELECT percentile_cont(column1, 0.25) FROM (VALUES (NULL), (4), (1), (NULL))"_s), 1.75));
    // No value: NULL.
    QVERIFY(value(u"SELECT percentile_cont(column1, 0.5) FROM (VALUES (1)) WHERE column1 > 1"_s).isNull());
    QVERIFY(value(u"SELECT percentile_cont(column1, 0.5) FROM (VALUES (NULL), (NULL))"_s).isNull());
    // One per group.
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(u"SELECT column1, percentile_cont(column2, 0.5) FROM (VALUES ('a', 1), ('b', 10), "
                       "('a', 3), ('b', NULL), ('c', NULL)) GROUP BY column1 ORDER BY column1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"a"_s);
        QVERIFY(near(q.value(1), 2));
        QVERIFY(q.next());
        QVERIFY(near(q.value(1), 10));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"c"_s);
        QVERIFY(q.value(1).isNull());
        QVERIFY(!q.next());
    }
    // A fraction outside [0, 1] is an error of the query (not a crash, not a value).
    for (const QString &fraction : {u"1.5"_s, u"-0.1"_s, u"NULL"_s}) {
        QString error;
        const auto v =
            scalar(u"SELECT percentile_cont(column1, %1) FROM (VALUES (1), (2))"_s.arg(fraction), {}, &error);
        QVERIFY2(!v, qPrintable(fraction));
        QVERIFY2(error.contains(u"percentile_cont"_s), qPrintable(error));
    }
    QVERIFY(
        near(value(u"SELECT percentile_cont(column1, 0.5) FROM (VALUES (1), (2))"_s), 1.5)); // still usable

    // lanterne_day: the day of Europe/Paris of a UTC instant, as a Julian day number.
    const auto dayOf = [this](const QDateTime &at) {
        return scalar(u"SELECT lanterne_day(?)"_s, {at.toMSecsSinceEpoch()})
            .value_or(QVariant())
            .toLongLong();
    };
    QCOMPARE(dayOf(utc(day(3, 28), 23, 30)), day(3, 29).toJulianDay());   // winter time, UTC+1
    QCOMPARE(dayOf(utc(day(10, 24), 22, 30)), day(10, 25).toJulianDay()); // summer time, UTC+2
    QCOMPARE(dayOf(utc(day(3, 29), 21, 59, 59, 999)), day(3, 29).toJulianDay());
    QCOMPARE(dayOf(utc(day(3, 29), 22, 0)), day(3, 30).toJulianDay());
    QCOMPARE(dayOf(utc(day(10, 25), 22, 59, 59, 999)), day(10, 25).toJulianDay());
    QCOMPARE(dayOf(utc(day(10, 25), 23, 0)), day(10, 26).toJulianDay());
    QCOMPARE(dayOf(utc(day(1, 15), 22, 59)), day(1, 15).toJulianDay());
    QCOMPARE(dayOf(utc(day(1, 15), 23, 0)), day(1, 16).toJulianDay());
    QCOMPARE(dayOf(QDateTime(QDate(1969, 12, 31), QTime(23, 30), Qt::UTC)), QDate(1970, 1, 1).toJulianDay());
    QVERIFY(scalar(u"SELECT lanterne_day(NULL)"_s).value_or(QVariant(0)).isNull());
    // Every 7 minutes around both changes of 2026, against Qt's time zones.
    for (const QDateTime &from : {utc(day(3, 27), 0, 0), utc(day(10, 23), 0, 0)}) {
        QSqlQuery q(m_store->database());
        QVERIFY(q.prepare(u"SELECT lanterne_day(?)"_s));
        for (QDateTime at = from; at < from.addDays(4); at = at.addSecs(7 * 60)) {
            q.addBindValue(at.toMSecsSinceEpoch());
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toLongLong() == parisDate(at.toMSecsSinceEpoch()).toJulianDay(),
                     qPrintable(at.toString(Qt::ISODateWithMs)));
        }
    }
}

void TestStatistics::periodBoundsAreParisDays()
{
    // A day of the change to summer time lasts 23 hours, of the change back 25.
    StatsFilter f = period(day(3, 29), day(3, 29));
    QVERIFY(f.isValid());
    QCOMPARE(f.days(), qint64(1));
    QCOMPARE(f.startMs(), utc(day(3, 28), 23, 0).toMSecsSinceEpoch());
    QCOMPARE(f.endMs(), utc(day(3, 29), 22, 0).toMSecsSinceEpoch());
    f = period(day(10, 25), day(10, 25));
    QCOMPARE(f.startMs(), utc(day(10, 24), 22, 0).toMSecsSinceEpoch());
    QCOMPARE(f.endMs(), utc(day(10, 25), 23, 0).toMSecsSinceEpoch());
    f = period(kFrom, kTo);
    QCOMPARE(f.days(), qint64(27));
    QCOMPARE(f.startMs(), dayStart(kFrom));
    QCOMPARE(f.endMs(), dayStart(kTo.addDays(1)));
    QVERIFY(!period(kTo, kFrom).isValid());
    QCOMPARE(Statistics::sections(),
             (QStringList{u"total"_s, u"category"_s, u"service"_s, u"team"_s, u"district"_s, u"channel"_s}));
}

void TestStatistics::report_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("4-30 March (summer time on the 29th)") << kFrom << kTo;
    QTest::newRow("previous 27 days") << day(2, 5) << day(3, 3);
    QTest::newRow("March") << day(3, 1) << day(3, 31);
    QTest::newRow("day of the change to summer time") << day(3, 29) << day(3, 29);
    QTest::newRow("last day") << day(3, 30) << day(3, 30);
    QTest::newRow("first day") << day(3, 4) << day(3, 4);
    QTest::newRow("everything") << day(1, 1) << day(12, 31);
    QTest::newRow("after the period") << day(3, 31) << day(4, 9);
}

void TestStatistics::report()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    checkReport(period(from, to));
    if (QTest::currentTestFailed())
        return;
    // The period's own cases are in these figures (the brute force agrees on them, and they are
    // not empty).
    if (from == kFrom && to == kTo) {
        const Figures total = expectedReport(period(from, to)).first().figures;
        QVERIFY(total.created >= 30);
        QVERIFY(total.resolved >= 25);
        QVERIFY(total.resolvedWithDeadline < total.resolved);
        QVERIFY(total.resolvedInTime < total.resolvedWithDeadline);
        QVERIFY(total.forwarded >= 3);
        QCOMPARE(total.duplicates, 1);
    }
    QString error;
    QVERIFY(!Statistics(*m_store).bySection(period(from, to), u"weekday"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestStatistics::calendarHoursAcrossTheClockChange()
{
    // Created at 23:00 on 28 March, fixed at 5:00 on the 29th: 5 hours (the clocks skip an hour).
    StatsFilter f = period(day(3, 29), day(3, 29));
    f.category = u"pigeons"_s;
    const auto total = Statistics(*m_store).total(f);
    QVERIFY(total);
    QCOMPARE(total->created, 0);
    QCOMPARE(total->resolved, 1);
    QVERIFY(total->medianHoursToResolve && qFuzzyCompare(*total->medianHoursToResolve, 5.0));
    QVERIFY(total->p90HoursToResolve && qFuzzyCompare(*total->p90HoursToResolve, 5.0));
    QVERIFY(total->medianHoursToAcknowledge && qFuzzyCompare(*total->medianHoursToAcknowledge, 5.0));

    // A ticket closed without a fix, reopened and fixed later is resolved when fixed (12 March,
    // 16:20 - 5 March, 9:15 = 175 h 05 min); one fixed, reopened and fixed again keeps its first
    // fix (8 March 14:00 - 6 March 10:00 = 52 h).
    f = period(kFrom, kTo);
    f.category = u"nid_de_poule"_s;
    f.district = u"eglise"_s;
    f.channel = u"web"_s;
    QCOMPARE(expectedReport(f).first().figures.resolved, 1);
    const auto reopened = Statistics(*m_store).total(f);
    QVERIFY(reopened);
    QCOMPARE(reopened->resolved, 1);
    QVERIFY2(reopened->medianHoursToResolve &&
                 qFuzzyCompare(*reopened->medianHoursToResolve, 175.0 + 5.0 / 60),
             qPrintable(hoursText(reopened->medianHoursToResolve)));
    f.category = u"lampadaire"_s;
    f.district = u"hoche"_s;
    f.channel = u"phone"_s;
    QCOMPARE(expectedReport(f).first().figures.resolved, 1);
    const auto refixed = Statistics(*m_store).total(f);
    QVERIFY(refixed);
    QVERIFY2(refixed->medianHoursToResolve && qFuzzyCompare(*refixed->medianHoursToResolve, 52.0),
             qPrintable(hoursText(refixed->medianHoursToResolve)));
    QVERIFY(refixed->medianHoursToAcknowledge && qFuzzyCompare(*refixed->medianHoursToAcknowledge, 0.5));
}

void TestStatistics::emptyPeriods()
{
    const Statistics stats(*m_store);
    // Nothing created nor resolved: one total row of zeros, no times, no other section.
    const StatsFilter empty = period(QDate(2025, 6, 1), QDate(2025, 6, 30));
    QString error;
    const auto rows = stats.report(empty, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), qsizetype(1));
    QCOMPARE(rows->first().section, u"total"_s);
    QCOMPARE(rows->first().key, QString());
    const Figures &f = rows->first().figures;
    QCOMPARE(f.created, 0);
    QCOMPARE(f.resolved, 0);
    QVERIFY(!f.medianHoursToAcknowledge && !f.p90HoursToAcknowledge);
    QVERIFY(!f.medianHoursToResolve && !f.p90HoursToResolve);
    QCOMPARE(f.resolvedWithDeadline, 0);
    QCOMPARE(f.resolvedInTime, 0);
    QCOMPARE(f.forwarded, 0);
    QCOMPARE(f.duplicates, 0);
    QVERIFY(!f.resolvedWithinDeadlinePct() && !f.forwardedPct() && !f.duplicatePct());
    for (const QString &section : Statistics::sections()) {
        const auto s = stats.bySection(empty, section);
        QVERIFY(s);
        QCOMPARE(s->size(), qsizetype(section == "total"_L1 ? 1 : 0));
    }
    const auto total = stats.total(empty);
    QVERIFY(total);
    QCOMPARE(total->created, 0);
    QVERIFY(!total->medianHoursToResolve);
    const auto volumes = stats.volumes(empty, StatsDimension::Category, StatsGranularity::Week);
    QVERIFY(volumes);
    QVERIFY(volumes->keys.isEmpty());
    QCOMPARE(volumes->totals, QList<int>(volumes->buckets.size(), 0));

    // Created, none resolved: counted, no times.
    const StatsFilter createdOnly = period(day(4, 8), day(4, 8));
    const Figures expected = expectedReport(createdOnly).first().figures;
    QCOMPARE(expected.created, 2);
    QCOMPARE(expected.resolved, 0);
    const auto created = stats.total(createdOnly);
    QVERIFY(created);
    QCOMPARE(created->created, 2);
    QCOMPARE(created->resolved, 0);
    QVERIFY(!created->medianHoursToAcknowledge && !created->p90HoursToAcknowledge);
    QVERIFY(!created->medianHoursToResolve && !created->p90HoursToResolve);
    QVERIFY(!created->resolvedWithinDeadlinePct());
    QVERIFY(created->forwardedPct() && *created->forwardedPct() == 0.0);
    checkReport(createdOnly);
}

void TestStatistics::previousPeriod()
{
    StatsFilter f = period(kFrom, kTo);
    f.municipality = u"93055"_s;
    const StatsFilter p = f.previous();
    QCOMPARE(p.days(), f.days());
    QCOMPARE(p.to, f.from.addDays(-1));
    QCOMPARE(p.from, day(2, 5));
    QCOMPARE(p.municipality, f.municipality); // the same filters
    QCOMPARE(p.endMs(), f.startMs());         // just before, no gap
    // A month: as many days before (not the previous calendar month).
    const StatsFilter march = period(day(3, 1), day(3, 31)).previous();
    QCOMPARE(march.from, day(1, 29));
    QCOMPARE(march.to, day(2, 28));
    const StatsFilter leap = period(QDate(2024, 3, 1), QDate(2024, 3, 1)).previous();
    QCOMPARE(leap.from, QDate(2024, 2, 29));
    QCOMPARE(leap.to, QDate(2024, 2, 29));
    // Its figures, from the same script (tickets created there and resolved in the period).
    checkReport(p);
}

void TestStatistics::filters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("category") << u"category"_s << u"nid_de_poule"_s;
    QTest::newRow("category lampadaire") << u"category"_s << u"lampadaire"_s;
    QTest::newRow("service") << u"service"_s << u"proprete"_s;
    QTest::newRow("municipality Pantin") << u"municipality"_s << u"93055"_s;
    QTest::newRow("municipality Montreuil") << u"municipality"_s << u"93048"_s;
    QTest::newRow("team") << u"team"_s << u"voirie-sud"_s;
    QTest::newRow("district") << u"district"_s << u"eglise"_s;
    QTest::newRow("channel") << u"channel"_s << u"phone"_s;
    QTest::newRow("unknown category") << u"category"_s << u"licorne"_s;
}

void TestStatistics::filters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    StatsFilter f = period(kFrom, kTo);
    QString *target = field == "category"_L1       ? &f.category
                      : field == "service"_L1      ? &f.service
                      : field == "municipality"_L1 ? &f.municipality
                      : field == "team"_L1         ? &f.team
                      : field == "district"_L1     ? &f.district
                                                   : &f.channel;
    *target = value;
    // The filter does restrict (the brute force says fewer tickets than without it).
    const Figures all = expectedReport(period(kFrom, kTo)).first().figures;
    const Figures some = expectedReport(f).first().figures;
    QVERIFY(some.created < all.created);
    checkReport(f);
    if (QTest::currentTestFailed())
        return;
    checkReport(f.previous());
    if (QTest::currentTestFailed())
        return;
    checkVolumes(f, StatsDimension::Category, StatsGranularity::Week);
    if (QTest::currentTestFailed())
        return;
    checkVolumes(f, StatsDimension::Team, StatsGranularity::Day);
    if (QTest::currentTestFailed())
        return;
    checkBacklog(f, StatsGranularity::Week, kNow);
    if (QTest::currentTestFailed())
        return;
    checkTeamLoad(f, kNow);
    if (QTest::currentTestFailed())
        return;
    checkNow(f, kNow);
    if (QTest::currentTestFailed())
        return;
    if (QTest::currentTestFailed())
        return;
    // Two filters together.
    f.channel = u"phone"_s;
    checkReport(f);
    if (QTest::currentTestFailed())
        return;
    checkNow(f, kNow);
}

void TestStatistics::noneFilterMeansEmpty()
{
    // "-" stands for none (no team, no service, no district), as in the ticket filters.
    QStringList wrong;
    for (const QString &field : {u"team"_s, u"service"_s, u"district"_s}) {
        StatsFilter f = period(kFrom, kTo);
        (field == "team"_L1 ? f.team : field == "service"_L1 ? f.service : f.district) = u"-"_s;
        const Figures expected = expectedReport(f).first().figures;
        QVERIFY2(expected.created > 0, qPrintable(field));
        const auto total = Statistics(*m_store).total(f);
        QVERIFY(total);
        if (total->created != expected.created || total->resolved != expected.resolved)
            wrong.append(u"%1 = \"-\": %2 created and %3 resolved, expected %4 and %5"_s.arg(field)
                             .arg(total->created)
                             .arg(total->resolved)
                             .arg(expected.created)
                             .arg(expected.resolved));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
    for (const QString &field : {u"team"_s, u"service"_s, u"district"_s}) {
        StatsFilter f = period(kFrom, kTo);
        (field == "team"_L1 ? f.team : field == "service"_L1 ? f.service : f.district) = u"-"_s;
        checkReport(f);
        if (QTest::currentTestFailed())
            return;
        checkNow(f, kNow);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestStatistics::fixedAndClosedAtOnceThenReopenedKeepsTheFix()
{
    // Fixed, then closed in the same millisecond (a script; or the demo generator, whose last
    // steps all land on the last minute of its period), reopened, fixed again: resolved when
    // first fixed, as when the closing comes 1 ms later.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LocalStore store;
    const auto opened = store.open(dir.filePath(u"same-time.db"_s), LocalStore::OpenMode::ReadWrite, true);
    QVERIFY2(opened.ok, qPrintable(opened.message));
    TicketEditor editor(store);
    QDateTime clock;
    editor.setClock([&clock] { return clock; });
    for (const qint64 closedAfterMs : {1, 0}) {
        const QString category = closedAfterMs ? u"corbeille"_s : u"tag"_s;
        NewTicket n;
        n.category = category;
        n.description = u"Fixed, then closed %1 ms later"_s.arg(closedAfterMs);
        const QPointF where = place(u"eglise"_s);
        n.latitude = where.y();
        n.longitude = where.x();
        clock = parisTime(day(3, 10), 9, 0);
        const EditResult r = editor.create(n, kSupervisor);
        QVERIFY2(r.ok(), qPrintable(r.message));
        clock = parisTime(day(3, 10), 15, 0);
        QVERIFY(editor.setStatus(r.ticketId, Status::Fixed, {}, kSupervisor).ok());
        clock = clock.addMSecs(closedAfterMs);
        QVERIFY(editor.setStatus(r.ticketId, Status::Closed, {}, kSupervisor).ok());
        clock = parisTime(day(3, 12), 9, 0);
        QVERIFY(editor.setStatus(r.ticketId, Status::InProgress, {}, kSupervisor).ok());
        clock = parisTime(day(3, 13), 9, 0);
        QVERIFY(editor.setStatus(r.ticketId, Status::Fixed, {}, kSupervisor).ok());

        StatsFilter f = period(kFrom, kTo);
        f.category = category;
        const auto total = Statistics(store).total(f);
        QVERIFY(total);
        QCOMPARE(total->resolved, 1);
        QVERIFY2(
            total->medianHoursToResolve && qFuzzyCompare(*total->medianHoursToResolve, 6.0),
            qPrintable(u"closed %1 ms after the fix: %2 hours to resolve, expected 6"_s.arg(closedAfterMs)
                           .arg(hoursText(total->medianHoursToResolve))));
    }
}

void TestStatistics::volumes_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<int>("buckets");
    // Wednesday 4 to Monday 30 March: a partial week at each end.
    QTest::newRow("days") << kFrom << kTo << int(StatsGranularity::Day) << 27;
    QTest::newRow("weeks") << kFrom << kTo << int(StatsGranularity::Week) << 5;
    QTest::newRow("month") << kFrom << kTo << int(StatsGranularity::Month) << 1;
    QTest::newRow("months") << day(2, 10) << day(4, 9) << int(StatsGranularity::Month) << 3;
    QTest::newRow("weeks, longer") << day(2, 10) << day(4, 9) << int(StatsGranularity::Week) << 9;
    QTest::newRow("one Sunday") << day(3, 29) << day(3, 29) << int(StatsGranularity::Week) << 1;
}

void TestStatistics::volumes()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, granularity);
    QFETCH(int, buckets);
    const auto g = StatsGranularity(granularity);
    const QList<StatsBucket> b = Statistics::buckets(from, to, g);
    QCOMPARE(b.size(), qsizetype(buckets));
    QCOMPARE(b.first().first, from);
    QCOMPARE(b.last().last, to);
    for (qsizetype i = 1; i < b.size(); ++i) {
        QCOMPARE(b[i].first, b[i - 1].last.addDays(1)); // no gap, no overlap
        if (g == StatsGranularity::Week)
            QCOMPARE(b[i].first.dayOfWeek(), int(Qt::Monday));
        if (g == StatsGranularity::Month)
            QCOMPARE(b[i].first.day(), 1);
    }
    for (StatsDimension by : {StatsDimension::Category, StatsDimension::Domain, StatsDimension::Channel,
                              StatsDimension::District, StatsDimension::Service, StatsDimension::Team}) {
        checkVolumes(period(from, to), by, g);
        if (QTest::currentTestFailed()) {
            qWarning("volumes by dimension %d", int(by));
            return;
        }
    }
    QVERIFY(Statistics::buckets(to, from.addDays(-1), g).isEmpty());
}

void TestStatistics::backlog_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("granularity");
    QTest::newRow("days") << kFrom << kTo << int(StatsGranularity::Day);
    QTest::newRow("weeks") << kFrom << kTo << int(StatsGranularity::Week);
    QTest::newRow("months") << day(2, 1) << day(4, 30) << int(StatsGranularity::Month);
    QTest::newRow("until after now, days") << day(3, 20) << day(4, 30) << int(StatsGranularity::Day);
    QTest::newRow("until after now, weeks") << day(3, 20) << day(4, 30) << int(StatsGranularity::Week);
    QTest::newRow("after now") << day(4, 11) << day(4, 30) << int(StatsGranularity::Week);
}

void TestStatistics::backlog()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, granularity);
    checkBacklog(period(from, to), StatsGranularity(granularity), kNow);
    if (QTest::currentTestFailed())
        return;
    const auto s = Statistics(*m_store).backlog(period(from, to), StatsGranularity(granularity), kNow);
    QVERIFY(s);
    const QDate today = parisDate(kNow.toMSecsSinceEpoch());
    if (from > today) {
        QVERIFY(s->buckets.isEmpty());
    } else {
        QCOMPARE(s->buckets.last().last, std::min(to, today)); // never past now
        QVERIFY(std::any_of(s->open.cbegin(), s->open.cend(), [](int n) { return n > 0; }));
    }
}

void TestStatistics::teamLoadAndNow()
{
    const StatsFilter f = period(kFrom, kTo);
    checkTeamLoad(f, kNow);
    if (QTest::currentTestFailed())
        return;
    checkNow(f, kNow);
    if (QTest::currentTestFailed())
        return;
    // Some late, some paused (not late while paused), some not due yet: the brute force has all.
    int overdue = 0, pausedPastDue = 0, notDue = 0;
    for (const Scripted &t : std::as_const(m_tickets)) {
        if (!isOpen(t.current()) || !t.dueAt)
            continue;
        const bool past = *t.dueAt < kNow.toMSecsSinceEpoch();
        overdue += past && !t.paused();
        pausedPastDue += past && t.paused();
        notDue += !past;
    }
    QVERIFY(overdue > 0);
    QVERIFY(pausedPastDue > 0);
    QVERIFY(notDue > 0);
    const auto teams = Statistics(*m_store).teamLoad(f, kNow);
    QVERIFY(teams);
    const std::optional<NowFigures> now = Statistics::nowFromTeams(*teams);
    QCOMPARE(now->overdue, overdue);
    // Earlier, fewer are late (the figures use the given time); later, all open ones with a
    // running clock are.
    checkNow(f, utc(day(3, 20), 12, 0));
    if (QTest::currentTestFailed())
        return;
    checkTeamLoad(f, utc(day(3, 20), 12, 0));
    if (QTest::currentTestFailed())
        return;
    checkTeamLoad(period(day(4, 1), day(4, 9)), utc(QDate(2027, 1, 1), 0, 0));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
