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

// The official French public holidays 2024-2030 (service-public.fr, Légifrance: Code du travail
// art. L3133-1), written out rather than computed.
const QList<QDate> kOfficial2024To2030{
    // 2024: Easter 31 March.
    QDate(2024, 1, 1),
    QDate(2024, 4, 1),
    QDate(2024, 5, 1),
    QDate(2024, 5, 8),
    QDate(2024, 5, 9),
    QDate(2024, 5, 20),
    QDate(2024, 7, 14),
    QDate(2024, 8, 15),
    QDate(2024, 11, 1),
    QDate(2024, 11, 11),
    QDate(2024, 12, 25),
    // 2025: Easter 20 April.
    QDate(2025, 1, 1),
    QDate(2025, 4, 21),
    QDate(2025, 5, 1),
    QDate(2025, 5, 8),
    QDate(2025, 5, 29),
    QDate(2025, 6, 9),
    QDate(2025, 7, 14),
    QDate(2025, 8, 15),
    QDate(2025, 11, 1),
    QDate(2025, 11, 11),
    QDate(2025, 12, 25),
    // 2026: Easter 5 April.
    QDate(2026, 1, 1),
    QDate(2026, 4, 6),
    QDate(2026, 5, 1),
    QDate(2026, 5, 8),
    QDate(2026, 5, 14),
    QDate(2026, 5, 25),
    QDate(2026, 7, 14),
    QDate(2026, 8, 15),
    QDate(2026, 11, 1),
    QDate(2026, 11, 11),
    QDate(2026, 12, 25),
    // 2027: Easter 28 March.
    QDate(2027, 1, 1),
    QDate(2027, 3, 29),
    QDate(2027, 5, 1),
    QDate(2027, 5, 6),
    QDate(2027, 5, 8),
    QDate(2027, 5, 17),
    QDate(2027, 7, 14),
    QDate(2027, 8, 15),
    QDate(2027, 11, 1),
    QDate(2027, 11, 11),
    QDate(2027, 12, 25),
    // 2028: Easter 16 April.
    QDate(2028, 1, 1),
    QDate(2028, 4, 17),
    QDate(2028, 5, 1),
    QDate(2028, 5, 8),
    QDate(2028, 5, 25),
    QDate(2028, 6, 5),
    QDate(2028, 7, 14),
    QDate(2028, 8, 15),
    QDate(2028, 11, 1),
    QDate(2028, 11, 11),
    QDate(2028, 12, 25),
    // 2029: Easter 1 April.
    QDate(2029, 1, 1),
    QDate(2029, 4, 2),
    QDate(2029, 5, 1),
    QDate(2029, 5, 8),
    QDate(2029, 5, 10),
    QDate(2029, 5, 21),
    QDate(2029, 7, 14),
    QDate(2029, 8, 15),
    QDate(2029, 11, 1),
    QDate(2029, 11, 11),
    QDate(2029, 12, 25),
    // 2030: Easter 21 April.
    QDate(2030, 1, 1),
    QDate(2030, 4, 22),
    QDate(2030, 5, 1),
    QDate(2030, 5, 8),
    QDate(2030, 5, 30),
    QDate(2030, 6, 10),
    QDate(2030, 7, 14),
    QDate(2030, 8, 15),
    QDate(2030, 11, 1),
    QDate(2030, 11, 11),
    QDate(2030, 12, 25),
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
    void officialHolidays2024To2030();
    void workingHoursParse();
    void addWorkingMinutes_data();
    void addWorkingMinutes();
    void workingMinutesBetween_data();
    void workingMinutesBetween();
    void minutesRoundTrip();
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

void TestWorkingCalendar::officialHolidays2024To2030()
{
    // Every day of seven years: a holiday exactly when the official list says so.
    QCOMPARE(kOfficial2024To2030.size(), 77);
    const QSet<QDate> official(kOfficial2024To2030.begin(), kOfficial2024To2030.end());
    int holidays = 0;
    for (QDate d(2024, 1, 1); d.year() <= 2030; d = d.addDays(1)) {
        QVERIFY2(WorkingCalendar::isPublicHoliday(d) == official.contains(d),
                 qPrintable(d.toString(Qt::ISODate)));
        holidays += WorkingCalendar::isPublicHoliday(d);
    }
    QCOMPARE(holidays, 77);
    for (int year = 2024; year <= 2030; ++year) {
        const QList<QDate> h = WorkingCalendar::publicHolidays(year);
        QCOMPARE(QSet<QDate>(h.begin(), h.end()),
                 QSet<QDate>(official).intersect(QSet<QDate>(h.begin(), h.end())));
    }
    // 8 May 2027 is a Saturday: not an extra day off, and Monday 10 May works.
    QVERIFY(!WorkingCalendar::isWorkingDay(QDate(2027, 5, 8)));
    QVERIFY(WorkingCalendar::isWorkingDay(QDate(2027, 5, 10)));
}

void TestWorkingCalendar::workingHoursParse()
{
    const WorkingHours standard = WorkingHours::standard();
    QCOMPARE(standard.minutesPerDay(), 8 * 60);
    const auto h = WorkingHours::parse({u"08:00-12:00"_s, u"14:00-17:30"_s});
    QVERIFY(h);
    QCOMPARE(h->minutesPerDay(), 7 * 60 + 30);
    QString error;
    QVERIFY(!WorkingHours::parse({u"8h-12h"_s}, &error));
    QVERIFY(error.contains(u"8h-12h"_s));
    QVERIFY(!WorkingHours::parse({u"12:00-08:00"_s}, &error));
    QVERIFY(!WorkingHours::parse({u"08:00-12:00"_s, u"11:00-15:00"_s}, &error)); // overlapping
    QVERIFY(!WorkingHours::parse({}, &error));
}

void TestWorkingCalendar::addWorkingMinutes_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QDateTime>("expected");
    // Opening hours 08:30-12:30 and 13:30-17:30.
    QTest::newRow("within the morning") << paris(2026, 3, 10, 9, 0) << 60 << paris(2026, 3, 10, 10, 0);
    QTest::newRow("over lunch") << paris(2026, 3, 10, 11, 30) << 120 << paris(2026, 3, 10, 14, 30);
    QTest::newRow("ends at closing time") << paris(2026, 3, 10, 16, 30) << 60 << paris(2026, 3, 10, 17, 30);
    QTest::newRow("to the next morning") << paris(2026, 3, 10, 17, 0) << 60 << paris(2026, 3, 11, 9, 0);
    QTest::newRow("4 hours from Friday afternoon")
        << paris(2026, 3, 13, 16, 0) << 240 << paris(2026, 3, 16, 11, 0);
    QTest::newRow("arrived at night") << paris(2026, 3, 10, 22, 15) << 240 << paris(2026, 3, 11, 12, 30);
    QTest::newRow("arrived at lunch") << paris(2026, 3, 10, 12, 45) << 30 << paris(2026, 3, 10, 14, 0);
    QTest::newRow("arrived on Saturday") << paris(2026, 3, 14, 10, 0) << 120 << paris(2026, 3, 16, 10, 30);
    QTest::newRow("2 working days") << paris(2026, 3, 10, 10, 0) << 2 * 480 << paris(2026, 3, 12, 10, 0);
    QTest::newRow("5 days over Easter Monday")
        << paris(2026, 4, 2, 15, 0) << 5 * 480 << paris(2026, 4, 10, 15, 0);
    QTest::newRow("over Ascension and the bridge Friday")
        << paris(2026, 5, 13, 9, 0) << 480 << paris(2026, 5, 15, 9, 0);
    QTest::newRow("over Whit Monday 2027") << paris(2027, 5, 14, 14, 0) << 480 << paris(2027, 5, 18, 14, 0);
    QTest::newRow("over Christmas 2026") << paris(2026, 12, 24, 16, 0) << 120 << paris(2026, 12, 28, 9, 0);
    QTest::newRow("summer time starts") << paris(2026, 3, 27, 17, 0) << 60 << paris(2026, 3, 30, 9, 0);
    QTest::newRow("winter time comes back") << paris(2026, 10, 23, 17, 0) << 60 << paris(2026, 10, 26, 9, 0);
    QTest::newRow("UTC start") << utc(2026, 6, 10, 6, 0) << 30 << paris(2026, 6, 10, 9, 0);
}

