// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes.h"

#include <array>
#include <QCoreApplication>
#include <QHash>

namespace lanterne::codes {
namespace {

struct Entry
{
    const char *code;
    const char *label;
};

// Labels are French source strings, translated through the "Codes" context.
constexpr std::array<Entry, 14> kStatuses{{
    {"new", QT_TRANSLATE_NOOP("Codes", "nouveau")},
    {"triage", QT_TRANSLATE_NOOP("Codes", "à trier")},
    {"acknowledged", QT_TRANSLATE_NOOP("Codes", "pris en compte")},
    {"investigating", QT_TRANSLATE_NOOP("Codes", "en cours d'analyse")},
    {"waiting", QT_TRANSLATE_NOOP("Codes", "en attente du demandeur ou d'un tiers")},
    {"planned", QT_TRANSLATE_NOOP("Codes", "planifié")},
    {"in_progress", QT_TRANSLATE_NOOP("Codes", "en cours")},
    {"forwarded", QT_TRANSLATE_NOOP("Codes", "transmis à l'autorité compétente")},
    {"fixed", QT_TRANSLATE_NOOP("Codes", "résolu")},
    {"closed", QT_TRANSLATE_NOOP("Codes", "clos")},
    {"duplicate", QT_TRANSLATE_NOOP("Codes", "doublon")},
    {"not_responsible", QT_TRANSLATE_NOOP("Codes", "hors compétence")},
    {"no_further_action", QT_TRANSLATE_NOOP("Codes", "sans suite")},
    {"cancelled", QT_TRANSLATE_NOOP("Codes", "annulé")},
}};
constexpr std::array<Entry, 3> kClasses{{
    {"open", QT_TRANSLATE_NOOP("Codes", "ouvert")},
    {"fixed", QT_TRANSLATE_NOOP("Codes", "résolu")},
    {"closed", QT_TRANSLATE_NOOP("Codes", "fermé")},
}};
constexpr std::array<Entry, 4> kPriorities{{
    {"low", QT_TRANSLATE_NOOP("Codes", "basse")},
    {"normal", QT_TRANSLATE_NOOP("Codes", "normale")},
    {"high", QT_TRANSLATE_NOOP("Codes", "haute")},
    {"urgent", QT_TRANSLATE_NOOP("Codes", "urgente")},
}};
constexpr std::array<Entry, 6> kChannels{{
    {"mobile_app", QT_TRANSLATE_NOOP("Codes", "application mobile")},
    {"web", QT_TRANSLATE_NOOP("Codes", "portail web")},
    {"phone", QT_TRANSLATE_NOOP("Codes", "téléphone")},
    {"counter", QT_TRANSLATE_NOOP("Codes", "accueil")},
    {"email", QT_TRANSLATE_NOOP("Codes", "courriel")},
    {"agent", QT_TRANSLATE_NOOP("Codes", "agent")},
}};
constexpr std::array<Entry, 3> kKinds{{
    {"report", QT_TRANSLATE_NOOP("Codes", "signalement")},
    {"suggestion", QT_TRANSLATE_NOOP("Codes", "suggestion")},
    {"compliment", QT_TRANSLATE_NOOP("Codes", "félicitation")},
}};
constexpr std::array<Entry, 4> kRoles{{
    {"agent", QT_TRANSLATE_NOOP("Codes", "agent")},
    {"supervisor", QT_TRANSLATE_NOOP("Codes", "superviseur")},
    {"field", QT_TRANSLATE_NOOP("Codes", "équipe de terrain")},
    {"admin", QT_TRANSLATE_NOOP("Codes", "administrateur")},
}};
constexpr std::array<Entry, 2> kCommentKinds{{
    {"internal", ""},
    {"public", ""},
}};

template<typename E, std::size_t N>
std::optional<E> find(const std::array<Entry, N> &table, const QString &code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(table[i].code))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> all(const std::array<Entry, N> &)
{
    QList<E> out;
    for (std::size_t i = 0; i < N; ++i)
        out.append(static_cast<E>(i));
    return out;
}

QString tr(const char *label)
{
    return QCoreApplication::translate("Codes", label);
}

} // namespace

QString code(Status s)
{
    return QString::fromLatin1(kStatuses[std::size_t(s)].code);
}
QString code(StatusClass c)
{
    return QString::fromLatin1(kClasses[std::size_t(c)].code);
}
QString code(Priority p)
{
    return QString::fromLatin1(kPriorities[std::size_t(p)].code);
}
QString code(Channel c)
{
    return QString::fromLatin1(kChannels[std::size_t(c)].code);
}
QString code(TicketKind k)
{
    return QString::fromLatin1(kKinds[std::size_t(k)].code);
}
QString code(Role r)
{
    return QString::fromLatin1(kRoles[std::size_t(r)].code);
}
QString code(CommentKind k)
{
    return QString::fromLatin1(kCommentKinds[std::size_t(k)].code);
}

QString label(Status s)
{
    return tr(kStatuses[std::size_t(s)].label);
}
QString label(StatusClass c)
{
    return tr(kClasses[std::size_t(c)].label);
}
QString label(Priority p)
{
    return tr(kPriorities[std::size_t(p)].label);
}
QString label(Channel c)
{
    return tr(kChannels[std::size_t(c)].label);
}
QString label(TicketKind k)
{
    return tr(kKinds[std::size_t(k)].label);
}
QString label(Role r)
{
    return tr(kRoles[std::size_t(r)].label);
}

StatusClass statusClass(Status s)
{
    switch (s) {
    case Status::Fixed:
        return StatusClass::Fixed;
    case Status::Closed:
    case Status::Duplicate:
    case Status::NotResponsible:
    case Status::NoFurtherAction:
    case Status::Cancelled:
        return StatusClass::Closed;
    default:
        return StatusClass::Open;
    }
}

bool isOpen(Status s)
{
    return statusClass(s) == StatusClass::Open;
}
int rank(Priority p)
{
    return int(p);
}

std::optional<Status> status(const QString &c)
{
    return find<Status>(kStatuses, c);
}
std::optional<StatusClass> statusClass(const QString &c)
{
    return find<StatusClass>(kClasses, c);
}
std::optional<Priority> priority(const QString &c)
{
    return find<Priority>(kPriorities, c);
}
std::optional<Channel> channel(const QString &c)
{
    return find<Channel>(kChannels, c);
}
std::optional<TicketKind> kind(const QString &c)
{
    return find<TicketKind>(kKinds, c);
}
std::optional<Role> role(const QString &c)
{
    return find<Role>(kRoles, c);
}
std::optional<CommentKind> commentKind(const QString &c)
{
    return find<CommentKind>(kCommentKinds, c);
}

QList<Status> allStatuses()
{
    return all<Status>(kStatuses);
}
QList<Priority> allPriorities()
{
    return all<Priority>(kPriorities);
}
QList<Channel> allChannels()
{
    return all<Channel>(kChannels);
}
QList<TicketKind> allKinds()
{
    return all<TicketKind>(kKinds);
}
QList<Role> allRoles()
{
    return all<Role>(kRoles);
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("Codes", "Création")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Codes", "Statut")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("Codes", "Priorité")},
        {QStringLiteral("service"), QT_TRANSLATE_NOOP("Codes", "Service")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("Codes", "Équipe")},
        {QStringLiteral("assignee"), QT_TRANSLATE_NOOP("Codes", "Agent")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Codes", "Catégorie")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("Codes", "Description")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Codes", "Adresse")},
        {QStringLiteral("district"), QT_TRANSLATE_NOOP("Codes", "Quartier")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("Codes", "Position")},
        {QStringLiteral("latitude"), QT_TRANSLATE_NOOP("Codes", "Position")},
        {QStringLiteral("longitude"), QT_TRANSLATE_NOOP("Codes", "Position")},
        {QStringLiteral("duplicate_of"), QT_TRANSLATE_NOOP("Codes", "Doublon de")},
        {QStringLiteral("forwarded_to"), QT_TRANSLATE_NOOP("Codes", "Transmis à")},
        {QStringLiteral("due_at"), QT_TRANSLATE_NOOP("Codes", "Échéance")},
        {QStringLiteral("routing_rule"), QT_TRANSLATE_NOOP("Codes", "Routage")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Codes", "Nature")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Codes", "Canal")},
        {QStringLiteral("reporter_id"), QT_TRANSLATE_NOOP("Codes", "Demandeur")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("Codes", "Date de réception")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("Codes", "Référence")},
        {QStringLiteral("forward_state"), QT_TRANSLATE_NOOP("Codes", "Suivi de la transmission")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("Codes", "Ordre dans la tournée")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("Codes", "Résultat de l'intervention")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("Codes", "Motif")},
        {QStringLiteral("minutes_spent"), QT_TRANSLATE_NOOP("Codes", "Temps passé (min)")},
        {QStringLiteral("materials"), QT_TRANSLATE_NOOP("Codes", "Matériel")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Codes", "Note de l'équipe")},
        {QStringLiteral("acted_at"), QT_TRANSLATE_NOOP("Codes", "Heure de l'action")},
    };
    const char *l = labels.value(field);
    return l ? tr(l) : field;
}

