// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing.h"

#include "referencedata.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Router)
};
} // namespace

bool Router::matches(const RoutingRule &rule, const ReferenceData &ref, const QString &category,
                     const QString &municipality, const QString &district, QPointF lonLat)
{
    if (!rule.categories.isEmpty() || !rule.domains.isEmpty()) {
        const Category *c = ref.category(category);
        const bool byCode = rule.categories.contains(category);
        const bool byDomain = c && rule.domains.contains(c->domain);
        if (!byCode && !byDomain)
            return false;
    }
    if (!rule.municipality.isEmpty() && rule.municipality != municipality)
        return false;
    if (!rule.hasZone())
        return true;
    if (!rule.districts.isEmpty() && !district.isEmpty() && rule.districts.contains(district))
        return true;
    return !rule.polygon.isEmpty() && rule.polygon.contains(lonLat);
}

RoutingDecision Router::route(const ReferenceData &ref, const QString &category, const QString &municipality,
                              const QString &district, QPointF lonLat)
{
    RoutingDecision d;
    for (const RoutingRule &rule : ref.routingRules()) {
        if (!matches(rule, ref, category, municipality, district, lonLat))
            continue;
        d.rule = rule.code;
        d.authority = rule.authority;
        d.team = rule.team;
        d.service = rule.service;
        if (d.service.isEmpty() && !d.team.isEmpty())
            if (const Team *t = ref.team(d.team))
                d.service = t->service;
        return d;
    }
    if (const Category *c = ref.category(category)) {
        d.service = c->service;
        d.team = c->team;
    }
    return d;
}

QString Router::describe(const ReferenceData &ref, const QString &rule, const QString &category)
{
    if (rule == kManual)
        return Tr::tr("Affectation manuelle");
    if (!rule.isEmpty()) {
        for (const RoutingRule &r : ref.routingRules())
            if (r.code == rule)
                return Tr::tr("Règle « %1 »").arg(r.label);
        return Tr::tr("Règle « %1 » (retirée de la configuration)").arg(rule);
    }
    return Tr::tr("Catégorie « %1 »").arg(ref.categoryLabel(category));
}

} // namespace lanterne
