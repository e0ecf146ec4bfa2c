// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"

#include <QList>
#include <QString>

namespace lanterne {

/** What a transition needs besides the new status. */
enum class NoteRequirement
{
    None,
    Reason,      ///< free text: why (no further action, not responsible, cancelled)
    DuplicateOf, ///< the original ticket
    ForwardedTo, ///< the external authority
};

/** The answer of the workflow for one transition. */
struct TransitionCheck
{
    bool allowed = false;
    NoteRequirement note = NoteRequirement::None;
    QString reason; ///< why it is refused (translated), empty when allowed
};

/**
 * Which status change is allowed for which role, and which one needs a note.
 *
 * Agents triage and make every transition but cancelling and reopening; supervisors and
 * administrators make all of them; field teams only act on their team's open tickets, towards
 * in progress, waiting, fixed or no further action. Nobody goes back to "new".
 */
class Workflow
{
public:
    [[nodiscard]] static TransitionCheck check(Status from, Status to, Role role, bool ownTeam = true);
    [[nodiscard]] static QList<Status> allowedTargets(Status from, Role role, bool ownTeam = true);
    [[nodiscard]] static NoteRequirement noteFor(Status to);
    /** The note's code for the UI and JSON: "reason", "duplicate_of", "forwarded_to", or "". */
    [[nodiscard]] static QString noteCode(NoteRequirement note);
    /** A closed or fixed ticket going back to an open status, or changing its closing status. */
    [[nodiscard]] static bool isReopening(Status from, Status to);
    /** Whether a role may see reporters' personal data. */
    [[nodiscard]] static bool canSeePersonalData(Role role);
    /** Whether a role may edit fields other than the status (assign, recategorize...). */
    [[nodiscard]] static bool canEditTicket(Role role);
};

} // namespace lanterne
