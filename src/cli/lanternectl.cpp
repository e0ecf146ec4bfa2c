// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanternectl.h"

#include "auth/secretstore.h"
#include "commandline.h"
#include "demo/demogenerator.h"
#include "domain/referencedata.h"
#include "domain/workflow.h"
#include "domain/workingcalendar.h"
#include "print/roundsheet.h"
#include "stats/report.h"
#include "stats/statistics.h"
#include "storage/interventions.h"
#include "storage/latereport.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketfilter.h"
#include "storage/ticketformat.h"
#include "storage/ticketrepository.h"
#include "sync/centraldatabase.h"
#include "sync/centraldemo.h"
#include "sync/centralurl.h"
#include "sync/syncengine.h"
#include "util/timeutil.h"

#include <cstdio>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSqlDriver>
#include <QTimer>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lanterne::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lanternectl)
};

const QSet<QString> kGlobal{u"db"_s, u"as"_s, u"json"_s, u"help"_s, u"version"_s};
const QSet<QString> kFilterOptions{
    u"status"_s,  u"class"_s, u"category"_s, u"district"_s, u"service"_s, u"team"_s,         u"priority"_s,
    u"channel"_s, u"from"_s,  u"to"_s,       u"overdue"_s,  u"search"_s,  u"municipality"_s, u"due-soon"_s};

CommandLine::Spec fullSpec()
{
    CommandLine::Spec s = CommandLine::globalSpec();
    s.valued += {u"status"_s,
                 u"class"_s,
                 u"category"_s,
                 u"district"_s,
                 u"service"_s,
                 u"team"_s,
                 u"priority"_s,
                 u"channel"_s,
                 u"from"_s,
                 u"to"_s,
                 u"search"_s,
                 u"limit"_s,
                 u"offset"_s,
                 u"note"_s,
                 u"agent"_s,
                 u"description"_s,
                 u"lat"_s,
                 u"lon"_s,
                 u"address"_s,
                 u"reporter-name"_s,
                 u"reporter-email"_s,
                 u"reporter-phone"_s,
                 u"kind"_s,
                 u"tickets"_s,
                 u"seed"_s,
                 u"until"_s,
                 u"communes"_s,
                 u"url"_s,
                 u"format"_s,
                 u"output"_s,
                 u"municipality"_s,
                 u"duplicate-of"_s,
                 u"forward-to"_s,
                 u"photo"_s,
                 u"sort"_s,
                 u"role"_s,
                 u"subject"_s,
                 u"password-file"_s,
                 u"date"_s,
                 u"result"_s,
                 u"at"_s,
                 u"minutes"_s,
                 u"materials"_s,
                 u"reason"_s,
                 u"time"_s};
    s.flags +=
        {u"due-soon"_s, u"overdue"_s, u"public"_s, u"excel"_s, u"desc"_s, u"asc"_s, u"once"_s, u"watch"_s};
    return s;
}

struct Context
{
    Context(QTextStream &o, QTextStream &e, CommandLine &c)
        : out(o)
        , err(e)
        , cl(c)
    {}
    QTextStream &out;
    QTextStream &err;
    CommandLine &cl;
    LocalStore store;
    bool createdStore = false; ///< this run made the store file (removed again if the command fails)
    Actor actor;
    bool json = false;
    const ReferenceData &ref = ReferenceData::builtin();

    int usage(const QString &message)
    {
        err << "lanternectl: " << message << Qt::endl << Tr::tr("Voir « lanternectl --help ».") << Qt::endl;
        return Usage;
    }
    int fail(int code, const QString &message)
    {
        err << "lanternectl: " << message << Qt::endl;
        return code;
    }
    void printJson(const QJsonValue &v)
    {
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        out.flush();
    }
};

int exitFor(EditResult::Code code)
{
    switch (code) {
    case EditResult::Ok:
        return Success;
    case EditResult::BadInput:
        return Usage;
    case EditResult::NotFound:
        return NotFound;
    case EditResult::Refused:
        return Refused;
    case EditResult::Failure:
        break;
    }
    return Failure;
}

int exitFor(LocalStore::ErrorKind kind)
{
    return kind == LocalStore::ErrorKind::NotFound ? NotFound : Failure;
}

QString parisTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toTimeZone(WorkingCalendar::paris()), u"dd/MM/yyyy HH:mm"_s)
                       : QString();
}

const QString kHelp = QStringLiteral(
    "Usage: lanternectl [--db PATH] [--as LOGIN] [--json] COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  tickets list [filters] [--limit N] [--offset N]   list tickets, newest first\n"
    "  ticket show REF|UUID                              one ticket with comments, history, photos\n"
    "  ticket create --category CODE --description TEXT --lat LAT --lon LON\n"
    "                [--address TEXT] [--channel CODE] [--kind CODE] [--priority CODE]\n"
    "                [--reporter-name N] [--reporter-email E] [--reporter-phone P] [--photo FILE]\n"
    "  ticket set-status REF STATUS [--note TEXT] [--duplicate-of REF] [--forward-to CODE]\n"
    "  ticket assign REF [--service CODE] [--team CODE] [--agent LOGIN]\n"
    "  ticket set-priority REF CODE\n"
    "  ticket note REF TEXT [--public]\n"
    "  ticket undo REF                                   undo your last action on a ticket\n"
    "  ticket reply REF TEXT [--subject S]               public reply, queued for the reporter\n"
    "  ticket forward REF AUTHORITY [--note TEXT]        forward to an external authority\n"
    "  ticket forward-state REF acknowledged|returned [--note TEXT]\n"
    "  ticket merge REF ORIGINAL [--note TEXT]           REF becomes a duplicate of ORIGINAL\n"
    "  ticket reroute REF                                apply the routing rules again\n"
    "  ticket duplicates REF                             possible duplicates of a ticket\n"
    "  interventions list [--team CODE] [--date DATE]    a team's day, in order (field: own team)\n"
    "  interventions sheet [--team CODE] [--date DATE] [-o FILE]  the day's round sheet (PDF)\n"
    "  intervention plan REF --team CODE [--date DATE] [--time HH:MM]\n"
    "                                                    add a ticket to a team's day (last stop)\n"
    "  intervention report ID|REF --result done|not_done|impossible [--date DATE] [--at TIME]\n"
    "               [--minutes N] [--materials TEXT] [--note TEXT] [--reason TEXT] [--photo FILE]\n"
    "                                                    record what the team did (TIME: HH:MM or ISO 8601)\n"
    "  intervention reorder --team CODE --date DATE ID[,ID...]  put a team's day in this order\n"
    "  intervention cancel ID|REF [--date DATE]          remove a stop not reported yet\n"
    "  late [filters]                                    what is late, by service\n"
    "  demo [--tickets N] [--seed S] [--until DATE] [--communes all|CODE[,CODE]] [--url URL]\n"
    "  export --format csv|geojson [filters] [--limit N] [--excel] [-o FILE]\n"
    "  report --from DATE --to DATE [--municipality CODE] [--service CODE] [--category CODE]\n"
    "         [--district NAME] [--channel CODE] [--team CODE] [--format csv|pdf] [--excel] [-o FILE]\n"
    "                                                    figures of a period: created, resolved, times\n"
    "  sync --once | --watch [--url URL]                 push local changes, pull the server's\n"
    "  central init --url URL                            create or update the central database (idempotent)\n"
    "  central migrate --url URL                         apply the central schema's pending migrations\n"
    "  central user add LOGIN --role agent|supervisor|field|admin --municipality CODE\n"
    "                [--service CODE] [--team CODE] [--password-file FILE] --url URL\n"
    "\n"
    "Filters: --status CODE[,CODE] --class open|closed|fixed --category CODE --district NAME\n"
    "         --service CODE --team CODE --priority CODE --channel CODE --municipality CODE\n"
    "         --from YYYY-MM-DD --to YYYY-MM-DD --overdue --due-soon --search TEXT\n"
    "\n"
    "Global options: --db PATH (env LANTERNE_DB), --as LOGIN, --json, --help, --version\n"
    "Exit codes: 0 success, 1 failure, 2 bad usage, 3 not found, 4 refused.\n");

bool parseDate(const QString &s, QDate *out)
{
    *out = QDate::fromString(s, u"yyyy-MM-dd"_s);
    return out->isValid();
}

