// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "demo/demotext.h"
#include "domain/deadlines.h"
#include "domain/routing.h"
#include "domain/workflow.h"
#include "domain/workingcalendar.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace lanterne::demo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

/** A prepared sqlite3 statement, for the bulk load (the C API is 3x faster than QSqlQuery here). */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool valid() const { return m_stmt != nullptr; }
    Statement &text(const QByteArray &v)
    {
        sqlite3_bind_text(m_stmt, ++m_index, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &text(const QString &v) { return text(v.toUtf8()); }
    Statement &textOrNull(const QString &v) { return v.isEmpty() ? null() : text(v); }
    Statement &integer(qint64 v)
    {
        sqlite3_bind_int64(m_stmt, ++m_index, v);
        return *this;
    }
    Statement &integerOrNull(qint64 v) { return v ? integer(v) : null(); }
    Statement &real(double v)
    {
        sqlite3_bind_double(m_stmt, ++m_index, v);
        return *this;
    }
    Statement &null()
    {
        sqlite3_bind_null(m_stmt, ++m_index);
        return *this;
    }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_index = 0;
        return rc == SQLITE_DONE;
    }
    [[nodiscard]] QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_index = 0;
};

quint64 pick(Rng &rng, quint64 n)
{
    return n ? rng() % n : 0;
}
double unit(Rng &rng)
{
    return double(rng() % 1000000) / 1000000.0;
}
bool chance(Rng &rng, int percent)
{
    return int(rng() % 100) < percent;
}

/**
 * A time-ordered UUID (version 7 layout: 48-bit milliseconds, then random bits). Rows of the demo
 * are inserted in time order, so their primary-key B-trees grow at the end instead of splitting
 * pages at random: several times faster for millions of rows.
 */
