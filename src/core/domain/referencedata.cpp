// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include <atomic>
#include <cmath>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {

std::atomic_bool g_english{false};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)
};

bool parseDeadlines(const QJsonObject &o, const QString &where, QMap<Priority, Deadline> *out, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto priority = codes::priority(it.key());
        const auto d = Deadline::parse(it.value().toString());
        if (!priority || !d) {
            if (error)
                *error = Tr::tr("%1 : délai « %2 » pour « %3 » illisible (attendu : une priorité, et 10j, 4h "
                                "ou 1j 4h)")
                             .arg(where, it.value().toString(), it.key());
            return false;
        }
        out->insert(*priority, *d);
    }
    return true;
}

bool requireString(const QJsonObject &o, const QString &key, const QString &where, QString *out,
                   QString *error)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        if (error)
            *error = Tr::tr("%1 : le champ « %2 » manque ou n'est pas un texte").arg(where, key);
        return false;
    }
    *out = v.toString();
    return true;
}

QList<QPointF> ringFromJson(const QJsonArray &coords)
{
    QList<QPointF> ring;
    ring.reserve(coords.size());
    for (const QJsonValue &c : coords) {
        const QJsonArray p = c.toArray();
        if (p.size() >= 2)
            ring.append(QPointF(p[0].toDouble(), p[1].toDouble()));
    }
    return ring;
}

/** Eight compass districts for a municipality without named ones. */
QList<District> compassDistricts(const Municipality &m)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ReferenceData", "Centre"),     QT_TRANSLATE_NOOP("ReferenceData", "Nord"),
        QT_TRANSLATE_NOOP("ReferenceData", "Nord-Est"),   QT_TRANSLATE_NOOP("ReferenceData", "Est"),
        QT_TRANSLATE_NOOP("ReferenceData", "Sud-Est"),    QT_TRANSLATE_NOOP("ReferenceData", "Sud"),
        QT_TRANSLATE_NOOP("ReferenceData", "Sud-Ouest"),  QT_TRANSLATE_NOOP("ReferenceData", "Ouest"),
        QT_TRANSLATE_NOOP("ReferenceData", "Nord-Ouest"),
    };
    static const char *const codes[] = {"centre", "nord",      "nord-est", "est",       "sud-est",
                                        "sud",    "sud-ouest", "ouest",    "nord-ouest"};
    QList<District> out;
    const QPointF c = m.outline.centroid();
    const QRectF b = m.outline.bounds();
    for (int i = 0; i < 9; ++i) {
        QPointF seed = c;
        if (i > 0) {
            const double angle = M_PI / 2 - (i - 1) * M_PI / 4; // north, then clockwise
            seed = c + QPointF(std::cos(angle) * b.width() * 0.3, std::sin(angle) * b.height() * 0.3);
        }
        if (!m.outline.contains(seed))
            continue;
        District d;
        d.code = m.code + u'-' + QString::fromLatin1(codes[i]); // unique across communes: "93048-nord"
        d.name = QString::fromUtf8(names[i]);
        d.municipality = m.code;
        d.seed = seed;
        out.append(d);
    }
    return out;
}

} // namespace

void ReferenceData::setEnglish(bool english)
{
    g_english = english;
}
bool ReferenceData::isEnglish()
{
    return g_english;
}