/** Builds the filter from the options; on bad input returns false with a message. */
bool buildFilter(Context &c, TicketFilter *f, QString *error)
{
    const CommandLine &cl = c.cl;
    if (cl.has(u"status"_s)) {
        for (const QString &s : cl.value(u"status"_s).split(u',', Qt::SkipEmptyParts)) {
            if (!codes::status(s)) {
                *error = Tr::tr("statut inconnu : « %1 »").arg(s);
                return false;
            }
            f->statuses.append(s);
        }
    }
    if (cl.has(u"class"_s)) {
        if (!codes::statusClass(cl.value(u"class"_s))) {
            *error = Tr::tr("classe de statut inconnue : « %1 » (open, closed ou fixed)")
                         .arg(cl.value(u"class"_s));
            return false;
        }
        f->statusClass = cl.value(u"class"_s);
    }
    if (cl.has(u"category"_s)) {
        for (const QString &s : cl.value(u"category"_s).split(u',', Qt::SkipEmptyParts)) {
            if (c.ref.domain(s)) {
                f->domain = s;
            } else if (!c.ref.category(s)) {
                *error = Tr::tr("catégorie inconnue : « %1 »").arg(s);
                return false;
            } else {
                f->categories.append(s);
            }
        }
    }
    if (cl.has(u"district"_s)) {
        const QString d = cl.value(u"district"_s);
        QStringList matches;
        for (const Municipality &m : c.ref.municipalities())
            for (const District &dist : m.districts)
                if (dist.code == d || dist.name.compare(d, Qt::CaseInsensitive) == 0)
                    matches.append(dist.code);
        if (matches.isEmpty()) {
            *error = Tr::tr("quartier inconnu : « %1 »").arg(d);
            return false;
        }
        if (matches.size() > 1 && !matches.contains(d)) {
            *error =
                Tr::tr("quartier ambigu : « %1 » ; précisez son code (%2)").arg(d, matches.join(u", "_s));
            return false;
        }
        f->district = matches.contains(d) ? d : matches.first();
    }
    if (cl.has(u"service"_s)) {
        if (!c.ref.service(cl.value(u"service"_s))) {
            *error = Tr::tr("service inconnu : « %1 »").arg(cl.value(u"service"_s));
            return false;
        }
        f->service = cl.value(u"service"_s);
    }
    if (cl.has(u"team"_s)) {
        if (!c.ref.team(cl.value(u"team"_s))) {
            *error = Tr::tr("équipe inconnue : « %1 »").arg(cl.value(u"team"_s));
            return false;
        }
        f->team = cl.value(u"team"_s);
    }
    if (cl.has(u"priority"_s)) {
        if (!codes::priority(cl.value(u"priority"_s))) {
            *error = Tr::tr("priorité inconnue : « %1 »").arg(cl.value(u"priority"_s));
            return false;
        }
        f->priority = cl.value(u"priority"_s);
    }
    if (cl.has(u"channel"_s)) {
        if (!codes::channel(cl.value(u"channel"_s))) {
            *error = Tr::tr("canal inconnu : « %1 »").arg(cl.value(u"channel"_s));
            return false;
        }
        f->channel = cl.value(u"channel"_s);
    }
    if (cl.has(u"municipality"_s)) {
        if (!c.ref.municipality(cl.value(u"municipality"_s))) {
            *error = Tr::tr("commune inconnue : « %1 »").arg(cl.value(u"municipality"_s));
            return false;
        }
        f->municipality = cl.value(u"municipality"_s);
    }
    if (cl.has(u"from"_s) && !parseDate(cl.value(u"from"_s), &f->from)) {
        *error = Tr::tr("date invalide pour --from : « %1 » (AAAA-MM-JJ)").arg(cl.value(u"from"_s));
        return false;
    }
    if (cl.has(u"to"_s) && !parseDate(cl.value(u"to"_s), &f->to)) {
        *error = Tr::tr("date invalide pour --to : « %1 » (AAAA-MM-JJ)").arg(cl.value(u"to"_s));
        return false;
    }
    f->overdue = cl.has(u"overdue"_s);
    f->dueSoon = cl.has(u"due-soon"_s);
    f->search = cl.value(u"search"_s);
    return true;
}

