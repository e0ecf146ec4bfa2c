// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdetail.h"

#include "domain/deadlines.h"
#include "domain/replies.h"
#include "domain/routing.h"
#include "domain/workflow.h"
#include "domain/workingcalendar.h"
#include "inboxmodel.h"
#include "session.h"
#include "storage/conflictlog.h"
#include "storage/interventions.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TicketDetail)
};

QString parisText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toTimeZone(WorkingCalendar::paris()), u"dd/MM/yyyy HH:mm"_s)
                       : QString();
}

} // namespace

TicketDetail::TicketDetail(QObject *parent)
    : QObject(parent)
{
    if (Session *s = Session::instance()) {
        connect(&s->store(), &LocalStore::ticketsChanged, this, [this](const QStringList &ids) {
            if (ids.isEmpty() || ids.contains(m_ticket.value(u"id"_s).toString()))
                reload();
        });
        connect(&s->store(), &LocalStore::externallyChanged, this, &TicketDetail::reload);
        connect(s, &Session::userChanged, this, &TicketDetail::reload);
        connect(s, &Session::stateChanged, this, &TicketDetail::reload);
    }
}

void TicketDetail::setTicketId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    setLastError({});
    Q_EMIT ticketIdChanged();
    reload();
}

void TicketDetail::setLastError(const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
}

