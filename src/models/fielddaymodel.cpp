// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddaymodel.h"

#include "domain/codes.h"
#include "domain/workingcalendar.h"
#include "map/tileloader.h"
#include "map/tilesource.h"
#include "print/roundsheet.h"
#include "session.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lanterne {

namespace {

constexpr int kTileWaitMs = 8000; ///< the round sheet waits this long at most for its maps

QDate parisToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(WorkingCalendar::paris()).date();
}

QString localPath(const QString &fileUrl)
{
    const QUrl url(fileUrl);
    return url.isLocalFile() ? url.toLocalFile() : fileUrl;
}

quint64 tileKey(int z, int x, int y)
{
    return (quint64(z) << 48) | (quint64(x) << 24) | quint64(y);
}

} // namespace

FieldDayModel::FieldDayModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_day(parisToday())
{
    if (Session *s = Session::instance()) {
        auto fit = [this, s] {
            // A field team sees its own day; the office starts on the first team.
            if (s->actor().role == Role::Field)
                m_team = s->actor().team;
            else if (m_team.isEmpty() && !s->reference().teams().isEmpty())
                m_team = s->reference().teams().first().code;
            Q_EMIT dayChanged();
            reload();
        };
        connect(s, &Session::userChanged, this, fit);
        connect(s, &Session::stateChanged, this, fit);
        // Changes made elsewhere (a sync, another page); this model's own are read once, after them.
        auto changed = [this] {
            if (!m_writing)
                reload();
        };
        connect(&s->store(), &LocalStore::ticketsChanged, this, changed);
        connect(&s->store(), &LocalStore::externallyChanged, this, changed);
        connect(s, &Session::pendingCountChanged, this, changed);
        fit();
    }
}

int FieldDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> FieldDayModel::roleNames() const
{
    static const QHash<int, QByteArray> names{{IdRole, "interventionId"},
                                              {TicketIdRole, "ticketId"},
                                              {ReferenceRole, "reference"},
                                              {PositionRole, "position"},
                                              {PlannedTimeRole, "plannedTime"},
                                              {DefaultTimeRole, "defaultTime"},
                                              {CategoryRole, "category"},
                                              {CategoryLabelRole, "categoryLabel"},
                                              {AddressRole, "address"},
                                              {DescriptionRole, "description"},
                                              {TicketStatusRole, "ticketStatus"},
                                              {TicketStatusLabelRole, "ticketStatusLabel"},
                                              {TicketElsewhereRole, "ticketElsewhere"},
                                              {ResultRole, "result"},
                                              {ResultLabelRole, "resultLabel"},
                                              {ReasonRole, "reason"},
                                              {ActedTimeRole, "actedTime"},
                                              {MinutesRole, "minutesSpent"},
                                              {MaterialsRole, "materials"},
                                              {NoteRole, "note"},
                                              {AfterPhotoRole, "afterPhoto"},
                                              {PendingRole, "pending"}};
    return names;
}

QVariant FieldDayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PlannedIntervention &i = m_rows[index.row()];
    const Session *s = Session::instance();
    switch (role) {
    case IdRole:
        return i.id;
    case TicketIdRole:
        return i.ticketId;
    case ReferenceRole:
        return i.reference;
    case PositionRole:
        return index.row() + 1;
    case PlannedTimeRole:
        return i.plannedTime.isValid() ? i.plannedTime.toString(u"HH:mm"_s) : QString();
    case DefaultTimeRole: {
        const QTime t = defaultTime(index.row());
        return t.isValid() ? t.toString(u"HH:mm"_s) : QString();
    }
    case CategoryRole:
        return i.category;
    case CategoryLabelRole:
        return s ? s->categoryLabel(i.category) : i.category;
    case AddressRole:
        return i.address;
    case DescriptionRole:
        return i.description;
    case TicketStatusRole:
        return codes::code(i.ticketStatus);
    case TicketStatusLabelRole:
        return codes::label(i.ticketStatus);
    case TicketElsewhereRole:
        return i.ticketTeam != i.team;
    case ResultRole:
        return i.result;
    case ResultLabelRole: {
        const auto r = InterventionRules::result(i.result);
        return r ? InterventionRules::label(*r) : QString();
    }
    case ReasonRole:
        return i.reason;
    case ActedTimeRole:
        return i.actedAt.isValid()
                   ? i.actedAt.toTimeZone(WorkingCalendar::paris()).time().toString(u"HH:mm"_s)
                   : QString();
    case MinutesRole:
        return i.minutesSpent;
    case MaterialsRole:
        return i.materials;
    case NoteRole:
        return i.note;
    case AfterPhotoRole:
        // The URL changes once the picture is here: the image loads again.
        return i.afterPhoto.isEmpty()
                   ? QString()
                   : u"intervention/%1%2"_s.arg(i.afterPhotoStored ? u""_s : u"remote/"_s, i.afterPhoto);
    case PendingRole:
        return i.pending;
    }
    return {};
}

