// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "storage/localstore.h"

#include <functional>
#include <QDate>
#include <QStringList>

namespace lanterne::demo {

struct DemoOptions
{
    int tickets = 20000;
    quint64 seed = 1;
    QDate until;          ///< last day (Europe/Paris), default today; tickets end before it starts
    QStringList communes; ///< INSEE codes; empty: Pantin
    static constexpr int kTicketsPerYear = 70000;
    static constexpr int kMaxYears = 5;
};

/**
 * Builds the demo city: deterministic for the same options, written as synced data (revision 0,
 * never as outbox operations), in one transaction, with indexes and the full-text index.
 */
class DemoGenerator
{
public:
    /** Called every few hundred tickets; returning false cancels (nothing is written). */
    using Progress = std::function<bool(int done, int total)>;

    struct Result
    {
        bool ok = false;
        int exitCode = 1; ///< lanternectl exit code on failure
        QString message;
        int tickets = 0;
        qint64 elapsedMs = 0;
    };

    [[nodiscard]] static Result generate(LocalStore &store, const DemoOptions &options,
                                         const Progress &progress = {},
                                         const ReferenceData &reference = ReferenceData::builtin());
};

} // namespace lanterne::demo