std::optional<ReferenceData> ReferenceData::parse(const QByteArray &configJson,
                                                  const QByteArray &outlinesGeoJson, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(configJson, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = Tr::tr("configuration illisible à l'octet %1 : %2").arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    const QJsonDocument geo = QJsonDocument::fromJson(outlinesGeoJson, &pe);
    if (pe.error != QJsonParseError::NoError || !geo.isObject()) {
        if (error)
            *error = Tr::tr("contours des communes illisibles à l'octet %1 : %2")
                         .arg(pe.offset)
                         .arg(pe.errorString());
        return std::nullopt;
    }
    QHash<QString, GeoPolygon> outlines;
    for (const QJsonValue &f : geo.object().value("features"_L1).toArray()) {
        const QJsonObject feature = f.toObject();
        const QString code = feature.value("properties"_L1).toObject().value("code"_L1).toString();
        const QJsonObject g = feature.value("geometry"_L1).toObject();
        if (g.value("type"_L1).toString() == "Polygon"_L1)
            outlines.insert(code,
                            GeoPolygon(ringFromJson(g.value("coordinates"_L1).toArray().at(0).toArray())));
    }

    ReferenceData r;
    const QJsonObject root = doc.object();
    r.m_attribution = root.value("attribution"_L1).toString();
    int i = 0;
    for (const QJsonValue &v : root.value("municipalities"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QString where = u"municipalities[%1]"_s.arg(i++);
        Municipality m;
        if (!requireString(o, u"code"_s, where, &m.code, error) ||
            !requireString(o, u"name"_s, where, &m.name, error) ||
            !requireString(o, u"prefix"_s, where, &m.prefix, error))
            return std::nullopt;
        m.outline = outlines.value(m.code);
        if (m.outline.isEmpty()) {
            if (error)
                *error = Tr::tr("%1 : pas de contour pour la commune %2").arg(where, m.code);
            return std::nullopt;
        }
        const QJsonArray districts = o.value("districts"_L1).toArray();
        if (districts.isEmpty()) {
            m.districts = compassDistricts(m);
        } else {
            for (const QJsonValue &dv : districts) {
                const QJsonObject dobj = dv.toObject();
                District d;
                d.municipality = m.code;
                if (!requireString(dobj, u"code"_s, where, &d.code, error) ||
                    !requireString(dobj, u"name"_s, where, &d.name, error))
                    return std::nullopt;
                const QJsonArray seed = dobj.value("seed"_L1).toArray();
                d.seed = QPointF(seed.at(0).toDouble(), seed.at(1).toDouble());
                if (!m.outline.contains(d.seed)) {
                    if (error)
                        *error =
                            Tr::tr("%1 : le quartier %2 a son centre hors de la commune").arg(where, d.code);
                    return std::nullopt;
                }
                m.districts.append(d);
            }
        }
        QList<QPointF> seeds;
        for (const District &d : std::as_const(m.districts))
            seeds.append(d.seed);
        const QList<GeoPolygon> cells = m.outline.voronoiSplit(seeds);
        for (qsizetype k = 0; k < m.districts.size(); ++k)
            m.districts[k].polygon = cells[k];
        r.m_municipalities.append(m);
    }
    for (const QJsonValue &v : root.value("domains"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        r.m_domains.append({o.value("code"_L1).toString(), o.value("label"_L1).toString(),
                            o.value("label_en"_L1).toString()});
    }
    for (const QJsonValue &v : root.value("services"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        r.m_services.append(
            {o.value("code"_L1).toString(), o.value("name"_L1).toString(), o.value("name_en"_L1).toString()});
    }
    for (const QJsonValue &v : root.value("teams"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        r.m_teams.append(
            {o.value("code"_L1).toString(), o.value("name"_L1).toString(), o.value("service"_L1).toString()});
    }
    for (const QJsonValue &v : root.value("authorities"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        r.m_authorities.append(
            {o.value("code"_L1).toString(), o.value("name"_L1).toString(), o.value("email"_L1).toString()});
    }
    i = 0;
    for (const QJsonValue &v : root.value("categories"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QString where = u"categories[%1]"_s.arg(i++);
        Category c;
        if (!requireString(o, u"code"_s, where, &c.code, error) ||
            !requireString(o, u"domain"_s, where, &c.domain, error) ||
            !requireString(o, u"label"_s, where, &c.label, error))
            return std::nullopt;
        c.labelEn = o.value("label_en"_L1).toString(c.label);
        c.service = o.value("service"_L1).toString();
        c.team = o.value("team"_L1).toString();
        c.authority = o.value("authority"_L1).toString();
        c.priority = codes::priority(o.value("priority"_L1).toString(u"normal"_s)).value_or(Priority::Normal);
        if (o.contains("deadline"_L1)) {
            const auto d = Deadline::parse(o.value("deadline"_L1).toString());
            if (!d) {
                if (error)
                    *error = Tr::tr("%1 : délai « %2 » illisible (attendu : 10j, 4h ou 1j 4h)")
                                 .arg(where, o.value("deadline"_L1).toString());
                return std::nullopt;
            }
            c.deadline = *d;
        } else {
            c.deadline = Deadline{std::max(1, o.value("deadline_days"_L1).toInt(10)), 0};
        }
        if (!parseDeadlines(o.value("deadlines"_L1).toObject(), where + u".deadlines"_s, &c.deadlines, error))
            return std::nullopt;
        c.duplicateRadiusMetres = o.value("duplicate_radius_m"_L1).toInt(30);
        c.colour = o.value("colour"_L1).toString(u"#607d8b"_s);
        c.icon = o.value("icon"_L1).toString(c.domain);
        c.weight = std::max(1, o.value("weight"_L1).toInt(1));
        if (!r.domain(c.domain)) {
            if (error)
                *error = Tr::tr("%1 : domaine inconnu « %2 »").arg(where, c.domain);
            return std::nullopt;
        }
        if ((!c.service.isEmpty() && !r.service(c.service)) || (!c.team.isEmpty() && !r.team(c.team)) ||
            (!c.authority.isEmpty() && !r.authority(c.authority))) {
            if (error)
                *error = Tr::tr("%1 : service, équipe ou autorité inconnus").arg(where);
            return std::nullopt;
        }
        r.m_categoryIndex.insert(c.code, r.m_categories.size());
        r.m_categories.append(c);
    }
    i = 0;
    for (const QJsonValue &v : root.value("agents"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QString where = u"agents[%1]"_s.arg(i++);
        Agent a;
        if (!requireString(o, u"login"_s, where, &a.login, error) ||
            !requireString(o, u"name"_s, where, &a.name, error))
            return std::nullopt;
        const auto role = codes::role(o.value("role"_L1).toString());
        if (!role) {
            if (error)
                *error = Tr::tr("%1 : rôle inconnu « %2 »").arg(where, o.value("role"_L1).toString());
            return std::nullopt;
        }
        a.role = *role;
        a.service = o.value("service"_L1).toString();
        a.team = o.value("team"_L1).toString();
        r.m_agents.append(a);
    }
    i = 0;
    for (const QJsonValue &v : root.value("response_templates"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QString where = u"response_templates[%1]"_s.arg(i++);
        ResponseTemplate t{o.value("code"_L1).toString(),     o.value("status"_L1).toString(),
                           o.value("category"_L1).toString(), o.value("title"_L1).toString(),
                           o.value("text"_L1).toString(),     o.value("auto"_L1).toString()};
        if (t.code.isEmpty() || t.title.isEmpty() || t.text.isEmpty() || !codes::status(t.status) ||
            (!t.category.isEmpty() && !r.category(t.category)) ||
            !(t.automatic.isEmpty() || t.automatic == "acknowledgement"_L1 || t.automatic == "forwarded"_L1 ||
              t.automatic == "duplicate"_L1 || t.automatic == "resolved"_L1)) {
            if (error)
                *error =
                    Tr::tr("%1 : modèle de réponse incomplet (code, statut connu, titre, texte ; catégorie "
                           "connue ; auto : acknowledgement, forwarded, duplicate ou resolved)")
                        .arg(where);
            return std::nullopt;
        }
        r.m_templates.append(t);
    }
    if (root.contains("working_hours"_L1)) {
        QStringList spans;
        for (const QJsonValue &v : root.value("working_hours"_L1).toArray())
            spans.append(v.toString());
        QString why;
        const auto hours = WorkingHours::parse(spans, &why);
        if (!hours) {
            if (error)
                *error = u"working_hours : "_s + why;
            return std::nullopt;
        }
        r.m_workingHours = *hours;
    }
    if (!parseDeadlines(root.value("deadlines"_L1).toObject(), u"deadlines"_s, &r.m_priorityDeadlines, error))
        return std::nullopt;
    i = 0;
    for (const QJsonValue &v : root.value("routing_rules"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QString where = u"routing_rules[%1]"_s.arg(i++);
        RoutingRule rule;
        if (!requireString(o, u"code"_s, where, &rule.code, error) ||
            !requireString(o, u"label"_s, where, &rule.label, error))
            return std::nullopt;
        auto fail = [&](const QString &what) {
            if (error)
                *error = u"%1 (%2) : %3"_s.arg(where, rule.code, what);
            return std::nullopt;
        };
        for (const RoutingRule &other : std::as_const(r.m_routingRules))
            if (other.code == rule.code)
                return fail(Tr::tr("code déjà utilisé par une autre règle"));
        for (const QJsonValue &c : o.value("categories"_L1).toArray()) {
            if (!r.category(c.toString()))
                return fail(Tr::tr("catégorie inconnue « %1 »").arg(c.toString()));
            rule.categories.append(c.toString());
        }
        for (const QJsonValue &c : o.value("domains"_L1).toArray()) {
            if (!r.domain(c.toString()))
                return fail(Tr::tr("domaine inconnu « %1 »").arg(c.toString()));
            rule.domains.append(c.toString());
        }
        rule.municipality = o.value("municipality"_L1).toString();
        if (!rule.municipality.isEmpty() && !r.municipality(rule.municipality))
            return fail(Tr::tr("commune inconnue « %1 »").arg(rule.municipality));
        for (const QJsonValue &d : o.value("districts"_L1).toArray()) {
            bool known = false;
            for (const Municipality &m : std::as_const(r.m_municipalities))
                if ((rule.municipality.isEmpty() || m.code == rule.municipality) &&
                    r.district(m.code, d.toString()))
                    known = true;
            if (!known)
                return fail(Tr::tr("quartier inconnu « %1 »").arg(d.toString()));
            rule.districts.append(d.toString());
        }
        if (o.contains("polygon"_L1)) {
            QList<QPointF> ring;
            for (const QJsonValue &p : o.value("polygon"_L1).toArray()) {
                const QJsonArray xy = p.toArray();
                const double lon = xy.at(0).toDouble(1000), lat = xy.at(1).toDouble(1000);
                if (xy.size() != 2 || lon < -180 || lon > 180 || lat < -90 || lat > 90)
                    return fail(Tr::tr("point de zone illisible (attendu : [longitude, latitude])"));
                ring.append(QPointF(lon, lat));
            }
            if (ring.size() < 3)
                return fail(Tr::tr("une zone dessinée a au moins 3 points"));
            rule.polygon = GeoPolygon(ring);
        }
        rule.service = o.value("service"_L1).toString();
        rule.team = o.value("team"_L1).toString();
        rule.authority = o.value("authority"_L1).toString();
        if (!rule.service.isEmpty() && !r.service(rule.service))
            return fail(Tr::tr("service inconnu « %1 »").arg(rule.service));
        if (!rule.team.isEmpty() && !r.team(rule.team))
            return fail(Tr::tr("équipe inconnue « %1 »").arg(rule.team));
        if (!rule.authority.isEmpty() && !r.authority(rule.authority))
            return fail(Tr::tr("autorité inconnue « %1 »").arg(rule.authority));
        if (rule.authority.isEmpty() == (rule.service.isEmpty() && rule.team.isEmpty()))
            return fail(Tr::tr("une règle mène soit à un service ou une équipe, soit à une autorité"));
        if (!rule.service.isEmpty() && !rule.team.isEmpty() && r.team(rule.team)->service != rule.service)
            return fail(Tr::tr("l'équipe « %1 » n'est pas du service « %2 »").arg(rule.team, rule.service));
        r.m_routingRules.append(rule);
    }
    if (r.m_municipalities.isEmpty() || r.m_categories.isEmpty()) {
        if (error)
            *error = Tr::tr("configuration sans commune ou sans catégorie");
        return std::nullopt;
    }
    return r;
}

const ReferenceData &ReferenceData::builtin()
{
    static const ReferenceData data = [] {
        QFile config(u":/lanterne/config/reference.json"_s);
        QFile geo(u":/lanterne/geo/est-ensemble-communes.geojson"_s);
        config.open(QIODevice::ReadOnly);
        geo.open(QIODevice::ReadOnly);
        QString error;
        auto parsed = parse(config.readAll(), geo.readAll(), &error);
        Q_ASSERT_X(parsed, "ReferenceData::builtin", qPrintable(error));
        return parsed ? std::move(*parsed) : ReferenceData();
    }();
    return data;
}

const Municipality *ReferenceData::municipality(const QString &code) const
{
    for (const Municipality &m : m_municipalities)
        if (m.code == code)
            return &m;
    return nullptr;
}

const Category *ReferenceData::category(const QString &code) const
{
    const auto it = m_categoryIndex.constFind(code);
    return it == m_categoryIndex.cend() ? nullptr : &m_categories[*it];
}

template<typename T>
static const T *findByCode(const QList<T> &list, const QString &code)
{
    for (const T &t : list)
        if (t.code == code)
            return &t;
    return nullptr;
}

const CategoryDomain *ReferenceData::domain(const QString &code) const
{
    return findByCode(m_domains, code);
}
const Service *ReferenceData::service(const QString &code) const
{
    return findByCode(m_services, code);
}
const Team *ReferenceData::team(const QString &code) const
{
    return findByCode(m_teams, code);
}
const Authority *ReferenceData::authority(const QString &code) const
{
    return findByCode(m_authorities, code);
}

const Agent *ReferenceData::agent(const QString &login) const
{
    for (const Agent &a : m_agents)
        if (a.login == login)
            return &a;
    return nullptr;
}

const District *ReferenceData::district(const QString &municipality, const QString &code) const
{
    const Municipality *m = this->municipality(municipality);
    return m ? findByCode(m->districts, code) : nullptr;
}

const District *ReferenceData::districtAt(QPointF lonLat) const
{
    const Municipality *m = municipalityAt(lonLat);
    if (!m)
        return nullptr;
    for (const District &d : m->districts)
        if (d.polygon.contains(lonLat))
            return &d;
    return nullptr;
}

const Municipality *ReferenceData::municipalityAt(QPointF lonLat) const
{
    for (const Municipality &m : m_municipalities)
        if (m.outline.contains(lonLat))
            return &m;
    return nullptr;
}

QString ReferenceData::categoryLabel(const QString &code) const
{
    const Category *c = category(code);
    return c ? (g_english ? c->labelEn : c->label) : code;
}

QString ReferenceData::domainLabel(const QString &code) const
{
    const CategoryDomain *d = domain(code);
    return d ? (g_english && !d->labelEn.isEmpty() ? d->labelEn : d->label) : code;
}

QString ReferenceData::serviceName(const QString &code) const
{
    const Service *s = service(code);
    return s ? (g_english && !s->nameEn.isEmpty() ? s->nameEn : s->name) : code;
}

QString ReferenceData::teamName(const QString &code) const
{
    const Team *t = team(code);
    return t ? t->name : code;
}

QString ReferenceData::agentName(const QString &login) const
{
    const Agent *a = agent(login);
    return a ? a->name : login;
}

QString ReferenceData::authorityName(const QString &code) const
{
    const Authority *a = authority(code);
    return a ? a->name : code;
}

QString ReferenceData::districtName(const QString &municipality, const QString &code) const
{
    const District *d = district(municipality, code);
    return d ? d->name : code;
}

const ResponseTemplate *ReferenceData::automaticTemplate(const QString &event, const QString &category) const
{
    // The category's own first, then the first one for any category.
    const ResponseTemplate *any = nullptr;
    for (const ResponseTemplate &t : m_templates) {
        if (t.automatic != event)
            continue;
        if (t.category == category)
            return &t;
        if (t.category.isEmpty() && !any)
            any = &t;
    }
    return any;
}

} // namespace lanterne