void FieldDayModel::setTeam(const QString &team)
{
    if (team == m_team)
        return;
    m_team = team;
    Q_EMIT dayChanged();
    reload();
}

void FieldDayModel::setDayIso(const QString &day)
{
    const QDate d = QDate::fromString(day, Qt::ISODate);
    if (!d.isValid() || d == m_day)
        return;
    m_day = d;
    Q_EMIT dayChanged();
    reload();
}

void FieldDayModel::shiftDay(int days)
{
    setDayIso(m_day.addDays(days).toString(Qt::ISODate));
}

void FieldDayModel::goToday()
{
    setDayIso(parisToday().toString(Qt::ISODate));
}

QString FieldDayModel::dayLabel() const
{
    QString s = dayText(dayIso());
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString FieldDayModel::dayText(const QString &day) const
{
    return QLocale().toString(QDate::fromString(day, Qt::ISODate), u"dddd d MMMM yyyy"_s);
}

bool FieldDayModel::isToday() const
{
    return m_day == parisToday();
}

int FieldDayModel::reportedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const PlannedIntervention &i) { return !i.result.isEmpty(); }));
}

int FieldDayModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const PlannedIntervention &i) { return i.pending; }));
}

void FieldDayModel::setError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

EditResult FieldDayModel::write(const std::function<EditResult()> &change)
{
    m_writing = true;
    const EditResult e = change();
    m_writing = false;
    return e;
}

void FieldDayModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    reload();
}

void FieldDayModel::reload()
{
    Session *s = Session::instance();
    if (!m_active || !s || s->state() != Session::State::Ready || m_team.isEmpty())
        return;
    Interventions interventions(s->store(), s->reference());
    QList<PlannedIntervention> rows = interventions.day(m_team, m_day);
    if (!interventions.lastError().isEmpty()) {
        setError(interventions.lastError());
        return;
    }
    setError({});
    // The nearest days with stops, for an empty day (or to jump from one to the next).
    QSqlQuery q(s->store().database());
    q.prepare(u"SELECT (SELECT max(scheduled_day) FROM intervention WHERE team = ? AND scheduled_day < ?), "
              "(SELECT min(scheduled_day) FROM intervention WHERE team = ? AND scheduled_day > ?)"_s);
    for (int k = 0; k < 2; ++k) {
        q.addBindValue(m_team);
        q.addBindValue(m_day.toString(Qt::ISODate));
    }
    if (q.exec() && q.next()) {
        m_previousDay = q.value(0).toString();
        m_nextDay = q.value(1).toString();
    }
    const bool sameStops =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const PlannedIntervention &a, const PlannedIntervention &b) { return a.id == b.id; });
    if (sameStops) {
        // Row by row: the list keeps its current row and its scroll.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT countsChanged();
}

int FieldDayModel::nextToReport(int row) const
{
    const int n = int(m_rows.size());
    for (int k = 0; k < n; ++k) {
        const int r = (std::max(row, 0) + k) % n;
        if (m_rows[r].result.isEmpty())
            return r;
    }
    return -1;
}

QTime FieldDayModel::defaultTime(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    // The planned time, or none: a time made up here (now, at the end of the shift) would be
    // recorded as the action's.
    return m_rows[row].plannedTime;
}