QString operationLabel(const QString &opType)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("create_ticket"), QT_TRANSLATE_NOOP("Codes", "Création du signalement")},
        {QStringLiteral("set_status"), QT_TRANSLATE_NOOP("Codes", "Changement de statut")},
        {QStringLiteral("assign"), QT_TRANSLATE_NOOP("Codes", "Affectation")},
        {QStringLiteral("set_priority"), QT_TRANSLATE_NOOP("Codes", "Changement de priorité")},
        {QStringLiteral("recategorize"), QT_TRANSLATE_NOOP("Codes", "Changement de catégorie")},
        {QStringLiteral("edit_description"), QT_TRANSLATE_NOOP("Codes", "Modification de la description")},
        {QStringLiteral("move_location"), QT_TRANSLATE_NOOP("Codes", "Déplacement")},
        {QStringLiteral("add_comment"), QT_TRANSLATE_NOOP("Codes", "Ajout d'un commentaire")},
        {QStringLiteral("delete_comment"), QT_TRANSLATE_NOOP("Codes", "Retrait d'un commentaire")},
        {QStringLiteral("attach_photo"), QT_TRANSLATE_NOOP("Codes", "Ajout d'une photo")},
        {QStringLiteral("remove_photo"), QT_TRANSLATE_NOOP("Codes", "Retrait d'une photo")},
        {QStringLiteral("set_forward_state"), QT_TRANSLATE_NOOP("Codes", "Suivi de la transmission")},
        {QStringLiteral("public_reply"), QT_TRANSLATE_NOOP("Codes", "Réponse au demandeur")},
        {QStringLiteral("plan_intervention"), QT_TRANSLATE_NOOP("Codes", "Planification d'une intervention")},
        {QStringLiteral("update_intervention"), QT_TRANSLATE_NOOP("Codes", "Ordre de la tournée")},
        {QStringLiteral("cancel_intervention"), QT_TRANSLATE_NOOP("Codes", "Retrait d'une intervention")},
        {QStringLiteral("report_intervention"), QT_TRANSLATE_NOOP("Codes", "Compte rendu d'intervention")},
    };
    const char *l = names.value(opType);
    return l ? tr(l) : opType;
}

QString forwardStateLabel(const QString &state)
{
    if (state == QLatin1String("sent"))
        return tr(QT_TRANSLATE_NOOP("Codes", "Transmis, en attente de réponse"));
    if (state == QLatin1String("acknowledged"))
        return tr(QT_TRANSLATE_NOOP("Codes", "Pris en charge par l'autorité"));
    if (state == QLatin1String("returned"))
        return tr(QT_TRANSLATE_NOOP("Codes", "Renvoyé par l'autorité"));
    return {};
}

} // namespace lanterne::codes
