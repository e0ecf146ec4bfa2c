// SPDX-License-Identifier: GPL-3.0-or-later
// The round sheet a field team prints: what the PDF says (read back with pdftotext), in the
// round's order, page by page; maps with the tiles that could be had, or without any.
#include "print/roundsheet.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace lanterne;
using namespace Qt::StringLiterals;

namespace {

PlannedIntervention stop(int i)
{
    PlannedIntervention s;
    s.id = u"00000000-0000-0000-0000-%1"_s.arg(i, 12, 10, QChar(u'0'));
    s.reference = u"PAN-2026-%1"_s.arg(1200 + i, 6, 10, QChar(u'0'));
    s.team = u"voirie-nord"_s;
    s.day = QDate(2026, 11, 23);
    s.position = i;
    s.plannedTime = i % 2 == 0 ? QTime(8 + i, 30) : QTime();
    s.category = i % 2 == 0 ? u"nid_de_poule"_s : u"trottoir"_s;
    s.address = u"%1 rue Hoche, Pantin"_s.arg(10 + i);
    s.description = u"Trou profond devant l'entrée numéro %1 ; les vélos l'évitent de justesse."_s.arg(i + 1);
    s.latitude = 48.8935 + i * 0.0012;
    s.longitude = 2.4045 + i * 0.0009;
    s.ticketStatus = Status::Planned;
    return s;
}

} // namespace

class TestRoundSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stopsInOrderWithWhatTheTeamNeeds();
    void longTextsStayInTheirBlock();
    void tilesAreUsedWhenThereAreSome();
    void emptyDayIsRefused();
    void tilesCoverEveryMap();

private:
    /** The PDF's text, laid out as on paper, and its page count. */
    QString text(const QByteArray &pdf, int *pages = nullptr);
    QByteArray write(const RoundSheet::Input &in, QString *error = nullptr);
    QTemporaryDir m_dir;
};

void TestRoundSheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

QByteArray TestRoundSheet::write(const RoundSheet::Input &in, QString *error)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const QString e = RoundSheet::write(&buffer, in);
    if (error)
        *error = e;
    return pdf;
}

QString TestRoundSheet::text(const QByteArray &pdf, int *pages)
{
    const QString file = m_dir.filePath(u"sheet.pdf"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, file, u"-"_s});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return {};
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (pages)
        *pages = int(out.count(u'\f'));
    return out;
}

