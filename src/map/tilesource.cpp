// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilesource.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lanterne::map {

QUrl TileSource::tileUrl(const TileId &t) const
{
    QString u = url;
    u.replace("{z}"_L1, QString::number(t.z));
    u.replace("{x}"_L1, QString::number(t.x));
    u.replace("{-y}"_L1, QString::number(t.tmsRow()));
    u.replace("{y}"_L1, QString::number(t.y));
    return QUrl(u);
}

TileSource TileSource::planIgn()
{
    TileSource s;
    s.kind = Kind::Http;
    s.id = u"ign"_s;
    s.name = QCoreApplication::translate("TileSource", "Plan IGN");
    s.url = u"https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER="
            "GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png&TILEMATRIXSET=PM&TILEMATRIX={z}"
            "&TILEROW={y}&TILECOL={x}"_s;
    s.attribution = u"© IGN"_s;
    s.maxZoom = 19;
    return s;
}

TileSource TileSource::openStreetMap()
{
    TileSource s;
    s.kind = Kind::Http;
    s.id = u"osm"_s;
    s.name = QCoreApplication::translate("TileSource", "OpenStreetMap");
    s.url = u"https://tile.openstreetmap.org/{z}/{x}/{y}.png"_s;
    s.attribution = u"© OpenStreetMap contributors"_s;
    s.maxZoom = 19;
    s.minimumCacheSeconds = 7 * 24 * 3600; // the tile usage policy
    return s;
}

TileSource TileSource::none()
{
    TileSource s;
    s.id = u"none"_s;
    s.name = QCoreApplication::translate("TileSource", "Aucun fond (contours seuls)");
    return s;
}

TileSource TileSource::custom(const QString &urlTemplate, const QString &attribution)
{
    TileSource s;
    s.kind = Kind::Http;
    s.id = u"custom"_s;
    s.name = QCoreApplication::translate("TileSource", "Adresse personnalisée");
    s.url = urlTemplate.trimmed();
    s.attribution = attribution;
    return s;
}

TileSource TileSource::mbtiles(const QString &path)
{
    TileSource s;
    s.kind = Kind::MBTiles;
    s.id = u"mbtiles"_s;
    s.name = QFileInfo(path).fileName();
    s.path = path;
    return s;
}

TileSource TileSource::fromMap(const QVariantMap &m, QString *error)
{
    const QString id = m.value(u"id"_s).toString();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return planIgn();
    };
    if (id.isEmpty() || id == "ign"_L1)
        return planIgn();
    if (id == "osm"_L1)
        return openStreetMap();
    if (id == "none"_L1)
        return none();
    if (id == "custom"_L1) {
        const QString t = m.value(u"url"_s).toString().trimmed();
        const QUrl probe(t);
        if (!t.contains("{z}"_L1) || !t.contains("{x}"_L1) ||
            (!t.contains("{y}"_L1) && !t.contains("{-y}"_L1)) || !probe.isValid() ||
            (probe.scheme() != "https"_L1 && probe.scheme() != "http"_L1))
            return fail(QCoreApplication::translate("TileSource",
                                                    "Adresse de tuiles invalide : « %1 » (il faut "
                                                    "http(s) et {z}, {x}, {y}).")
                            .arg(t));
        return custom(t, m.value(u"attribution"_s).toString());
    }
    if (id == "mbtiles"_L1) {
        const QString p = m.value(u"path"_s).toString();
        if (!QFileInfo(p).isReadable())
            return fail(QCoreApplication::translate("TileSource", "Fichier MBTiles illisible : %1").arg(p));
        return mbtiles(p);
    }
    return fail(QCoreApplication::translate("TileSource", "Fond de carte inconnu : « %1 »").arg(id));
}

QVariantMap TileSource::toMap() const
{
    QVariantMap m{{u"id"_s, id}};
    if (id == "custom"_L1) {
        m.insert(u"url"_s, url);
        m.insert(u"attribution"_s, attribution);
    } else if (id == "mbtiles"_L1) {
        m.insert(u"path"_s, path);
    }
    return m;
}

} // namespace lanterne::map
