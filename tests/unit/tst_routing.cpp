// SPDX-License-Identifier: GPL-3.0-or-later
// Routing rules: category x zone -> service / team, or an external authority (domain/routing.h).
#include "domain/referencedata.h"
#include "domain/routing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The shipped configuration with its routing rules replaced by @p rules. */
std::optional<ReferenceData> withRules(const QJsonArray &rules, QString *error = nullptr)
{
    QJsonObject root = QJsonDocument::fromJson(readResource(u":/lanterne/config/reference.json"_s)).object();
    root.insert("routing_rules"_L1, rules);
    return ReferenceData::parse(QJsonDocument(root).toJson(),
                                readResource(u":/lanterne/geo/est-ensemble-communes.geojson"_s), error);
}

QJsonObject rule(const QString &code, const QJsonObject &more)
{
    QJsonObject o{{u"code"_s, code}, {u"label"_s, u"Règle "_s + code}};
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

const QString kPantin = u"93055"_s;
const QPointF kEglise(2.4045, 48.8935);        // district "eglise", south of the avenue
const QPointF kQuatreChemins(2.3950, 48.9060); // district "quatre-chemins", north
const QPointF kLolive(2.4100, 48.8917);        // on avenue Jean-Lolive (the drawn zone)

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedRules_data();
    void shippedRules();
    void firstMatchingRuleDecides();
    void zones();
    void teamImpliesItsService();
    void describe();
    void badRulesAreRefusedWithWhereAndWhat_data();
    void badRulesAreRefusedWithWhereAndWhat();
};

void TestRouting::shippedRules_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("authority");
    QTest::newRow("water leak: Est Ensemble")
        << u"fuite"_s << u"eglise"_s << kEglise << u"eau-est-ensemble"_s << u""_s << u""_s << u"ee-eau"_s;
    QTest::newRow("bulky waste: Est Ensemble")
        << u"encombrants"_s << u"quatre-chemins"_s << kQuatreChemins << u"encombrants-est-ensemble"_s << u""_s
        << u""_s << u"ee-dechets"_s;
    QTest::newRow("pothole on the departmental road")
        << u"nid_de_poule"_s << u"eglise"_s << kLolive << u"lolive-departement"_s << u""_s << u""_s
        << u"cd93"_s;
    QTest::newRow("pothole in the north") << u"nid_de_poule"_s << u"quatre-chemins"_s << kQuatreChemins
                                          << u"voirie-nord"_s << u"voirie"_s << u"voirie-nord"_s << u""_s;
    QTest::newRow("pavement in the south: not the category's team")
        << u"trottoir"_s << u"eglise"_s << kEglise << u"voirie-sud"_s << u"voirie"_s << u"voirie-sud"_s
        << u""_s;
    QTest::newRow("bench (street furniture) in the north")
        << u"banc"_s << u"quatre-chemins"_s << kQuatreChemins << u"voirie-nord"_s << u"voirie"_s
        << u"voirie-nord"_s << u""_s;
    QTest::newRow("fly-tipping in the south")
        << u"depot_sauvage"_s << u"eglise"_s << kEglise << u"proprete-sud"_s << u"proprete"_s
        << u"proprete-b"_s << u""_s;
    QTest::newRow("street lamp: no rule, the category's")
        << u"lampadaire"_s << u"eglise"_s << kEglise << u""_s << u"eclairage"_s << u"eclairage"_s << u""_s;
    QTest::newRow("rats on the avenue: the zone is for roads only")
        << u"rats"_s << u"eglise"_s << kLolive << u""_s << u"hygiene"_s << u"hygiene"_s << u""_s;
}

void TestRouting::shippedRules()
{
    QFETCH(QString, category);
    QFETCH(QString, district);
    QFETCH(QPointF, point);
    QFETCH(QString, rule);
    QFETCH(QString, service);
    QFETCH(QString, team);
    QFETCH(QString, authority);
    const ReferenceData &ref = ReferenceData::builtin();
    // The test's points are where the test says they are.
    QVERIFY(ref.districtAt(point));
    QCOMPARE(ref.districtAt(point)->code, district);
    const RoutingDecision d = Router::route(ref, category, kPantin, district, point);
    QCOMPARE(d.rule, rule);
    QCOMPARE(d.authority, authority);
    QCOMPARE(d.service, service);
    QCOMPARE(d.team, team);
}

void TestRouting::firstMatchingRuleDecides()
{
    QString error;
    const auto ref =
        withRules({rule(u"a"_s, {{u"categories"_s, QJsonArray{u"tag"_s}}, {u"team"_s, u"anti-tags"_s}}),
                   rule(u"b"_s, {{u"domains"_s, QJsonArray{u"tags"_s}}, {u"team"_s, u"proprete-a"_s}})},
                  &error);
    QVERIFY2(ref, qPrintable(error));
    QCOMPARE(Router::route(*ref, u"tag"_s, kPantin, u"eglise"_s, kEglise).rule, u"a"_s);
    QCOMPARE(Router::route(*ref, u"affichage"_s, kPantin, u"eglise"_s, kEglise).rule, u"b"_s);
    QCOMPARE(Router::route(*ref, u"affichage"_s, kPantin, u"eglise"_s, kEglise).team, u"proprete-a"_s);
    QCOMPARE(Router::route(*ref, u"rats"_s, kPantin, u"eglise"_s, kEglise).rule, QString());
}