void TestRoundSheet::stopsInOrderWithWhatTheTeamNeeds()
{
    RoundSheet::Input in;
    in.teamName = u"Voirie – secteur nord"_s;
    in.day = QDate(2026, 11, 23);
    in.printedAt = QDateTime(QDate(2026, 11, 22), QTime(17, 5), Qt::UTC);
    for (int i = 0; i < 5; ++i)
        in.stops.append(stop(i));
    QString error;
    const QByteArray pdf = write(in, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(pdf.startsWith("%PDF"));
    int pages = 0;
    const QString t = text(pdf, &pages);
    QVERIFY2(!t.isEmpty(), "pdftotext (poppler-utils) is needed");
    // Two stops on the first page (with the overview map), three on the next.
    if (qEnvironmentVariableIsSet("LANTERNE_KEEP_SHEET"))
        QFile::copy(m_dir.filePath(u"sheet.pdf"_s), qEnvironmentVariable("LANTERNE_KEEP_SHEET"));
    QCOMPARE(pages, 2);
    QVERIFY(t.contains(u"Feuille de route"_s));
    QVERIFY(t.contains(u"Voirie – secteur nord — lundi 23 novembre 2026"_s));
    QVERIFY(t.contains(u"5 interventions"_s));
    QVERIFY(t.contains(u"Page 1 / 2"_s));
    QVERIFY(t.contains(u"Page 2 / 2"_s));
    // Every stop, in the round's order, with its time, address, category, description, status.
    qsizetype last = -1;
    for (int i = 0; i < 5; ++i) {
        const PlannedIntervention s = stop(i);
        const qsizetype at = t.indexOf(s.reference);
        QVERIFY2(at > last, qPrintable(s.reference));
        last = at;
        QVERIFY2(t.contains(s.address), qPrintable(s.address));
        QVERIFY2(t.contains(u"numéro %1"_s.arg(i + 1)), qPrintable(s.reference));
        const QString line =
            t.mid(t.lastIndexOf(u'\n', at) + 1, t.indexOf(u'\n', at) - t.lastIndexOf(u'\n', at));
        QVERIFY2(line.contains(i % 2 == 0 ? u"%1:30"_s.arg(8 + i, 2, 10, QChar(u'0')) : u"Heure libre"_s),
                 qPrintable(line));
        QVERIFY2(line.contains(i % 2 == 0 ? u"Nid-de-poule"_s : u"Trottoir"_s), qPrintable(line));
    }
    QCOMPARE(t.count(u"Statut du signalement : planifié"_s), 5);
    if (qEnvironmentVariableIsSet("LANTERNE_KEEP_SHEET"))
        QFile::copy(m_dir.filePath(u"sheet.pdf"_s), qEnvironmentVariable("LANTERNE_KEEP_SHEET"));
    // Room for what the team writes by hand.
    QCOMPARE(t.count(u"Notes :"_s), 5);
    QCOMPARE(t.count(u"Impossible, motif :"_s), 5);
    QCOMPARE(t.count(u"Temps passé"_s), 5);
    QVERIFY(t.contains(u"(suite)"_s));
}

void TestRoundSheet::longTextsStayInTheirBlock()
{
    RoundSheet::Input in;
    in.teamName = u"Propreté A"_s;
    in.day = QDate(2026, 11, 23);
    PlannedIntervention s = stop(0);
    s.description = QString(u"Dépôt sauvage très volumineux "_s).repeated(60) + u"FIN-DU-TEXTE"_s;
    in.stops = {s, stop(1)};
    const QString t = text(write(in));
    QVERIFY(!t.isEmpty());
    QVERIFY(!t.contains(u"FIN-DU-TEXTE"_s)); // shortened...
    QVERIFY(t.contains(u"…"_s));             // ...and says so
    QVERIFY(t.contains(stop(1).reference));  // the next stop is still there, whole
    QVERIFY(t.contains(stop(1).address));
}

void TestRoundSheet::tilesAreUsedWhenThereAreSome()
{
    RoundSheet::Input in;
    in.teamName = u"Éclairage"_s;
    in.day = QDate(2026, 11, 23);
    in.stops = {stop(0), stop(1)};
    QList<RoundSheetTile> asked;
    in.tile = [&](const RoundSheetTile &t) {
        asked.append(t);
        QImage img(256, 256, QImage::Format_RGB32);
        img.fill(QColor(120, 200, 120));
        return img;
    };
    in.attribution = u"© Crédit des tuiles"_s;
    const QByteArray pdf = write(in);
    QVERIFY(!asked.isEmpty());
    for (const RoundSheetTile &t : std::as_const(asked))
        QVERIFY(RoundSheet::tiles(in.stops).contains(t));
    QVERIFY(text(pdf).contains(u"© Crédit des tuiles"_s));
    // Without tiles, no credit is printed.
    in.tile = [](const RoundSheetTile &) { return QImage(); };
    QVERIFY(!text(write(in)).contains(u"Crédit des tuiles"_s));
}

void TestRoundSheet::emptyDayIsRefused()
{
    RoundSheet::Input in;
    in.teamName = u"Voirie – secteur sud"_s;
    in.day = QDate(2026, 11, 23);
    QString error;
    const QByteArray pdf = write(in, &error);
    QVERIFY(error.contains(u"Aucune intervention"_s));
    QVERIFY(pdf.isEmpty());
}

void TestRoundSheet::tilesCoverEveryMap()
{
    QList<PlannedIntervention> stops;
    for (int i = 0; i < 4; ++i)
        stops.append(stop(i));
    const QList<RoundSheetTile> tiles = RoundSheet::tiles(stops);
    // Each stop's map at zoom 17 is about one tile and a half wide: a few tiles each, no repeats.
    int atStopZoom = 0;
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        QVERIFY(tiles.indexOf(tiles[i]) == i);
        atStopZoom += tiles[i].z == 17;
    }
    QVERIFY(atStopZoom >= 4);
    QVERIFY(atStopZoom <= 4 * 9);
    // A stop with no position has no map and asks for no tile.
    PlannedIntervention nowhere = stop(0);
    nowhere.latitude = 0;
    nowhere.longitude = 0;
    QVERIFY(RoundSheet::tiles({nowhere}).isEmpty());
}

QTEST_MAIN(TestRoundSheet)
#include "tst_roundsheet.moc"