bool parseCount(const CommandLine &cl, const QString &name, qint64 fallback, qint64 *out, QString *error)
{
    if (!cl.has(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    *out = cl.value(name).toLongLong(&ok);
    if (!ok || *out < 0) {
        *error = Tr::tr("--%1 attend un entier positif, pas « %2 »").arg(name, cl.value(name));
        return false;
    }
    return true;
}

/**
 * @p text with its control characters written out (\x1b, \r, \u202e...) instead of sent raw to
 * a terminal: line feeds and tabs stay, so that a description's lines read as lines.
 */
QString terminalSafe(const QString &text, bool keepNewlines = true)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
                          u == 0x200F || u == 0x061C;
        if ((u == u'\n' && keepNewlines) || u == u'\t')
            out += ch;
        else if (u < 0x20 || u == 0x7F)
            out += u"\\x%1"_s.arg(int(u), 2, 16, QLatin1Char('0'));
        else if ((u >= 0x80 && u <= 0x9F) || u == 0x2028 || u == 0x2029 || bidi)
            out += u"\\u%1"_s.arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out;
}

int openStore(Context &c, bool create = false)
{
    const QString path = c.cl.value(u"db"_s, LocalStore::defaultPath());
    c.createdStore = create && !QFileInfo::exists(path);
    const LocalStore::Result r = c.store.open(path, LocalStore::OpenMode::ReadWrite, create);
    if (!r)
        return c.fail(exitFor(r.kind), r.message);
    if (c.store.lostEdits() > 0)
        c.err << "lanternectl: " << c.store.lostEditsMessage() << Qt::endl;
    // A store synced with a central database acts as its login, with the role the server gave it.
    const QString centralLogin =
        c.store.setting(u"central_url"_s).isEmpty() ? QString() : c.store.setting(u"central_login"_s);
    const auto centralRole = codes::role(c.store.setting(u"central_role"_s));
    const QString login = c.cl.value(
        u"as"_s, centralLogin.isEmpty() ? c.store.setting(u"local_user"_s, u"admin"_s) : centralLogin);
    if (!centralLogin.isEmpty() && centralRole && login == centralLogin) {
        c.actor = Actor{login, *centralRole, c.store.setting(u"central_team"_s)};
        return Success;
    }
    const Agent *agent = c.ref.agent(login);
    if (!agent)
        return c.fail(Usage, Tr::tr("utilisateur inconnu : « %1 »").arg(login));
    c.actor = Actor{agent->login, agent->role, agent->team};
    return Success;
}

int cmdTicketsList(Context &c)
{
    TicketFilter f;
    QString error;
    qint64 limit = 100, offset = 0;
    if (!buildFilter(c, &f, &error) || !parseCount(c.cl, u"limit"_s, 100, &limit, &error) ||
        !parseCount(c.cl, u"offset"_s, 0, &offset, &error))
        return c.usage(error);
    if (int rc = openStore(c); rc != Success)
        return rc;
    if (c.actor.role == Role::Field)
        f.team = c.actor.team; // field teams see their team's tickets
    TicketRepository repo(c.store);
    const qint64 total = repo.count(f);
    if (total < 0)
        return c.fail(Failure, repo.lastError());
    const QList<Ticket> tickets = repo.page(f, offset, int(std::min<qint64>(limit, 1'000'000)));
    if (c.json) {
        // Personal data is only in `ticket show`, for the roles allowed to see it.
        QJsonArray arr;
        for (const Ticket &t : tickets)
            arr.append(TicketFormat::toJson(t, c.ref, false));
        c.printJson(QJsonObject{{u"total"_s, total}, {u"tickets"_s, arr}});
        return Success;
    }
    for (const Ticket &t : tickets) {
        c.out << t.reference.leftJustified(17) << ' ' << parisTime(t.createdAt).leftJustified(17) << ' '
              << codes::label(t.status).leftJustified(16).left(16) << ' '
              << c.ref.categoryLabel(t.category).leftJustified(28).left(28) << ' '
              << c.ref.districtName(t.municipality, t.district).leftJustified(15).left(15) << ' '
              << terminalSafe(t.address, false) << '\n';
    }
    c.out << Tr::tr("%n signalement(s) au total", nullptr, int(total)) << Qt::endl;
    return Success;
}

int cmdTicketShow(Context &c, const QStringList &args)
{
    if (args.size() != 1)
        return c.usage(Tr::tr("ticket show attend une référence ou un identifiant"));
    if (int rc = openStore(c); rc != Success)
        return rc;
    TicketRepository repo(c.store);
    const bool personal = Workflow::canSeePersonalData(c.actor.role);
    const auto t = repo.ticket(args[0], personal);
    if (!t)
        return repo.lastError().isEmpty()
                   ? c.fail(NotFound, Tr::tr("signalement introuvable : %1").arg(args[0]))
                   : c.fail(Failure, repo.lastError());
    if (c.actor.role == Role::Field && t->team != c.actor.team)
        return c.fail(Refused,
                      Tr::tr("le signalement %1 n'est pas affecté à votre équipe").arg(t->reference));
    const QList<Comment> comments = repo.comments(t->id);
    const QList<HistoryEntry> history = repo.history(t->id);
    const QList<Photo> photos = repo.photos(t->id);
    if (c.json) {
        QJsonObject o = TicketFormat::toJson(*t, c.ref, personal);
        QJsonArray ca, ha, pa;
        for (const Comment &cm : comments)
            ca.append(QJsonObject{{u"id"_s, cm.id},
                                  {u"kind"_s, codes::code(cm.kind)},
                                  {u"author"_s, cm.author},
                                  {u"created_at"_s, isoUtc(cm.createdAt)},
                                  {u"text"_s, cm.text},
                                  {u"pending"_s, cm.pending}});
        for (const HistoryEntry &h : history)
            ha.append(QJsonObject{
                {u"id"_s, h.id},
                {u"operation_id"_s, h.operationId.isEmpty() ? QJsonValue() : QJsonValue(h.operationId)},
                {u"author"_s, h.author},
                {u"at"_s, isoUtc(h.at)},
                {u"field"_s, h.field},
                {u"old_value"_s, h.oldValue},
                {u"new_value"_s, h.newValue},
                {u"pending"_s, h.pending}});
        for (const Photo &p : photos)
            pa.append(QJsonObject{{u"id"_s, p.id},
                                  {u"position"_s, p.position},
                                  {u"source"_s, p.demo ? u"demo"_s : u"user"_s},
                                  {u"mime"_s, p.mimeType},
                                  {u"width"_s, p.width},
                                  {u"height"_s, p.height},
                                  {u"bytes"_s, p.bytes}});
        o.insert("comments"_L1, ca);
        o.insert("history"_L1, ha);
        o.insert("photos"_L1, pa);
        c.printJson(o);
        return Success;
    }
    // Ticket text comes from outside (citizens, other agents): its control characters are shown,
    // not sent to the terminal (an ESC sequence could rewrite the screen or the window title).
    QString text;
    QTextStream o(&text);
    o << t->reference << " — " << c.ref.categoryLabel(t->category) << '\n'
      << Tr::tr("Statut : %1").arg(codes::label(t->status)) << '\n'
      << Tr::tr("Priorité : %1").arg(codes::label(t->priority)) << '\n'
      << Tr::tr("Adresse : %1 (%2)").arg(t->address, c.ref.districtName(t->municipality, t->district)) << '\n'
      << Tr::tr("Créé le : %1 (%2)").arg(parisTime(t->createdAt), codes::label(t->channel)) << '\n'
      << Tr::tr("Échéance : %1").arg(parisTime(t->dueAt)) << '\n'
      << Tr::tr("Service : %1 ; équipe : %2 ; agent : %3")
             .arg(c.ref.serviceName(t->service), c.ref.teamName(t->team), c.ref.agentName(t->assignee))
      << '\n';
    if (t->reporter)
        o << Tr::tr("Demandeur : %1 <%2> %3").arg(t->reporter->name, t->reporter->email, t->reporter->phone)
          << '\n';
    o << '\n' << t->description << "\n\n";
    for (const Comment &cm : comments)
        o << parisTime(cm.createdAt) << ' '
          << (cm.kind == CommentKind::Public ? Tr::tr("[réponse]") : Tr::tr("[note]")) << ' '
          << c.ref.agentName(cm.author) << " : " << cm.text << '\n';
    o << '\n';
    for (const HistoryEntry &h : history)
        o << parisTime(h.at) << ' '
          << (h.author == "citoyen"_L1 ? Tr::tr("demandeur") : c.ref.agentName(h.author)) << " — "
          << repo.describeChange(h, t->municipality, c.ref) << '\n';
    o.flush();
    c.out << terminalSafe(text);
    c.out.flush();
    return Success;
}

int report(Context &c, const EditResult &r)
{
    if (!r.ok())
        return c.fail(exitFor(r.code), r.message);
    if (c.json)
        c.printJson(QJsonObject{
            {u"id"_s, r.ticketId}, {u"reference"_s, r.reference}, {u"operation_id"_s, r.operationId}});
    else
        c.out << r.reference << Qt::endl;
    return Success;
}

QJsonObject interventionJson(const PlannedIntervention &i)
{
    auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
    return QJsonObject{{u"id"_s, i.id},
                       {u"ticket_id"_s, i.ticketId},
                       {u"reference"_s, i.reference},
                       {u"team"_s, i.team},
                       {u"date"_s, i.day.toString(Qt::ISODate)},
                       {u"position"_s, i.position + 1},
                       {u"planned_time"_s, i.plannedTime.isValid()
                                               ? QJsonValue(i.plannedTime.toString(u"HH:mm"_s))
                                               : QJsonValue()},
                       {u"category"_s, i.category},
                       {u"address"_s, i.address},
                       {u"description"_s, i.description},
                       {u"latitude"_s, i.latitude},
                       {u"longitude"_s, i.longitude},
                       {u"ticket_status"_s, codes::code(i.ticketStatus)},
                       {u"result"_s, orNull(i.result)},
                       {u"reason"_s, i.reason},
                       {u"acted_at"_s, i.actedAt.isValid() ? QJsonValue(isoUtc(i.actedAt)) : QJsonValue()},
                       {u"minutes_spent"_s, i.minutesSpent},
                       {u"materials"_s, i.materials},
                       {u"note"_s, i.note},
                       {u"after_photo"_s, orNull(i.afterPhoto)},
                       {u"pending"_s, i.pending}};
}

/** --date, or today in Paris. */
bool dateOption(Context &c, QDate *day, QString *error)
{
    if (!c.cl.has(u"date"_s)) {
        *day = QDateTime::currentDateTimeUtc().toTimeZone(WorkingCalendar::paris()).date();
        return true;
    }
    if (parseDate(c.cl.value(u"date"_s), day))
        return true;
    *error = Tr::tr("--date attend AAAA-MM-JJ, pas « %1 »").arg(c.cl.value(u"date"_s));
    return false;
}

/** --at: HH:MM (Europe/Paris) on @p day, or an ISO 8601 time (Paris when it has no offset). */
QDateTime actionTime(const QString &text, const QDate &day)
{
    const QTime hm = QTime::fromString(text, u"H:mm"_s);
    if (hm.isValid())
        return QDateTime(day, hm, WorkingCalendar::paris()).toUTC();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), WorkingCalendar::paris());
    return t.toUTC();
}

/** --team, checked: a field login's own team (the default), never another one's. */
int teamOption(Context &c, const QString &command, QString *team)
{
    *team = c.cl.value(u"team"_s);
    if (c.actor.role == Role::Field) {
        if (!team->isEmpty() && *team != c.actor.team)
            return c.fail(
                Refused,
                Tr::tr("Une équipe de terrain ne voit que sa propre journée (%1).").arg(c.actor.team));
        *team = c.actor.team;
    }
    if (team->isEmpty())
        return c.usage(Tr::tr("%1 : --team manque").arg(command));
    if (!c.ref.team(*team))
        return c.usage(Tr::tr("équipe inconnue : « %1 »").arg(*team));
    return Success;
}

int cmdInterventionsList(Context &c)
{
    QDate day;
    QString error;
    if (!dateOption(c, &day, &error))
        return c.usage(error);
    if (int rc = openStore(c); rc != Success)
        return rc;
    QString team;
    if (int rc = teamOption(c, u"interventions list"_s, &team); rc != Success)
        return rc;
    Interventions interventions(c.store, c.ref);
    const QList<PlannedIntervention> list = interventions.day(team, day);
    if (!interventions.lastError().isEmpty())
        return c.fail(Failure, interventions.lastError());
    if (c.json) {
        QJsonArray arr;
        for (const PlannedIntervention &i : list)
            arr.append(interventionJson(i));
        c.printJson(QJsonObject{
            {u"team"_s, team}, {u"date"_s, day.toString(Qt::ISODate)}, {u"interventions"_s, arr}});
        return Success;
    }
    c.out << Tr::tr("%1 — %2 : %n intervention(s)", nullptr, int(list.size()))
                 .arg(c.ref.teamName(team), QLocale().toString(day, QLocale::LongFormat))
          << Qt::endl;
    for (const PlannedIntervention &i : list) {
        const auto result = InterventionRules::result(i.result);
        c.out << QString::number(i.position + 1).rightJustified(3) << ". " << i.reference.leftJustified(17)
              << ' ' << c.ref.categoryLabel(i.category) << " · " << i.address << " — "
              << (result ? InterventionRules::label(*result) : Tr::tr("à faire"))
              << (i.actedAt.isValid() ? u" (%1)"_s.arg(parisTime(i.actedAt)) : QString()) << "  " << i.id
              << Qt::endl;
    }
    return Success;
}