void TicketDetail::reload()
{
    Session *s = Session::instance();
    m_ticket.clear();
    m_timeline.clear();
    m_photos.clear();
    m_interventions.clear();
    m_transitions.clear();
    m_undoLabel.clear();
    const bool hadDuplicates = !m_duplicates.isEmpty();
    m_duplicates.clear();
    m_notifications.clear();
    m_raw.reset();
    if (!s || s->state() != Session::State::Ready || m_id.isEmpty()) {
        Q_EMIT changed();
        if (hadDuplicates)
            Q_EMIT duplicatesChanged();
        return;
    }
    TicketRepository repo(s->store());
    const auto t = repo.ticket(m_id, s->canSeePersonalData());
    if (!t) {
        Q_EMIT changed();
        if (hadDuplicates)
            Q_EMIT duplicatesChanged();
        return;
    }
    const ReferenceData &ref = s->reference();
    const Category *cat = ref.category(t->category);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool open = codes::isOpen(t->status);
    const DeadlineState deadline = Deadlines::state(t->dueAt, now, open, t->pausedAt.isValid(),
                                                    Deadlines::dueSoonLimit(now, ref.workingHours()));
    m_ticket = QVariantMap{
        {u"id"_s, t->id},
        {u"reference"_s, t->reference},
        {u"provisional"_s, t->provisionalReference},
        {u"municipality"_s, t->municipality},
        {u"municipalityName"_s,
         ref.municipality(t->municipality) ? ref.municipality(t->municipality)->name : QString()},
        {u"kind"_s, codes::code(t->kind)},
        {u"kindLabel"_s, codes::label(t->kind)},
        {u"category"_s, t->category},
        {u"categoryLabel"_s, ref.categoryLabel(t->category)},
        {u"domainLabel"_s, cat ? ref.domainLabel(cat->domain) : QString()},
        {u"categoryColour"_s, cat ? cat->colour : u"#607d8b"_s},
        {u"categoryIcon"_s, s->categoryIcon(t->category)},
        {u"description"_s, t->description},
        {u"latitude"_s, t->latitude},
        {u"longitude"_s, t->longitude},
        {u"address"_s, t->address},
        {u"district"_s, t->district},
        {u"districtName"_s, s->districtName(t->municipality, t->district)},
        {u"channel"_s, codes::code(t->channel)},
        {u"channelLabel"_s, codes::label(t->channel)},
        {u"status"_s, codes::code(t->status)},
        {u"statusLabel"_s, codes::label(t->status)},
        {u"statusClass"_s, codes::code(codes::statusClass(t->status))},
        {u"priority"_s, codes::code(t->priority)},
        {u"priorityLabel"_s, codes::label(t->priority)},
        {u"service"_s, t->service},
        {u"serviceName"_s, s->serviceName(t->service)},
        {u"team"_s, t->team},
        {u"teamName"_s, s->teamName(t->team)},
        {u"assignee"_s, t->assignee},
        {u"assigneeName"_s, s->agentName(t->assignee)},
        {u"createdText"_s, parisText(t->createdAt)},
        {u"acknowledgedText"_s, parisText(t->acknowledgedAt)},
        {u"resolvedText"_s, parisText(t->resolvedAt)},
        {u"closedText"_s, parisText(t->closedAt)},
        {u"dueText"_s, parisText(t->dueAt)},
        {u"overdue"_s, deadline == DeadlineState::Overdue},
        {u"deadlineState"_s, Deadlines::code(deadline)},
        {u"deadlineText"_s, InboxModel::deadlineText(deadline, t->dueAt, now)},
        {u"deadlineRule"_s, Deadlines::forTicket(ref, t->category, t->priority).text()},
        {u"pausedText"_s, parisText(t->pausedAt)},
        {u"routingRule"_s, t->routingRule},
        {u"routingText"_s, Router::describe(ref, t->routingRule, t->category)},
        {u"forwardState"_s, t->forwardState},
        {u"forwardStateLabel"_s, codes::forwardStateLabel(t->forwardState)},
        {u"duplicateOf"_s, t->duplicateOfReference},
        {u"forwardedTo"_s, t->forwardedTo},
        {u"forwardedToName"_s, s->authorityName(t->forwardedTo)},
        {u"photoCount"_s, t->photoCount},
        {u"pendingOperations"_s, t->pendingOperations},
        {u"openConflicts"_s, ConflictLog(s->store(), s->reference()).openCountFor(t->id)},
        {u"synced"_s, t->revision.has_value() && t->pendingOperations == 0},
        {u"hasReporter"_s, t->reporter.has_value()},
        {u"reporterName"_s, t->reporter ? t->reporter->name : QString()},
        {u"reporterEmail"_s, t->reporter ? t->reporter->email : QString()},
        {u"reporterPhone"_s, t->reporter ? t->reporter->phone : QString()},
    };

    // Timeline: history and comments merged by time, newest last.
    struct Item
    {
        QDateTime at;
        QVariantMap map;
    };
    QList<Item> items;
    for (const HistoryEntry &h : repo.history(t->id)) {
        const QString text = repo.describeChange(h, t->municipality, ref);
        items.append({h.at, QVariantMap{{u"type"_s, u"history"_s},
                                        {u"field"_s, h.field},
                                        {u"text"_s, text},
                                        {u"author"_s, h.author == "citoyen"_L1 ? Tr::tr("Demandeur")
                                                                               : s->agentName(h.author)},
                                        {u"when"_s, parisText(h.at)},
                                        {u"pending"_s, h.pending}}});
    }
    for (const Comment &c : repo.comments(t->id)) {
        items.append({c.createdAt, QVariantMap{{u"type"_s, codes::code(c.kind)},
                                               {u"text"_s, c.text},
                                               {u"author"_s, s->agentName(c.author)},
                                               {u"when"_s, parisText(c.createdAt)},
                                               {u"pending"_s, c.pending}}});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.at < b.at; });
    for (const Item &i : std::as_const(items))
        m_timeline.append(i.map);

    for (const PlannedIntervention &i : Interventions(s->store(), s->reference()).forTicket(t->id)) {
        const auto result = InterventionRules::result(i.result);
        QString day = QLocale().toString(i.day, u"dddd d MMMM yyyy"_s);
        if (i.plannedTime.isValid())
            day = tr("%1 à %2").arg(day, i.plannedTime.toString(u"HH:mm"_s));
        m_interventions.append(QVariantMap{
            {u"id"_s, i.id},
            {u"day"_s, day},
            {u"team"_s, s->teamName(i.team)},
            {u"result"_s, i.result},
            {u"resultLabel"_s, result ? InterventionRules::label(*result) : tr("planifiée")},
            {u"details"_s,
             QStringList{i.actedAt.isValid()
                             ? tr("à %1").arg(
                                   i.actedAt.toTimeZone(WorkingCalendar::paris()).time().toString(u"HH:mm"_s))
                             : QString(),
                         i.minutesSpent > 0 ? tr("%1 min").arg(i.minutesSpent) : QString(),
                         i.reason.isEmpty() ? QString() : tr("motif : %1").arg(i.reason), i.materials, i.note}
                 .filter(QRegularExpression(u"."_s))
                 .join(u" · "_s)},
            {u"photo"_s,
             i.afterPhoto.isEmpty()
                 ? QString()
                 : u"intervention/%1%2"_s.arg(i.afterPhotoStored ? u""_s : u"remote/"_s, i.afterPhoto)},
            {u"pending"_s, i.pending}});
    }
    for (const Photo &p : repo.photos(t->id))
        m_photos.append(QVariantMap{
            {u"id"_s, p.id},
            // Not here yet: the provider asks the sync thread for it; the
            // URL changes once it is stored, so the image loads again.
            {u"source"_s, u"image://photo/%1%2"_s.arg(p.stored ? u""_s : u"remote/"_s, p.id)},
            {u"thumbnail"_s, u"image://photo/thumb/%1%2"_s.arg(p.stored ? u""_s : u"remote/"_s, p.id)},
            {u"stored"_s, p.stored},
            {u"demo"_s, p.demo},
            {u"width"_s, p.width},
            {u"height"_s, p.height}});

    if (!s->readOnly()) {
        const Actor &a = s->actor();
        for (Status to : Workflow::allowedTargets(t->status, a.role, t->team == a.team)) {
            const QString note = Workflow::noteCode(Workflow::noteFor(to));
            m_transitions.append(
                QVariantMap{{u"code"_s, codes::code(to)}, {u"label"_s, codes::label(to)}, {u"note"_s, note}});
        }
        m_undoLabel = s->editor().lastUndoable(t->id, a);
        // Possible duplicates, for tickets still being handled by the city: looked up once the
        // detail is shown (a query on the creation-date index, cold at start-up).
        if (Workflow::canEditTicket(a.role) && codes::isOpen(t->status) && t->status != Status::Forwarded)
            QTimer::singleShot(0, this, [this, id = t->id] { loadDuplicates(id); });
    }
    static const QHash<QString, const char *> events{
        {u"reply"_s, QT_TRANSLATE_NOOP("TicketDetail", "Réponse")},
        {u"acknowledgement"_s, QT_TRANSLATE_NOOP("TicketDetail", "Accusé de réception")},
        {u"forwarded"_s, QT_TRANSLATE_NOOP("TicketDetail", "Transmission")},
        {u"duplicate"_s, QT_TRANSLATE_NOOP("TicketDetail", "Doublon")},
        {u"resolved"_s, QT_TRANSLATE_NOOP("TicketDetail", "Résolution")}};
    for (const Notification &n : repo.notifications(t->id)) {
        const char *label = events.value(n.event);
        m_notifications.append(QVariantMap{
            {u"event"_s, n.event},
            {u"eventLabel"_s, label ? QCoreApplication::translate("TicketDetail", label) : n.event},
            {u"subject"_s, n.subject},
            {u"when"_s, parisText(n.createdAt)},
            {u"state"_s, n.state},
            {u"stateLabel"_s, n.state == "sent"_L1     ? Tr::tr("envoyé")
                              : n.state == "failed"_L1 ? Tr::tr("échec de l'envoi")
                              : n.pending              ? Tr::tr("sur ce poste, part à la synchronisation")
                                                       : Tr::tr("en file d'envoi")}});
    }
    m_raw = *t;
    Q_EMIT changed();
    if (hadDuplicates)
        Q_EMIT duplicatesChanged();
}

