// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/localstore.h"

#include <QString>

namespace lanterne {

/**
 * What a workstation keeps is what its login may see. When the store is pointed at another login
 * (or its login's municipality, role or team changes), the tickets outside the new scope go with
 * every row about them, and the reporters' personal data the new login may not read; the bytes
 * do not stay in the file (the sync connection deletes with secure_delete; the full-text index
 * is merged, the file compacted, the write-ahead log truncated). The previous login's edits
 * still waiting stay in the outbox (they are its own: sent when it syncs again, or discarded).
 */
class ScopePurge
{
public:
    /** Who the store now acts as. */
    struct Scope
    {
        QString municipality;
        QString role; ///< agent, supervisor, field, admin
        QString team; ///< a field team's
    };
    struct Report
    {
        int tickets = 0;   ///< tickets removed
        int reporters = 0; ///< reporters removed
    };

    /**
     * Removes what @p scope may not see, resets the pull cursor (the next pull brings the new
     * scope again), then scrubs the file. One transaction; nothing half-removed on failure.
     */
    static LocalStore::Result toScope(LocalStore &store, const Scope &scope, Report *report = nullptr);
    /**
     * Leaves no byte of removed rows in the file: merges the full-text index (deleted entries
     * stay in its segments until then), compacts the file when @p compact (VACUUM), and
     * truncates the write-ahead log. Runs outside a transaction.
     */
    static LocalStore::Result scrub(LocalStore &store, bool compact);
};

} // namespace lanterne
