// SPDX-License-Identifier: GPL-3.0-or-later
#include "interventionrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lanterne {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterventionRules)
};
} // namespace

QString InterventionRules::code(InterventionResult r)
{
    switch (r) {
    case InterventionResult::Done:
        return u"done"_s;
    case InterventionResult::NotDone:
        return u"not_done"_s;
    case InterventionResult::Impossible:
        return u"impossible"_s;
    }
    return {};
}

std::optional<InterventionResult> InterventionRules::result(const QString &code)
{
    for (InterventionResult r :
         {InterventionResult::Done, InterventionResult::NotDone, InterventionResult::Impossible})
        if (InterventionRules::code(r) == code)
            return r;
    return std::nullopt;
}

QString InterventionRules::label(InterventionResult r)
{
    switch (r) {
    case InterventionResult::Done:
        return Tr::tr("Fait");
    case InterventionResult::NotDone:
        return Tr::tr("Pas fait");
    case InterventionResult::Impossible:
        return Tr::tr("Impossible");
    }
    return {};
}

bool InterventionRules::needsReason(InterventionResult r)
{
    return r == InterventionResult::Impossible;
}

std::optional<Status> InterventionRules::statusAfter(InterventionResult r, Status current)
{
    if (!codes::isOpen(current))
        return std::nullopt; // fixed or closed meanwhile: the office's decision stands
    switch (r) {
    case InterventionResult::Done:
        return Status::Fixed;
    case InterventionResult::Impossible:
        return current == Status::Waiting ? std::nullopt : std::optional<Status>(Status::Waiting);
    case InterventionResult::NotDone:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace lanterne
