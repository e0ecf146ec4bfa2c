// SPDX-License-Identifier: GPL-3.0-or-later
// Deadlines in working days of a French municipality (domain/workingcalendar.h).
#include "domain/workingcalendar.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {

QDateTime paris(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), WorkingCalendar::paris());
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

const QList<QDate> kHolidays2026{
    QDate(2026, 1, 1),   // Jour de l'an
    QDate(2026, 4, 6),   // Lundi de Pâques
    QDate(2026, 5, 1),   // Fête du travail
    QDate(2026, 5, 8),   // Victoire 1945
    QDate(2026, 5, 14),  // Ascension
    QDate(2026, 5, 25),  // Lundi de Pentecôte
    QDate(2026, 7, 14),  // Fête nationale
    QDate(2026, 8, 15),  // Assomption
    QDate(2026, 11, 1),  // Toussaint
    QDate(2026, 11, 11), // Armistice
    QDate(2026, 12, 25), // Noël
};

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void easterSunday_data();
    void easterSunday();
    void holidays2026();
    void workingDaysOf2026();
    void holidaysOfOtherYears();
    void addWorkingDays_data();
    void addWorkingDays();
    void addWorkingDaysKeepsWallClockAcrossDst();
    void addZeroWorkingDays();
};

void TestWorkingCalendar::initTestCase()
{
    QVERIFY2(WorkingCalendar::paris().isValid(), "the system has no Europe/Paris time zone");
}

void TestWorkingCalendar::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    // Official dates.
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::newRow("2029") << 2029 << QDate(2029, 4, 1);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
    // Extremes of the Gregorian computus.
    QTest::newRow("2008 (early)") << 2008 << QDate(2008, 3, 23);
    QTest::newRow("2038 (late)") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
}

void TestWorkingCalendar::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(WorkingCalendar::easterSunday(year), easter);
    QCOMPARE(WorkingCalendar::easterSunday(year).dayOfWeek(), 7);
}

void TestWorkingCalendar::holidays2026()
{
    const QList<QDate> got = WorkingCalendar::publicHolidays(2026);
    QCOMPARE(got.size(), 11);
    QCOMPARE(QSet<QDate>(got.begin(), got.end()), QSet<QDate>(kHolidays2026.begin(), kHolidays2026.end()));
    for (const QDate &d : kHolidays2026) {
        QVERIFY2(WorkingCalendar::isPublicHoliday(d), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY2(!WorkingCalendar::isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
    }
    // The days around the movable feasts are ordinary.
    QVERIFY(!WorkingCalendar::isPublicHoliday(QDate(2026, 4, 7)));
    QVERIFY(WorkingCalendar::isWorkingDay(QDate(2026, 4, 7)));
    QVERIFY(WorkingCalendar::isWorkingDay(QDate(2026, 5, 13)));
    QVERIFY(WorkingCalendar::isWorkingDay(QDate(2026, 5, 15)));
    QVERIFY(WorkingCalendar::isWorkingDay(QDate(2026, 5, 26)));
    // Easter Sunday and Whit Sunday are Sundays, not extra holidays on weekdays.
    QVERIFY(!WorkingCalendar::isWorkingDay(QDate(2026, 4, 5)));
}

void TestWorkingCalendar::workingDaysOf2026()
{
    // Every day of the year: working exactly when Monday-Friday and not a holiday.
    int working = 0;
    for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1)) {
        const bool expected = d.dayOfWeek() <= 5 && !kHolidays2026.contains(d);
        QCOMPARE(WorkingCalendar::isWorkingDay(d), expected);
        working += expected;
    }
    // 261 weekdays in 2026, 9 holidays fall on a weekday (15 August is a Saturday, 1 November a Sunday).
    QCOMPARE(working, 252);
}