int interventionDone(Context &c, const EditResult &r)
{
    if (!r.ok())
        return c.fail(exitFor(r.code), r.message);
    if (c.json)
        c.printJson(QJsonObject{{u"id"_s, r.interventionId},
                                {u"ticket_id"_s, r.ticketId},
                                {u"reference"_s, r.reference},
                                {u"operation_id"_s, r.operationId},
                                {u"message"_s, r.message}});
    else
        c.out << (r.message.isEmpty() ? r.interventionId : r.message) << Qt::endl;
    return Success;
}

int cmdIntervention(Context &c, const QString &sub, const QStringList &args)
{
    const CommandLine &cl = c.cl;
    QDate day;
    QString error;
    if (!dateOption(c, &day, &error))
        return c.usage(error);
    if (sub == "plan"_L1) {
        if (args.size() != 1)
            return c.usage(Tr::tr("intervention plan attend une référence"));
        if (!cl.has(u"team"_s))
            return c.usage(Tr::tr("intervention plan : --team manque"));
        QTime time;
        if (cl.has(u"time"_s)) {
            time = QTime::fromString(cl.value(u"time"_s), u"H:mm"_s);
            if (!time.isValid())
                return c.usage(Tr::tr("--time attend HH:MM, pas « %1 »").arg(cl.value(u"time"_s)));
        }
        if (int rc = openStore(c); rc != Success)
            return rc;
        return interventionDone(
            c, Interventions(c.store, c.ref).plan(args[0], cl.value(u"team"_s), day, c.actor, time));
    }
    if (sub == "reorder"_L1) {
        if (args.size() != 1 || !cl.has(u"team"_s) || !cl.has(u"date"_s))
            return c.usage(Tr::tr("intervention reorder attend --team CODE --date AAAA-MM-JJ ID,ID…"));
        if (int rc = openStore(c); rc != Success)
            return rc;
        return interventionDone(
            c, Interventions(c.store, c.ref)
                   .reorder(cl.value(u"team"_s), day, args[0].split(u',', Qt::SkipEmptyParts), c.actor));
    }
    if (args.size() != 1)
        return c.usage(
            Tr::tr("intervention %1 attend l'identifiant d'une intervention ou une référence").arg(sub));
    std::optional<InterventionResult> result;
    InterventionReport report;
    if (sub == "report"_L1) {
        result = InterventionRules::result(cl.value(u"result"_s));
        if (!result)
            return c.usage(cl.has(u"result"_s)
                               ? Tr::tr("résultat inconnu : « %1 » (done, not_done, impossible)")
                                     .arg(cl.value(u"result"_s))
                               : Tr::tr("intervention report : --result manque"));
        report.result = *result;
        report.reason = cl.value(u"reason"_s);
        report.materials = cl.value(u"materials"_s);
        report.note = cl.value(u"note"_s);
        if (cl.has(u"minutes"_s)) {
            bool ok = false;
            report.minutesSpent = cl.value(u"minutes"_s).toInt(&ok);
            if (!ok)
                return c.usage(
                    Tr::tr("--minutes attend un nombre de minutes, pas « %1 »").arg(cl.value(u"minutes"_s)));
        }
        if (cl.has(u"photo"_s)) {
            QFile f(cl.value(u"photo"_s));
            if (!f.open(QIODevice::ReadOnly))
                return c.fail(Failure,
                              Tr::tr("photo illisible : %1 (%2)").arg(f.fileName(), f.errorString()));
            report.afterPhoto = f.readAll();
        }
    } else if (sub != "cancel"_L1) {
        return c.usage(Tr::tr("sous-commande inconnue : intervention %1").arg(sub));
    }
    if (int rc = openStore(c); rc != Success)
        return rc;
    Interventions interventions(c.store, c.ref);
    const auto found = interventions.find(args[0], cl.has(u"date"_s) ? day : QDate());
    if (!found)
        return c.fail(NotFound, interventions.lastError().isEmpty()
                                    ? Tr::tr("Intervention introuvable : %1").arg(args[0])
                                    : interventions.lastError());
    if (sub == "cancel"_L1)
        return interventionDone(c, interventions.cancel(found->id, c.actor));
    if (cl.has(u"at"_s)) {
        report.actedAt = actionTime(cl.value(u"at"_s), found->day);
        if (!report.actedAt.isValid())
            return c.usage(
                Tr::tr("--at attend HH:MM ou une date et heure ISO 8601, pas « %1 »").arg(cl.value(u"at"_s)));
    } else {
        report.actedAt = QDateTime::currentDateTimeUtc();
    }
    return interventionDone(c, interventions.report(found->id, report, c.actor));
}

int cmdTicketCreate(Context &c)
{
    const CommandLine &cl = c.cl;
    for (const char *required : {"category", "description", "lat", "lon"})
        if (!cl.has(QLatin1String(required)))
            return c.usage(Tr::tr("ticket create : --%1 manque").arg(QLatin1String(required)));
    NewTicket n;
    n.category = cl.value(u"category"_s);
    n.description = cl.value(u"description"_s);
    bool okLat = false, okLon = false;
    n.latitude = cl.value(u"lat"_s).toDouble(&okLat);
    n.longitude = cl.value(u"lon"_s).toDouble(&okLon);
    if (!okLat || !okLon)
        return c.usage(
            Tr::tr("coordonnées invalides : --lat %1 --lon %2").arg(cl.value(u"lat"_s), cl.value(u"lon"_s)));
    n.address = cl.value(u"address"_s);
    if (cl.has(u"channel"_s)) {
        const auto ch = codes::channel(cl.value(u"channel"_s));
        if (!ch)
            return c.usage(Tr::tr("canal inconnu : « %1 »").arg(cl.value(u"channel"_s)));
        n.channel = *ch;
    }
    if (cl.has(u"kind"_s)) {
        const auto k = codes::kind(cl.value(u"kind"_s));
        if (!k)
            return c.usage(Tr::tr("type inconnu : « %1 »").arg(cl.value(u"kind"_s)));
        n.kind = *k;
    }
    if (cl.has(u"priority"_s)) {
        const auto p = codes::priority(cl.value(u"priority"_s));
        if (!p)
            return c.usage(Tr::tr("priorité inconnue : « %1 »").arg(cl.value(u"priority"_s)));
        n.priority = *p;
    }
    n.reporterName = cl.value(u"reporter-name"_s);
    n.reporterEmail = cl.value(u"reporter-email"_s);
    n.reporterPhone = cl.value(u"reporter-phone"_s);
    if (cl.has(u"photo"_s)) {
        QFile f(cl.value(u"photo"_s));
        if (!f.open(QIODevice::ReadOnly))
            return c.fail(Failure, Tr::tr("photo illisible : %1 (%2)").arg(f.fileName(), f.errorString()));
        n.photos.append(f.readAll());
    }
    if (int rc = openStore(c); rc != Success)
        return rc;
    TicketEditor editor(c.store, c.ref);
    return report(c, editor.create(n, c.actor));
}