void TestRouting::zones()
{
    QString error;
    const auto ref = withRules(
        {rule(u"districts"_s,
              {{u"districts"_s, QJsonArray{u"quatre-chemins"_s}}, {u"team"_s, u"voirie-nord"_s}}),
         rule(u"drawn"_s, {{u"polygon"_s, QJsonArray{QJsonArray{2.40, 48.89}, QJsonArray{2.42, 48.89},
                                                     QJsonArray{2.42, 48.895}, QJsonArray{2.40, 48.895}}},
                           {u"authority"_s, u"cd93"_s}}),
         rule(u"elsewhere"_s, {{u"municipality"_s, u"93048"_s}, {u"team"_s, u"voirie-sud"_s}})},
        &error);
    QVERIFY2(ref, qPrintable(error));
    QCOMPARE(Router::route(*ref, u"banc"_s, kPantin, u"quatre-chemins"_s, kQuatreChemins).rule,
             u"districts"_s);
    QCOMPARE(Router::route(*ref, u"banc"_s, kPantin, u"eglise"_s, kEglise).rule, u"drawn"_s);
    QCOMPARE(Router::route(*ref, u"banc"_s, kPantin, u"eglise"_s, kEglise).authority, u"cd93"_s);
    // Outside both zones, in Pantin: no rule (the Montreuil rule is for Montreuil).
    QCOMPARE(Router::route(*ref, u"banc"_s, kPantin, u"les-limites"_s, QPointF(2.4150, 48.8865)).rule,
             QString());
    QCOMPARE(Router::route(*ref, u"banc"_s, u"93048"_s, QString(), QPointF(2.44, 48.86)).rule,
             u"elsewhere"_s);
}

void TestRouting::teamImpliesItsService()
{
    const auto ref = withRules({rule(u"t"_s, {{u"team"_s, u"asvp"_s}})});
    QVERIFY(ref);
    const RoutingDecision d = Router::route(*ref, u"banc"_s, kPantin, u"eglise"_s, kEglise);
    QCOMPARE(d.team, u"asvp"_s);
    QCOMPARE(d.service, u"police"_s);
}

void TestRouting::describe()
{
    const ReferenceData &ref = ReferenceData::builtin();
    QCOMPARE(Router::describe(ref, u"eau-est-ensemble"_s, u"fuite"_s),
             u"Règle « Eau et assainissement : Est Ensemble »"_s);
    QCOMPARE(Router::describe(ref, QString(), u"lampadaire"_s), u"Catégorie « Lampadaire éteint »"_s);
    QCOMPARE(Router::describe(ref, Router::kManual, u"lampadaire"_s), u"Affectation manuelle"_s);
    QVERIFY(Router::describe(ref, u"retiree"_s, u"lampadaire"_s).contains(u"retiree"_s));
}

void TestRouting::badRulesAreRefusedWithWhereAndWhat_data()
{
    QTest::addColumn<QJsonArray>("rules");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown category")
        << QJsonArray{rule(u"x"_s, {{u"categories"_s, QJsonArray{u"ovni"_s}}, {u"team"_s, u"asvp"_s}})}
        << u"ovni"_s;
    QTest::newRow("unknown district")
        << QJsonArray{rule(u"x"_s, {{u"districts"_s, QJsonArray{u"atlantide"_s}}, {u"team"_s, u"asvp"_s}})}
        << u"atlantide"_s;
    QTest::newRow("unknown team") << QJsonArray{rule(u"x"_s, {{u"team"_s, u"pompiers"_s}})} << u"pompiers"_s;
    QTest::newRow("unknown authority") << QJsonArray{rule(u"x"_s, {{u"authority"_s, u"onu"_s}})} << u"onu"_s;
    QTest::newRow("no destination") << QJsonArray{rule(u"x"_s, {})} << u"routing_rules[0] (x)"_s;
    QTest::newRow("both destinations")
        << QJsonArray{rule(u"x"_s, {{u"team"_s, u"asvp"_s}, {u"authority"_s, u"cd93"_s}})} << u"autorité"_s;
    QTest::newRow("team of another service")
        << QJsonArray{rule(u"x"_s, {{u"service"_s, u"voirie"_s}, {u"team"_s, u"asvp"_s}})} << u"asvp"_s;
    QTest::newRow("two points")
        << QJsonArray{rule(u"x"_s, {{u"polygon"_s, QJsonArray{QJsonArray{2.4, 48.9}, QJsonArray{2.41, 48.9}}},
                                    {u"team"_s, u"asvp"_s}})}
        << u"3 points"_s;
    QTest::newRow("same code twice") << QJsonArray{rule(u"x"_s, {{u"team"_s, u"asvp"_s}}),
                                                   rule(u"x"_s, {{u"team"_s, u"asvp"_s}})}
                                     << u"routing_rules[1]"_s;
    QTest::newRow("no label") << QJsonArray{QJsonObject{{u"code"_s, u"x"_s}, {u"team"_s, u"asvp"_s}}}
                              << u"label"_s;
}

void TestRouting::badRulesAreRefusedWithWhereAndWhat()
{
    QFETCH(QJsonArray, rules);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!withRules(rules, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(error.contains(u"routing_rules["_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