QByteArray uuid(Rng &rng, qint64 ms)
{
    quint64 a = (quint64(ms) << 16) | 0x7000 | (rng() & 0x0fff);
    quint64 b = (rng() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    char buf[37];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(a >> 32),
                  unsigned((a >> 16) & 0xffff), unsigned(a & 0xffff), unsigned(b >> 48),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return QByteArray(buf, 36);
}

/**
 * The field teams' rounds. The last two weeks' working days: the stops each team fixed that day,
 * reported done at the ticket's resolution time (and now and then one found impossible, its
 * ticket on hold); the next two working days from the last one: tickets planned for the team, in
 * order, not reported yet. Written as synced rows, like the rest of the demo.
 */
QString writeInterventions(const QSqlDatabase &db, const ReferenceData &ref, const QDate &until, Rng &rng)
{
    static const QHash<QString, QStringList> materials{
        {u"voirie"_s, {u"Enrobé à froid, 1 sac"_s, u"Enrobé à froid, 2 sacs"_s, u"Balise, ruban"_s}},
        {u"eclairage"_s, {u"Lampe LED 70 W"_s, u"Fusible, bornier"_s}},
        {u"proprete"_s, {u"Sacs de 100 L"_s, u"Benne 10 m³"_s, u"Produit anti-graffiti"_s}},
        {u"espaces_verts"_s, {u"Sacs de déchets verts"_s, u"Tuteur, lien"_s}},
        {u"hygiene"_s, {u"Postes d'appâtage, 4"_s}},
    };
    static const QStringList reasons{u"Véhicule stationné sur le lieu de l'intervention"_s,
                                     u"Accès fermé, gardien absent"_s, u"Matériel manquant dans le camion"_s};
    const QTimeZone paris = WorkingCalendar::paris();
    QSqlQuery ins(db), pick(db);
    if (!ins.prepare(
            u"INSERT INTO intervention (id, municipality, ticket_id, team, scheduled_day, position, "
            "planned_time, result, reason, minutes_spent, materials, acted_at, created_at, updated_at, "
            "revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s))
        return ins.lastError().text();
    QSet<QString> used;
    auto write = [&](const QString &ticket, const QString &municipality, const QString &team,
                     const QDate &day, int position, const QTime &planned, const QString &result,
                     const QString &reason, int minutes, const QString &material, qint64 acted) {
        const qint64 created = QDateTime(day.addDays(-1), QTime(16, 0), paris).toMSecsSinceEpoch();
        for (const QVariant &v :
             {QVariant(QString::fromLatin1(uuid(rng, created))), QVariant(municipality), QVariant(ticket),
              QVariant(team), QVariant(day.toString(Qt::ISODate)), QVariant(position),
              QVariant(planned.toString(u"HH:mm"_s)),
              result.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(result),
              QVariant(reason.isNull() ? u""_s : reason), QVariant(minutes),
              QVariant(material.isNull() ? u""_s : material),
              acted ? QVariant(acted) : QVariant(QMetaType::fromType<qlonglong>()), QVariant(created),
              QVariant(acted ? acted : created)})
            ins.addBindValue(v);
        used.insert(ticket);
        return ins.exec();
    };
    for (const Team &team : ref.teams()) {
        const QStringList kit = materials.value(team.service);
        // Past days: what the team fixed, in the order it did it.
        for (QDate day = until.addDays(-14); day < until; day = day.addDays(1)) {
            if (!WorkingCalendar::isWorkingDay(day))
                continue;
            pick.prepare(
                u"SELECT id, municipality, resolved_at FROM ticket WHERE resolved_at >= ? AND "
                "resolved_at < ? AND team = ? AND status_class = 'fixed' ORDER BY resolved_at LIMIT 8"_s);
            pick.addBindValue(QDateTime(day, QTime(0, 0), paris).toMSecsSinceEpoch());
            pick.addBindValue(QDateTime(day.addDays(1), QTime(0, 0), paris).toMSecsSinceEpoch());
            pick.addBindValue(team.code);
            if (!pick.exec())
                return pick.lastError().text();
            int position = 0;
            while (pick.next()) {
                const qint64 acted = pick.value(2).toLongLong();
                const QTime at = QDateTime::fromMSecsSinceEpoch(acted, paris).time();
                const QTime planned(at.hour(), at.minute() - at.minute() % 15);
                const QString material =
                    !kit.isEmpty() && chance(rng, 60) ? kit[int(rng() % kit.size())] : QString();
                if (!write(pick.value(0).toString(), pick.value(1).toString(), team.code, day, position++,
                           planned, u"done"_s, QString(), 10 + int(rng() % 50), material, acted))
                    return ins.lastError().text();
            }
            // Now and then, a stop that could not be done: its ticket waits.
            if (position > 0 && chance(rng, 30)) {
                pick.prepare(
                    u"SELECT id, municipality FROM ticket WHERE team = ? AND status = 'waiting' ORDER BY "
                    "created_at LIMIT 20"_s);
                pick.addBindValue(team.code);
                if (!pick.exec())
                    return pick.lastError().text();
                while (pick.next()) {
                    if (used.contains(pick.value(0).toString()))
                        continue;
                    const QTime planned(14, 0);
                    if (!write(pick.value(0).toString(), pick.value(1).toString(), team.code, day, position++,
                               planned, u"impossible"_s, reasons[int(rng() % reasons.size())],
                               5 + int(rng() % 10), QString(),
                               QDateTime(day, planned.addSecs(600), paris).toMSecsSinceEpoch()))
                        return ins.lastError().text();
                    break;
                }
            }
        }
        // The next two working days: planned, not reported yet.
        QList<QDate> next;
        for (QDate day = until; next.size() < 2; day = day.addDays(1))
            if (WorkingCalendar::isWorkingDay(day))
                next.append(day);
        pick.prepare(
            u"SELECT id, municipality FROM ticket WHERE team = ? AND status = 'planned' ORDER BY created_at "
            "LIMIT 12"_s);
        pick.addBindValue(team.code);
        if (!pick.exec())
            return pick.lastError().text();
        int k = 0;
        while (pick.next()) {
            const QDate day = next[k / 6];
            const int position = k % 6;
            if (!write(pick.value(0).toString(), pick.value(1).toString(), team.code, day, position,
                       QTime(8, 0).addSecs(position * 45 * 60), QString(), QString(), 0, QString(), 0))
                return ins.lastError().text();
            ++k;
        }
    }
    return {};
}

template<typename T>
const T &weighted(Rng &rng, const QList<T> &items, const QList<int> &weights, int total)
{
    int r = int(pick(rng, quint64(total)));
    for (qsizetype i = 0; i < items.size(); ++i) {
        r -= weights[i];
        if (r < 0)
            return items[i];
    }
    return items.last();
}

int population(const QString &insee)
{
    static const QHash<QString, int> pop{{u"93048"_s, 111}, {u"93055"_s, 60}, {u"93010"_s, 54},
                                         {u"93008"_s, 55},  {u"93053"_s, 44}, {u"93006"_s, 36},
                                         {u"93063"_s, 30},  {u"93045"_s, 23}, {u"93061"_s, 17}};
    return pop.value(insee, 30);
}

struct Recent
{
    QByteArray id;
    double lat, lon;
    QString district, address;
    QString municipality;
};

/** Which status a ticket of that age has reached, and the path it took. */
QList<Status> statusPath(Rng &rng, double ageDays, bool forwardable)
{
    const int r = int(pick(rng, 100));
    if (ageDays < 1) {
        if (r < 65)
            return {Status::New};
        if (r < 85)
            return {Status::Triage};
        return {Status::Triage, Status::Acknowledged};
    }
    const int openShare = ageDays < 7 ? 70 : ageDays < 30 ? 40 : ageDays < 180 ? 8 : 3;
    if (r < openShare) {
        const int o = int(pick(rng, 100));
        if (forwardable && o < 50)
            return {Status::Triage, Status::Forwarded};
        if (o < 8)
            return {Status::New};
        if (o < 18)
            return {Status::Triage};
        if (o < 38)
            return {Status::Triage, Status::Acknowledged};
        if (o < 46)
            return {Status::Acknowledged, Status::Investigating};
        if (o < 54)
            return {Status::Acknowledged, Status::Waiting};
        if (o < 78)
            return {Status::Acknowledged, Status::Planned};
        return {Status::Acknowledged, Status::Planned, Status::InProgress};
    }
    const int c = int(pick(rng, 100));
    if (forwardable && c < 55)
        return {Status::Triage, Status::Forwarded, Status::Fixed};
    if (c < 62)
        return {Status::Acknowledged, Status::InProgress, Status::Fixed};
    if (c < 74)
        return {Status::Acknowledged, Status::Fixed, Status::Closed};
    if (c < 83)
        return {Status::Triage, Status::Duplicate};
    if (c < 90)
        return {Status::Acknowledged, Status::NoFurtherAction};
    if (c < 95)
        return {Status::Triage, Status::NotResponsible};
    if (c < 97)
        return {Status::Triage, Status::Cancelled};
    return {Status::Acknowledged, Status::Planned, Status::Fixed};
}

} // namespace

DemoGenerator::Result DemoGenerator::generate(LocalStore &store, const DemoOptions &options,
                                              const Progress &progress, const ReferenceData &ref)
{
    Result result;
    QElapsedTimer timer;
    timer.start();
    if (options.tickets < 0 || options.tickets > 5'000'000) {
        result.exitCode = 2;
        result.message =
            Tr::tr("Nombre de signalements invalide : %1 (de 0 à 5 000 000).").arg(options.tickets);
        return result;
    }
    QList<const Municipality *> communes;
    for (const QString &code : options.communes.isEmpty() ? QStringList{u"93055"_s} : options.communes) {
        const Municipality *m = ref.municipality(code);
        if (!m) {
            result.exitCode = 2;
            result.message = Tr::tr("Commune inconnue : %1.").arg(code);
            return result;
        }
        communes.append(m);
    }
    {
        QSqlQuery q(store.database());
        if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM ticket)"_s) || !q.next()) {
            result.message = store.failure(q.lastError(), Tr::tr("Lecture du magasin")).message;
            return result;
        }
        if (q.value(0).toBool()) {
            result.exitCode = 4;
            result.message =
                Tr::tr("Le magasin %1 contient déjà des signalements ; la démonstration ne remplit qu'un "
                       "magasin vide.")
                    .arg(store.path());
            return result;
        }
    }

    const QDate until = options.until.isValid()
                            ? options.until
                            : QDateTime::currentDateTime().toTimeZone(WorkingCalendar::paris()).date();
    const qint64 end = QDateTime(until, QTime(0, 0), WorkingCalendar::paris()).toMSecsSinceEpoch();
    const double years =
        std::min<double>(DemoOptions::kMaxYears, double(options.tickets) / DemoOptions::kTicketsPerYear);
    const qint64 span = std::max<qint64>(kDay, qint64(years * 365.25 * kDay));
    const qint64 start = end - span;

    Rng rng(options.seed * 0x9E3779B97F4A7C15ULL + 12345);

    // Creation times: more on weekdays and during the day, sorted so references follow time.
    QList<qint64> times;
    times.reserve(options.tickets);
    static const int hourWeight[24] = {1, 1, 1,  1,  1,  2,  4, 7, 10, 11, 11, 10,
                                       9, 9, 10, 10, 10, 10, 9, 8, 6,  4,  2,  1};
    while (times.size() < options.tickets) {
        const qint64 t = start + qint64(unit(rng) * double(span));
        const qint64 dayStart = t - (t % kDay);
        int hour = 0;
        int w = int(pick(rng, 148));
        while (hour < 23 && (w -= hourWeight[hour]) >= 0)
            ++hour;
        const qint64 withHour = dayStart + hour * kHour + qint64(pick(rng, quint64(kHour)));
        const int dow = QDateTime::fromMSecsSinceEpoch(withHour, Qt::UTC).date().dayOfWeek();
        if (dow >= 6 && chance(rng, 40))
            continue;                                    // fewer reports at weekends
        if (withHour >= start && withHour < end - kHour) // the last hour stays free for the steps
            times.append(withHour);
    }
    std::sort(times.begin(), times.end());

    QList<const Municipality *> communeItems;
    QList<int> communeWeights;
    int communeTotal = 0;
    for (const Municipality *m : communes) {
        communeItems.append(m);
        communeWeights.append(population(m->code));
        communeTotal += communeWeights.last();
    }
    QList<const Category *> categories;
    QList<int> categoryWeights;
    int categoryTotal = 0;
    for (const Category &c : ref.categories()) {
        categories.append(&c);
        categoryWeights.append(c.weight);
        categoryTotal += c.weight;
    }
    QStringList agentLogins;
    for (const Agent &a : ref.agents())
        if (a.role == Role::Agent || a.role == Role::Supervisor)
            agentLogins.append(a.login);
    static const QList<Channel> channels{Channel::MobileApp, Channel::Web,   Channel::Phone,
                                         Channel::Counter,   Channel::Email, Channel::Agent};
    static const QList<int> channelWeights{45, 25, 15, 5, 7, 3};

    sqlite3 *db = store.handle();
    // A rollback journal for the bulk load: the store is empty, so the journal stays tiny and every
    // page is written once (WAL would write it twice: to the log, then at the checkpoint).
    QSqlQuery(store.database()).exec(u"PRAGMA journal_mode = DELETE"_s);
    if (LocalStore::Result r = store.beginWrite(); !r) {
        result.message = r.message;
        return result;
    }
    auto abort = [&](const QString &message) {
        store.rollback();
        QSqlQuery(store.database()).exec(u"PRAGMA journal_mode = WAL"_s);
        result.ok = false;
        result.exitCode = 1;
        result.message = message;
        return result;
    };
    // Indexes are built once at the end: much faster than updating them row by row.
    QStringList indexSql;
    QString ftsTrigger;
    {
        QSqlQuery q(store.database());
        q.exec(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
               "('ticket', 'history', 'comment', 'photo', 'reporter')"_s);
        QStringList names;
        while (q.next())
            indexSql.append(q.value(0).toString());
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
               "('ticket', 'history', 'comment', 'photo', 'reporter')"_s);
        while (q.next())
            names.append(q.value(0).toString());
        for (const QString &n : std::as_const(names))
            QSqlQuery(store.database()).exec(u"DROP INDEX \"%1\""_s.arg(n));
        q.exec(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'ticket_fts_insert'"_s);
        if (q.next())
            ftsTrigger = q.value(0).toString();
        QSqlQuery(store.database()).exec(u"DROP TRIGGER ticket_fts_insert"_s);
        QSqlQuery(store.database()).exec(u"PRAGMA cache_size = -262144"_s);
    }

    Statement insTicket(
        db,
        "INSERT INTO ticket (id, municipality, reference, provisional, kind, category, description, "
        "latitude, longitude, address, district, channel, reporter_id, status, status_class, "
        "status_rank, priority, priority_rank, service, team, assignee, due_at, duplicate_of, "
        "forwarded_to, photo_count, created_at, acknowledged_at, resolved_at, closed_at, "
        "updated_at, routing_rule, forward_state, paused_at, paused_minutes, revision) VALUES (?, ?, ?, "
        "0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    Statement insReporter(db, "INSERT INTO reporter (id, municipality, name, email, phone, revision) "
                              "VALUES (?, ?, ?, ?, ?, 0)");
    Statement insHistory(
        db, "INSERT INTO history (id, ticket_id, municipality, op_id, author, at, field, old_value, "
            "new_value, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    Statement insComment(db,
                         "INSERT INTO comment (id, ticket_id, municipality, kind, author, text, created_at, "
                         "op_id, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
    Statement insPhoto(
        db, "INSERT INTO photo (id, ticket_id, municipality, position, source, mime, width, height, "
            "bytes, created_at, revision) VALUES (?, ?, ?, ?, 'demo', 'image/png', 1024, 768, 0, ?, 0)");
    if (!insTicket.valid() || !insReporter.valid() || !insHistory.valid() || !insComment.valid() ||
        !insPhoto.valid())
        return abort(Tr::tr("Préparation des requêtes : %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));

    QHash<QString, int> counters;         // municipality/year -> last number
    QHash<QString, QList<Recent>> recent; // category -> recent tickets, for duplicates
    const QTimeZone paris = WorkingCalendar::paris();

    for (int i = 0; i < options.tickets; ++i) {
        if (progress && i % 500 == 0 && !progress(i, options.tickets))
            return abort(Tr::tr("Génération annulée."));
        const qint64 created = times[i];
        const double ageDays = double(end - created) / kDay;
        const Municipality *m = weighted(rng, communeItems, communeWeights, communeTotal);
        const Category *cat = weighted(rng, categories, categoryWeights, categoryTotal);
        const QByteArray id = uuid(rng, created);
        const Channel channel = weighted(rng, channels, channelWeights, 100);
        const QList<Status> path = statusPath(rng, ageDays, !cat->authority.isEmpty());
        const Status status = path.last();

        // Location: a duplicate stands next to its original.
        const District *district = &m->districts[qsizetype(pick(rng, quint64(m->districts.size())))];
        QString address;
        double lat = 0, lon = 0;
        QByteArray duplicateOf;
        QList<Recent> &near = recent[cat->code];
        if (status == Status::Duplicate && !near.isEmpty()) {
            const Recent &orig = near[qsizetype(pick(rng, quint64(near.size())))];
            if (orig.municipality == m->code) {
                duplicateOf = orig.id;
                address = orig.address;
                for (const District &d : m->districts)
                    if (d.code == orig.district)
                        district = &d;
                // A few metres away, but in the same district (else on the original's spot).
                lat = orig.lat;
                lon = orig.lon;
                for (int tries = 0; tries < 10; ++tries) {
                    const double la = orig.lat + (unit(rng) - 0.5) * 0.0004;
                    const double lo = orig.lon + (unit(rng) - 0.5) * 0.0006;
                    if (district->polygon.contains(QPointF(lo, la))) {
                        lat = la;
                        lon = lo;
                        break;
                    }
                }
            }
        }
        if (duplicateOf.isEmpty()) {
            const QRectF b = district->polygon.bounds();
            for (int tries = 0; tries < 100; ++tries) {
                lon = b.left() + unit(rng) * b.width();
                lat = b.top() + unit(rng) * b.height();
                if (district->polygon.contains(QPointF(lon, lat)))
                    break;
            }
            address = DemoText::address(m->code, district->code, rng);
        }
        Recent self{id, lat, lon, district->code, address, m->code};
        if (near.size() < 40)
            near.append(self);
        else
            near[qsizetype(pick(rng, 40))] = self;

        // Reference: per municipality and year of creation (Europe/Paris).
        const QDateTime createdDt = QDateTime::fromMSecsSinceEpoch(created, paris);
        const int year = createdDt.date().year();
        int &counter = counters[m->code + u'/' + QString::number(year)];
        ++counter;
        const QString reference =
            u"%1-%2-%3"_s.arg(m->prefix).arg(year).arg(counter, 6, 10, QLatin1Char('0'));

        // Times along the path, all before the end of the demo period.
        const qint64 room = std::max<qint64>(kHour, end - created - kHour);
        qint64 t = created;
        QList<qint64> stepTimes;
        for (qsizetype s = 0; s < path.size(); ++s) {
            const bool first = s == 0 && path[s] != Status::New;
            const qint64 step =
                first ? qint64(unit(rng) * std::min<qint64>(room / 4, 3 * kDay)) + 10 * 60000
                      : qint64(unit(rng) * unit(rng) *
                               std::min<qint64>(room / 2, qint64(cat->deadline.days + 1) * 2 * kDay));
            // Each step after the previous one, all before the end of the demo period.
            t = std::max(t, std::min(end - 60000, t + std::max<qint64>(60000, step)));
            stepTimes.append(t);
        }
        // First times (CLI.md): resolved when first fixed, or first closed when never fixed.
        qint64 acknowledged = 0, fixed = 0, closed = 0;
        for (qsizetype s = 0; s < path.size(); ++s) {
            const Status st = path[s];
            if (!acknowledged && st != Status::New && st != Status::Triage)
                acknowledged = stepTimes[s];
            if (!fixed && codes::statusClass(st) == StatusClass::Fixed)
                fixed = stepTimes[s];
            if (!closed && codes::statusClass(st) == StatusClass::Closed)
                closed = stepTimes[s];
        }
        const qint64 resolved = fixed ? fixed : closed;
        const qint64 updated = path.size() > 1 || status != Status::New ? stepTimes.last() : created;

        Priority priority = cat->priority;
        const int pr = int(pick(rng, 100));
        if (pr < 8)
            priority = Priority::High;
        else if (pr < 10)
            priority = Priority::Urgent;
        else if (pr < 20 && priority == Priority::Normal)
            priority = Priority::Low;
        const bool routed = status != Status::New && status != Status::Triage;
        // Routing as the rules say; a rule's authority a ticket was not forwarded to was overridden.
        const RoutingDecision route =
            Router::route(ref, cat->code, m->code, district->code, QPointF(lon, lat));
        const bool forwarded = path.contains(Status::Forwarded);
        const QString authority = !route.authority.isEmpty() ? route.authority : cat->authority;
        const QString routingRule = !route.authority.isEmpty() && !forwarded ? Router::kManual : route.rule;
        const QString service = route.authority.isEmpty() ? route.service : cat->service;
        const QString team = route.authority.isEmpty() ? route.team : cat->team;
        QString forwardState;
        if (forwarded)
            forwardState = status == Status::Forwarded && (ageDays < 3 || chance(rng, 40))
                               ? u"sent"_s
                               : u"acknowledged"_s;

        // Deadline in working time from the category and priority; the clock stops while waiting
        // or forwarded (paused_minutes: pauses over; paused_at: the current one).
        qint64 pausedMinutes = 0, pausedAt = 0;
        for (qsizetype s = 0; s < path.size(); ++s) {
            if (!Deadlines::pauses(path[s]))
                continue;
            if (s + 1 < path.size())
                pausedMinutes += WorkingCalendar::workingMinutesBetween(
                    QDateTime::fromMSecsSinceEpoch(stepTimes[s], Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(stepTimes[s + 1], Qt::UTC), ref.workingHours());
            else
                pausedAt = stepTimes[s];
        }
        const qint64 due = Deadlines::dueAt(ref, QDateTime::fromMSecsSinceEpoch(created, paris), cat->code,
                                            priority, pausedMinutes)
                               .toMSecsSinceEpoch();
        const QString assignee = routed && !agentLogins.isEmpty() && chance(rng, 70)
                                     ? agentLogins[qsizetype(pick(rng, quint64(agentLogins.size())))]
                                     : QString();
        int photoCount = 0;
        if (channel == Channel::MobileApp)
            photoCount = chance(rng, 70) ? 1 + int(pick(rng, 3)) : 0;
        else if (channel == Channel::Web || channel == Channel::Email)
            photoCount = chance(rng, 30) ? 1 : 0;
        const TicketKind kind = chance(rng, 94)   ? TicketKind::Report
                                : chance(rng, 80) ? TicketKind::Suggestion
                                                  : TicketKind::Compliment;

        QByteArray reporterId;
        if (channel != Channel::Agent || chance(rng, 30)) {
            reporterId = uuid(rng, created);
            const QString name = DemoText::reporterName(rng);
            insReporter.text(reporterId).text(m->code).text(name).text(DemoText::reporterEmail(name, rng));
            insReporter.text(channel == Channel::Phone || chance(rng, 20) ? DemoText::reporterPhone(rng)
                                                                          : QString());
            if (!insReporter.run())
                return abort(Tr::tr("Demandeurs : %1").arg(insReporter.error()));
        }

        insTicket.text(id).text(m->code).text(reference).text(codes::code(kind)).text(cat->code);
        insTicket.text(DemoText::description(cat->code, rng))
            .real(lat)
            .real(lon)
            .text(address)
            .text(district->code);
        insTicket.text(codes::code(channel));
        reporterId.isEmpty() ? insTicket.null() : insTicket.text(reporterId);
        insTicket.text(codes::code(status))
            .text(codes::code(codes::statusClass(status)))
            .integer(int(status));
        insTicket.text(codes::code(priority)).integer(codes::rank(priority));
        insTicket.text(service).text(routed ? team : QString()).text(assignee).integer(due);
        duplicateOf.isEmpty() ? insTicket.null() : insTicket.text(duplicateOf);
        insTicket.text(forwarded ? authority : QString()).integer(photoCount).integer(created);
        insTicket.integerOrNull(acknowledged).integerOrNull(resolved).integerOrNull(closed).integer(updated);
        insTicket.text(routingRule).text(forwardState).integerOrNull(pausedAt).integer(pausedMinutes);
        if (!insTicket.run())
            return abort(Tr::tr("Signalements : %1").arg(insTicket.error()));

        // History: creation, then each status change (and the routing to a team).
        auto history = [&](qint64 at, const QString &author, const QString &field, const QString &oldV,
                           const QString &newV) {
            insHistory.text(uuid(rng, created))
                .text(id)
                .text(m->code)
                .null()
                .text(author)
                .integer(at)
                .text(field);
            insHistory.text(oldV).text(newV);
            return insHistory.run();
        };
        const QString citizen =
            channel == Channel::Agent || channel == Channel::Phone || channel == Channel::Counter
                ? (assignee.isEmpty() ? agentLogins.value(0) : assignee)
                : u"citoyen"_s;
        bool ok = history(created, citizen, u"created"_s, {}, reference);
        if (ok && !route.rule.isEmpty())
            ok = history(created, citizen, u"routing_rule"_s, {}, route.rule);
        Status previous = Status::New;
        const QString actor =
            assignee.isEmpty() ? agentLogins.value(int(pick(rng, quint64(agentLogins.size())))) : assignee;
        for (qsizetype s = 0; s < path.size() && ok; ++s) {
            if (path[s] == Status::New)
                continue;
            ok = history(stepTimes[s], actor, u"status"_s, codes::code(previous), codes::code(path[s]));
            if (ok && s == 0 && routed)
                ok = history(stepTimes[s], actor, u"team"_s, {}, team);
            if (ok && s == 0 && routingRule == Router::kManual)
                ok = history(stepTimes[s], actor, u"routing_rule"_s, route.rule, routingRule);
            if (ok && path[s] == Status::Forwarded)
                ok = history(stepTimes[s], actor, u"forwarded_to"_s, {}, authority);
            previous = path[s];
        }
        if (!ok)
            return abort(Tr::tr("Historique : %1").arg(insHistory.error()));

        // Comments: internal notes along the way, public replies at acknowledgement and resolution.
        for (qsizetype s = 0; s < path.size(); ++s) {
            const Status st = path[s];
            if (Workflow::noteFor(st) == NoteRequirement::Reason || (st != Status::New && chance(rng, 15))) {
                const QString text = Workflow::noteFor(st) == NoteRequirement::Reason
                                         ? DemoText::reason(codes::code(st), rng)
                                         : DemoText::internalNote(cat->code, codes::code(st), rng);
                insComment.text(uuid(rng, created))
                    .text(id)
                    .text(m->code)
                    .text(QByteArrayLiteral("internal"))
                    .text(actor);
                insComment.text(text).integer(stepTimes[s] + 1000).null();
                if (!insComment.run())
                    return abort(Tr::tr("Commentaires : %1").arg(insComment.error()));
            }
            if ((st == Status::Acknowledged || st == Status::Fixed || st == Status::Forwarded) &&
                !reporterId.isEmpty() && chance(rng, 40)) {
                insComment.text(uuid(rng, created))
                    .text(id)
                    .text(m->code)
                    .text(QByteArrayLiteral("public"))
                    .text(actor);
                insComment.text(DemoText::publicReply(cat->label, codes::code(st), rng))
                    .integer(stepTimes[s] + 2000);
                insComment.null();
                if (!insComment.run())
                    return abort(Tr::tr("Commentaires : %1").arg(insComment.error()));
            }
        }
        for (int p = 0; p < photoCount; ++p) {
            insPhoto.text(uuid(rng, created)).text(id).text(m->code).integer(p).integer(created);
            if (!insPhoto.run())
                return abort(Tr::tr("Photos : %1").arg(insPhoto.error()));
        }
    }
    if (progress && !progress(options.tickets, options.tickets))
        return abort(Tr::tr("Génération annulée."));

    qCInfo(lcDb) << "demo: rows written in" << timer.elapsed() << "ms";
    QSqlQuery q(store.database());
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        q.prepare(u"INSERT INTO reference_counter (municipality, year, last) VALUES (?, ?, ?)"_s);
        q.addBindValue(it.key().section(u'/', 0, 0));
        q.addBindValue(it.key().section(u'/', 1, 1).toInt());
        q.addBindValue(it.value());
        if (!q.exec())
            return abort(store.failure(q.lastError(), Tr::tr("Numérotation")).message);
    }
    for (const QString &sql : std::as_const(indexSql)) {
        if (!q.exec(sql))
            return abort(store.failure(q.lastError(), Tr::tr("Index")).message);
    }
    qCInfo(lcDb) << "demo: indexes built at" << timer.elapsed() << "ms";
    if (const QString e = writeInterventions(store.database(), ref, until, rng); !e.isEmpty())
        return abort(Tr::tr("Interventions : %1").arg(e));
    if (!q.exec(u"INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild')"_s) ||
        (!ftsTrigger.isEmpty() && !q.exec(ftsTrigger)))
        return abort(store.failure(q.lastError(), Tr::tr("Index plein texte")).message);
    q.prepare(u"INSERT INTO setting (key, value) VALUES ('municipality', ?), ('demo', ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(communes.first()->code);
    q.addBindValue(u"tickets=%1 seed=%2 until=%3"_s.arg(options.tickets)
                       .arg(options.seed)
                       .arg(until.toString(Qt::ISODate)));
    if (!q.exec())
        return abort(store.failure(q.lastError(), Tr::tr("Réglages")).message);
    qCInfo(lcDb) << "demo: full-text index built at" << timer.elapsed() << "ms";
    if (LocalStore::Result r = store.commit(); !r)
        return abort(r.message);
    qCInfo(lcDb) << "demo: committed at" << timer.elapsed() << "ms";
    q.exec(u"PRAGMA journal_mode = WAL"_s);
    q.exec(u"PRAGMA cache_size = -16384"_s);
    q.exec(u"PRAGMA optimize"_s);
    q.exec(u"ANALYZE"_s);
    store.notifyTicketsChanged({});
    result.ok = true;
    result.exitCode = 0;
    result.tickets = options.tickets;
    result.elapsedMs = timer.elapsed();
    qCInfo(lcDb) << "demo city:" << options.tickets << "tickets in" << result.elapsedMs << "ms";
    return result;
}

} // namespace lanterne::demo
