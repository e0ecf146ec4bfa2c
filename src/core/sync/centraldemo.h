// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demogenerator.h"
#include "domain/referencedata.h"
#include "sync/centraldatabase.h"

#include <functional>

namespace lanterne {

/**
 * `lanternectl demo --url`: the demo city in the central database, so that several workstations
 * share it. The city is generated as for a local store (same options, same data), then written
 * as server rows, a batch of tickets per transaction, each with its revision in commit order, as
 * if they had arrived over time; workstations pull it like any change. Demo photos are drawn on
 * the workstation; the central database gets real pictures for the newest tickets only (those
 * an agent opens first), the others carry none. Drawing them needs a QGuiApplication.
 */
class CentralDemo
{
public:
    struct Result
    {
        bool ok = true;
        int exitCode = 0; ///< lanternectl's: 1 failure, 4 refused (not empty, not an administrator)
        QString message;
        int tickets = 0;
        int photos = 0;
        qint64 elapsedMs = 0;
        explicit operator bool() const { return ok; }
    };
    using Progress = std::function<void(int done, int total)>;

    static constexpr int kTicketsWithPhotos = 300;

    static Result load(CentralDatabase &central, const demo::DemoOptions &options,
                       const ReferenceData &reference = ReferenceData::builtin(), int batch = 2000,
                       const Progress &progress = {});
};

} // namespace lanterne