QVariantMap FieldDayModel::report(int row, const QString &result, const QString &time,
                                  const QVariantMap &details)
{
    Session *s = Session::instance();
    auto refused = [this](const QString &message) {
        setError(message);
        return QVariantMap{{u"ok"_s, false}, {u"message"_s, message}};
    };
    if (!s || row < 0 || row >= m_rows.size())
        return refused(tr("Aucune intervention choisie."));
    const PlannedIntervention &i = m_rows[row];
    const auto r = InterventionRules::result(result);
    if (!r)
        return refused(tr("Résultat inconnu : %1").arg(result));
    const QTime t = QTime::fromString(time.trimmed(), u"H:mm"_s);
    if (!t.isValid())
        return refused(time.trimmed().isEmpty() ? tr("Indiquez l'heure de l'action (HH:MM).")
                                                : tr("Heure invalide : « %1 » (HH:MM).").arg(time));
    InterventionReport report;
    report.result = *r;
    report.actedAt = QDateTime(m_day, t, WorkingCalendar::paris()).toUTC();
    // What is not given stays as it was (a result corrected with one key keeps its note).
    report.minutesSpent =
        details.contains(u"minutes"_s) ? details.value(u"minutes"_s).toInt() : i.minutesSpent;
    report.materials = details.value(u"materials"_s, i.materials).toString();
    report.note = details.value(u"note"_s, i.note).toString();
    report.reason =
        *r == InterventionResult::Impossible ? details.value(u"reason"_s, i.reason).toString() : QString();
    if (const QString photo = details.value(u"photo"_s).toString(); !photo.isEmpty()) {
        QFile f(localPath(photo));
        if (!f.open(QIODevice::ReadOnly))
            return refused(tr("Photo illisible : %1 (%2)").arg(f.fileName(), f.errorString()));
        report.afterPhoto = f.readAll();
    }
    const EditResult e =
        write([&] { return Interventions(s->store(), s->reference()).report(i.id, report, s->actor()); });
    if (!e.ok())
        return refused(e.message);
    setError({});
    reload();
    if (!e.message.isEmpty())
        Q_EMIT notice(e.message);
    return {{u"ok"_s, true}, {u"message"_s, e.message}};
}

QVariantMap FieldDayModel::quickReport(int row, const QString &result)
{
    const QTime t = defaultTime(row);
    if (!t.isValid())
        return {{u"ok"_s, false},
                {u"needsTime"_s, true},
                {u"message"_s, tr("Pas d'heure prévue pour cet arrêt : indiquez l'heure de l'action.")}};
    return report(row, result, t.toString(u"HH:mm"_s), {});
}

QVariantMap FieldDayModel::plan(const QStringList &ticketIds, const QString &team, const QString &day,
                                const QString &time)
{
    Session *s = Session::instance();
    const QDate d = QDate::fromString(day, Qt::ISODate);
    QTime t;
    if (!time.trimmed().isEmpty()) {
        t = QTime::fromString(time.trimmed(), u"H:mm"_s);
        if (!t.isValid())
            return {{u"ok"_s, false},
                    {u"count"_s, 0},
                    {u"message"_s, tr("Heure invalide : « %1 » (HH:MM).").arg(time)}};
    }
    if (!s || ticketIds.isEmpty())
        return {{u"ok"_s, false}, {u"count"_s, 0}, {u"message"_s, tr("Aucun signalement choisi.")}};
    Interventions interventions(s->store(), s->reference());
    int planned = 0;
    QStringList refusals;
    for (const QString &id : ticketIds) {
        const EditResult e = write([&] { return interventions.plan(id, team, d, s->actor(), t); });
        if (e.ok())
            ++planned;
        else
            refusals.append(e.message);
    }
    if (team == m_team && d == m_day)
        reload();
    QString message = tr("%n signalement(s) planifié(s) pour %1, %2.", nullptr, planned)
                          .arg(s->teamName(team), QLocale().toString(d, QLocale::LongFormat));
    if (!refusals.isEmpty())
        message +=
            u' ' + (refusals.size() == 1
                        ? refusals.first()
                        : tr("%n refusé(s) : %1", nullptr, int(refusals.size())).arg(refusals.first()));
    if (planned > 0)
        Q_EMIT notice(message);
    return {{u"ok"_s, refusals.isEmpty()}, {u"count"_s, planned}, {u"message"_s, message}};
}

bool FieldDayModel::move(int from, int to)
{
    Session *s = Session::instance();
    if (!s || from < 0 || to < 0 || from >= m_rows.size() || to >= m_rows.size() || from == to)
        return false;
    QStringList ids;
    for (const PlannedIntervention &i : std::as_const(m_rows))
        ids.append(i.id);
    ids.move(from, to);
    const EditResult e = write(
        [&] { return Interventions(s->store(), s->reference()).reorder(m_team, m_day, ids, s->actor()); });
    if (!e.ok()) {
        setError(e.message);
        Q_EMIT notice(e.message);
        return false;
    }
    reload();
    return true;
}

bool FieldDayModel::remove(int row)
{
    Session *s = Session::instance();
    if (!s || row < 0 || row >= m_rows.size())
        return false;
    const QString reference = m_rows[row].reference;
    const QString id = m_rows[row].id;
    const EditResult e =
        write([&] { return Interventions(s->store(), s->reference()).cancel(id, s->actor()); });
    if (!e.ok()) {
        setError(e.message);
        Q_EMIT notice(e.message);
        return false;
    }
    reload();
    Q_EMIT notice(tr("%1 retiré de la tournée.").arg(reference));
    return true;
}