int cmdTicketEdit(Context &c, const QString &sub, const QStringList &args)
{
    const CommandLine &cl = c.cl;
    auto need = [&](int n) { return args.size() == n; };
    if (sub == "set-status"_L1) {
        if (!need(2))
            return c.usage(Tr::tr("ticket set-status attend REF STATUT"));
        const auto s = codes::status(args[1]);
        if (!s)
            return c.usage(Tr::tr("statut inconnu : « %1 »").arg(args[1]));
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        return report(
            c, editor.setStatus(args[0], *s,
                                {cl.value(u"note"_s), cl.value(u"duplicate-of"_s), cl.value(u"forward-to"_s)},
                                c.actor));
    }
    if (sub == "assign"_L1) {
        if (!need(1))
            return c.usage(Tr::tr("ticket assign attend une référence"));
        auto opt = [&](const QString &n) {
            return cl.has(n) ? std::optional<QString>(cl.value(n)) : std::nullopt;
        };
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        return report(c, editor.assign(args[0], opt(u"service"_s), opt(u"team"_s), opt(u"agent"_s), c.actor));
    }
    if (sub == "set-priority"_L1) {
        if (!need(2))
            return c.usage(Tr::tr("ticket set-priority attend REF PRIORITÉ"));
        const auto p = codes::priority(args[1]);
        if (!p)
            return c.usage(Tr::tr("priorité inconnue : « %1 »").arg(args[1]));
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        return report(c, editor.setPriority(args[0], *p, c.actor));
    }
    if (sub == "note"_L1) {
        if (!need(2))
            return c.usage(Tr::tr("ticket note attend REF TEXTE"));
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        // A public note is a reply: queued for the reporter too.
        return report(c, cl.has(u"public"_s)
                             ? editor.reply(args[0], args[1], c.actor)
                             : editor.addComment(args[0], CommentKind::Internal, args[1], c.actor));
    }
    if (sub == "reply"_L1) {
        if (!need(2))
            return c.usage(Tr::tr("ticket reply attend REF TEXTE"));
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        return report(c, editor.reply(args[0], args[1], c.actor, cl.value(u"subject"_s)));
    }
    if (sub == "forward"_L1) {
        if (!need(2))
            return c.usage(Tr::tr("ticket forward attend REF AUTORITÉ"));
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        return report(c, editor.forward(args[0], args[1], cl.value(u"note"_s), c.actor));
    }
    if (sub == "forward-state"_L1) {
        if (!need(2))
            return c.usage(Tr::tr("ticket forward-state attend REF acknowledged|returned"));
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        return report(c, editor.setForwardState(args[0], args[1], cl.value(u"note"_s), c.actor));
    }
    if (sub == "merge"_L1) {
        if (!need(2))
            return c.usage(Tr::tr("ticket merge attend REF ORIGINAL"));
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        return report(c, editor.merge(args[0], args[1], cl.value(u"note"_s), c.actor));
    }
    if (sub == "reroute"_L1) {
        if (!need(1))
            return c.usage(Tr::tr("ticket reroute attend une référence"));
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        return report(c, editor.reroute(args[0], c.actor));
    }
    if (sub == "duplicates"_L1) {
        if (!need(1))
            return c.usage(Tr::tr("ticket duplicates attend une référence"));
        if (int rc = openStore(c); rc != Success)
            return rc;
        if (!TicketRepository(c.store).ticket(args[0]))
            return c.fail(NotFound, Tr::tr("Signalement introuvable : %1").arg(args[0]));
        TicketEditor editor(c.store, c.ref);
        const QList<DuplicateSuggestion> list = editor.duplicateSuggestions(args[0], 10);
        if (c.json) {
            QJsonArray arr;
            for (const DuplicateSuggestion &d : list)
                arr.append(QJsonObject{{u"id"_s, d.id},
                                       {u"reference"_s, d.reference},
                                       {u"category"_s, d.category},
                                       {u"status"_s, d.status},
                                       {u"created_at"_s, isoUtc(d.createdAt)},
                                       {u"distance_m"_s, qRound(d.distanceMetres)},
                                       {u"text_similarity"_s, d.textSimilarity},
                                       {u"score"_s, d.score}});
            c.printJson(QJsonObject{{u"duplicates"_s, arr}});
            return Success;
        }
        for (const DuplicateSuggestion &d : list)
            c.out << d.reference.leftJustified(17) << ' '
                  << QString::number(qRound(d.distanceMetres)).rightJustified(4) << " m  "
                  << c.ref.categoryLabel(d.category) << " · " << d.description.left(60) << Qt::endl;
        if (list.isEmpty())
            c.out << Tr::tr("Aucun doublon probable.") << Qt::endl;
        return Success;
    }
    if (sub == "undo"_L1) {
        if (!need(1))
            return c.usage(Tr::tr("ticket undo attend une référence"));
        if (int rc = openStore(c); rc != Success)
            return rc;
        TicketEditor editor(c.store, c.ref);
        return report(c, editor.undoLast(args[0], c.actor));
    }
    return c.usage(Tr::tr("sous-commande inconnue : ticket %1").arg(sub));
}

int cmdLate(Context &c)
{
    TicketFilter f;
    QString error;
    if (!buildFilter(c, &f, &error))
        return c.usage(error);
    if (int rc = openStore(c); rc != Success)
        return rc;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto rows = LateReport::byService(c.store, now, f, &error);
    if (!rows)
        return c.fail(Failure, error);
    if (c.json) {
        QJsonArray arr;
        for (const LateRow &r : *rows)
            arr.append(QJsonObject{
                {u"service"_s, r.service == "*"_L1 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.service)},
                {u"open"_s, r.open},
                {u"overdue"_s, r.overdue},
                {u"overdue_over_7_days"_s, r.overdueWeek},
                {u"due_soon"_s, r.dueSoon},
                {u"paused"_s, r.paused},
                {u"oldest_due_at"_s,
                 r.oldestDue.isValid() ? QJsonValue(isoUtc(r.oldestDue)) : QJsonValue(QJsonValue::Null)},
                {u"oldest_reference"_s, r.oldestReference.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(r.oldestReference)}});
        c.printJson(QJsonObject{{u"at"_s, isoUtc(now)}, {u"services"_s, arr}});
        return Success;
    }
    c.out << Tr::tr("Service").leftJustified(40) << Tr::tr("Ouverts").rightJustified(9)
          << Tr::tr("En retard").rightJustified(11) << Tr::tr("+7 j").rightJustified(7)
          << Tr::tr("Proches").rightJustified(9) << Tr::tr("Suspendus").rightJustified(11) << "  "
          << Tr::tr("Plus ancien retard") << Qt::endl;
    for (const LateRow &r : *rows) {
        const QString name = r.service == "*"_L1   ? Tr::tr("Toute la ville")
                             : r.service == "-"_L1 ? Tr::tr("Sans service")
                                                   : c.ref.serviceName(r.service);
        c.out << name.left(39).leftJustified(40) << QString::number(r.open).rightJustified(9)
              << QString::number(r.overdue).rightJustified(11)
              << QString::number(r.overdueWeek).rightJustified(7)
              << QString::number(r.dueSoon).rightJustified(9) << QString::number(r.paused).rightJustified(11)
              << "  "
              << (r.oldestReference.isEmpty() ? u"—"_s
                                              : r.oldestReference + u" ("_s + parisTime(r.oldestDue) + u')')
              << Qt::endl;
    }
    return Success;
}

int openCentral(Context &c, CentralDatabase &central, bool adminPassword);

int cmdDemo(Context &c)
{
    const CommandLine &cl = c.cl;
    demo::DemoOptions o;
    QString error;
    qint64 n = 0, seed = 0;
    if (!parseCount(cl, u"tickets"_s, 20000, &n, &error) || !parseCount(cl, u"seed"_s, 1, &seed, &error))
        return c.usage(error);
    o.tickets = int(std::min<qint64>(n, 100'000'000));
    o.seed = quint64(seed);
    if (cl.has(u"until"_s) && !parseDate(cl.value(u"until"_s), &o.until))
        return c.usage(Tr::tr("date invalide pour --until : « %1 » (AAAA-MM-JJ)").arg(cl.value(u"until"_s)));
    const QString communes = cl.value(u"communes"_s);
    if (communes == "all"_L1) {
        for (const Municipality &m : c.ref.municipalities())
            o.communes.append(m.code);
    } else if (!communes.isEmpty()) {
        for (const QString &code : communes.split(u',', Qt::SkipEmptyParts)) {
            if (!c.ref.municipality(code))
                return c.usage(Tr::tr("commune inconnue : « %1 »").arg(code));
            o.communes.append(code);
        }
    }
    if (cl.has(u"url"_s)) {
        CentralDatabase central;
        if (int rc = openCentral(c, central, true); rc != Success)
            return rc;
        QString urlError;
        const QString shownUrl = CentralUrl::parse(cl.value(u"url"_s), &urlError)->display();
        const auto r = CentralDemo::load(central, o, c.ref, 2000, [&](int done, int total) {
            if (!c.json && isatty(fileno(stderr)))
                c.err << u'\r' << Tr::tr("%1 / %2 signalements envoyés").arg(done).arg(total) << Qt::flush;
        });
        if (!c.json && isatty(fileno(stderr)))
            c.err << Qt::endl;
        if (!r)
            return c.fail(r.exitCode, r.message);
        if (c.json)
            c.printJson(QJsonObject{{u"tickets"_s, r.tickets},
                                    {u"photos"_s, r.photos},
                                    {u"elapsed_ms"_s, r.elapsedMs},
                                    {u"url"_s, shownUrl}});
        else
            c.out << Tr::tr("Ville de démonstration : %n signalement(s) en %1 s dans la base centrale",
                            nullptr, r.tickets)
                         .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                  << Qt::endl;
        return Success;
    }
    if (int rc = openStore(c, true); rc != Success)
        return rc;
    const auto r = demo::DemoGenerator::generate(c.store, o);
    if (!r.ok)
        return c.fail(r.exitCode, r.message);
    if (c.json)
        c.printJson(QJsonObject{
            {u"tickets"_s, r.tickets}, {u"elapsed_ms"_s, r.elapsedMs}, {u"db"_s, c.store.path()}});
    else
        c.out << Tr::tr("Ville de démonstration : %n signalement(s) en %1 s dans %2", nullptr, r.tickets)
                     .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                     .arg(c.store.path())
              << Qt::endl;
    return Success;
}