void TestWorkingCalendar::addWorkingMinutes()
{
    QFETCH(QDateTime, start);
    QFETCH(int, minutes);
    QFETCH(QDateTime, expected);
    const QDateTime got = WorkingCalendar::addWorkingMinutes(start, minutes);
    QVERIFY(got.isValid());
    QCOMPARE(got.toTimeZone(WorkingCalendar::paris()), expected.toTimeZone(WorkingCalendar::paris()));
    QCOMPARE(got.timeSpec(), Qt::UTC);
}

void TestWorkingCalendar::workingMinutesBetween_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("minutes");
    QTest::newRow("same span") << paris(2026, 3, 10, 9, 0) << paris(2026, 3, 10, 9, 45) << 45;
    QTest::newRow("lunch does not count") << paris(2026, 3, 10, 12, 0) << paris(2026, 3, 10, 14, 0) << 60;
    QTest::newRow("a night does not count") << paris(2026, 3, 10, 17, 0) << paris(2026, 3, 11, 9, 0) << 60;
    QTest::newRow("a weekend does not count") << paris(2026, 3, 13, 17, 0) << paris(2026, 3, 16, 9, 0) << 60;
    QTest::newRow("a full week") << paris(2026, 3, 9, 0, 0) << paris(2026, 3, 16, 0, 0) << 5 * 480;
    QTest::newRow("the week of 1 and 8 May 2026")
        << paris(2026, 5, 4, 0, 0) << paris(2026, 5, 11, 0, 0) << 4 * 480;
    QTest::newRow("backwards") << paris(2026, 3, 11, 9, 0) << paris(2026, 3, 10, 9, 0) << 0;
    QTest::newRow("outside opening hours") << paris(2026, 3, 10, 18, 0) << paris(2026, 3, 10, 23, 0) << 0;
}

void TestWorkingCalendar::workingMinutesBetween()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, minutes);
    QCOMPARE(WorkingCalendar::workingMinutesBetween(from, to), qint64(minutes));
}

void TestWorkingCalendar::minutesRoundTrip()
{
    // Adding n working minutes to a moment inside opening hours, then counting them back, gives n.
    QDateTime start = paris(2026, 4, 1, 9, 17);
    for (int n : {1, 59, 180, 240, 479, 480, 481, 2400, 7 * 480 + 13, 40 * 480}) {
        const QDateTime end = WorkingCalendar::addWorkingMinutes(start, n);
        QCOMPARE(WorkingCalendar::workingMinutesBetween(start, end), qint64(n));
    }
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