bool FieldDayModel::setPlannedTime(int row, const QString &time)
{
    Session *s = Session::instance();
    if (!s || row < 0 || row >= m_rows.size())
        return false;
    QTime t;
    if (!time.trimmed().isEmpty()) {
        t = QTime::fromString(time.trimmed(), u"H:mm"_s);
        if (!t.isValid()) {
            setError(tr("Heure invalide : « %1 » (HH:MM).").arg(time));
            Q_EMIT notice(m_lastError);
            return false;
        }
    }
    const QString id = m_rows[row].id;
    const EditResult e =
        write([&] { return Interventions(s->store(), s->reference()).setPlannedTime(id, t, s->actor()); });
    if (!e.ok()) {
        setError(e.message);
        Q_EMIT notice(e.message);
        return false;
    }
    reload();
    return true;
}

QString FieldDayModel::nextWorkingDay() const
{
    QDate d = parisToday().addDays(1);
    while (!WorkingCalendar::isWorkingDay(d))
        d = d.addDays(1);
    return d.toString(Qt::ISODate);
}

QString FieldDayModel::sheetFileUrl() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(folder).filePath(RoundSheet::fileName(m_team, m_day))).toString();
}

void FieldDayModel::printSheet(const QString &fileUrl)
{
    Session *s = Session::instance();
    if (!s || m_printing)
        return;
    const QString path = localPath(fileUrl);
    if (m_rows.isEmpty()) {
        Q_EMIT notice(tr("Aucune intervention ce jour-là : il n'y a pas de feuille de route à imprimer."));
        return;
    }
    m_printing = true;
    Q_EMIT printingChanged();
    QString error;
    const map::TileSource source = map::TileSource::fromMap(s->mapTiles(), &error);
    const QList<RoundSheetTile> wanted = RoundSheet::tiles(m_rows);
    if (!error.isEmpty() || source.isNone() || wanted.isEmpty()) {
        writeSheet(path, {}, {});
        return;
    }
    // The maps' tiles, from the disk cache, the network or the MBTiles file; what has not come
    // after a few seconds is drawn without (the commune outlines).
    auto *loader = new map::TileLoader(this);
    loader->setSource(source);
    auto tiles = std::make_shared<QHash<QString, QImage>>();
    auto left = std::make_shared<qsizetype>(wanted.size());
    auto done = std::make_shared<bool>(false);
    auto timer = new QTimer(loader);
    timer->setSingleShot(true);
    const QString attribution = source.attribution;
    auto finish = [this, loader, tiles, done, path, attribution] {
        if (*done)
            return;
        *done = true;
        loader->deleteLater();
        writeSheet(path, *tiles, attribution);
    };
    connect(loader, &map::TileLoader::tileLoaded, this,
            [tiles, left, finish](const map::TileId &t, const QImage &image) {
                tiles->insert(QString::number(tileKey(t.z, t.x, t.y)), image);
                if (--*left <= 0)
                    finish();
            });
    connect(loader, &map::TileLoader::tileFailed, this, [left, finish](const map::TileId &, const QString &) {
        if (--*left <= 0)
            finish();
    });
    connect(timer, &QTimer::timeout, this, finish);
    timer->start(kTileWaitMs);
    for (const RoundSheetTile &t : wanted)
        loader->request(map::TileId{t.z, t.x, t.y});
}

void FieldDayModel::writeSheet(const QString &path, const QHash<QString, QImage> &tiles,
                               const QString &attribution)
{
    Session *s = Session::instance();
    RoundSheet::Input in;
    in.teamName = s ? s->teamName(m_team) : m_team;
    in.day = m_day;
    in.stops = m_rows;
    in.printedAt = QDateTime::currentDateTime();
    in.tile = [&tiles](const RoundSheetTile &t) {
        return tiles.value(QString::number(tileKey(t.z, t.x, t.y)));
    };
    in.attribution = attribution;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        error = tr("Impossible d'écrire %1 : %2").arg(path, file.errorString());
    else if (error = RoundSheet::write(&file, in, s ? s->reference() : ReferenceData::builtin());
             !error.isEmpty())
        file.cancelWriting();
    else if (!file.commit())
        error = tr("Impossible d'écrire %1 : %2").arg(path, file.errorString());
    m_printing = false;
    Q_EMIT printingChanged();
    if (!error.isEmpty()) {
        setError(error);
        Q_EMIT notice(error);
        return;
    }
    Q_EMIT notice(tr("Feuille de route enregistrée : %1").arg(path));
    Q_EMIT sheetWritten(path);
}

} // namespace lanterne