void TicketDetail::loadDuplicates(const QString &ticketId)
{
    Session *s = Session::instance();
    if (!s || ticketId != m_id || !m_raw || m_raw->id != ticketId)
        return;
    const ReferenceData &ref = s->reference();
    QVariantList list;
    for (const DuplicateSuggestion &d : s->editor().duplicateSuggestions(ticketId)) {
        const auto st = codes::status(d.status);
        list.append(QVariantMap{{u"id"_s, d.id},
                                {u"reference"_s, d.reference},
                                {u"categoryLabel"_s, ref.categoryLabel(d.category)},
                                {u"statusLabel"_s, st ? codes::label(*st) : d.status},
                                {u"description"_s, d.description.left(160)},
                                {u"createdText"_s, parisText(d.createdAt)},
                                {u"distance"_s, qRound(d.distanceMetres)},
                                {u"similarity"_s, qRound(d.textSimilarity * 100)},
                                {u"score"_s, d.score}});
    }
    if (list != m_duplicates) {
        m_duplicates = list;
        Q_EMIT duplicatesChanged();
    }
}

bool TicketDetail::finish(const EditResult &result, const QString &confirmation)
{
    if (!result.ok()) {
        setLastError(result.message);
        reload(); // the view shows what the store holds, not what was refused
        return false;
    }
    setLastError({});
    reload();
    Q_EMIT done(confirmation);
    return true;
}

bool TicketDetail::setStatus(const QString &status, const QString &note, const QString &duplicateOf,
                             const QString &forwardedTo)
{
    Session *s = Session::instance();
    const auto to = codes::status(status);
    if (!to) {
        setLastError(Tr::tr("Statut inconnu : %1").arg(status));
        return false;
    }
    return finish(s->editor().setStatus(m_id, *to, {note, duplicateOf, forwardedTo}, s->actor()),
                  Tr::tr("Statut changé : %1").arg(codes::label(*to)));
}

bool TicketDetail::assign(const QVariant &service, const QVariant &team, const QVariant &agent)
{
    Session *s = Session::instance();
    auto opt = [](const QVariant &v) {
        return v.isNull() || !v.isValid() ? std::nullopt : std::optional<QString>(v.toString());
    };
    return finish(s->editor().assign(m_id, opt(service), opt(team), opt(agent), s->actor()),
                  Tr::tr("Affectation enregistrée"));
}

