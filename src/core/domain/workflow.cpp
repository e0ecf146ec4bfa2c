// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include <QCoreApplication>

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};
} // namespace

NoteRequirement Workflow::noteFor(Status to)
{
    switch (to) {
    case Status::Duplicate:
        return NoteRequirement::DuplicateOf;
    case Status::Forwarded:
        return NoteRequirement::ForwardedTo;
    case Status::NoFurtherAction:
    case Status::NotResponsible:
    case Status::Cancelled:
        return NoteRequirement::Reason;
    default:
        return NoteRequirement::None;
    }
}

QString Workflow::noteCode(NoteRequirement note)
{
    switch (note) {
    case NoteRequirement::Reason:
        return QStringLiteral("reason");
    case NoteRequirement::DuplicateOf:
        return QStringLiteral("duplicate_of");
    case NoteRequirement::ForwardedTo:
        return QStringLiteral("forwarded_to");
    case NoteRequirement::None:
        break;
    }
    return {};
}

bool Workflow::isReopening(Status from, Status to)
{
    return !codes::isOpen(from) && from != to && !(from == Status::Fixed && !codes::isOpen(to));
}

bool Workflow::canSeePersonalData(Role role)
{
    return role != Role::Field;
}
bool Workflow::canEditTicket(Role role)
{
    return role != Role::Field;
}

TransitionCheck Workflow::check(Status from, Status to, Role role, bool ownTeam)
{
    TransitionCheck r;
    if (from == to) {
        r.reason = Tr::tr("Le signalement a déjà ce statut.");
        return r;
    }
    if (to == Status::New) {
        r.reason = Tr::tr("Un signalement ne peut pas revenir au statut « nouveau ».");
        return r;
    }
    const bool reopening = isReopening(from, to);
    switch (role) {
    case Role::Admin:
    case Role::Supervisor:
        break;
    case Role::Agent:
        if (to == Status::Cancelled) {
            r.reason = Tr::tr("Seul un superviseur peut annuler un signalement.");
            return r;
        }
        if (reopening) {
            r.reason = Tr::tr("Seul un superviseur peut rouvrir un signalement clos ou résolu.");
            return r;
        }
        break;
    case Role::Field:
        if (!ownTeam) {
            r.reason = Tr::tr("Ce signalement n'est pas affecté à votre équipe.");
            return r;
        }
        if (!codes::isOpen(from)) {
            r.reason = Tr::tr("Une équipe de terrain ne peut pas modifier un signalement clos ou résolu.");
            return r;
        }
        if (to != Status::InProgress && to != Status::Waiting && to != Status::Fixed &&
            to != Status::NoFurtherAction) {
            r.reason =
                Tr::tr("Une équipe de terrain peut seulement passer un signalement en cours, en attente, "
                       "résolu ou sans suite.");
            return r;
        }
        break;
    }
    r.allowed = true;
    r.note = noteFor(to);
    return r;
}

QList<Status> Workflow::allowedTargets(Status from, Role role, bool ownTeam)
{
    QList<Status> out;
    for (Status s : codes::allStatuses()) {
        if (check(from, s, role, ownTeam).allowed)
            out.append(s);
    }
    return out;
}

} // namespace lanterne