/** Where a command writes its file: -o FILE (replaced only once complete) or stdout. */
class Output
{
public:
    int open(Context &c)
    {
        if (c.cl.has(u"output"_s)) {
            m_file = std::make_unique<QSaveFile>(c.cl.value(u"output"_s));
            if (!m_file->open(QIODevice::WriteOnly))
                return c.fail(
                    Failure,
                    Tr::tr("impossible d'écrire %1 : %2").arg(m_file->fileName(), m_file->errorString()));
            return Success;
        }
        c.out.flush();
        if (!m_stdout.open(stdout, QIODevice::WriteOnly))
            return c.fail(Failure, Tr::tr("sortie standard indisponible"));
        return Success;
    }
    [[nodiscard]] QIODevice *device() { return m_file ? static_cast<QIODevice *>(m_file.get()) : &m_stdout; }
    [[nodiscard]] bool isFile() const { return bool(m_file); }
    [[nodiscard]] QString fileName() const { return m_file ? m_file->fileName() : QString(); }
    /** Replaces the file by what was written (nothing changes on failure). */
    int commit(Context &c)
    {
        if (m_file && !m_file->commit())
            return c.fail(
                Failure,
                Tr::tr("impossible d'écrire %1 : %2").arg(m_file->fileName(), m_file->errorString()));
        return Success;
    }

private:
    std::unique_ptr<QSaveFile> m_file;
    QFile m_stdout;
};

int cmdExport(Context &c)
{
    const CommandLine &cl = c.cl;
    const QString format = cl.value(u"format"_s);
    if (format != "csv"_L1 && format != "geojson"_L1)
        return c.usage(Tr::tr("--format attend csv ou geojson"));
    TicketFilter f;
    QString error;
    qint64 limit = -1;
    if (!buildFilter(c, &f, &error) || !parseCount(cl, u"limit"_s, -1, &limit, &error))
        return c.usage(error);
    f.sort = TicketSort::Created;
    f.ascending = true;
    if (int rc = openStore(c); rc != Success)
        return rc;
    if (c.actor.role == Role::Field)
        f.team = c.actor.team;

    Output output;
    if (int rc = output.open(c); rc != Success)
        return rc;
    QIODevice *dev = output.device();
    const bool excel = cl.has(u"excel"_s);
    const char sep = excel ? ';' : ',';
    TicketRepository repo(c.store);
    if (format == "csv"_L1) {
        if (excel)
            dev->write("\xEF\xBB\xBF");
        dev->write(TicketFormat::csvLine(TicketFormat::csvColumns(), sep));
    } else {
        dev->write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    }
    qint64 written = 0;
    const bool read = repo.forEach(f, limit, [&](const Ticket &t) {
        if (format == "csv"_L1) {
            dev->write(TicketFormat::csvLine(TicketFormat::csvRow(t, c.ref), sep));
        } else {
            if (written)
                dev->write(",\n");
            dev->write(QJsonDocument(TicketFormat::geoJsonFeature(t, c.ref)).toJson(QJsonDocument::Compact));
        }
        ++written;
        return true;
    });
    if (!read)
        return c.fail(Failure, repo.lastError());
    if (format == "geojson"_L1)
        dev->write("\n]}\n");
    if (int rc = output.commit(c); rc != Success)
        return rc;
    if (output.isFile())
        c.err << Tr::tr("%n signalement(s) exporté(s) dans %1", nullptr, int(written)).arg(output.fileName())
              << Qt::endl;
    return Success;
}

/** A team's round sheet (PDF): the maps show the commune outlines (no tiles from the command line). */
int cmdInterventionsSheet(Context &c)
{
    QDate day;
    QString error;
    if (!dateOption(c, &day, &error))
        return c.usage(error);
    if (c.json)
        return c.usage(Tr::tr("--json ne s'applique pas à une feuille de route (PDF)"));
    if (int rc = openStore(c); rc != Success)
        return rc;
    QString team;
    if (int rc = teamOption(c, u"interventions sheet"_s, &team); rc != Success)
        return rc;
    Interventions interventions(c.store, c.ref);
    RoundSheet::Input in;
    in.teamName = c.ref.teamName(team);
    in.day = day;
    in.stops = interventions.day(team, day);
    in.printedAt = QDateTime::currentDateTime();
    if (!interventions.lastError().isEmpty())
        return c.fail(Failure, interventions.lastError());
    if (in.stops.isEmpty())
        return c.fail(NotFound, Tr::tr("Aucune intervention pour %1 le %2 : pas de feuille de route.")
                                    .arg(in.teamName, day.toString(Qt::ISODate)));
    Output output;
    if (int rc = output.open(c); rc != Success)
        return rc;
    if (error = RoundSheet::write(output.device(), in, c.ref); !error.isEmpty())
        return c.fail(Failure, error);
    if (int rc = output.commit(c); rc != Success)
        return rc;
    if (output.isFile())
        c.err << Tr::tr("Feuille de route de %1 du %2 écrite dans %3")
                     .arg(in.teamName, day.toString(Qt::ISODate), output.fileName())
              << Qt::endl;
    return Success;
}

int cmdReport(Context &c)
{
    const CommandLine &cl = c.cl;
    const QString format = cl.has(u"format"_s) ? cl.value(u"format"_s) : u"csv"_s;
    if (format != "csv"_L1 && format != "pdf"_L1)
        return c.usage(Tr::tr("--format attend csv ou pdf"));
    if (!cl.has(u"from"_s) || !cl.has(u"to"_s))
        return c.usage(Tr::tr("report attend --from et --to (AAAA-MM-JJ)"));
    if (format == "pdf"_L1 && c.json)
        return c.usage(Tr::tr("--json ne s'applique pas au format pdf"));
    TicketFilter tf;
    QString error;
    if (!buildFilter(c, &tf, &error))
        return c.usage(error);
    if (tf.from > tf.to)
        return c.usage(Tr::tr("--from (%1) est après --to (%2)").arg(cl.value(u"from"_s), cl.value(u"to"_s)));
    if (tf.categories.size() > 1 || !tf.domain.isEmpty())
        return c.usage(Tr::tr("report accepte une seule catégorie (pas un domaine)"));
    StatsFilter f;
    f.from = tf.from;
    f.to = tf.to;
    f.municipality = tf.municipality;
    f.service = tf.service;
    f.category = tf.categories.value(0);
    f.district = tf.district;
    f.channel = tf.channel;
    f.team = tf.team;
    if (int rc = openStore(c); rc != Success)
        return rc;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<ReportDocument> doc;
    std::optional<QList<ReportRow>> rows;
    if (format == "pdf"_L1) {
        doc = ReportDocument::build(c.store, c.ref, f, now, &error);
        if (!doc)
            return c.fail(Failure, error);
    } else {
        rows = Statistics(c.store, c.ref).report(f, &error);
        if (!rows)
            return c.fail(Failure, error);
    }
    if (c.json) {
        QJsonArray arr;
        const QStringList columns = ReportDocument::csvColumns();
        for (const ReportRow &r : *rows) {
            const QStringList values = ReportDocument::csvRow(r);
            QJsonObject o;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (i < 2)
                    o.insert(columns[i], values[i]);
                else if (values[i].isEmpty())
                    o.insert(columns[i], QJsonValue::Null);
                else
                    o.insert(columns[i],
                             i < 4 ? QJsonValue(values[i].toInt()) : QJsonValue(values[i].toDouble()));
            }
            arr.append(o);
        }
        c.printJson(QJsonObject{{u"from"_s, f.from.toString(Qt::ISODate)},
                                {u"to"_s, f.to.toString(Qt::ISODate)},
                                {u"rows"_s, arr}});
        return Success;
    }
    Output output;
    if (int rc = output.open(c); rc != Success)
        return rc;
    if (format == "pdf"_L1) {
        if (!doc->writePdf(c.ref, output.device(), &error))
            return c.fail(Failure, error);
    } else {
        const char sep = cl.has(u"excel"_s) ? ';' : ',';
        if (sep == ';')
            output.device()->write("\xEF\xBB\xBF");
        output.device()->write(TicketFormat::csvLine(ReportDocument::csvColumns(), sep));
        for (const ReportRow &r : *rows)
            output.device()->write(TicketFormat::csvLine(ReportDocument::csvRow(r), sep));
    }
    if (int rc = output.commit(c); rc != Success)
        return rc;
    if (output.isFile())
        c.err << Tr::tr("Rapport du %1 au %2 écrit dans %3")
                     .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate), output.fileName())
              << Qt::endl;
    return Success;
}