void TestWorkingCalendar::holidaysOfOtherYears()
{
    // Alternate years so a per-year cache cannot answer for the wrong year.
    QVERIFY(WorkingCalendar::isPublicHoliday(QDate(2025, 4, 21))); // Easter Monday 2025
    QVERIFY(!WorkingCalendar::isPublicHoliday(QDate(2026, 4, 21)));
    QVERIFY(WorkingCalendar::isPublicHoliday(QDate(2027, 5, 6))); // Ascension 2027
    QVERIFY(!WorkingCalendar::isPublicHoliday(QDate(2026, 5, 6)));
    QVERIFY(WorkingCalendar::isPublicHoliday(QDate(2024, 5, 20))); // Whit Monday 2024
    QVERIFY(WorkingCalendar::isPublicHoliday(QDate(2030, 12, 25)));
    QVERIFY(!WorkingCalendar::isPublicHoliday(QDate(2030, 12, 24)));
    for (int year = 2024; year <= 2030; ++year) {
        const QList<QDate> h = WorkingCalendar::publicHolidays(year);
        QCOMPARE(QSet<QDate>(h.begin(), h.end()).size(), 11);
        for (const QDate &d : h)
            QCOMPARE(d.year(), year);
        const QDate easter = WorkingCalendar::easterSunday(year);
        QVERIFY(h.contains(easter.addDays(1)));
        QVERIFY(h.contains(easter.addDays(39)));
        QVERIFY(h.contains(easter.addDays(50)));
        QCOMPARE(easter.addDays(39).dayOfWeek(), 4); // Ascension is a Thursday
    }
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("same week") << paris(2026, 3, 10, 9, 15) << 2 << paris(2026, 3, 12, 9, 15);
    QTest::newRow("across a weekend") << paris(2026, 3, 13, 10, 30) << 1 << paris(2026, 3, 16, 10, 30);
    QTest::newRow("a full week") << paris(2026, 3, 13, 10, 30) << 5 << paris(2026, 3, 20, 10, 30);
    QTest::newRow("two weeks") << paris(2026, 3, 2, 17, 0) << 10 << paris(2026, 3, 16, 17, 0);
    QTest::newRow("over 8 May (Friday)") << paris(2026, 5, 7, 9, 0) << 1 << paris(2026, 5, 11, 9, 0);
    QTest::newRow("over Ascension") << paris(2026, 5, 13, 14, 0) << 1 << paris(2026, 5, 15, 14, 0);
    QTest::newRow("over Easter Monday") << paris(2026, 4, 3, 11, 0) << 1 << paris(2026, 4, 7, 11, 0);
    QTest::newRow("over Whit Monday") << paris(2026, 5, 22, 8, 30) << 2 << paris(2026, 5, 27, 8, 30);
    QTest::newRow("over Christmas and New Year")
        << paris(2026, 12, 24, 12, 0) << 5 << paris(2027, 1, 4, 12, 0);
    // A start outside working days counts from the next working day, 08:00.
    QTest::newRow("start on Saturday") << paris(2026, 3, 14, 15, 0) << 1 << paris(2026, 3, 17, 8, 0);
    QTest::newRow("start on Sunday night") << paris(2026, 3, 15, 23, 50) << 3 << paris(2026, 3, 19, 8, 0);
    QTest::newRow("start on a holiday") << paris(2026, 5, 1, 10, 0) << 2 << paris(2026, 5, 6, 8, 0);
    QTest::newRow("start on Ascension, bridge Friday works")
        << paris(2026, 5, 14, 10, 0) << 1 << paris(2026, 5, 18, 8, 0);
    // Given in UTC: the day is Paris' day. 23:30 UTC on Friday is 00:30 on Saturday in Paris.
    QTest::newRow("UTC Friday night is Paris Saturday")
        << utc(2026, 3, 13, 23, 30) << 1 << paris(2026, 3, 17, 8, 0);
    QTest::newRow("UTC time, Paris working day") << utc(2026, 6, 10, 7, 0) << 1 << paris(2026, 6, 11, 9, 0);
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QDateTime, start);
    QFETCH(int, days);
    QFETCH(QDateTime, expected);
    const QDateTime got = WorkingCalendar::addWorkingDays(start, days);
    QVERIFY(got.isValid());
    QCOMPARE(got.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    const QDateTime local = got.toTimeZone(WorkingCalendar::paris());
    QVERIFY2(WorkingCalendar::isWorkingDay(local.date()), qPrintable(local.toString(Qt::ISODate)));
}

void TestWorkingCalendar::addWorkingDaysKeepsWallClockAcrossDst()
{
    // Summer time starts on Sunday 29 March 2026: 16:00 CET on Friday is 15:00 UTC, 16:00 CEST on
    // Monday is 14:00 UTC. The deadline keeps the wall-clock time, not a multiple of 24 hours.
    const QDateTime friday = paris(2026, 3, 27, 16, 0);
    QCOMPARE(friday.toUTC().time(), QTime(15, 0));
    const QDateTime monday = WorkingCalendar::addWorkingDays(friday, 1);
    QCOMPARE(monday.toTimeZone(WorkingCalendar::paris()).date(), QDate(2026, 3, 30));
    QCOMPARE(monday.toTimeZone(WorkingCalendar::paris()).time(), QTime(16, 0));
    QCOMPARE(monday.toUTC().time(), QTime(14, 0));
    QCOMPARE(friday.secsTo(monday), qint64(3 * 24 * 3600 - 3600));

    // Winter time comes back on Sunday 25 October 2026.
    const QDateTime autumn = paris(2026, 10, 23, 9, 0);
    const QDateTime after = WorkingCalendar::addWorkingDays(autumn, 1);
    QCOMPARE(after.toTimeZone(WorkingCalendar::paris()).date(), QDate(2026, 10, 26));
    QCOMPARE(after.toTimeZone(WorkingCalendar::paris()).time(), QTime(9, 0));
    QCOMPARE(after.toUTC().time(), QTime(8, 0));
    QCOMPARE(autumn.secsTo(after), qint64(3 * 24 * 3600 + 3600));
}

void TestWorkingCalendar::addZeroWorkingDays()
{
    // Zero days on a working day: the same moment.
    const QDateTime t = paris(2026, 6, 10, 13, 45);
    QCOMPARE(WorkingCalendar::addWorkingDays(t, 0).toMSecsSinceEpoch(), t.toMSecsSinceEpoch());
    // Zero days on a Sunday: Monday 08:00.
    QCOMPARE(WorkingCalendar::addWorkingDays(paris(2026, 6, 14, 13, 45), 0).toMSecsSinceEpoch(),
             paris(2026, 6, 15, 8, 0).toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
