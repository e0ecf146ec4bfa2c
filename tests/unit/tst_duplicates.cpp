// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate suggestions: related category, within the radius, recent, similar words (domain/duplicates.h).
#include "domain/duplicates.h"
#include "domain/referencedata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC);

/** A point @p metres north of the reference point (1 metre of latitude ~ 1/111,320 degree). */
QPointF north(double metres)
{
    return QPointF(2.4045, 48.8935 + metres / 111320.0);
}

DuplicateProbe probe(const QString &id, const QString &category, double metresNorth, int daysAgo,
                     const QString &text, bool open = true)
{
    return DuplicateProbe{id, category, north(metresNorth), kNow.addDays(-daysAgo), text, open};
}

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relatedCategories();
    void keywords();
    void textSimilarity();
    void rules_data();
    void rules();
    void closerAndSimilarRankHigher();
};

void TestDuplicates::relatedCategories()
{
    const ReferenceData &ref = ReferenceData::builtin();
    QVERIFY(DuplicateRules::relatedCategories(ref, u"nid_de_poule"_s, u"nid_de_poule"_s));
    QVERIFY(DuplicateRules::relatedCategories(ref, u"nid_de_poule"_s, u"trottoir"_s)); // both "voirie"
    QVERIFY(!DuplicateRules::relatedCategories(ref, u"nid_de_poule"_s, u"lampadaire"_s));
    QVERIFY(!DuplicateRules::relatedCategories(ref, u"nid_de_poule"_s, u"inconnue"_s));
    QCOMPARE(DuplicateRules::radiusMetres(ref, u"lampadaire"_s), 50);
}

void TestDuplicates::keywords()
{
    QCOMPARE(DuplicateRules::keywords(u"Les lampadaires de la rue sont ÉTEINTS depuis 3 jours !"_s),
             (QStringList{u"lampadaire"_s, u"eteint"_s}));
}

void TestDuplicates::textSimilarity()
{
    QCOMPARE(DuplicateRules::textSimilarity(u"Lampadaire éteint"_s, u"lampadaires eteints"_s), 1.0);
    QCOMPARE(DuplicateRules::textSimilarity(u"Lampadaire éteint"_s, u"Trou dans la chaussée"_s), 0.0);
    QCOMPARE(DuplicateRules::textSimilarity(u""_s, u"Trou dans la chaussée"_s), 0.0);
    const double some = DuplicateRules::textSimilarity(u"Gros trou dans la chaussée devant l'école"_s,
                                                       u"Un trou dangereux sur la chaussée"_s);
    QVERIFY(some > 0.3 && some < 1.0);
}

void TestDuplicates::rules_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("metres");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("matches");
    // The ticket: a pothole (radius 30 m) reported now.
    QTest::newRow("same category, 10 m, yesterday") << u"nid_de_poule"_s << 10.0 << 1 << true << true;
    QTest::newRow("same category, 29 m") << u"nid_de_poule"_s << 29.0 << 1 << true << true;
    QTest::newRow("same category, 35 m: too far") << u"nid_de_poule"_s << 35.0 << 1 << true << false;
    QTest::newRow("related category (signalisation, 40 m radius), 35 m")
        << u"signalisation"_s << 35.0 << 1 << true << true;
    QTest::newRow("unrelated category, same spot") << u"lampadaire"_s << 0.0 << 1 << true << false;
    QTest::newRow("29 days ago") << u"nid_de_poule"_s << 5.0 << 29 << true << true;
    QTest::newRow("31 days ago: not recent") << u"nid_de_poule"_s << 5.0 << 31 << true << false;
    QTest::newRow("closed") << u"nid_de_poule"_s << 5.0 << 1 << false << false;
}

void TestDuplicates::rules()
{
    QFETCH(QString, category);
    QFETCH(double, metres);
    QFETCH(int, daysAgo);
    QFETCH(bool, open);
    QFETCH(bool, matches);
    const ReferenceData &ref = ReferenceData::builtin();
    const DuplicateProbe ticket = probe(u"t"_s, u"nid_de_poule"_s, 0, 0, u"Trou dans la chaussée"_s);
    const DuplicateMatch m = DuplicateRules::assess(
        ref, ticket, probe(u"c"_s, category, metres, daysAgo, u"Nid de poule"_s, open));
    QCOMPARE(m.matches, matches);
    if (matches) {
        QVERIFY(qAbs(m.distanceMetres - metres) < 0.5);
        QVERIFY(m.score > 0 && m.score <= 1);
    }
    // A ticket is never its own duplicate.
    QVERIFY(!DuplicateRules::assess(ref, ticket, ticket).matches);
}

void TestDuplicates::closerAndSimilarRankHigher()
{
    const ReferenceData &ref = ReferenceData::builtin();
    const DuplicateProbe ticket =
        probe(u"t"_s, u"lampadaire"_s, 0, 0, u"Le lampadaire est éteint depuis hier"_s);
    const auto score = [&](const DuplicateProbe &c) { return DuplicateRules::assess(ref, ticket, c).score; };
    const double nearSame = score(probe(u"a"_s, u"lampadaire"_s, 5, 1, u"Lampadaire éteint"_s));
    const double farSame = score(probe(u"b"_s, u"lampadaire"_s, 45, 1, u"Lampadaire éteint"_s));
    const double nearOther = score(probe(u"c"_s, u"lampadaire"_s, 5, 1, u"Câble qui pend"_s));
    const double nearRelated = score(probe(u"d"_s, u"eclairage_jour"_s, 5, 1, u"Lampadaire éteint"_s));
    const double nearOld = score(probe(u"e"_s, u"lampadaire"_s, 5, 25, u"Lampadaire éteint"_s));
    QVERIFY(nearSame > farSame);
    QVERIFY(nearSame > nearOther);
    QVERIFY(nearSame > nearRelated);
    QVERIFY(nearSame > nearOld);
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
