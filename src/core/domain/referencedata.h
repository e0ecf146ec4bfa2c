// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"
#include "deadlines.h"
#include "geo.h"
#include "routing.h"
#include "workingcalendar.h"

#include <optional>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace lanterne {

struct District
{
    QString code;
    QString name;
    QString municipality;
    QPointF seed;
    GeoPolygon polygon;
};

struct Municipality
{
    QString code; ///< INSEE code
    QString name;
    QString prefix; ///< ticket reference prefix, e.g. PAN
    GeoPolygon outline;
    QList<District> districts;
};

struct CategoryDomain
{
    QString code;
    QString label;
    QString labelEn;
};

struct Category
{
    QString code;
    QString domain;
    QString label;
    QString labelEn;
    QString service;
    QString team;
    QString authority; ///< external authority tickets of this category are usually forwarded to
    Priority priority = Priority::Normal;
    Deadline deadline{10, 0};           ///< for normal priority
    QMap<Priority, Deadline> deadlines; ///< the category's own deadlines for other priorities
    int duplicateRadiusMetres = 30;
    QString colour;
    QString icon;
    int weight = 1; ///< relative frequency in the demo city
};

struct Service
{
    QString code;
    QString name;
    QString nameEn;
};

struct Team
{
    QString code;
    QString name;
    QString service;
};

struct Agent
{
    QString login;
    QString name;
    Role role = Role::Agent;
    QString service;
    QString team;
};

struct Authority
{
    QString code;
    QString name;
    QString email;
};

struct ResponseTemplate
{
    QString code;
    QString status;
    QString category; ///< empty: any category
    QString title;
    QString text;
    /** Sent without asking on that event: "acknowledgement", "forwarded", "duplicate", "resolved". */
    QString automatic;
};

/**
 * Municipalities, districts, categories, services, teams, agents, external authorities and
 * response templates. Loaded from the configuration shipped in resources
 * (:/lanterne/config/reference.json) and the commune outlines (:/lanterne/geo/...).
 */
class ReferenceData
{
public:
    /** Parses the configuration; on error returns nullopt and says what and where in @p error. */
    [[nodiscard]] static std::optional<ReferenceData>
    parse(const QByteArray &configJson, const QByteArray &outlinesGeoJson, QString *error);
    /** The configuration shipped with the application (cached; never fails for a good build). */
    [[nodiscard]] static const ReferenceData &builtin();

    /** Labels in English instead of French (set once from the UI language). */
    static void setEnglish(bool english);
    [[nodiscard]] static bool isEnglish();

    [[nodiscard]] const QList<Municipality> &municipalities() const { return m_municipalities; }
    [[nodiscard]] const QList<CategoryDomain> &domains() const { return m_domains; }
    [[nodiscard]] const QList<Category> &categories() const { return m_categories; }
    [[nodiscard]] const QList<Service> &services() const { return m_services; }
    [[nodiscard]] const QList<Team> &teams() const { return m_teams; }
    [[nodiscard]] const QList<Agent> &agents() const { return m_agents; }
    [[nodiscard]] const QList<Authority> &authorities() const { return m_authorities; }
    [[nodiscard]] const QList<ResponseTemplate> &responseTemplates() const { return m_templates; }
    [[nodiscard]] QString attribution() const { return m_attribution; }
    [[nodiscard]] const QList<RoutingRule> &routingRules() const { return m_routingRules; }
    [[nodiscard]] const QMap<Priority, Deadline> &priorityDeadlines() const { return m_priorityDeadlines; }
    [[nodiscard]] const WorkingHours &workingHours() const { return m_workingHours; }
    /**
     * The template sent automatically on @p event (see ResponseTemplate::automatic): the
     * category's own first, then one for any category; nullptr when there is none.
     */
    [[nodiscard]] const ResponseTemplate *automaticTemplate(const QString &event,
                                                            const QString &category) const;

    [[nodiscard]] const Municipality *municipality(const QString &code) const;
    [[nodiscard]] const Category *category(const QString &code) const;
    [[nodiscard]] const CategoryDomain *domain(const QString &code) const;
    [[nodiscard]] const Service *service(const QString &code) const;
    [[nodiscard]] const Team *team(const QString &code) const;
    [[nodiscard]] const Agent *agent(const QString &login) const;
    [[nodiscard]] const Authority *authority(const QString &code) const;
    [[nodiscard]] const District *district(const QString &municipality, const QString &code) const;
    /** The district containing a point, in any municipality; nullptr outside every district. */
    [[nodiscard]] const District *districtAt(QPointF lonLat) const;
    [[nodiscard]] const Municipality *municipalityAt(QPointF lonLat) const;

    [[nodiscard]] QString categoryLabel(const QString &code) const;
    [[nodiscard]] QString domainLabel(const QString &code) const;
    [[nodiscard]] QString serviceName(const QString &code) const;
    [[nodiscard]] QString teamName(const QString &code) const;
    [[nodiscard]] QString agentName(const QString &login) const;
    [[nodiscard]] QString authorityName(const QString &code) const;
    [[nodiscard]] QString districtName(const QString &municipality, const QString &code) const;

private:
    QList<Municipality> m_municipalities;
    QList<CategoryDomain> m_domains;
    QList<Category> m_categories;
    QList<Service> m_services;
    QList<Team> m_teams;
    QList<Agent> m_agents;
    QList<Authority> m_authorities;
    QList<ResponseTemplate> m_templates;
    QString m_attribution;
    QList<RoutingRule> m_routingRules;
    QMap<Priority, Deadline> m_priorityDeadlines;
    WorkingHours m_workingHours = WorkingHours::standard();
    QHash<QString, qsizetype> m_categoryIndex;
};

} // namespace lanterne
