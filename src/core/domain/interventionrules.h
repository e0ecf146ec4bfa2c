// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"

#include <optional>
#include <QString>

namespace lanterne {

/** What a field team reports for a planned intervention at the end of its shift. */
enum class InterventionResult
{
    Done,
    NotDone,
    Impossible,
};

/**
 * The rules of an intervention's result: its codes, what it needs and what it does to the
 * ticket. Done fixes the ticket; impossible (a reason is required) puts it on hold for the office
 * to decide, with the reason as an internal note; not done leaves it as it is, to plan again.
 */
class InterventionRules
{
public:
    /** "done", "not_done", "impossible". */
    [[nodiscard]] static QString code(InterventionResult r);
    [[nodiscard]] static std::optional<InterventionResult> result(const QString &code);
    /** In words, for the UI and the round sheet. */
    [[nodiscard]] static QString label(InterventionResult r);
    [[nodiscard]] static bool needsReason(InterventionResult r);
    /** The ticket's status after the result, or none when it stays as it is. */
    [[nodiscard]] static std::optional<Status> statusAfter(InterventionResult r, Status current);
};

} // namespace lanterne
