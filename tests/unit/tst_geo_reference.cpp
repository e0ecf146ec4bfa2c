// SPDX-License-Identifier: GPL-3.0-or-later
// Polygons (domain/geo.h) and the reference data shipped with the application
// (domain/referencedata.h): municipalities, districts, categories, services, teams.
#include "domain/geo.h"
#include "domain/referencedata.h"

#include <cmath>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray configJson()
{
    return readResource(u":/lanterne/config/reference.json"_s);
}
QByteArray outlinesJson()
{
    return readResource(u":/lanterne/geo/est-ensemble-communes.geojson"_s);
}

double area(const GeoPolygon &p)
{
    double a = 0;
    const auto &r = p.ring();
    for (qsizetype i = 0, j = r.size() - 1; i < r.size(); j = i++)
        a += r[j].x() * r[i].y() - r[i].x() * r[j].y();
    return std::abs(a) / 2;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

double distanceToOutline(QPointF p, const GeoPolygon &poly)
{
    double best = 1e9;
    const auto &r = poly.ring();
    for (qsizetype i = 0, j = r.size() - 1; i < r.size(); j = i++)
        best = std::min(best, distanceToSegment(p, r[j], r[i]));
    return best;
}

/** Edits the configuration with @p edit and parses it. */
template<typename F>
std::optional<ReferenceData> parseEdited(F edit, QString *error)
{
    QJsonObject root = QJsonDocument::fromJson(configJson()).object();
    edit(root);
    return ReferenceData::parse(QJsonDocument(root).toJson(), outlinesJson(), error);
}

/** root[list][index][key] = value (or removes key when value is undefined). */
void setIn(QJsonObject &root, const QString &list, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray a = root.value(list).toArray();
    QJsonObject o = a.at(index).toObject();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    a.replace(index, o);
    root.insert(list, a);
}

} // namespace

class TestGeoReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void squareContainsAndCentroid();
    void concavePolygon();
    void closedRingIsNormalised();
    void emptyPolygon();
    void halfPlaneClip();
    void voronoiCellsPartitionSquare();
    void voronoiCellsPartitionPantin();
    void distance();

    void builtinMunicipalities();
    void builtinPantinDistricts();
    void builtinCategoriesAreConsistent();
    void builtinLookups();
    void districtAtSeeds();
    void everyMunicipalityHasDistrictsThatPartitionIt();

    void parseOriginalSucceeds();
    void parseErrors_data();
    void parseErrors();
    void parseBadJson();
};

void TestGeoReference::initTestCase()
{
    QVERIFY(!configJson().isEmpty());
    QVERIFY(!outlinesJson().isEmpty());
}