/**
 * The password for a central database, first found (CLI.md): --password-file, PGPASSWORD, the
 * keychain under @p keychainKey (only when a session bus exists), none.
 */
bool centralPassword(Context &c, QString *password, const QString &keychainKey = {})
{
    if (c.cl.has(u"password-file"_s)) {
        QFile f(c.cl.value(u"password-file"_s));
        if (!f.open(QIODevice::ReadOnly)) {
            c.fail(Failure,
                   Tr::tr("fichier de mot de passe illisible : %1 (%2)").arg(f.fileName(), f.errorString()));
            return false;
        }
        *password = QString::fromUtf8(f.readLine()).remove(u'\n').remove(u'\r');
        return true;
    }
    *password = qEnvironmentVariable("PGPASSWORD");
    if (password->isEmpty() && !keychainKey.isEmpty() && SecretStore::sessionBusAvailable()) {
        SecretStore keychain;
        const auto r = keychain.readNow(keychainKey);
        if (r.ok())
            *password = r.secret;
    }
    return true;
}

int openCentral(Context &c, CentralDatabase &central, bool adminPassword = true)
{
    if (!c.cl.has(u"url"_s))
        return c.usage(Tr::tr("--url manque (adresse de la base centrale, postgresql://…)"));
    QString error;
    const auto url = CentralUrl::parse(c.cl.value(u"url"_s), &error);
    if (!url)
        return c.usage(error);
    QString password;
    if (adminPassword && !centralPassword(c, &password))
        return Failure;
    if (!adminPassword)
        password = qEnvironmentVariable("PGPASSWORD");
    const auto r = central.open(*url, password);
    return r ? Success : c.fail(r.exitCode, r.message);
}

int cmdSync(Context &c)
{
    const bool once = c.cl.has(u"once"_s), watch = c.cl.has(u"watch"_s);
    if (once == watch)
        return c.usage(Tr::tr("sync attend --once ou --watch"));
    if (int rc = openStore(c, true); rc != Success)
        return rc;
    if (!c.store.setting(u"demo"_s).isEmpty())
        return c.fail(Refused,
                      Tr::tr("le magasin %1 contient la ville de démonstration : synchronisez un magasin à "
                             "part (--db)")
                          .arg(c.store.path()));
    QString urlText = c.cl.value(u"url"_s, c.store.setting(u"central_url"_s));
    if (urlText.isEmpty())
        return c.usage(Tr::tr("aucune base centrale : donnez --url (elle sera retenue pour ce magasin)"));
    QString error;
    const auto url = CentralUrl::parse(urlText, &error);
    if (!url)
        return c.usage(error);
    // A new --url is kept for this store once a sync with it succeeded: a mistyped or unreachable
    // one does not replace the one that works.
    const bool newUrl = c.cl.has(u"url"_s) && c.store.setting(u"central_url"_s) != url->display();
    auto keepUrl = [&]() -> bool {
        if (!newUrl || c.store.setting(u"central_url"_s) == url->display())
            return true;
        if (const auto r = c.store.setSetting(u"central_url"_s, url->display()); !r) {
            c.fail(Failure, r.message);
            return false;
        }
        return true;
    };
    QString password;
    if (!centralPassword(c, &password, url->display()))
        return Failure;
    CentralDatabase central;
    if (const auto r = central.open(*url, password); !r)
        return c.fail(r.exitCode, r.message);
    SyncEngine engine(c.store, central);
    engine.setLockWait(once ? 120000 : 0); // --once waits for the app's sync to finish
    auto report = [&](const SyncReport &s) {
        if (c.json)
            c.printJson(QJsonObject{{u"pushed"_s, s.pushed},
                                    {u"applied"_s, s.applied},
                                    {u"conflicts"_s, s.conflicts},
                                    {u"rejected"_s, s.rejected},
                                    {u"pulled_tickets"_s, s.pulledTickets},
                                    {u"pulled_rows"_s, s.pulledRows},
                                    {u"cursor"_s, s.cursor}});
        else
            c.out << Tr::tr(
                         "Envoyées : %1 (appliquées %2, conflits %3, refusées %4) ; reçus : %5 signalements, "
                         "%6 autres lignes ; révision %7")
                         .arg(s.pushed)
                         .arg(s.applied)
                         .arg(s.conflicts)
                         .arg(s.rejected)
                         .arg(s.pulledTickets)
                         .arg(s.pulledRows)
                         .arg(s.cursor)
                  << Qt::endl;
    };
    if (once) {
        const auto r = engine.syncOnce();
        if (!r)
            return c.fail(r.exitCode, r.message);
        if (!keepUrl())
            return Failure;
        report(r.report);
        return r.report.conflicts + r.report.rejected > 0 ? Refused : Success;
    }
    // --watch: sync, then wait for the server's announcement (or 30 s), until stopped. A failure
    // (server down, frozen, restarted) is said on stderr and retried with backoff, on a new
    // connection: a watcher keeps watching.
    int failures = 0;
    bool connected = true;
    for (;;) {
        QSqlDriver *driver = nullptr;
        if (!connected) {
            const auto r = central.open(*url, password);
            connected = r.ok;
            if (!r)
                c.err << r.message << Qt::endl;
        }
        if (connected) {
            driver = central.database().driver();
            if (!driver->subscribedToNotifications().contains(u"lanterne_changes"_s))
                driver->subscribeToNotification(u"lanterne_changes"_s);
            const auto r = engine.syncOnce();
            if (r.ok || r.busy) { // busy: the app is syncing this store; look again at the next wake-up
                failures = 0;
                if (r.ok)
                    keepUrl();
                if (r.report.pushed + r.report.pulledTickets + r.report.pulledRows > 0)
                    report(r.report);
            } else {
                c.err << r.message << Qt::endl;
                central.close();
                connected = false;
                driver = nullptr;
            }
        }
        if (!connected)
            ++failures;
        QEventLoop loop;
        // 5 s, 10 s, 20 s... up to 5 minutes after failures; else every 30 s or on NOTIFY.
        QTimer::singleShot(connected ? 30000 : std::min(300000, 5000 << std::min(failures - 1, 6)), &loop,
                           &QEventLoop::quit);
        if (driver)
            QObject::connect(driver, &QSqlDriver::notification, &loop, &QEventLoop::quit);
        // Edits made meanwhile by another process (a script, the app) go out within a second.
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (connected && c.store.pollExternalChanges() &&
                TicketRepository(c.store).pendingOperationCount() > 0)
                loop.quit();
        });
        c.store.pollExternalChanges(); // the baseline: what this process just wrote
        poll.start(1000);
        loop.exec();
    }
}

int cmdCentral(Context &c, const QStringList &w)
{
    const QString sub = w.value(1);
    CentralDatabase central;
    if (sub == "init"_L1 || sub == "migrate"_L1) {
        if (w.size() > 2)
            return c.usage(Tr::tr("argument inattendu : %1").arg(w.mid(2).join(u' ')));
        if (int rc = openCentral(c, central); rc != Success)
            return rc;
        const int before = central.schemaVersion();
        int applied = 0;
        const auto r = sub == "init"_L1 ? central.init(c.ref) : central.migrate(&applied);
        if (!r)
            return c.fail(r.exitCode, r.message);
        const int after = central.schemaVersion();
        if (c.json)
            c.printJson(QJsonObject{{u"schema_version"_s, after}, {u"previous_version"_s, before}});
        else if (after == before)
            c.out << Tr::tr("Base centrale à jour (schéma %1).").arg(after) << Qt::endl;
        else
            c.out << Tr::tr("Base centrale mise à jour : schéma %1 → %2.").arg(before).arg(after) << Qt::endl;
        return Success;
    }
    if (sub == "user"_L1 && w.value(2) == "add"_L1) {
        if (w.size() != 4)
            return c.usage(Tr::tr("central user add attend un identifiant (LOGIN)"));
        const QString role = c.cl.value(u"role"_s);
        if (!codes::role(role))
            return c.usage(Tr::tr("--role attend agent, supervisor, field ou admin"));
        if (!c.cl.has(u"municipality"_s))
            return c.usage(Tr::tr("--municipality manque"));
        if (c.cl.has(u"team"_s) && !c.ref.team(c.cl.value(u"team"_s)))
            return c.usage(Tr::tr("équipe inconnue : « %1 »").arg(c.cl.value(u"team"_s)));
        if (c.cl.has(u"service"_s) && !c.ref.service(c.cl.value(u"service"_s)))
            return c.usage(Tr::tr("service inconnu : « %1 »").arg(c.cl.value(u"service"_s)));
        QString newPassword;
        if (c.cl.has(u"password-file"_s) && !centralPassword(c, &newPassword))
            return Failure;
        // The --password-file is the new login's; the administrator's comes from PGPASSWORD.
        if (int rc = openCentral(c, central, false); rc != Success)
            return rc;
        const auto r = central.addUser(w[3], role, c.cl.value(u"municipality"_s), c.cl.value(u"service"_s),
                                       c.cl.value(u"team"_s), newPassword);
        if (!r)
            return c.fail(r.exitCode, r.message);
        if (c.json)
            c.printJson(QJsonObject{{u"login"_s, w[3]}, {u"role"_s, role}});
        else
            c.out << Tr::tr("Utilisateur %1 (%2) enregistré.").arg(w[3], role) << Qt::endl;
        return Success;
    }
    return c.usage(Tr::tr("commande inconnue : %1").arg(w.join(u' ')));
}

