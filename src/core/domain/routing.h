// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo.h"

#include <QPointF>
#include <QString>
#include <QStringList>

namespace lanterne {

class ReferenceData;

/**
 * A routing rule: tickets of some categories (or category domains) in a zone (districts, a drawn
 * polygon, or anywhere) go to a service / team, or to an external authority.
 */
struct RoutingRule
{
    QString code;
    QString label;
    QStringList categories; ///< category codes; empty with empty domains: every category
    QStringList domains;    ///< category domains
    QString municipality;   ///< INSEE code; empty: every municipality
    QStringList districts;  ///< district codes; empty with no polygon: anywhere
    GeoPolygon polygon;     ///< a drawn zone (longitude, latitude)
    QString service;
    QString team;
    QString authority; ///< forward to this external authority instead

    [[nodiscard]] bool hasZone() const { return !districts.isEmpty() || !polygon.isEmpty(); }
};

/** Where a ticket goes, and why. */
struct RoutingDecision
{
    QString service;
    QString team;
    QString authority; ///< non-empty: the ticket is forwarded to this authority
    QString rule;      ///< the rule's code; empty: the category's own service and team
};

/**
 * Applies the configuration's routing rules, in order: the first rule whose categories and zone
 * match decides; without one, the category's service and team.
 */
class Router
{
public:
    /** The routing_rule of a ticket an agent assigned by hand, overriding the rules. */
    static inline const QString kManual = QStringLiteral("manual");

    [[nodiscard]] static bool matches(const RoutingRule &rule, const ReferenceData &ref,
                                      const QString &category, const QString &municipality,
                                      const QString &district, QPointF lonLat);
    [[nodiscard]] static RoutingDecision route(const ReferenceData &ref, const QString &category,
                                               const QString &municipality, const QString &district,
                                               QPointF lonLat);
    /** "Règle « Eau : Est Ensemble »" or "Catégorie « Fuite d'eau »", for the detail panel. */
    [[nodiscard]] static QString describe(const ReferenceData &ref, const QString &rule,
                                          const QString &category);
};

} // namespace lanterne