void TestGeoReference::squareContainsAndCentroid()
{
    const GeoPolygon sq({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
    QVERIFY(!sq.isEmpty());
    QVERIFY(sq.contains({0.5, 0.5}));
    QVERIFY(sq.contains({0.01, 0.99}));
    QVERIFY(!sq.contains({1.5, 0.5}));
    QVERIFY(!sq.contains({-0.01, 0.5}));
    QVERIFY(!sq.contains({0.5, 1.01}));
    QCOMPARE(sq.bounds(), QRectF(0, 0, 1, 1));
    const QPointF c = sq.centroid();
    QVERIFY(std::abs(c.x() - 0.5) < 1e-12);
    QVERIFY(std::abs(c.y() - 0.5) < 1e-12);
}

void TestGeoReference::concavePolygon()
{
    // An L: the notch [1,2]x[1,2] is outside. Area 3, centroid (5/6, 5/6), in both orientations.
    const QList<QPointF> ccw{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};
    QList<QPointF> cw = ccw;
    std::reverse(cw.begin(), cw.end());
    for (const auto &ring : {ccw, cw}) {
        const GeoPolygon l(ring);
        QVERIFY(l.contains({0.5, 1.5}));
        QVERIFY(l.contains({1.5, 0.5}));
        QVERIFY(!l.contains({1.5, 1.5})); // in the bounds, outside the polygon
        const QPointF c = l.centroid();
        QVERIFY2(std::abs(c.x() - 5.0 / 6) < 1e-12 && std::abs(c.y() - 5.0 / 6) < 1e-12,
                 qPrintable(u"%1 %2"_s.arg(c.x()).arg(c.y())));
        QCOMPARE(area(l), 3.0);
    }
}

void TestGeoReference::closedRingIsNormalised()
{
    const GeoPolygon closed({{0, 0}, {4, 0}, {4, 2}, {0, 2}, {0, 0}});
    QCOMPARE(closed.ring().size(), 4);
    QVERIFY(closed.contains({3.9, 1.9}));
    const QPointF c = closed.centroid();
    QVERIFY(std::abs(c.x() - 2) < 1e-12 && std::abs(c.y() - 1) < 1e-12);
}

void TestGeoReference::emptyPolygon()
{
    const GeoPolygon none;
    QVERIFY(none.isEmpty());
    QVERIFY(!none.contains({0, 0}));
    const GeoPolygon segment({{0, 0}, {1, 1}});
    QVERIFY(segment.isEmpty());
    QVERIFY(!segment.contains({0.5, 0.5}));
    QVERIFY(none.voronoiSplit({{0, 0}}).value(0).isEmpty());
}

void TestGeoReference::halfPlaneClip()
{
    // Keep x <= 0.25 of the unit square.
    const GeoPolygon sq({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
    const GeoPolygon left = sq.clippedToHalfPlane({0.25, 0}, {1, 0});
    QVERIFY(std::abs(area(left) - 0.25) < 1e-12);
    QVERIFY(left.contains({0.1, 0.5}));
    QVERIFY(!left.contains({0.3, 0.5}));
    // A half-plane missing the polygon leaves nothing.
    QVERIFY(sq.clippedToHalfPlane({-1, 0}, {1, 0}).isEmpty());
}

void TestGeoReference::voronoiCellsPartitionSquare()
{
    // Near the equator degrees are (almost) square: the split is at x = 0.5.
    const GeoPolygon sq({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
    const QList<GeoPolygon> cells = sq.voronoiSplit({{0.25, 0.5}, {0.75, 0.5}});
    QCOMPARE(cells.size(), 2);
    QVERIFY(cells[0].contains({0.4, 0.2}));
    QVERIFY(!cells[0].contains({0.6, 0.2}));
    QVERIFY(cells[1].contains({0.6, 0.8}));
    QVERIFY(std::abs(area(cells[0]) + area(cells[1]) - 1) < 1e-9);
    // One seed: the whole polygon.
    QVERIFY(std::abs(area(sq.voronoiSplit({{0.3, 0.3}}).value(0)) - 1) < 1e-12);
}

void TestGeoReference::voronoiCellsPartitionPantin()
{
    const ReferenceData &ref = ReferenceData::builtin();
    const Municipality *pantin = ref.municipality(u"93055"_s);
    QVERIFY(pantin);
    QList<QPointF> seeds;
    for (const District &d : pantin->districts)
        seeds.append(d.seed);
    const QList<GeoPolygon> cells = pantin->outline.voronoiSplit(seeds);
    QCOMPARE(cells.size(), seeds.size());

    // The cells cover the outline without overlap: same total area...
    double total = 0;
    for (const GeoPolygon &c : cells) {
        QVERIFY(!c.isEmpty());
        total += area(c);
    }
    QVERIFY2(std::abs(total - area(pantin->outline)) < 1e-9 * area(pantin->outline) + 1e-12,
             qPrintable(u"cells %1, outline %2"_s.arg(total).arg(area(pantin->outline))));

    // ...and every point of a grid inside the outline is in exactly one cell, the cell of the
    // nearest seed (metric frame). Points within ~1 m of an edge may go either way.
    const double kx = std::cos(pantin->outline.bounds().center().y() * M_PI / 180.0);
    auto metric = [kx](QPointF a, QPointF b) { return std::hypot((a.x() - b.x()) * kx, a.y() - b.y()); };
    const QRectF b = pantin->outline.bounds();
    const int n = 80;
    int checked = 0, skipped = 0;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            const QPointF p(b.left() + b.width() * i / n, b.top() + b.height() * j / n);
            const bool inOutline = pantin->outline.contains(p);
            int inCells = 0, which = -1;
            for (qsizetype k = 0; k < cells.size(); ++k) {
                if (cells[k].contains(p)) {
                    ++inCells;
                    which = int(k);
                }
            }
            bool nearEdge = distanceToOutline(p, pantin->outline) < 1e-5;
            for (const GeoPolygon &c : cells)
                nearEdge = nearEdge || distanceToOutline(p, c) < 1e-5;
            if (nearEdge) {
                ++skipped;
                continue;
            }
            if (!inOutline) {
                QVERIFY2(inCells == 0,
                         qPrintable(u"(%1, %2) outside Pantin but in a cell"_s.arg(p.x()).arg(p.y())));
                continue;
            }
            QVERIFY2(inCells == 1, qPrintable(u"(%1, %2) in %3 cells"_s.arg(p.x()).arg(p.y()).arg(inCells)));
            int nearest = 0;
            for (qsizetype k = 1; k < seeds.size(); ++k)
                if (metric(p, seeds[k]) < metric(p, seeds[nearest]))
                    nearest = int(k);
            QCOMPARE(which, nearest);
            ++checked;
        }
    }
    QVERIFY2(checked > 1000, qPrintable(u"only %1 points checked (%2 skipped)"_s.arg(checked).arg(skipped)));
    QVERIFY(skipped < checked / 10);
}

void TestGeoReference::distance()
{
    // One degree of latitude is about 111.2 km; Pantin's town hall to Paris' is about 5.5 km.
    QVERIFY(std::abs(distanceMetres({2.4, 48.0}, {2.4, 49.0}) - 111195) < 100);
    QCOMPARE(distanceMetres({2.4, 48.9}, {2.4, 48.9}), 0.0);
    const double d = distanceMetres({2.4047, 48.8941}, {2.3522, 48.8566});
    QVERIFY2(d > 5000 && d < 6000, qPrintable(QString::number(d)));
    QVERIFY(std::abs(distanceMetres({2.4, 48.9}, {2.5, 48.95}) - distanceMetres({2.5, 48.95}, {2.4, 48.9})) <
            1e-6);
}

void TestGeoReference::builtinMunicipalities()
{
    const ReferenceData &ref = ReferenceData::builtin();
    QCOMPARE(ref.municipalities().size(), 9);
    QSet<QString> codes, prefixes;
    for (const Municipality &m : ref.municipalities()) {
        codes.insert(m.code);
        prefixes.insert(m.prefix);
        QVERIFY2(!m.outline.isEmpty(), qPrintable(m.code));
        QVERIFY2(!m.districts.isEmpty(), qPrintable(m.code));
        QCOMPARE(m.prefix.size(), 3);
    }
    QCOMPARE(codes, (QSet<QString>{u"93006"_s, u"93008"_s, u"93010"_s, u"93045"_s, u"93048"_s, u"93053"_s,
                                   u"93055"_s, u"93061"_s, u"93063"_s}));
    QCOMPARE(prefixes.size(), 9); // references never collide between municipalities
    QCOMPARE(ref.municipality(u"93055"_s)->prefix, u"PAN"_s);
    QCOMPARE(ref.municipality(u"93055"_s)->name, u"Pantin"_s);
    QVERIFY(!ref.attribution().isEmpty());
}

void TestGeoReference::builtinPantinDistricts()
{
    const ReferenceData &ref = ReferenceData::builtin();
    const Municipality *pantin = ref.municipality(u"93055"_s);
    QVERIFY(pantin);
    QCOMPARE(pantin->districts.size(), 8);

    // Names and codes as in reference.json, in that order.
    const QJsonArray municipalities =
        QJsonDocument::fromJson(configJson()).object().value("municipalities"_L1).toArray();
    QJsonArray expected;
    for (const QJsonValue &m : municipalities)
        if (m.toObject().value("code"_L1).toString() == "93055"_L1)
            expected = m.toObject().value("districts"_L1).toArray();
    QCOMPARE(expected.size(), 8);
    for (qsizetype i = 0; i < 8; ++i) {
        const QJsonObject e = expected.at(i).toObject();
        QCOMPARE(pantin->districts[i].code, e.value("code"_L1).toString());
        QCOMPARE(pantin->districts[i].name, e.value("name"_L1).toString());
        QCOMPARE(pantin->districts[i].municipality, u"93055"_s);
        QCOMPARE(pantin->districts[i].seed,
                 QPointF(e.value("seed"_L1)[0].toDouble(), e.value("seed"_L1)[1].toDouble()));
    }
    QCOMPARE(pantin->districts[1].name, u"Courtillières"_s);
    QCOMPARE(pantin->districts[4].name, u"Église"_s);
    QCOMPARE(ref.districtName(u"93055"_s, u"eglise"_s), u"Église"_s);
    QCOMPARE(ref.districtName(u"93055"_s, u"nowhere"_s), u"nowhere"_s);
}

void TestGeoReference::builtinCategoriesAreConsistent()
{
    const ReferenceData &ref = ReferenceData::builtin();
    QVERIFY(ref.categories().size() >= 20);
    QSet<QString> seen;
    for (const Category &c : ref.categories()) {
        QVERIFY2(!seen.contains(c.code), qPrintable(c.code));
        seen.insert(c.code);
        QVERIFY2(ref.domain(c.domain), qPrintable(c.code + u" domain "_s + c.domain));
        QVERIFY2(ref.service(c.service), qPrintable(c.code + u" service "_s + c.service));
        const Team *team = ref.team(c.team);
        QVERIFY2(team, qPrintable(c.code + u" team "_s + c.team));
        // The category's team belongs to the category's service.
        QVERIFY2(team->service == c.service, qPrintable(c.code));
        if (!c.authority.isEmpty())
            QVERIFY2(ref.authority(c.authority), qPrintable(c.code + u" authority "_s + c.authority));
        QVERIFY(c.deadline.isValid());
        QVERIFY(!c.label.isEmpty() && !c.labelEn.isEmpty());
        QCOMPARE(ref.category(c.code), &c);
    }
    for (const Team &t : ref.teams())
        QVERIFY2(ref.service(t.service), qPrintable(t.code));
    for (const Agent &a : ref.agents()) {
        if (!a.team.isEmpty())
            QVERIFY2(ref.team(a.team), qPrintable(a.login));
        if (!a.service.isEmpty())
            QVERIFY2(ref.service(a.service), qPrintable(a.login));
        if (a.role == Role::Field)
            QVERIFY2(!a.team.isEmpty(), qPrintable(a.login)); // a field login acts for a team
    }
    // Every domain has at least one category.
    for (const CategoryDomain &d : ref.domains()) {
        bool used = false;
        for (const Category &c : ref.categories())
            used = used || c.domain == d.code;
        QVERIFY2(used, qPrintable(d.code));
    }
}

void TestGeoReference::builtinLookups()
{
    const ReferenceData &ref = ReferenceData::builtin();
    QVERIFY(ref.category(u"lampadaire"_s));
    QCOMPARE(ref.category(u"lampadaire"_s)->domain, u"eclairage"_s);
    QVERIFY(!ref.category(u"nope"_s));
    QVERIFY(!ref.category(QString()));
    QVERIFY(ref.authority(u"ee-eau"_s));
    QVERIFY(!ref.authority(u"xx"_s));
    const Agent *field = ref.agent(u"voirie.nord"_s);
    QVERIFY(field);
    QCOMPARE(field->role, Role::Field);
    QCOMPARE(field->team, u"voirie-nord"_s);
    QCOMPARE(ref.agent(u"c.moreau"_s)->role, Role::Agent);
    QCOMPARE(ref.agent(u"admin"_s)->role, Role::Admin);
    QVERIFY(!ref.agent(u"root"_s));
    QCOMPARE(ref.categoryLabel(u"unknown_code"_s), u"unknown_code"_s);
    // Paris (outside Est Ensemble) is in no municipality and no district.
    QVERIFY(!ref.municipalityAt({2.3522, 48.8566}));
    QVERIFY(!ref.districtAt({2.3522, 48.8566}));
}

void TestGeoReference::districtAtSeeds()
{
    const ReferenceData &ref = ReferenceData::builtin();
    const Municipality *pantin = ref.municipality(u"93055"_s);
    for (const District &d : pantin->districts) {
        const District *found = ref.districtAt(d.seed);
        QVERIFY2(found, qPrintable(d.code));
        QCOMPARE(found->code, d.code);
        QCOMPARE(found->municipality, u"93055"_s);
        QCOMPARE(ref.municipalityAt(d.seed)->code, u"93055"_s);
    }
}

void TestGeoReference::everyMunicipalityHasDistrictsThatPartitionIt()
{
    const ReferenceData &ref = ReferenceData::builtin();
    for (const Municipality &m : ref.municipalities()) {
        double total = 0;
        QSet<QString> codes;
        for (const District &d : m.districts) {
            QVERIFY2(!codes.contains(d.code), qPrintable(m.code + u' ' + d.code));
            codes.insert(d.code);
            QVERIFY2(m.outline.contains(d.seed), qPrintable(m.code + u' ' + d.code));
            QVERIFY2(d.polygon.contains(d.seed), qPrintable(m.code + u' ' + d.code));
            const District *at = ref.districtAt(d.seed);
            QVERIFY2(at && at->code == d.code && at->municipality == m.code,
                     qPrintable(m.code + u' ' + d.code));
            total += area(d.polygon);
        }
        QVERIFY2(std::abs(total - area(m.outline)) < 1e-9 * area(m.outline) + 1e-12, qPrintable(m.code));
    }
}

void TestGeoReference::parseOriginalSucceeds()
{
    QString error;
    const auto r = ReferenceData::parse(configJson(), outlinesJson(), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->municipalities().size(), 9);
    QCOMPARE(r->categories().size(), ReferenceData::builtin().categories().size());
}

void TestGeoReference::parseErrors_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("mentions");

    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("category without domain")
        << u"categories"_s << 0 << u"domain"_s << remove << QStringList{u"categories[0]"_s, u"domain"_s};
    QTest::newRow("category without code")
        << u"categories"_s << 2 << u"code"_s << remove << QStringList{u"categories[2]"_s, u"code"_s};
    QTest::newRow("category with a number as label") << u"categories"_s << 1 << u"label"_s << QJsonValue(12)
                                                     << QStringList{u"categories[1]"_s, u"label"_s};
    QTest::newRow("unknown domain") << u"categories"_s << 3 << u"domain"_s << QJsonValue(u"bogus_domain"_s)
                                    << QStringList{u"categories[3]"_s, u"bogus_domain"_s};
    QTest::newRow("unknown team") << u"categories"_s << 4 << u"team"_s << QJsonValue(u"no-such-team"_s)
                                  << QStringList{u"categories[4]"_s};
    QTest::newRow("unknown service") << u"categories"_s << 0 << u"service"_s
                                     << QJsonValue(u"no_such_service"_s) << QStringList{u"categories[0]"_s};
    QTest::newRow("municipality without name")
        << u"municipalities"_s << 2 << u"name"_s << remove << QStringList{u"municipalities[2]"_s, u"name"_s};
    QTest::newRow("municipality without outline")
        << u"municipalities"_s << 3 << u"code"_s << QJsonValue(u"99999"_s)
        << QStringList{u"municipalities[3]"_s, u"99999"_s};
    QTest::newRow("agent with unknown role")
        << u"agents"_s << 1 << u"role"_s << QJsonValue(u"root"_s) << QStringList{u"agents[1]"_s, u"root"_s};
    QTest::newRow("agent without login")
        << u"agents"_s << 0 << u"login"_s << remove << QStringList{u"agents[0]"_s, u"login"_s};
}

void TestGeoReference::parseErrors()
{
    QFETCH(QString, list);
    QFETCH(int, index);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, mentions);
    QString error;
    const auto r = parseEdited([&](QJsonObject &root) { setIn(root, list, index, key, value); }, &error);
    QVERIFY(!r);
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(u"« %1 » does not mention %2"_s.arg(error, m)));
    // Without an error string it still fails cleanly.
    QVERIFY(!parseEdited([&](QJsonObject &root) { setIn(root, list, index, key, value); }, nullptr));
}

void TestGeoReference::parseBadJson()
{
    QString error;
    QVERIFY(!ReferenceData::parse("{\"municipalities\": [", outlinesJson(), &error));
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(!ReferenceData::parse("[1, 2, 3]", outlinesJson(), &error)); // JSON, but not an object
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(!ReferenceData::parse(configJson(), "not geojson", &error));
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(!ReferenceData::parse(QByteArray(), QByteArray(), &error));
    QVERIFY(!error.isEmpty());

    // Valid JSON with nothing in it: no municipality, no category.
    error.clear();
    QVERIFY(!ReferenceData::parse("{}", outlinesJson(), &error));
    QVERIFY(!error.isEmpty());

    // A district whose seed lies outside its municipality.
    error.clear();
    const auto r = parseEdited(
        [](QJsonObject &root) {
            QJsonArray ms = root.value("municipalities"_L1).toArray();
            QJsonObject pantin = ms.at(0).toObject();
            QJsonArray ds = pantin.value("districts"_L1).toArray();
            QJsonObject d = ds.at(5).toObject();
            d.insert("seed"_L1, QJsonArray{2.3522, 48.8566});
            ds.replace(5, d);
            pantin.insert("districts"_L1, ds);
            ms.replace(0, pantin);
            root.insert("municipalities"_L1, ms);
        },
        &error);
    QVERIFY(!r);
    QVERIFY2(error.contains("municipalities[0]"_L1) && error.contains("hoche"_L1), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestGeoReference)
#include "tst_geo_reference.moc"