int dispatch(Context &c, const QStringList &args)
{
    CommandLine &cl = c.cl;
    if (!cl.parse(args, fullSpec()))
        return c.usage(cl.error());
    if (cl.has(u"db"_s) && cl.value(u"db"_s).trimmed().isEmpty())
        return c.usage(Tr::tr("--db attend le chemin d'un magasin local, pas une chaîne vide"));
    c.json = cl.has(u"json"_s);
    if (cl.has(u"version"_s)) {
        c.out << "lanternectl " << QStringLiteral(LANTERNE_VERSION) << Qt::endl;
        return Success;
    }
    const QStringList &w = cl.words();
    if (cl.has(u"help"_s) || w.isEmpty()) {
        (w.isEmpty() && !cl.has(u"help"_s) ? c.err : c.out) << kHelp;
        return cl.has(u"help"_s) ? Success : Usage;
    }
    auto allow = [&](QSet<QString> extra) -> QString {
        extra += kGlobal;
        const QStringList unknown = cl.unknownAmong(extra);
        return unknown.isEmpty() ? QString()
                                 : Tr::tr("option non prise en charge ici : %1").arg(unknown.join(u", "_s));
    };
    const QString cmd = w[0];
    if (cmd == "tickets"_L1) {
        if (w.value(1) != "list"_L1 || w.size() > 2)
            return c.usage(Tr::tr("commande inconnue : %1").arg(w.join(u' ')));
        if (const QString e = allow(kFilterOptions + QSet<QString>{u"limit"_s, u"offset"_s}); !e.isEmpty())
            return c.usage(e);
        return cmdTicketsList(c);
    }
    if (cmd == "ticket"_L1) {
        const QString sub = w.value(1);
        const QStringList rest = w.mid(2);
        QSet<QString> allowed;
        if (sub == "create"_L1)
            allowed = {
                u"category"_s,       u"description"_s, u"lat"_s,      u"lon"_s,           u"address"_s,
                u"channel"_s,        u"kind"_s,        u"priority"_s, u"reporter-name"_s, u"reporter-email"_s,
                u"reporter-phone"_s, u"photo"_s};
        else if (sub == "set-status"_L1)
            allowed = {u"note"_s, u"duplicate-of"_s, u"forward-to"_s};
        else if (sub == "assign"_L1)
            allowed = {u"service"_s, u"team"_s, u"agent"_s};
        else if (sub == "note"_L1)
            allowed = {u"public"_s};
        else if (sub == "reply"_L1)
            allowed = {u"subject"_s};
        else if (sub == "forward"_L1 || sub == "forward-state"_L1 || sub == "merge"_L1)
            allowed = {u"note"_s};
        else if (sub != "show"_L1 && sub != "set-priority"_L1 && sub != "undo"_L1 && sub != "reroute"_L1 &&
                 sub != "duplicates"_L1)
            return c.usage(Tr::tr("sous-commande inconnue : ticket %1").arg(sub));
        if (const QString e = allow(allowed); !e.isEmpty())
            return c.usage(e);
        if (sub == "show"_L1)
            return cmdTicketShow(c, rest);
        if (sub == "create"_L1) {
            if (!rest.isEmpty())
                return c.usage(Tr::tr("argument inattendu : %1").arg(rest.join(u' ')));
            return cmdTicketCreate(c);
        }
        return cmdTicketEdit(c, sub, rest);
    }
    if (cmd == "interventions"_L1) {
        const QString sub = w.value(1);
        if ((sub != "list"_L1 && sub != "sheet"_L1) || w.size() > 2)
            return c.usage(Tr::tr("commande inconnue : %1").arg(w.join(u' ')));
        if (const QString e = allow(sub == "sheet"_L1 ? QSet<QString>{u"team"_s, u"date"_s, u"output"_s}
                                                      : QSet<QString>{u"team"_s, u"date"_s});
            !e.isEmpty())
            return c.usage(e);
        return sub == "sheet"_L1 ? cmdInterventionsSheet(c) : cmdInterventionsList(c);
    }
    if (cmd == "intervention"_L1) {
        const QString sub = w.value(1);
        QSet<QString> allowed{u"date"_s};
        if (sub == "plan"_L1)
            allowed += {u"team"_s, u"time"_s};
        else if (sub == "reorder"_L1)
            allowed += u"team"_s;
        else if (sub == "report"_L1)
            allowed +=
                {u"result"_s, u"at"_s, u"minutes"_s, u"materials"_s, u"note"_s, u"reason"_s, u"photo"_s};
        if (const QString e = allow(allowed); !e.isEmpty())
            return c.usage(e);
        return cmdIntervention(c, sub, w.mid(2));
    }
    if (cmd == "late"_L1) {
        if (w.size() > 1)
            return c.usage(Tr::tr("argument inattendu : %1").arg(w.mid(1).join(u' ')));
        if (const QString e = allow(kFilterOptions); !e.isEmpty())
            return c.usage(e);
        return cmdLate(c);
    }
    if (cmd == "demo"_L1) {
        if (w.size() > 1)
            return c.usage(Tr::tr("argument inattendu : %1").arg(w.mid(1).join(u' ')));
        if (const QString e = allow({u"tickets"_s, u"seed"_s, u"until"_s, u"communes"_s, u"url"_s});
            !e.isEmpty())
            return c.usage(e);
        return cmdDemo(c);
    }
    if (cmd == "export"_L1) {
        if (w.size() > 1)
            return c.usage(Tr::tr("argument inattendu : %1").arg(w.mid(1).join(u' ')));
        if (const QString e =
                allow(kFilterOptions + QSet<QString>{u"format"_s, u"output"_s, u"limit"_s, u"excel"_s});
            !e.isEmpty())
            return c.usage(e);
        return cmdExport(c);
    }
    if (cmd == "report"_L1) {
        if (w.size() > 1)
            return c.usage(Tr::tr("argument inattendu : %1").arg(w.mid(1).join(u' ')));
        if (const QString e =
                allow({u"from"_s, u"to"_s, u"municipality"_s, u"service"_s, u"category"_s, u"district"_s,
                       u"channel"_s, u"team"_s, u"format"_s, u"output"_s, u"excel"_s});
            !e.isEmpty())
            return c.usage(e);
        return cmdReport(c);
    }
    if (cmd == "sync"_L1) {
        if (w.size() > 1)
            return c.usage(Tr::tr("argument inattendu : %1").arg(w.mid(1).join(u' ')));
        if (const QString e = allow({u"url"_s, u"once"_s, u"watch"_s, u"password-file"_s}); !e.isEmpty())
            return c.usage(e);
        return cmdSync(c);
    }
    if (cmd == "central"_L1) {
        if (const QString e =
                allow({u"url"_s, u"role"_s, u"municipality"_s, u"service"_s, u"team"_s, u"password-file"_s});
            !e.isEmpty())
            return c.usage(e);
        return cmdCentral(c, w);
    }
    return c.usage(Tr::tr("commande inconnue : %1").arg(cmd));
}

} // namespace

Lanternectl::Lanternectl(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int Lanternectl::run(const QStringList &args)
{
    CommandLine cl;
    Context c(m_out, m_err, cl);
    const int rc = dispatch(c, args);
    if (rc != Success && c.createdStore) {
        // A refused or failed demo (or first sync) leaves no store behind where there was no file.
        const QString path = c.store.path();
        c.store.close();
        for (const QString &f : {path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s,
                                 LocalStore::outboxMarkPath(path)})
            QFile::remove(f);
    }
    return rc;
}

} // namespace lanterne::cli