bool TicketDetail::setPriority(const QString &priority)
{
    Session *s = Session::instance();
    const auto p = codes::priority(priority);
    if (!p)
        return false;
    return finish(s->editor().setPriority(m_id, *p, s->actor()),
                  Tr::tr("Priorité : %1").arg(codes::label(*p)));
}

bool TicketDetail::recategorize(const QString &category)
{
    Session *s = Session::instance();
    return finish(s->editor().recategorize(m_id, category, s->actor()),
                  Tr::tr("Catégorie : %1").arg(s->categoryLabel(category)));
}

bool TicketDetail::editDescription(const QString &text)
{
    Session *s = Session::instance();
    return finish(s->editor().editDescription(m_id, text, s->actor()), Tr::tr("Description modifiée"));
}

bool TicketDetail::moveLocation(double latitude, double longitude, const QString &address)
{
    Session *s = Session::instance();
    return finish(s->editor().moveLocation(m_id, latitude, longitude, address, s->actor()),
                  Tr::tr("Position modifiée"));
}

bool TicketDetail::addComment(const QString &text, bool isPublic, const QString &subject)
{
    Session *s = Session::instance();
    if (isPublic)
        return finish(
            s->editor().reply(m_id, text, s->actor(), subject),
            m_ticket.value(u"reporterEmail"_s).toString().isEmpty()
                ? Tr::tr("Réponse publique ajoutée (le demandeur n'a pas laissé d'adresse électronique)")
                : Tr::tr("Réponse ajoutée à la file d'envoi au demandeur"));
    return finish(s->editor().addComment(m_id, CommentKind::Internal, text, s->actor()),
                  Tr::tr("Note interne ajoutée"));
}

bool TicketDetail::merge(const QString &original)
{
    Session *s = Session::instance();
    const QString reference = s->referenceOf(original);
    return finish(s->editor().merge(m_id, original, {}, s->actor()),
                  Tr::tr("Fusionné comme doublon de %1").arg(reference.isEmpty() ? original : reference));
}

bool TicketDetail::setForwardState(const QString &state, const QString &note)
{
    Session *s = Session::instance();
    return finish(s->editor().setForwardState(m_id, state, note, s->actor()),
                  state == "returned"_L1 ? Tr::tr("Renvoyé par l'autorité : de retour au tri")
                                         : Tr::tr("Prise en charge par l'autorité enregistrée"));
}

bool TicketDetail::reroute()
{
    Session *s = Session::instance();
    return finish(s->editor().reroute(m_id, s->actor()), Tr::tr("Règles de routage appliquées"));
}

bool TicketDetail::attachPhoto(const QUrl &file)
{
    Session *s = Session::instance();
    QFile f(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!f.open(QIODevice::ReadOnly)) {
        setLastError(Tr::tr("Impossible de lire %1 : %2").arg(f.fileName(), f.errorString()));
        return false;
    }
    if (f.size() > TicketEditor::kMaxPhotoBytes) {
        setLastError(Tr::tr("Photo trop lourde : %1").arg(f.fileName()));
        return false;
    }
    return finish(s->editor().attachPhoto(m_id, f.readAll(), s->actor()), Tr::tr("Photo ajoutée"));
}

bool TicketDetail::undo()
{
    Session *s = Session::instance();
    const QString what = m_undoLabel;
    return finish(s->editor().undoLast(m_id, s->actor()), Tr::tr("Annulé : %1").arg(what));
}

QVariantList TicketDetail::responseTemplates() const
{
    // The category's own and the general ones; those of the ticket's status first.
    QVariantList first, rest;
    Session *s = Session::instance();
    const QString status = m_ticket.value(u"status"_s).toString();
    for (const ResponseTemplate &t : s->reference().responseTemplates()) {
        if (!t.category.isEmpty() && t.category != m_ticket.value(u"category"_s).toString())
            continue;
        const auto st = codes::status(t.status);
        (t.status == status ? first : rest)
            .append(QVariantMap{
                {u"code"_s, t.code},
                {u"title"_s, t.title},
                {u"status"_s, t.status},
                {u"statusLabel"_s, st ? codes::label(*st) : t.status},
                {u"subject"_s, fillTemplate(t.title) + u" – "_s + m_ticket.value(u"reference"_s).toString()},
                {u"text"_s, fillTemplate(t.text)}});
    }
    return first + rest;
}

QString TicketDetail::fillTemplate(const QString &text) const
{
    const Session *s = Session::instance();
    if (!m_raw || !s)
        return text;
    return Replies::render(text, *m_raw, s->reference(), QDateTime::currentDateTimeUtc(),
                           m_raw->duplicateOfReference);
}

} // namespace lanterne
